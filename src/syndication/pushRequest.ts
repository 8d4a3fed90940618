import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'

import { RefusedAddressError, guardedLookup, hostOf, isAllowedAddress } from './pushTargetAddress'

/** What a push target answered, read no further than the cap. */
export type PushAnswer = {
  status: number
  /** The `X-Receipt-Id` header, as sent (bound it before storing it). */
  receiptHeader: string | null
  /** The body's first `maxResponseBytes` bytes, as UTF-8. */
  body: string
  /** Whether the body was longer than the cap, and the connection closed unread. */
  isTruncated: boolean
}

/**
 * `POST`s a push to a target without the dangers of a general HTTP client: it connects only to
 * an address {@link isAllowedAddress} allows, checked on the address it connects to (so DNS
 * rebinding cannot slip past the check); it never follows a redirect (the 3xx is the answer);
 * and it reads at most `maxResponseBytes` of the answer, so a target cannot exhaust memory or
 * hold the job with an endless body. Rejects on a refused address, a network error or the
 * timeout.
 */
export async function postPush({
  url,
  headers,
  body,
  timeoutMs,
  maxResponseBytes,
  allowPrivate,
}: {
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  maxResponseBytes: number
  allowPrivate: boolean
}): Promise<PushAnswer> {
  const host = hostOf({ url })
  if (host === null) throw new Error(`Not an http(s) URL: ${url.slice(0, 200)}`)
  // Node connects to an IP literal without a lookup: it is checked here instead.
  if (isIP(host) !== 0 && !isAllowedAddress({ address: host, allowPrivate }))
    throw new RefusedAddressError({ refusal: { host, address: host } })
  const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest
  const payload = Buffer.from(body, 'utf8')
  return await new Promise<PushAnswer>((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(payload.byteLength) },
        lookup: guardedLookup({ allowPrivate }),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        readCapped({ response, maxBytes: maxResponseBytes }).then(({ text, isTruncated }) => {
          const receipt = response.headers['x-receipt-id']
          resolve({
            status: response.statusCode ?? 0,
            receiptHeader: typeof receipt === 'string' ? receipt : null,
            body: text,
            isTruncated,
          })
        }, reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(payload)
  })
}

/** Reads a response up to `maxBytes`, then closes the connection rather than read the rest. */
async function readCapped({
  response,
  maxBytes,
}: {
  response: IncomingMessage
  maxBytes: number
}): Promise<{ text: string; isTruncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    const room = maxBytes - size
    if (chunk.byteLength > room) {
      chunks.push(chunk.subarray(0, room))
      response.destroy()
      return { text: Buffer.concat(chunks).toString('utf8'), isTruncated: true }
    }
    chunks.push(chunk)
    size += chunk.byteLength
  }
  return { text: Buffer.concat(chunks).toString('utf8'), isTruncated: false }
}
