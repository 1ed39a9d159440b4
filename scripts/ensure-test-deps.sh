#!/usr/bin/env bash
# Runs before `npm test`: the integration suite needs a real PostgreSQL (Debian's package; the test
# setup starts a throwaway server from its binaries), the browser tests Debian's Chromium, and the
# site tests Java for the Nu HTML Checker (vnu-jar).
# Installs what is missing when we are root, as on CI and fresh Debian machines; otherwise says what
# to do. TEST_POSTGRES_URL replaces the PostgreSQL package, CHROMIUM_PATH the Chromium one.
set -euo pipefail
missing=()
if [ -z "${TEST_POSTGRES_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium)
fi
if ! command -v java >/dev/null; then
  missing+=(default-jre-headless)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for the tests: ${missing[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need these Debian packages: ${missing[*]}. Run 'sudo apt-get install -y ${missing[*]}'," >&2
echo "or set TEST_POSTGRES_URL (an existing PostgreSQL admin URL) / CHROMIUM_PATH (a Chromium binary)." >&2
exit 1
