/**
 * The headers of every sitemap answer. They hold only what anonymous readers may see, so any
 * cache may keep them; ten minutes keeps a crawler's round of files consistent while a
 * publication still shows within the hour a crawler rarely comes back before.
 */
export const SITEMAP_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=600',
}
