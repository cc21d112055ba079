import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two Next processes of one checkout run side by side (a bench's production build next to a
  // development server); each directory has its own lock.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  devIndicators: false,
  experimental: { serverMinification: false },
  // chinese-days declares CommonJS but its "module" build is ESM, which Turbopack refuses to bundle: load it from node_modules.
  serverExternalPackages: ['chinese-days'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
