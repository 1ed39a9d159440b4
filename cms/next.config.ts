import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Next.js app that serves Payload's admin and APIs; the project root holds node_modules. */
const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  typescript: { ignoreBuildErrors: true },
  // no X-Powered-By: it tells attackers what to try; the security headers are set in proxy.ts
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
