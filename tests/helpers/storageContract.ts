import { expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInStaff } from './accounts'
import { flatImage } from './mediaFixtures'
import type { TestApp } from './startPayload'
import { temporaryUploadFiles, uploadAccepted } from './uploads'

/**
 * The behaviour every file storage backend must show (local folder and S3 alike): uploads
 * land in the backend, files are served only through the collection's read access, and a
 * deleted item leaves no file behind.
 */
export function storageContract({
  getApp,
  listStoredFiles,
}: {
  getApp: () => TestApp
  /** The files the backend holds, as paths or keys that end with the stored file name. */
  listStoredFiles: () => Promise<string[]>
}): void {
  let token: string
  let agencyId: number

  async function upload({ name, accessTier }: { name: string; accessTier: string }) {
    const bytes = await flatImage({ width: 64, height: 48, background: { r: 200, g: 30, b: 40 } })
    const doc = await uploadAccepted<{ id: number | string; filename: string }>({
      app: getApp(),
      token,
      name,
      type: 'image/png',
      bytes,
      data: {
        agency: agencyId,
        kind: 'image',
        accessTier,
        alt: 'Cầu Đồng Nai',
        credit: 'Báo Đồng Nai',
        _status: 'published',
      },
    })
    return { ...doc, bytes }
  }

  it('stores an upload in the backend and serves it to staff, and its renditions to the public', async () => {
    const app = getApp()
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    token = (await signInStaff({ app, email: 'luu-tru@ttdn.test', roles: ['admin'] })).token

    const temporaryBefore = await temporaryUploadFiles({ app })
    const photo = await upload({ name: 'cau-dong-nai.png', accessTier: 'public' })
    // Nothing of the upload stays in the temporary folder once it is stored.
    expect(await temporaryUploadFiles({ app })).toEqual(temporaryBefore)
    expect((await listStoredFiles()).some((file) => file.endsWith(photo.filename))).toBe(true)

    const response = await app.rest.request('GET', `/${slugs.media}/file/${photo.filename}`, {
      token,
    })
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(photo.bytes)).toBe(true)
    // The public reads a public item through its renditions, never the original.
    const rendition = await app.rest.request(
      'GET',
      `/${slugs.media}/${photo.id}/renditions/web.jpg`,
    )
    expect(rendition.status).toBe(200)
    expect(rendition.headers.get('content-type')).toBe('image/jpeg')
    await rendition.body?.cancel()
    const original = await app.rest.request('GET', `/${slugs.media}/file/${photo.filename}`)
    expect(original.status).toBe(403)
    await original.body?.cancel()
  })

  it('refuses an internal file to an anonymous reader and serves it to staff', async () => {
    const app = getApp()
    const memo = await upload({ name: 'noi-bo.png', accessTier: 'internal' })
    const anonymous = await app.rest.request('GET', `/${slugs.media}/file/${memo.filename}`)
    expect([403, 404]).toContain(anonymous.status)
    expect(Buffer.from(await anonymous.arrayBuffer()).includes(memo.bytes.subarray(0, 16))).toBe(
      false,
    )

    const staff = await app.rest.request('GET', `/${slugs.media}/file/${memo.filename}`, { token })
    expect(staff.status).toBe(200)
    expect(Buffer.from(await staff.arrayBuffer()).equals(memo.bytes)).toBe(true)
  })

  it('deletes the stored file with its item', async () => {
    const app = getApp()
    const temporary = await upload({ name: 'tam-thoi.png', accessTier: 'public' })
    expect((await listStoredFiles()).some((file) => file.endsWith(temporary.filename))).toBe(true)
    const response = await app.rest.request('DELETE', `/${slugs.media}/${temporary.id}`, { token })
    expect(response.status).toBe(200)
    expect((await listStoredFiles()).some((file) => file.endsWith(temporary.filename))).toBe(false)
  })
}
