import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

import { isStaffUser } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { translate, requestLanguage, type MessageKey } from '../i18n'

/** The most documents one anonymous or journalist page of a REST or GraphQL list may hold. */
export const MAX_PUBLIC_LIMIT = 100

/** How deep relationships are populated for anyone (the config's `maxDepth`). */
export const MAX_DEPTH = 3

/** The highest page number anyone may ask for; far beyond any real list. */
export const MAX_PAGE = 1_000_000

/** The read arguments this module looks at, as the REST and GraphQL handlers pass them. */
export type ListReadArgs = {
  limit?: unknown
  page?: unknown
  pagination?: unknown
  depth?: unknown
}

/** A refused argument, and the message that says what it should have been. */
export type InvalidReadArg = {
  name: 'limit' | 'page' | 'depth'
  expected: { key: MessageKey; params: Record<string, number> }
}

/**
 * The list arguments a requester may use. Everyone gets a 400 for a `limit`, `page` or `depth`
 * that is not a whole number in range (Payload would otherwise pass `limit=-1`, which SQLite
 * reads as "no limit", or a string, straight to the database). Requesters who are not staff
 * also get at most {@link MAX_PUBLIC_LIMIT} documents per page and always a paginated list:
 * `limit=0` and `pagination=false` would otherwise return a whole collection in one answer.
 */
export function limitedReadArgs<Args extends ListReadArgs>({
  args,
  isStaff,
}: {
  args: Args
  isStaff: boolean
}): { args: Args } | { error: InvalidReadArg } {
  const { limit, page, depth } = args
  if (limit !== undefined && !isWholeNumber({ value: limit, min: 0 })) {
    return invalid({ name: 'limit', min: 1, max: MAX_PUBLIC_LIMIT })
  }
  if (page !== undefined && !isWholeNumber({ value: page, min: 1, max: MAX_PAGE })) {
    return invalid({ name: 'page', min: 1, max: MAX_PAGE })
  }
  if (depth !== undefined && !isWholeNumber({ value: depth, min: 0 })) {
    return invalid({ name: 'depth', min: 0, max: MAX_DEPTH })
  }
  if (isStaff) return { args }
  const isListRead = 'limit' in args || 'pagination' in args || 'page' in args
  if (!isListRead) return { args }
  return {
    args: {
      ...args,
      // 0 means "everything" to Payload.
      limit:
        limit === undefined
          ? undefined
          : Math.min((limit as number) || MAX_PUBLIC_LIMIT, MAX_PUBLIC_LIMIT),
      pagination: true,
    },
  }
}

/**
 * `beforeOperation` of every collection: applies {@link limitedReadArgs} to reads that come
 * from the REST or GraphQL API. Payload's REST handlers and GraphQL resolvers call the read
 * operations without `overrideAccess`, while every Local API call (the app's own code, the
 * population of relationships, hooks) sets it, so the app's internal reads keep their own
 * limits and `pagination: false`.
 */
export const limitApiReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const readArgs = args as ListReadArgs & { overrideAccess?: boolean }
  if (readArgs.overrideAccess !== undefined) return args
  const result = limitedReadArgs({ args: readArgs, isStaff: isStaffUser(req.user) })
  if ('error' in result) {
    const { name, expected } = result.error
    const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    throw translatedError({
      req,
      status: 400,
      key: 'errors.invalidParameter',
      params: { name, expected: translate({ locale, ...expected }) },
    })
  }
  return result.args as typeof args
}

/**
 * Adds {@link limitApiReads} in front of every collection's `beforeOperation` hooks, and caps
 * relationship population at {@link MAX_DEPTH} for every reader.
 */
export function publicReadLimitsPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    maxDepth: Math.min(config.maxDepth ?? MAX_DEPTH, MAX_DEPTH),
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [limitApiReads, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
}

function isWholeNumber({
  value,
  min,
  max = Number.MAX_SAFE_INTEGER,
}: {
  value: unknown
  min: number
  max?: number
}): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

function invalid({ name, min, max }: { name: InvalidReadArg['name']; min: number; max: number }): {
  error: InvalidReadArg
} {
  return { error: { name, expected: { key: 'search.expectedInteger', params: { min, max } } } }
}
