import { slugs } from '../../collections/slugs'
import type { Article } from '../../src/payload-types'
import type { TestApp } from './startPayload'

/**
 * Creates a published, public, unclassified article of `agency` straight through the Local API
 * (no workflow steps), as content that already went live; `data` adds or overrides fields.
 */
export async function createPublishedArticle({
  app,
  agency,
  title,
  infoType = 'official',
  data = {},
}: {
  app: TestApp
  agency: number
  title: string
  infoType?: Article['infoType']
  data?: Partial<Article>
}): Promise<Article> {
  return app.payload.create({
    collection: slugs.articles,
    data: {
      title,
      infoType,
      agency,
      accessTier: 'public',
      classification: 'unclassified',
      _status: 'published',
      ...data,
    },
  })
}
