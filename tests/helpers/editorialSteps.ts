import { expect } from 'vitest'

import { slugs } from '../../collections/slugs'
import type { TestApp } from './startPayload'

/**
 * Saves an article draft through REST as the holder of `token`, in `locale`: a new one (an
 * unclassified public promotional article) when `id` is not given, else that article's text in
 * `locale`. Returns its id; fails the test on any refusal.
 */
export async function writeArticle({
  app,
  token,
  title,
  id,
  locale = 'vi',
}: {
  app: TestApp
  token: string
  title: string
  id?: number
  locale?: string
}): Promise<number> {
  const response = await app.rest.request(
    id ? 'PATCH' : 'POST',
    `/${slugs.articles}${id ? `/${id}` : ''}?draft=true&locale=${locale}`,
    {
      token,
      body: {
        title,
        ...(id
          ? {}
          : { infoType: 'promotional', accessTier: 'public', classification: 'unclassified' }),
      },
    },
  )
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/**
 * Takes one workflow step on an article through its endpoint
 * (`POST /api/articles/:id/workflow`) as the holder of `token`; fails the test on a refusal.
 */
export async function takeArticleStep({
  app,
  token,
  id,
  action,
  locale = 'vi',
  reason,
}: {
  app: TestApp
  token: string
  id: number
  action: string
  locale?: string
  reason?: string
}): Promise<void> {
  const response = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
    token,
    body: { action, locale, reason },
  })
  expect(response.status, await response.clone().text()).toBe(200)
}
