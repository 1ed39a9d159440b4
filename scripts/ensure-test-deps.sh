#!/usr/bin/env bash
# Runs before `npm test`: the integration suite needs a real PostgreSQL (Debian's package; the test
# setup starts a throwaway server from its binaries). Installs it when missing and we are root, as on
# CI and fresh Debian machines; otherwise says what to do. TEST_POSTGRES_URL skips all of this.
set -euo pipefail
if [ -n "${TEST_POSTGRES_URL:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's postgresql package for the integration tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  exit 0
fi
echo "The integration tests need PostgreSQL: run 'sudo apt-get install -y postgresql', or set TEST_POSTGRES_URL" >&2
echo "to an admin connection string of an existing server (e.g. postgres://postgres@localhost:5432/postgres)." >&2
exit 1
