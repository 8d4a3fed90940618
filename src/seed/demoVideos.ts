import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { runMediaTool } from '../media/video/ffmpeg'
import { MEDIA_QUEUE, TRANSCODE_VIDEO_TASK } from '../media/video/transcodeVideoTask'
import { demoKeywordsIn } from './data/demoKeywords'
import { demoPhotos } from './data/demoPhotos'
import {
  demoVideos,
  type DemoVideo,
  type DemoVideoMotion,
  type DemoVideoSound,
} from './data/demoVideos'
import { renderDemoPhoto } from './demoImages'
import { createDemoMedia, type LocalizedValues } from './demoWorkflow'
import { idOf, idsBy, seedOnce, type SeedCount } from './seedOnce'

/** Every demo video: 16:9, 25 frames a second, this long. */
export const DEMO_VIDEO_FORMAT = {
  width: 640,
  height: 360,
  fps: 25,
  seconds: 6,
} as const

/** The stored file name of a demo video: stable, so a second run finds it. */
export function demoVideoFilename({ key }: { key: string }): string {
  return `demo-${key}.mp4`
}

/**
 * Seeds the demo videos of src/seed/data/demoVideos.ts: each is filmed by
 * {@link renderDemoVideo}, uploaded through the real upload pipeline (ffprobe, poster stills),
 * published in all eight languages through the workflow, and its web rendition made by running
 * the transcode job its upload queued (when a jobs runner has not taken it first, as in
 * `npm run dev`). Idempotent: a video is matched by its file name.
 */
export async function seedDemoVideos({
  req,
  seededAt,
}: {
  req: PayloadRequest
  seededAt: Date
}): Promise<SeedCount> {
  const agencyIds = await idsBy({
    req,
    collection: slugs.agencies,
    field: 'code',
    values: demoVideos.map((video) => video.agency),
  })
  const topicIds = await idsBy({
    req,
    collection: slugs.topics,
    field: 'slug',
    values: demoVideos.flatMap((video) => video.topics),
  })
  const { count } = await seedOnce({
    req,
    collection: slugs.media,
    field: 'filename',
    entries: demoVideos,
    keyOf: (video) => video.key,
    uniqueValueOf: (video) => demoVideoFilename({ key: video.key }),
    create: async ({ entry: video }) => {
      const id = await createDemoMedia({
        req,
        data: {
          kind: 'video',
          ...videoTexts({ video, locale: DEFAULT_LOCALE }),
          credit: video.credit,
          creator: video.creator,
          copyrightNotice: video.copyrightNotice,
          licence: video.licence,
          dateTaken: video.dateTaken,
          topics: video.topics.map((value) => idOf({ ids: topicIds, value, list: 'topics.ts' })),
          agency: idOf({ ids: agencyIds, value: video.agency, list: 'agencies.ts' }),
          accessTier: video.accessTier,
        },
        file: {
          data: await renderDemoVideo({ video }),
          mimetype: 'video/mp4',
          name: demoVideoFilename({ key: video.key }),
        },
        translations: Object.fromEntries(
          LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [
            locale,
            videoTexts({ video, locale }),
          ]),
        ),
        seededAt,
      })
      await runQueuedTranscode({ req, id })
      return id
    },
  })
  return count
}

/**
 * Films a demo video as an H.264/AAC MP4 of {@link DEMO_VIDEO_FORMAT}: the camera moves over
 * the demo photo of the video's place (ffmpeg `zoompan` over the photo cropped to 16:9), over a
 * quiet generated sound (noise or a low tone), fading in and out. Made in a folder of its own,
 * removed afterwards.
 */
