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
  experimental: {
    // Payload names its errors by their class (`this.name = this.constructor.name`) and answers an
    // error without a name as "An unknown error occurred.". Minifying the server bundle turns its
    // error classes into anonymous ones, so in production every refusal (403 for a translator, 400
    // for an unknown locale or broken JSON) reached REST clients without its message.
    serverMinification: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
