import { APIError, type PayloadRequest } from 'payload'
import { vi } from 'vitest'

/**
 * A stand-in for the request Payload hands a hook, for unit specs that call hooks as Payload
 * does without booting it: headers for the requester's language, the locale, the user, the
 * uploaded files, a logger to inspect, and the upload temp folder.
 */
export function hookRequest({
  language = 'vi',
  locale = 'vi',
  user,
  file,
  files,
  tempFileDir,
}: {
  language?: string
  locale?: string
  user?: Record<string, unknown>
  file?: PayloadRequest['file']
  files?: PayloadRequest['files']
  tempFileDir?: string
} = {}): PayloadRequest {
  return {
    headers: new Headers({ 'accept-language': language }),
    searchParams: new URLSearchParams(),
    locale,
    user,
    file,
    files,
    context: {},
    payload: {
      logger: { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() },
      config: { upload: { tempFileDir } },
    },
  } as unknown as PayloadRequest
}

/** The translated error a hook refuses with; fails when it does not refuse. */
export async function refusalOf(run: () => unknown): Promise<APIError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof APIError) return error
    throw error
  }
  throw new Error('Expected the hook to refuse')
}
