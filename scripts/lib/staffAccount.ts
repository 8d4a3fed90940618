import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

/**
 * The staff account a script acts as: the one with `email`, or by default the first
 * administrator. Throws when there is none.
 */
export async function staffAccount({
  payload,
  email,
}: {
  payload: Payload
  email?: string
}): Promise<User> {
  const { docs } = await payload.find({
    collection: 'users',
    where: email ? { email: { equals: email.toLowerCase() } } : { roles: { contains: 'admin' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  const user = docs[0]
  if (!user) throw new Error(`No staff account ${email ?? '(administrator)'}`)
  return user
}
