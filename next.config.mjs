import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keep native and binary-shipping packages out of the server bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', '@napi-rs/canvas'],
}

// No middleware is configured: it would buffer upload bodies (DESIGN.md pitfalls).
export default withPayload(nextConfig, { devBundleServerPackages: false })
