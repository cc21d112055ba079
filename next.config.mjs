import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two Next processes of one checkout run side by side (a bench's production build next to a
  // development server); each directory has its own lock.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run bench -- admin` builds the working tree to measure it; the types are `npm run typecheck`'s job.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === 'true' },
  poweredByHeader: false,
  devIndicators: false,
  experimental: { serverMinification: false },
  // chinese-days declares CommonJS but its "module" build is ESM, which Turbopack refuses to bundle: load it from node_modules.
  serverExternalPackages: ['chinese-days'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
