import { Kind, type FieldNode, type GraphQLError } from 'graphql'
import {
  AuthenticationError,
  LockedAuth,
  UnverifiedEmail,
  formatNames,
  toWords,
  type AfterErrorHook,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionAfterLoginHook,
  type CollectionAfterLogoutHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type RequestContext,
  type SanitizedCollectionConfig,
  type UploadConfig,
} from 'payload'

import { recordDownloadAuditOnce } from '../media/download/downloadRecords'
import { changeEvents } from './changeEvents'
import { recordAudit } from './recordAudit'

/** An upload collection's file handler: `(req, { doc, params }) => Response | void`. */
export type UploadFileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Before an update: notes what the saved document alone cannot tell {@link auditAfterChange}.
 * For an item with drafts, whether the save only writes a draft and whether the live item is
 * published — without it a draft saved over a published item would look like an
 * unpublication, and an item unpublished while it had newer draft edits would not. For an
 * account, whether a new password was set (the password never reaches the saved document).
 */
export const auditNoteUpdate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update') return
  const { id, draft, data } = args as {
    id?: number | string
    draft?: boolean
    data?: Record<string, unknown>
  }
  if (id === undefined || id === null) return
  const noted: NotedState = {}
  if (collection.versions && collection.versions.drafts) {
    const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      select: { _status: true },
      req,
    })
    // Payload's own rule for a draft save (collections/operations/utilities/update.js).
    noted.isDraftSave = draft === true && data?._status !== 'published'
    noted.wasLive = live?._status === 'published'
  }
  if (collection.auth && typeof data?.password === 'string' && data.password !== '') {
    noted.isPasswordSet = true
  }
  notedStates({ context })[stateKey({ collection, id })] = noted
}

/**
 * Records a creation, or an update with the names of the fields that changed, and the events
 * inside a save that matter on their own: publication, unpublication, withdrawal, tier and
 * classification changes, security holds and their clearing (src/audit/changeEvents.ts).
 */
export const auditAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const record = doc as Record<string, unknown>
  const previous = (operation === 'update' ? previousDoc : undefined) as
    | Record<string, unknown>
    | undefined
  const id = record.id as number | string
  const noted = takeNotedState({ context, key: stateKey({ collection, id }) })
  let isDraftSave = noted?.isDraftSave
  if (
    isDraftSave === undefined &&
    operation === 'update' &&
    record._status === 'draft' &&
    previous?._status === 'published'
  ) {
    // Not noted before the operation (a bulk update, or a collection without
    // auditNoteUpdate): the live item still being published after the save means that only a
    // draft was written.
    const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      select: { _status: true },
      req,
    })
    isDraftSave = live?._status === 'published'
  }
  const events = changeEvents({
    operation,
    doc: record,
    previousDoc: previous,
    isDraftSave,
    wasLive: noted?.wasLive,
    alsoChanged: noted?.isPasswordSet ? ['password'] : [],
  })
  for (const event of events) {
    await recordAudit({
      req,
      ...event,
      targetCollection: collection.slug,
      targetId: id,
      targetTitle: titleOf({ record }),
    })
  }
}

/** Records the deletion of an item. */
export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const record = doc as Record<string, unknown>
  await recordAudit({
    req,
    action: 'delete',
    targetCollection: collection.slug,
    targetId: record.id as number | string,
    targetTitle: titleOf({ record }),
  })
}

/** Records a login; the account logging in is the actor, as `req.user` is not set yet. */
export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const account = user as { id: number | string; email?: string }
  await recordAudit({
    req,
    action: 'login',
    actor: { collection: collection.slug, id: account.id, email: account.email ?? null },
  })
}

/** Records a logout. */
export const auditLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  const account = req.user as { id?: number | string; email?: string } | null
  await recordAudit({
    req,
    action: 'logout',
    actor: { collection: collection.slug, id: account?.id ?? null, email: account?.email ?? null },
  })
}

/**
 * Records failed logins (wrong credentials, a locked account, an unverified e-mail) through
 * REST (`POST /api/<auth collection>/login`) and GraphQL (`login<Collection>` mutations).
 * Payload has no hook for a failed login, but both routes end such a request in the root
 * `afterError` hooks. The login operation has already rolled its transaction back and removed
 * it from `req`, so the entry is written and committed on its own.
 */
export const auditFailedLogin: AfterErrorHook = async ({
  error,
  req,
  collection,
  graphqlResult,
}) => {
  const attempt = graphqlResult
    ? failedGraphQLLogin({ error, req })
    : failedRestLogin({ error, req, collection })
  if (!attempt) return
  try {
    await recordAudit({
      req,
      action: 'login-failed',
      actor: { collection: attempt.collection, email: attempt.email },
      details: { reason: attempt.reason },
    })
  } catch (auditError) {
    // The caller still gets the login error it was owed, not a failure of the audit.
    req.payload.logger.error({
      msg: 'Could not record a failed login in the audit log',
      err: auditError,
    })
  }
}

