import config from '@payload-config'
import { getPayload } from 'payload'

import { getEnv } from '../../../../../env'
import { isLocale } from '../../../../../i18n/locales'
import { sitemapFile } from '../../../../../library/seo/sitemap'
import { SITEMAP_HEADERS } from '../../../../../library/seo/sitemapResponse'
import { parseSitemapFileName } from '../../../../../library/seo/sitemapXml'

/** Read at every request: what it lists changes with every publication. */
export const dynamic = 'force-dynamic'

/**
 * `/sitemaps/{lang}/{file}.xml`: one language's fixed pages, or one window of its articles or
 * media, streamed as it is read (src/library/seo/sitemap.ts). Any other name is a 404.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; file: string }> },
): Promise<Response> {
  const { lang, file: name } = await params
  const file = parseSitemapFileName(name)
  if (!isLocale(lang) || !file) return notFound()
  const payload = await getPayload({ config })
  const body = await sitemapFile({ payload, baseUrl: getEnv().publicUrl, lang, file })
  return body ? new Response(body, { headers: SITEMAP_HEADERS }) : notFound()
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } })
}
