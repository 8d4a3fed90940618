import { describe, expect, it } from 'vitest'

import { securityHeaderRules } from './securityHeaders.mjs'

/** The headers Next.js would send on `path`: later matching rules override earlier ones. */
function headersFor({ path }: { path: string }) {
  const headers = new Map<string, string>()
  for (const rule of securityHeaderRules({ isDevelopment: false })) {
    const prefix = rule.source.replace('/:path*', '')
    if (!(path === prefix || path.startsWith(`${prefix}/`))) continue
    for (const { key, value } of rule.headers) headers.set(key, value)
  }
  return headers
}

describe('securityHeaderRules', () => {
  it.each(['/vi', '/en/search', '/admin', '/admin/collections/articles', '/api/articles'])(
    'sends nosniff, the referrer policy and a frame-refusing CSP on %s',
    (path) => {
      const headers = headersFor({ path })
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
      expect(headers.get('Content-Security-Policy')).not.toContain('unsafe-eval')
      expect(headers.has('Strict-Transport-Security')).toBe(false)
    },
  )

  it('holds pages, the admin included, to this origin', () => {
    const library = headersFor({ path: '/vi/articles/1' }).get('Content-Security-Policy')
    expect(library).toContain("default-src 'self'")
    expect(library).toContain("object-src 'none'")
    expect(library).toContain("base-uri 'self'")
    expect(library).toContain("form-action 'self'")
    expect(library).toContain("img-src 'self' data: blob:")
    expect(library).not.toContain('https:')
    // The admin's code editor is served by the app: no outside source, as for the library.
    expect(headersFor({ path: '/admin' }).get('Content-Security-Policy')).toBe(library)
    expect(headersFor({ path: '/api/library/search' }).get('Content-Security-Policy')).toContain(
      "default-src 'none'",
    )
  })

  it('lets only the development server evaluate scripts and open its HMR socket', () => {
    const [rule] = securityHeaderRules({ isDevelopment: true })
    const csp = rule?.headers.find(({ key }) => key === 'Content-Security-Policy')?.value
    expect(csp).toContain("'unsafe-eval'")
    expect(csp).toContain('ws:')
  })
})
