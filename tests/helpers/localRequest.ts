import { createLocalReq, type PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import type { TestApp } from './startPayload'

/**
 * A Local API request made by the staff account `id`, as the admin's server components get one
 * (`initPageResult.req`), in the admin's default language: for code that reads with
 * `overrideAccess: false` and `req.user`.
 */
export async function staffRequest({
  app,
  id,
}: {
  app: TestApp
  id: number
}): Promise<PayloadRequest> {
  const user = await app.payload.findByID({ collection: slugs.users, id, depth: 0 })
  return createLocalReq({ user: { ...user, collection: slugs.users } as never }, app.payload)
}