/**
 * An upload handler, first in the media collection's `upload.handlers`: records the download
 * of a file whose item is not public — once per requester and file within the window
 * (src/media/download/downloadRecords.ts), whatever range the request asks for, so neither a
 * player's ranges flood the log nor a range that does not start at byte 0 escapes it — then
 * returns nothing so the next handler (the storage adapter's, or Payload's local-disk fallback)
 * serves the file.
 *
 * Payload runs upload handlers only after the requester's read access allowed the file
 * (uploads/endpoints/getFile.js calls uploads/checkFileAccess.js first, which throws
 * `Forbidden` otherwise), so reaching here means the file is served. `doc` is the item when
 * access was a query; when access is plain `true` (admins) it is undefined and the item is
 * looked up by file name, past access, because access has already been decided.
 */
export const auditFileDownload: UploadFileHandler = async (req, { doc, params }) => {
  const item =
    (doc as FileOwner | undefined) ??
    (await findFileOwner({ req, collection: params.collection, filename: params.filename }))
  if (!item?.accessTier || item.accessTier === 'public') return
  await recordDownloadAuditOnce({
    req,
    targetCollection: params.collection,
    targetId: item.id,
    targetTitle: item.filename ?? params.filename,
    details: { filename: params.filename, accessTier: item.accessTier },
  })
}

export type NotedState = { isDraftSave?: boolean; wasLive?: boolean; isPasswordSet?: boolean }

type FileOwner = { id: number | string; accessTier?: string | null; filename?: string | null }

type LoginAttempt = { collection: string; email: string | null; reason: string }

function notedStates({ context }: { context: RequestContext }): Record<string, NotedState> {
  context.auditNotedUpdates ??= {}
  return context.auditNotedUpdates
}

function takeNotedState({
  context,
  key,
}: {
  context: RequestContext
  key: string
}): NotedState | undefined {
  const states = notedStates({ context })
  const state = states[key]
  delete states[key]
  return state
}

function stateKey({
  collection,
  id,
}: {
  collection: SanitizedCollectionConfig
  id: number | string
}): string {
  return `${collection.slug}:${String(id)}`
}

function failedRestLogin({
  error,
  req,
  collection,
}: {
  error: Error
  req: PayloadRequest
  collection?: SanitizedCollectionConfig
}): LoginAttempt | null {
  if (!collection?.auth || !req.url) return null
  if (!/\/login\/?$/.test(new URL(req.url).pathname)) return null
  const reason = failureReason({ error })
  if (!reason) return null
  return { collection: collection.slug, email: emailOf({ value: req.data?.email }), reason }
}

/** GraphQL errors carry the failed field: `loginUser(email: …, password: …)`. */
function failedGraphQLLogin({
  error,
  req,
}: {
  error: Error
  req: PayloadRequest
}): LoginAttempt | null {
  const { originalError, nodes } = error as Partial<GraphQLError>
  const reason = failureReason({ error: originalError })
  if (!reason) return null
  const field = nodes?.find((node): node is FieldNode => node.kind === Kind.FIELD)
  if (!field) return null
  const collection = Object.values(req.payload.collections).find(
    ({ config }) => config.auth && `login${graphQLName({ config })}` === field.name.value,
  )
  if (!collection) return null
  const argument = field.arguments?.find(({ name }) => name.value === 'email')?.value
  const variables = (req.data?.variables ?? {}) as Record<string, unknown>
  const email =
    argument?.kind === Kind.STRING
      ? argument.value
      : argument?.kind === Kind.VARIABLE
        ? variables[argument.name.value]
        : undefined
  return { collection: collection.config.slug, email: emailOf({ value: email }), reason }
}

/** The type name Payload's GraphQL schema gives a collection (@payloadcms/graphql initCollections). */
function graphQLName({ config }: { config: SanitizedCollectionConfig }): string | null {
  if (config.graphQL === false) return null
  const singularName = config.graphQL?.singularName
  return singularName ? toWords(singularName, true) : formatNames(config.slug).singular
}

function failureReason({ error }: { error: unknown }): string | null {
  if (error instanceof AuthenticationError) return 'invalid-credentials'
  if (error instanceof LockedAuth) return 'account-locked'
  if (error instanceof UnverifiedEmail) return 'email-unverified'
  return null
}

function emailOf({ value }: { value: unknown }): string | null {
  return typeof value === 'string' && value ? value.trim().toLowerCase().slice(0, 320) : null
}

async function findFileOwner({
  req,
  collection,
  filename,
}: {
  req: PayloadRequest
  collection: string
  filename: string
}): Promise<FileOwner | undefined> {
  // The live item first; a file re-uploaded on a draft is named only by the draft.
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { filename: { equals: filename } },
      draft,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs[0]) return docs[0] as unknown as FileOwner
  }
  return undefined
}

function titleOf({ record }: { record: Record<string, unknown> }): string | null {
  for (const key of ['title', 'filename', 'name', 'email']) {
    const value = record[key]
    if (typeof value === 'string' && value) return value
  }
  return null
}