export async function renderDemoVideo({ video }: { video: DemoVideo }): Promise<Buffer> {
  const photo = demoPhotos.find((candidate) => candidate.key === video.photo)
  if (!photo) {
    throw new AppError({ message: `Demo video ${video.key}: no demo photo "${video.photo}"` })
  }
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-video-'))
  try {
    const still = path.join(folder, 'still.jpg')
    const output = path.join(folder, 'video.mp4')
    await fs.writeFile(still, await renderDemoPhoto({ key: photo.key, recipe: photo.recipe }))
    await runMediaTool({
      tool: 'ffmpeg',
      args: demoVideoArguments({ still, output, motion: video.motion, sound: video.sound }),
      timeoutMs: 120_000,
    })
    return await fs.readFile(output)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}

/**
 * ffmpeg's arguments for a demo video from the still at `still`: exported for its test, which
 * checks the picture moves as `motion` says.
 */
export function demoVideoArguments({
  still,
  output,
  motion,
  sound,
}: {
  still: string
  output: string
  motion: DemoVideoMotion
  sound: DemoVideoSound
}): string[] {
  const { width, height, fps, seconds } = DEMO_VIDEO_FORMAT
  const frames = fps * seconds
  const fadeOutAt = seconds - 1
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-i',
    still,
    '-f',
    'lavfi',
    '-i',
    `${SOUNDS[sound]}:sample_rate=44100:duration=${seconds}`,
    '-filter_complex',
    [
      // Cropped to 16:9 and enlarged first, so the move is smooth and nothing is stretched.
      `[0:v]crop=iw:iw*9/16,scale=${width * 3}:${height * 3},`,
      `zoompan=${MOTIONS[motion]({ last: frames - 1 })}:d=${frames}:s=${width}x${height}:fps=${fps},`,
      `fade=t=in:d=0.5,fade=t=out:st=${fadeOutAt + 0.5}:d=0.5,format=yuv420p[v];`,
      `[1:a]volume=0.3,afade=t=in:d=1,afade=t=out:st=${fadeOutAt}:d=1[a]`,
    ].join(''),
    '-map',
    '[v]',
    '-map',
    '[a]',
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '26',
    '-c:a',
    'aac',
    '-b:a',
    '64k',
    '-ac',
    '2',
    '-t',
    String(seconds),
    '-movflags',
    '+faststart',
    output,
  ]
}

/** zoompan's zoom and position for each move, over frames 0 … `last`. */
const MOTIONS: Record<DemoVideoMotion, (args: { last: number }) => string> = {
  'pan-right': ({ last }) => `z=1.25:x='(iw-iw/zoom)*on/${last}':y='(ih-ih/zoom)/2'`,
  'zoom-in': ({ last }) => `z='1+0.3*on/${last}':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'`,
  'zoom-out': ({ last }) => `z='1.3-0.3*on/${last}':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'`,
}

/** Quiet generated sounds (lavfi sources): lapping water, wind in the trees, an engine hum. */
const SOUNDS: Record<DemoVideoSound, string> = {
  water: 'anoisesrc=color=pink:amplitude=0.1:seed=7',
  wind: 'anoisesrc=color=brown:amplitude=0.2:seed=11',
  hum: 'sine=frequency=110',
}

/** The values of a video's localized fields in `locale`. */
function videoTexts({ video, locale }: { video: DemoVideo; locale: Locale }): LocalizedValues {
  return {
    headline: video.headline[locale],
    caption: video.caption[locale],
    alt: video.alt[locale],
    placeShown: video.placeShown[locale],
    usageTerms: video.usageTerms[locale],
    keywords: demoKeywordsIn({ concepts: video.keywords, locale }),
  }
}

/**
 * Runs the web-rendition job the upload of video `id` queued, so the seeded library plays it at
 * once. A job a jobs runner has already taken (`npm run dev`) is left to it.
 */
async function runQueuedTranscode({ req, id }: { req: PayloadRequest; id: number }): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: MEDIA_QUEUE } },
        { taskSlug: { equals: TRANSCODE_VIDEO_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    depth: 0,
    pagination: false,
    req,
  })
  for (const job of docs) {
    const input = job.input as { collection?: string; id?: string } | null
    if (input?.collection !== slugs.media || input.id !== String(id)) continue
    await req.payload.jobs.runByID({ id: job.id, req })
  }
}
