import config from '@payload-config'
import { getPayload } from 'payload'

import { getEnv } from '../../../env'
import { sitemapIndex } from '../../../library/seo/sitemap'
import { SITEMAP_HEADERS } from '../../../library/seo/sitemapResponse'

/** Read at every request: what it lists changes with every publication. */
export const dynamic = 'force-dynamic'

/** `/sitemap.xml`: the index of every language's sitemap files (src/library/seo/sitemap.ts). */
export async function GET(): Promise<Response> {
  const payload = await getPayload({ config })
  const xml = await sitemapIndex({ payload, baseUrl: getEnv().publicUrl })
  return new Response(xml, { headers: SITEMAP_HEADERS })
}
