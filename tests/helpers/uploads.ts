import fs from 'node:fs/promises'
import path from 'node:path'

import { expect } from 'vitest'

import { slugs } from '../../collections/slugs'
import { uploadTempDir } from '../../src/media/upload/uploadTempFiles'
import type { TestApp } from './startPayload'

/**
 * One file for the media collection: its bytes (or a Blob, for example one read from disk), its
 * name and type, the item's other fields, and the language to ask errors in.
 */
export type MediaUpload = {
  name: string
  bytes: Uint8Array | Blob
  type?: string
  data?: Record<string, unknown>
  /** Sent as Accept-Language, for the language of an error message. */
  language?: string
}

/**
 * Posts one file to the media collection the way the admin panel's upload form does: the file,
 * and the other fields as JSON in `_payload`. `query` is appended to the path (for example
 * `?draft=true`); the caller reads the response, so refusals can be checked as well.
 */
export async function postMedia({
  app,
  token,
  query = '',
  name,
  bytes,
  type,
  data = {},
  language,
}: MediaUpload & { app: TestApp; token?: string; query?: string }): Promise<Response> {
  const form = new FormData()
  const file = bytes instanceof Blob ? bytes : new Blob([new Uint8Array(bytes)], { type })
  form.append('file', file, name)
  form.append('_payload', JSON.stringify(data))
  return app.rest.request('POST', `/${slugs.media}${query}`, {
    token,
    body: form,
    headers: language ? { 'Accept-Language': language } : undefined,
  })
}

/** Posts a file that must be accepted (201 Created) and returns the item it created. */
export async function uploadAccepted<Doc = { id: number; filename: string }>(
  args: Parameters<typeof postMedia>[0],
): Promise<Doc> {
  const response = await postMedia(args)
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: Doc }).doc
}

/** The names of the files in the app's local media folder, sorted. */
export async function storedMediaFiles({ app }: { app: TestApp }): Promise<string[]> {
  return filesIn({ folder: path.join(app.dir, 'media', 'media') })
}

/** The names of the files in the upload temporary folder, sorted: empty once uploads are done. */
export async function temporaryUploadFiles({ app }: { app: TestApp }): Promise<string[]> {
  return filesIn({ folder: uploadTempDir({ env: { dataDir: path.join(app.dir, 'data') } }) })
}

/** A folder that does not exist yet holds no files; any other failure is the test's. */
async function filesIn({ folder }: { folder: string }): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
