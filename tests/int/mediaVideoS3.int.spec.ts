import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { MEDIA_QUEUE } from '../../src/media/video/transcodeVideoTask'
import { startS3Server, type TestS3Server } from '../helpers/s3Server'
import { createAgency, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { postMedia } from '../helpers/uploads'
import { testVideo, topLevelBoxes } from '../helpers/videoFixtures'

describe('video web versions in an S3 bucket', () => {
  let s3: TestS3Server
  let app: TestApp
  let token: string
  let agencyId: number

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await startPayload({ env: s3.env })
    agencyId = await createAgency({ app, name: 'Đài PT-TH', code: 'dai-ptth-s3' })
    const admin = await signInStaff({
      app,
      email: 'video-s3@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    token = admin.token
  })

  afterAll(async () => {
    await app?.stop()
    await s3?.stop()
  })

  it('reads the original from the bucket and stores the MP4 beside it', async () => {
    const bytes = await testVideo({ width: 1280, height: 720, seconds: 2 })
    const created = await postMedia({
      app,
      token,
      name: 'clip.mp4',
      type: 'video/mp4',
      bytes,
      data: { agency: agencyId, accessTier: 'public', _status: 'published' },
    })
    const json = (await created.json()) as { doc: { id: number; filename: string } }
    expect(created.status, JSON.stringify(json)).toBe(201)
    const stem = json.doc.filename.replace(/\.mp4$/, '')
    expect(await s3.listKeys()).toContain(`media/${stem}-web.jpg`)

    await app.payload.jobs.run({ queue: MEDIA_QUEUE })
    expect(await s3.listKeys()).toContain(`media/${stem}-web.mp4`)
    const item = (await app.payload.findByID({
      collection: slugs.media,
      id: json.doc.id,
      depth: 0,
    })) as unknown as {
      videoProcessing: { status: string }
      renditions: Array<{ format: string; width: number; height: number }>
    }
    expect(item.videoProcessing.status).toBe('done')
    expect(item.renditions.find((rendition) => rendition.format === 'mp4')).toMatchObject({
      width: 1280,
      height: 720,
    })

    const download = await app.rest.request(
      'GET',
      `/library/media/${json.doc.id}/download?rendition=web`,
    )
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('video/mp4')
    const body = Buffer.from(await download.arrayBuffer())
    expect(topLevelBoxes({ bytes: body }).slice(0, 2)).toEqual(['ftyp', 'moov'])
  })
})
