import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { translatedError } from '../errors/translatedError'
import { passwordProblem } from './passwordPolicy'

/**
 * Applies the password policy (src/auth/passwordPolicy.ts) wherever an account's password is
 * set through Payload — creation, update (a change of password) and reset-password — over REST,
 * GraphQL, the admin and the Local API alike, and refuses with 400 and the reason in the
 * requester's language.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') {
    return args
  }
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (typeof password !== 'string' || password === '') return args
  const email = await accountEmail({
    collection: collection.slug,
    data,
    id: (args as { id?: number | string }).id,
    operation,
    req,
  })
  const problem = passwordProblem({ password, email })
  if (problem) {
    throw translatedError({ req, status: 400, key: problem.key, params: problem.params })
  }
  return args
}

/** The e-mail the password belongs to: the one being saved, or the stored one. */
async function accountEmail({
  collection,
  data,
  id,
  operation,
  req,
}: {
  collection: CollectionSlug
  data: Record<string, unknown> | undefined
  id: number | string | undefined
  operation: 'create' | 'update' | 'resetPassword'
  req: PayloadRequest
}): Promise<string | null> {
  if (typeof data?.email === 'string') return data.email
  if (operation === 'resetPassword' && typeof data?.token === 'string') {
    const account = await req.payload.db.findOne<{ id: number | string; email?: string }>({
      collection,
      where: { resetPasswordToken: { equals: data.token } },
      req,
    })
    return account?.email ?? null
  }
  if (operation === 'update' && id !== undefined) {
    const account = await req.payload.db.findOne<{ id: number | string; email?: string }>({
      collection,
      where: { id: { equals: id } },
      req,
    })
    return account?.email ?? null
  }
  return null
}
