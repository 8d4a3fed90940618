/**
 * The result of `read`, or null when Payload answers that the document does not exist (its
 * `NotFound`, thrown by `findByID`, `update` and `delete` by id). Every other failure — a
 * database that is down, a bug — propagates, so it is logged and answers 500 instead of passing
 * for "not found".
 */
export async function nullWhenNotFound<T>({ read }: { read: Promise<T> }): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (isPayloadNotFound(error)) return null
    throw error
  }
}

/**
 * Whether `error` is Payload's `NotFound`: an `APIError` (operational) with status 404. Not by
 * `instanceof`, since the bundled server may hold its own copy of Payload, and not by name,
 * since the production build minifies class names (`NotFound` becomes a single letter).
 */
export function isPayloadNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const { status, isOperational } = error as { status?: unknown; isOperational?: unknown }
  return status === 404 && isOperational === true
}
