import type { PayloadRequest } from 'payload'

/**
 * The request's multipart form, read into memory no further than `maxBytes`, whatever length it
 * declares (a form's file is small — a press card's scan, a lists workbook — while the request
 * limit is a video's): null for a larger body or a request that is no multipart form.
 */
export async function formWithin({
  req,
  maxBytes,
}: {
  req: PayloadRequest
  maxBytes: number
}): Promise<FormData | null> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!req.body || !contentType.startsWith('multipart/form-data')) return null
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array>).getReader()
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(part.value)
  }
  return new Response(Buffer.concat(chunks), {
    headers: { 'content-type': contentType },
  }).formData()
}
