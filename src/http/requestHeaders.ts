import type { IncomingMessage } from 'node:http'

/**
 * Sets a header of an incoming request before any handler reads it, replacing whatever the
 * client sent under that name — in `headers` and in `rawHeaders`, the raw pairs some adapters
 * rebuild their headers from.
 */
export function setRequestHeader({
  request,
  name,
  value,
}: {
  request: IncomingMessage
  /** Lower-case. */
  name: string
  value: string
}): void {
  request.headers[name] = value
  if (!Array.isArray(request.rawHeaders)) return
  const raw: string[] = []
  for (let index = 0; index + 1 < request.rawHeaders.length; index += 2) {
    if (request.rawHeaders[index]!.toLowerCase() === name) continue
    raw.push(request.rawHeaders[index]!, request.rawHeaders[index + 1]!)
  }
  raw.push(name, value)
  request.rawHeaders.splice(0, request.rawHeaders.length, ...raw)
}
