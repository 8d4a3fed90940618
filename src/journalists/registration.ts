import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  addDataAndFileToRequest,
  type Endpoint,
  type Payload,
  type PayloadHandler,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import { refuseMalformedInput } from '../http/malformedInput'
import { requestLanguage, translate, type Locale } from '../i18n'
import { slugs } from '../../collections/slugs'
import { mailExistingAccountOwner } from './existingAccountEmail'

/**
 * Registers a journalist the one way every anonymous registration goes (the REST route below and
 * the library's form): the account is created with access control on, and Payload mails the
 * confirmation link. An address that already has an account is not told apart: after the same
 * validation (an invalid form is refused alike for both), nothing is stored, the password is
 * hashed as for a new account so the answer takes comparable time, and the owner of the address
 * is mailed instead. Any other error (validation, password policy, a limit) is thrown as is.
 */
export async function registerJournalist({
  payload,
  data,
  lang,
  req,
  context,
}: {
  payload: Payload
  data: Record<string, unknown>
  /** The language of the owner's mail when their account has none. */
  lang: Locale
  /** The request the registration stands for (limits and the requester's language). */
  req?: Partial<PayloadRequest>
  context?: Record<string, unknown>
}): Promise<void> {
  try {
    await payload.create({
      collection: slugs.journalists,
      // Checked by Payload's validation, like a REST body.
      data: data as RequiredDataFromCollectionSlug<typeof slugs.journalists>,
      depth: 0,
      overrideAccess: false,
      ...(req ? { req } : {}),
      ...(context ? { context } : {}),
    })
  } catch (error) {
    const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
    if (!isEmailOnlyValidationError(error) || !(await hasAccount({ payload, email }))) throw error
    const password = typeof data.password === 'string' ? data.password : ''
    await Promise.all([
      hashLikeRegistration({ password }),
      mailExistingAccountOwner({ payload, email, lang }),
    ])
  }
}

/**
 * `POST /api/journalists` from someone not signed in: {@link registerJournalist}, answered 202
 * with one message for every accepted registration, whether the address was new or already had
 * an account. The created account is not in the answer: an anonymous requester may not read
 * journalist accounts, and an answer with a document only for new addresses would tell the two
 * apart. Signed-in requests (press officers in the admin) get Payload's own create route.
 */
export const anonymousRegistrationEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (req.user) return payloadCreateHandler({ req })(req)
    await addDataAndFileToRequest(req)
    // The REST body's shape is refused as on every other route: the Local API call below is not
    // checked by that hook (it looks only at API calls, which leave `overrideAccess` unset).
    await refuseMalformedInput({
      args: { data: req.data },
      collection: req.payload.collections[slugs.journalists].config,
      context: req.context,
      operation: 'create',
      req,
    } as Parameters<typeof refuseMalformedInput>[0])
    const lang = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    await registerJournalist({
      payload: req.payload,
      data: isRecord(req.data) ? req.data : {},
      lang,
      req,
    })
    return Response.json(
      { message: translate({ locale: lang, key: 'accounts.registrationReceived' }) },
      { status: 202 },
    )
  },
}

/** As long as Payload's hashing of a new account's password (PBKDF2-SHA256, 600,000 rounds). */
async function hashLikeRegistration({ password }: { password: string }): Promise<void> {
  await promisify(pbkdf2)(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}

/**
 * A Payload ValidationError about the e-mail alone: how a taken address fails (Payload's check
 * before hashing, or the unique index), once every other field has passed validation.
 * By shape, not instanceof: the bundled server may hold its own copy of Payload's classes.
 */
function isEmailOnlyValidationError(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return false
  const errors = (error as Error & { data?: { errors?: Array<{ path?: string }> } }).data?.errors
  return Boolean(errors?.length) && errors!.every((entry) => entry.path === 'email')
}

async function hasAccount({
  payload,
  email,
}: {
  payload: Payload
  email: string
}): Promise<boolean> {
  if (!email) return false
  const account = await payload.db.findOne({
    collection: slugs.journalists,
    where: { email: { equals: email } },
  })
  return account !== null && account !== undefined
}

/** Payload's own `POST /` of the collection: Payload adds its routes after the collection's own. */
function payloadCreateHandler({ req }: { req: PayloadRequest }): PayloadHandler {
  const endpoints = req.payload.collections[slugs.journalists]?.config.endpoints || []
  const own = endpoints.filter((endpoint) => endpoint.method === 'post' && endpoint.path === '/')
  const payloads = own.at(-1)
  if (!payloads || own.length < 2)
    throw new Error('Payload’s create route for journalists is missing')
  return payloads.handler
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
