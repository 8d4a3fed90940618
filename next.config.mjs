import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

import { serveMonacoLocally } from './src/admin/serveMonacoLocally.mjs'
import { securityHeaderRules } from './src/http/securityHeaders.mjs'

/**
 * @param {string} phase Next.js tells the config which command loads it.
 * @returns {import('next').NextConfig}
 */
const nextConfig = (phase) => ({
  // Keep native and binary-shipping packages out of the server bundle. exiftool-vendored finds
  // its perl script with a runtime `require('exiftool-vendored.pl')`, which a bundle turns into
  // "module not found"; it then waits for ExifTool forever, so every download hung.
  serverExternalPackages: [
    'sharp',
    '@libsql/client',
    'libsql',
    '@napi-rs/canvas',
    'exiftool-vendored',
  ],
  // Says nothing a client needs, and tells an attacker which framework to target.
  poweredByHeader: false,
  // Every reader gets the metadata (Open Graph, canonical, hreflang) in <head>, not streamed into
  // <body> after the page as Next.js does for browsers: the page cache keeps one render per URL
  // for every anonymous reader, link previewers (Facebook, Zalo, LINE) among them, and those
  // read <head> without running scripts.
  htmlLimitedBots: /.*/,
  // CSP, nosniff, Referrer-Policy, HSTS over https: on every page and API answer, route
  // handlers included (src/http/securityHeaders.mjs).
  headers: async () => securityHeaderRules({ isDevelopment: phase === PHASE_DEVELOPMENT_SERVER }),
  // The admin's code editor comes from this app, not a public CDN (works offline; issue 13).
  webpack: (config) => serveMonacoLocally({ config }),
})

// No middleware is configured: it would buffer upload bodies (Next.js middleware reads at most 10 MB of a body it matches).
export default (phase) => withPayload(nextConfig(phase), { devBundleServerPackages: false })
