import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'

import {
  RefusedAddressError,
  guardedLookup,
  hostOf,
  isAllowedAddress,
  type AddressPolicy,
} from '../syndication/pushTargetAddress'

/** What a guarded `GET` brought back. */
export type GuardedAnswer =
  | { status: 'not-modified' }
  | {
      status: 'ok'
      body: Buffer
      /** The URL the body came from, after redirects. */
      url: string
      contentType: string | null
      etag: string | null
      lastModified: string | null
    }

/** Why a fetch failed, for the feed's state and the tests. */
export type FetchFailure = 'too-large' | 'http-status' | 'too-many-redirects' | 'bad-url'

/** A fetch that failed for a reason of its own (a refused address is a {@link RefusedAddressError}). */
export class HarvestFetchError extends Error {
  readonly reason: FetchFailure

  constructor({ reason, message }: { reason: FetchFailure; message: string }) {
    super(message)
    this.name = 'HarvestFetchError'
    this.reason = reason
  }
}

/** Redirects followed at most; a portal moving its feed needs one or two. */
const MAX_REDIRECTS = 5

/**
 * `GET`s a feed or an image from an agency's portal with the push's guards
 * (src/syndication/pushTargetAddress.ts): it connects only to addresses `policy` allows,
 * checked on the address it connects to (a name is resolved by {@link guardedLookup}, an IP
 * literal is checked before any socket opens); it follows at most five redirects, each
 * checked the same way before it is followed, so a public feed cannot redirect the server to
 * 10.0.0.1 or 169.254.169.254; it reads at most `maxBytes` (refusing a larger Content-Length at
 * once, and counting as the body streams otherwise) and gives up after `timeoutMs` per request.
 * `If-None-Match` and `If-Modified-Since` are sent when given, and a 304 answers
 * `not-modified`. Rejects with {@link RefusedAddressError}, {@link HarvestFetchError}, or the
 * network's error.
 */
export async function guardedGet({
  url,
  policy,
  maxBytes,
  timeoutMs,
  accept,
  etag,
  lastModified,
}: {
  url: string
  policy: AddressPolicy
  maxBytes: number
  timeoutMs: number
  accept: string
  etag?: string | null
  lastModified?: string | null
}): Promise<GuardedAnswer> {
  let current = url
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const headers: Record<string, string> = {
      Accept: accept,
      'User-Agent': 'TTDN-harvester/1.0',
    }
    if (etag) headers['If-None-Match'] = etag
    if (lastModified) headers['If-Modified-Since'] = lastModified
    const response = await openGuarded({ url: current, policy, headers, timeoutMs })
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume()
      const location = response.headers.location
      if (!location) throw httpError({ status })
      current = new URL(location, current).href
      continue
    }
    if (status === 304) {
      response.resume()
      return { status: 'not-modified' }
    }
    if (status < 200 || status >= 300) {
      response.resume()
      throw httpError({ status })
    }
    const body = await readWithin({ response, maxBytes })
    return {
      status: 'ok',
      body,
      url: current,
      contentType: response.headers['content-type'] ?? null,
      etag: headerValue(response.headers.etag),
      lastModified: headerValue(response.headers['last-modified']),
    }
  }
  throw new HarvestFetchError({
    reason: 'too-many-redirects',
    message: `More than ${MAX_REDIRECTS} redirects from ${url.slice(0, 200)}`,
  })
}

/** Opens a `GET` whose socket can only reach an allowed address; resolves with the head. */
async function openGuarded({
  url,
  policy,
  headers,
  timeoutMs,
}: {
  url: string
  policy: AddressPolicy
  headers: Record<string, string>
  timeoutMs: number
}): Promise<IncomingMessage> {
  const host = hostOf({ url })
  if (host === null) {
    throw new HarvestFetchError({
      reason: 'bad-url',
      message: `Not an http(s) URL: ${url.slice(0, 200)}`,
    })
  }
  // Node connects to an IP literal without a lookup: it is checked here instead.
  if (isIP(host) !== 0 && !isAllowedAddress({ address: host, ...policy })) {
    throw new RefusedAddressError({ refusal: { host, address: host } })
  }
  const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest
  return await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = send(url, {
      method: 'GET',
      headers,
      lookup: guardedLookup(policy),
      signal: AbortSignal.timeout(timeoutMs),
    })
    outgoing.on('response', resolve)
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** The body, or a refusal as soon as it is known to be larger than `maxBytes`. */
async function readWithin({
  response,
  maxBytes,
}: {
  response: IncomingMessage
  maxBytes: number
}): Promise<Buffer> {
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy()
    throw tooLarge({ maxBytes })
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > maxBytes) {
      response.destroy()
      throw tooLarge({ maxBytes })
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function tooLarge({ maxBytes }: { maxBytes: number }): HarvestFetchError {
  return new HarvestFetchError({
    reason: 'too-large',
    message: `Larger than the limit of ${maxBytes} bytes`,
  })
}

function httpError({ status }: { status: number }): HarvestFetchError {
  return new HarvestFetchError({ reason: 'http-status', message: `HTTP ${status}` })
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return first ? first.slice(0, 500) : null
}
