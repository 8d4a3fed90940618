import { documentIdOf } from '../http/params'

/** The route and query of `POST /api/deliveries/:id/retry`, checked. */
export type RetryParams = {
  /** The delivery, or null when the route cannot name one (answered as not found). */
  id: string | null
  /** The admin page to go back to, or null for none (then the delivery's own page). */
  returnTo: string | null
}

/**
 * Reads a retry request. `returnTo` is kept only when it is a path inside the admin, never an
 * address elsewhere (an open redirect would lend our name to anyone's link).
 */
export function parseRetryParams({
  id,
  searchParams,
}: {
  id: unknown
  searchParams: URLSearchParams
}): RetryParams {
  const returnTo = searchParams.get('returnTo') ?? ''
  const isAdminPath = /^\/admin(\/[\w\-./?=&%]*)?$/.test(returnTo) && !returnTo.includes('//')
  return {
    id: typeof id === 'string' || typeof id === 'number' ? documentIdOf({ value: id }) : null,
    returnTo: isAdminPath ? returnTo : null,
  }
}
