import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep native and binary-shipping packages out of the server bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  // The public library (issue #8) will live at /{lang}/; until then the root opens the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

// No middleware is configured: it would buffer upload bodies (DESIGN.md pitfalls).
export default withPayload(nextConfig, { devBundleServerPackages: false })
