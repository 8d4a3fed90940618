import type { PayloadRequest } from 'payload'

import { requestLanguage, type MessageKey } from '../i18n'
import { appErrorFor, messageOf, type AppError, type MessageParams } from './AppError'

/**
 * An error a requester caused, as the {@link AppError} for `status`, its message already in the
 * requester's language (`?locale=` or `Accept-Language`). Over REST the config's `afterError`
 * hook would translate it anyway; the translated `message` is for the paths that hook does not
 * see (GraphQL, the admin's server functions, Local API callers). Code without the request at
 * hand throws the AppError itself.
 */
export function translatedError({
  req,
  status,
  key,
  params,
  data,
}: {
  req: Pick<PayloadRequest, 'searchParams' | 'headers'>
  status: number
  key: MessageKey
  params?: MessageParams
  data?: Record<string, unknown>
}): AppError {
  const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
  return appErrorFor({
    status,
    messageKey: key,
    params,
    data,
    message: messageOf({ messageKey: key, params: params ?? {}, locale }),
    isPublic: true,
  })
}
