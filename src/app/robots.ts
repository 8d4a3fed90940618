import type { MetadataRoute } from 'next'

import { robotsRules } from '../library/seo/robots'
import { getEnv } from '../env'

/** Read at every request: the public address comes from the running server's settings. */
export const dynamic = 'force-dynamic'

/** `/robots.txt` (src/library/seo/robots.ts). */
export default function robots(): MetadataRoute.Robots {
  return robotsRules({ baseUrl: getEnv().publicUrl })
}
