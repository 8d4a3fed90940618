/**
 * The HTTP security headers of every answer, as Next.js `headers()` rules (next.config.mjs).
 *
 * Plain JavaScript because next.config.mjs imports it: Node 20 loads the config without
 * compiling TypeScript. Next.js evaluates `headers()` once, at `next build` (the rules go into
 * `.next/routes-manifest.json`), so nothing here may depend on the run-time environment:
 * HSTS, which depends on `PUBLIC_URL`, is added at run time by src/http/stampPeerAddress.ts.
 *
 * No nonces: they need middleware, and middleware in front of `/api` would buffer upload
 * bodies. Scripts and styles therefore allow 'unsafe-inline' (Next.js and the Payload admin
 * inline their bootstrap), while everything else is held to this origin.
 */

/** @typedef {{ key: string, value: string }} Header */
/** @typedef {{ type: 'header', key: string, value: string }} HeaderCondition */
/** @typedef {{ source: string, headers: Header[], has?: HeaderCondition[] }} HeaderRule */

/** One year, with sub-domains: the province's hosts serve nothing over plain http. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains'

/**
 * The header rules for Next.js: the same base headers everywhere, then the Content Security
 * Policy of the pages (the library and the admin, whose code editor is served by the app itself:
 * src/admin/serveMonacoLocally.mjs) and of the API (a later rule's header replaces an earlier
 * one's for the same path).
 *
 * @param {{ isDevelopment: boolean }} options `next dev` evaluates scripts (React Refresh) and
 *   talks to its HMR WebSocket; the built app does neither.
 * @returns {HeaderRule[]}
 */
export function securityHeaderRules({ isDevelopment }) {
  return [
    {
      source: '/:path*',
      headers: [
        ...baseHeaders(),
        { key: 'Content-Security-Policy', value: pageContentSecurityPolicy({ isDevelopment }) },
      ],
    },
    {
      source: '/api/:path*',
      headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy() }],
    },
  ]
}

/**
 * The policy of HTML pages (library and admin): this origin only, inline scripts and styles
 * allowed, never framed, no plugins, forms post only here.
 *
 * @param {{ isDevelopment: boolean }} options
 * @returns {string}
 */
export function pageContentSecurityPolicy({ isDevelopment }) {
  return policy({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'media-src': "'self' blob:",
    'connect-src': `'self'${isDevelopment ? ' ws: wss:' : ''}`,
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })
}

/**
 * The policy of API answers: JSON, feeds and files need no sources; the few small HTML answers
 * (the e-mail confirmation page) use inline styles only.
 *
 * @returns {string}
 */
export function apiContentSecurityPolicy() {
  return policy({
    'default-src': "'none'",
    'style-src': "'unsafe-inline'",
    'img-src': "'self' data:",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })
}

/** @returns {Header[]} */
function baseHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // For browsers that predate `frame-ancestors`.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ]
}

/**
 * @param {Record<string, string>} directives
 * @returns {string}
 */
function policy(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.trim().replace(/\s+/g, ' ')}`)
    .join('; ')
}
