import { APIError, type PayloadRequest } from 'payload'

import { requestLanguage, translate, type MessageKey } from '../i18n'

/**
 * An error a requester caused, as Payload's `APIError` with the message in the requester's
 * language (`?locale=` or `Accept-Language`) and the given HTTP status.
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
  params?: Record<string, string | number>
  data?: Record<string, unknown>
}): APIError {
  const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
  return new APIError(translate({ locale, key, params }), status, data, true)
}
