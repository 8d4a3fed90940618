import { APIError } from 'payload'

import { translate, type MessageKey } from '../i18n'
import type { Locale } from '../i18n/locales'

/** A value for a message's `{{placeholder}}`: plain, or another message translated alongside. */
export type MessageParam = string | number | { key: MessageKey; params?: MessageParams }

/** The `{{placeholders}}` of a message. */
export type MessageParams = Record<string, MessageParam>

/**
 * The base of every error this project throws on purpose. `status` is the HTTP status a
 * request that hits it gets; `messageKey` and `params` name the message in
 * `src/i18n/catalogues` that the requester reads, in their own language: the config's
 * `afterError` hook (src/errors/errorResponse.ts) turns any AppError into that answer, so code
 * that throws one needs neither the request nor the requester's language.
 *
 * `message` is for the log and may hold details no requester should see (a path, an engine's
 * answer); it defaults to the English text. A Payload `APIError`, so that Payload's own paths
 * (GraphQL, the admin's server functions) keep its status; they show `message` only when
 * `isPublic`, which is true only when `message` is the translated text itself.
 *
 * The subclasses below set their `name` as text, not from the class name, which a minifier may
 * change: Payload picks the log level by name ({@link REQUESTER_ERROR_NAMES}).
 */
export class AppError extends APIError<Record<string, unknown> | null> {
  readonly messageKey: MessageKey
  readonly params: MessageParams

  constructor(args: {
    messageKey?: MessageKey
    params?: MessageParams
    status?: number
    /** For the log; the requester reads `messageKey` translated. @default the English text */
    message?: string
    /** Sent along with the message (Payload's `errors[0].data`). */
    data?: Record<string, unknown>
    /** Whether `message` may be shown as it is. @default true for the English text only */
    isPublic?: boolean
    cause?: unknown
  }) {
    const messageKey = args.messageKey ?? 'errors.internal'
    const params = args.params ?? {}
    const message = args.message ?? messageOf({ messageKey, params, locale: 'en' })
    super(
      message,
      args.status ?? 500,
      args.data ?? null,
      args.isPublic ?? args.message === undefined,
    )
    // A literal, not `new.target.name`: the production build minifies class names.
    this.name = 'AppError'
    this.messageKey = messageKey
    this.params = params
    if (args.cause !== undefined) this.cause = args.cause
  }
}

/** 400: a parameter or body the requester sent cannot be used. */
export class InvalidInputError extends AppError {
  constructor(args: ErrorArgs = {}) {
    super({ messageKey: 'errors.malformedBody', ...args, status: 400 })
    this.name = 'InvalidInputError'
  }
}

/**
 * 400: a query or route parameter cannot be used. The one answer to a bad parameter: “Invalid
 * parameter “limit”: expected a whole number from 1 to 50.”, `expected` translated with it.
 */
export class InvalidParameterError extends AppError {
  /** The parameter's name, as the request spelled it. */
  readonly parameter: string

  constructor({ name, expected }: { name: string; expected: MessageParam }) {
    super({ messageKey: 'errors.invalidParameter', params: { name, expected }, status: 400 })
    this.name = 'InvalidParameterError'
    this.parameter = name
  }
}

/** 401: the request needs a signed-in user and has none. */
export class NotSignedInError extends AppError {
  constructor(args: ErrorArgs = {}) {
    super({ messageKey: 'errors.unauthorized', ...args, status: 401 })
    this.name = 'NotSignedInError'
  }
}

/** 403: the requester is known and may not do this. */
export class ForbiddenError extends AppError {
  constructor(args: ErrorArgs = {}) {
    super({ messageKey: 'errors.forbidden', ...args, status: 403 })
    this.name = 'ForbiddenError'
  }
}

/** 404: nothing the requester may see is there. */
export class NotFoundError extends AppError {
  constructor(args: ErrorArgs = {}) {
    super({ messageKey: 'errors.notFound', ...args, status: 404 })
    this.name = 'NotFoundError'
  }
}

/** 409: the request conflicts with the document's current state. */
export class ConflictError extends AppError {
  constructor(args: ErrorArgs & { messageKey: MessageKey }) {
    super({ ...args, status: 409 })
    this.name = 'ConflictError'
  }
}

/** 413: what was asked for is larger than a limit allows (a download basket over its cap). */
export class TooLargeError extends AppError {
  constructor(args: ErrorArgs & { messageKey: MessageKey }) {
    super({ ...args, status: 413 })
    this.name = 'TooLargeError'
  }
}

/** 429: over a limit; `data.retryAfterSeconds` says how long to wait. */
export class TooManyRequestsError extends AppError {
  constructor(args: ErrorArgs = {}) {
    super({ messageKey: 'errors.tooManyRequests', ...args, status: 429 })
    this.name = 'TooManyRequestsError'
  }
}

/** What the subclasses take: everything but the status, which is theirs. */
type ErrorArgs = Omit<ConstructorParameters<typeof AppError>[0], 'status'>

/**
 * The AppError class for an HTTP status, for code that chooses the status at run time
 * ({@link translatedError}); statuses without a class of their own get the base class.
 */
export function appErrorFor(args: ErrorArgs & { status: number }): AppError {
  const { status, ...rest } = args
  switch (status) {
    case 400:
      return new InvalidInputError(rest)
    case 401:
      return new NotSignedInError(rest)
    case 403:
      return new ForbiddenError(rest)
    case 404:
      return new NotFoundError(rest)
    case 429:
      return new TooManyRequestsError(rest)
    default:
      return new AppError(args)
  }
}

/**
 * Whether `error` is an {@link AppError}. By shape, not `instanceof`: the bundled server may
 * hold its own copy of this module.
 */
export function isAppError(error: unknown): error is AppError {
  if (!(error instanceof Error)) return false
  const { status, messageKey, params } = error as Partial<AppError>
  return (
    typeof status === 'number' &&
    typeof messageKey === 'string' &&
    typeof params === 'object' &&
    params !== null
  )
}

/** The message an AppError's key and params make in `locale`, nested messages included. */
export function messageOf({
  messageKey,
  params,
  locale,
}: {
  messageKey: MessageKey
  params: MessageParams
  locale: Locale
}): string {
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object'
        ? messageOf({ messageKey: value.key, params: value.params ?? {}, locale })
        : value,
    ]),
  )
  return translate({ locale, key: messageKey, params: values })
}

/**
 * The names of the AppErrors a requester causes, for Payload's `loggingLevels`: one `info` line
 * each, not an error with a stack (a scan of bad URLs must not flood the log). Errors of ours
 * with a 5xx status, and everything else, stay errors.
 */
export const REQUESTER_ERROR_NAMES = [
  'InvalidInputError',
  'InvalidParameterError',
  'NotSignedInError',
  'ForbiddenError',
  'NotFoundError',
  'ConflictError',
  'TooLargeError',
  'TooManyRequestsError',
] as const
