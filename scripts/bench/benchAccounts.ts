import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { expectApi, signIn } from './httpApi'

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

/** The signed-in people of `npm run bench:load`: their JWTs, and the editors' agency. */
export type LoadCast = { agency: number; editors: string[]; journalists: string[] }

/**
 * Creates and signs in, through the REST API of a running server as its administrator,
 * `editors` publishers of the first agency and `journalists` press accounts with a verified
 * e-mail and an approved accreditation (what the press tier needs: src/access/requester.ts).
 */
export async function signInLoadCast({
  baseUrl,
  admin,
  editors,
  journalists,
}: {
  baseUrl: string
  admin: { email: string; password: string }
  editors: number
  journalists: number
}): Promise<LoadCast> {
  const adminToken = await signIn({ baseUrl, collection: 'users', ...admin })
  const { docs } = await expectApi<{ docs: Array<{ id: number }> }>({
    baseUrl,
    path: '/api/agencies?limit=1&depth=0&sort=id',
    token: adminToken,
    expected: 200,
  })
  const agency = docs[0]!.id
  const account = async ({
    collection,
    label,
    data,
  }: {
    collection: 'users' | 'journalists'
    label: string
    data: Record<string, unknown>
  }): Promise<string> => {
    const email = `load-${label}@ttdn.test`
    const password = randomBytes(12).toString('hex')
    await expectApi({
      baseUrl,
      path: `/api/${collection}`,
      method: 'POST',
      token: adminToken,
      body: { email, password, ...data },
      expected: 201,
    })
    return signIn({ baseUrl, collection, email, password })
  }
  const editorTokens: string[] = []
  for (let index = 1; index <= editors; index += 1) {
    editorTokens.push(
      await account({
        collection: 'users',
        label: `editor-${index}`,
        data: { name: `Biên tập viên ${index}`, roles: ['publisher'], agency },
      }),
    )
  }
  const accreditedUntil = new Date(Date.now() + 30 * 86_400_000).toISOString()
  const journalistTokens: string[] = []
  for (let index = 1; index <= journalists; index += 1) {
    journalistTokens.push(
      await account({
        collection: 'journalists',
        label: `journalist-${index}`,
        data: {
          name: `Phóng viên ${index}`,
          outlet: 'Bench Press',
          country: 'JP',
          preferredLanguage: 'en',
          accreditationStatus: 'approved',
          accreditationExpiresAt: accreditedUntil,
          _verified: true,
        },
      }),
    )
  }
  return { agency, editors: editorTokens, journalists: journalistTokens }
}
