import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

import { translatedError } from '../errors/translatedError'
import { DOCUMENT_ID } from './params'

/** Deeper than any document of ours; deep enough nesting overflows Payload's recursive copies. */
export const MAX_BODY_DEPTH = 100

/**
 * Auth fields Payload hashes, lower-cases or compares as strings, and their longest sensible
 * length (an e-mail address has at most 254 characters; a megabyte "address" is an attack).
 */
const TEXT_FIELDS = { email: 320, username: 320, password: 1024, token: 512 } as const

/** Operations that take a request body as `args.data`. */
const BODY_OPERATIONS = new Set([
  'create',
  'update',
  'login',
  'forgotPassword',
  'resetPassword',
  'unlock',
])

/** Why a request body is refused, or null when its shape is acceptable. */
export type BodyProblem =
  | { kind: 'notAnObject' }
  | { kind: 'tooDeep' }
  | { kind: 'notText'; field: string }
  | { kind: 'tooLong'; field: string; max: number }

/**
 * Checks the shape of a REST or GraphQL body before Payload works on it: a JSON object, nested
 * at most {@link MAX_BODY_DEPTH} levels, with the auth fields as text. Payload itself answers
 * 500 to a string or array body, a missing body, a number as e-mail (it lower-cases it), an
 * object as password (it hashes it) and to very deep nesting (it copies recursively).
 */
export function bodyProblem(data: unknown): BodyProblem | null {
  if (!isPlainObject(data)) return { kind: 'notAnObject' }
  if (depthOf(data) > MAX_BODY_DEPTH) return { kind: 'tooDeep' }
  for (const [field, max] of Object.entries(TEXT_FIELDS)) {
    const value = data[field]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return { kind: 'notText', field }
    if (value.length > max) return { kind: 'tooLong', field, max }
  }
  return null
}

/** Whether `id` (from a URL) can name a document at all. */
export function isDocumentId(id: unknown): boolean {
  return (
    (typeof id === 'number' && Number.isSafeInteger(id)) ||
    (typeof id === 'string' && DOCUMENT_ID.test(id))
  )
}

/**
 * `beforeOperation` of every collection, for requests from the REST and GraphQL API (which
 * call operations without `overrideAccess`; the Local API always sets it): an id that cannot
 * name a document is "not found" (Payload would pass `NaN` to SQLite and answer 500), and a
 * malformed body is a 400, both in the requester's language.
 */
export const refuseMalformedInput: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const apiArgs = args as { overrideAccess?: boolean; id?: unknown; data?: unknown }
  if (apiArgs.overrideAccess !== undefined) return args
  if ('id' in apiArgs && apiArgs.id !== undefined && !isDocumentId(apiArgs.id)) {
    throw translatedError({ req, status: 404, key: 'errors.notFound' })
  }
  if (BODY_OPERATIONS.has(operation) && 'data' in apiArgs) {
    const problem = bodyProblem(apiArgs.data)
    if (problem?.kind === 'notText' || problem?.kind === 'tooLong') {
      const expected =
        problem.kind === 'notText'
          ? { key: 'errors.expectedText' as const }
          : { key: 'search.expectedQuery' as const, params: { max: problem.max } }
      throw translatedError({
        req,
        status: 400,
        key: 'errors.invalidParameter',
        params: { name: problem.field, expected },
      })
    }
    if (problem) throw translatedError({ req, status: 400, key: 'errors.malformedBody' })
  }
  return args
}

/**
 * Adds {@link refuseMalformedInput} in front of every collection's `beforeOperation` hooks. A
 * body or `where` parameter that is not JSON fails before any hook runs; the config's
 * `afterError` hook answers it (src/errors/errorResponse.ts, with {@link isRequestParsingError}).
 */
export function malformedInputPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseMalformedInput, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
}

/**
 * Whether `error` was thrown while Payload read the request: `JSON.parse` of the `where`
 * parameter (utilities/parseParams) or of the body (utilities/addDataAndFileToRequest), and
 * busboy's multipart parser. Recognised by where it was thrown, so a bug elsewhere stays a 500.
 */
export function isRequestParsingError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const stack = error.stack ?? ''
  if (error instanceof SyntaxError) {
    return /parseParams|addDataAndFileToRequest|Request\.json|Body\.json/.test(stack)
  }
  return /busboy|processMultipart/.test(stack)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The nesting depth of a JSON value, walked without recursion (deep input is the point). */
function depthOf(value: unknown): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_BODY_DEPTH) return deepest
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return deepest
}
