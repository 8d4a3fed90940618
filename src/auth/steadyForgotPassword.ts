import type { CollectionSlug, Endpoint } from 'payload'

/**
 * The least time a forgot-password answer takes. For an address with an account Payload writes
 * a token (a few milliseconds more than for one without); the mail itself leaves after the
 * answer (src/auth/deferredResetMail.ts). Far above that write, so both answers take this long.
 */
export const FORGOT_PASSWORD_MIN_MS = 250

/**
 * `POST /api/<collection>/forgot-password`: Payload's own route, answered no sooner than
 * {@link FORGOT_PASSWORD_MIN_MS} after the request came, whatever the outcome, so the answer's
 * time does not tell whether the address has an account.
 */
export function steadyForgotPasswordEndpoint({
  collection,
}: {
  collection: CollectionSlug
}): Endpoint {
  const endpoint: Endpoint = {
    path: '/forgot-password',
    method: 'post',
    handler: async (req) => {
      const started = Date.now()
      try {
        const routes = req.payload.collections[collection]?.config.endpoints || []
        const payloads = routes
          .filter((route) => route.method === 'post' && route.path === '/forgot-password')
          .find((route) => route.handler !== endpoint.handler)
        if (!payloads)
          throw new Error(`Payload’s forgot-password route for ${collection} is missing`)
        return await payloads.handler(req)
      } finally {
        await waitUntil({ time: started + FORGOT_PASSWORD_MIN_MS })
      }
    },
  }
  return endpoint
}

/** Resolves at `time` (epoch milliseconds), at once when it has passed: keeps answers steady. */
export async function waitUntil({ time }: { time: number }): Promise<void> {
  const remaining = time - Date.now()
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining))
}
