import type { MetadataRoute } from 'next'

import { LOCALES } from '../../i18n/locales'

/**
 * What crawlers may fetch: the library's pages and the picture files they show, not the staff
 * admin, the API, or a journalist's account pages (login, registration, reset links: nothing
 * to find, and a reset token in a search index would be a leak). The renditions endpoint is
 * allowed back under the API: the longest matching rule wins, and image search needs the web
 * renditions the pages' tags point to (only what the public may read is served there).
 */
export function robotsRules({ baseUrl }: { baseUrl: string }): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: ['/', '/api/media/*/renditions/'],
      disallow: ['/admin', '/api/', ...LOCALES.map((lang) => `/${lang}/account`)],
    },
    sitemap: `${baseUrl}/sitemap.xml`,
  }
}
