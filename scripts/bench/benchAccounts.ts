import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

/**
 * The publisher the benches' corpus names as allowed staff and whose requests they time: a
 * publisher of `agency`, created through the Local API (hooks and all, as one account is cheap).
 */
export async function createBenchPublisher({
  payload,
  agency,
}: {
  payload: Payload
  agency: number
}): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: 'bench-publisher@ttdn.test',
      password: 'bench-password-123',
      name: 'Bench publisher',
      roles: ['publisher'],
      agency,
    },
  })
}
