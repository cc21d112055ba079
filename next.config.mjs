import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  devIndicators: false,
  experimental: { serverMinification: false },
  // chinese-days declares CommonJS but its "module" build is ESM, which Turbopack refuses to bundle: load it from node_modules.
  serverExternalPackages: ['chinese-days'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
