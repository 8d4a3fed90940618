/** Width and height in pixels. */
export type VideoSize = { width: number; height: number }

/**
 * The web rendition of a video, recorded in the item's `renditions` beside the poster stills
 * (`size: 'web'`, `format: 'mp4'`) and downloaded with `?rendition=web`.
 */
export const WEB_VIDEO_RENDITION = {
  size: 'web',
  format: 'mp4',
  extension: 'mp4',
  mimeType: 'video/mp4',
} as const

/**
 * 720p: the frame fits in 1280 × 720, or 720 × 1280 for an upright (phone) video, so that
 * "720p" means the same sharpness whichever way the camera was held.
 */
export const WEB_VIDEO_BOX = { longEdge: 1280, shortEdge: 720 } as const

/** Where the poster frame is taken: a second in, or a tenth of a shorter clip. */
export const POSTER_FRAME_SECONDS = 1

/**
 * The size of the web rendition of a video displayed at `width` × `height`: inside
 * {@link WEB_VIDEO_BOX}, the same aspect ratio, never enlarged, and both sides even (H.264 in
 * 4:2:0 needs them even).
 */
export function webVideoSize({ width, height }: VideoSize): VideoSize {
  const isUpright = height > width
  const box = isUpright
    ? { width: WEB_VIDEO_BOX.shortEdge, height: WEB_VIDEO_BOX.longEdge }
    : { width: WEB_VIDEO_BOX.longEdge, height: WEB_VIDEO_BOX.shortEdge }
  const scale = Math.min(1, box.width / width, box.height / height)
  return {
    width: evenAtLeastTwo({ value: Math.round(width * scale) }),
    height: evenAtLeastTwo({ value: Math.round(height * scale) }),
  }
}

/** The time of the poster frame: {@link POSTER_FRAME_SECONDS}, or 10 % of a shorter video. */
export function posterFrameSeconds({
  durationSeconds,
}: {
  durationSeconds: number | null
}): number {
  if (durationSeconds === null || durationSeconds <= 0) return 0
  return Math.min(POSTER_FRAME_SECONDS, durationSeconds / 10)
}

/**
 * ffmpeg's output arguments for the web rendition: H.264 (High profile, 8-bit 4:2:0 so every
 * browser and phone plays it) at `size`, square pixels, bitrate capped for streaming; AAC
 * stereo; the index at the front (`+faststart`) so playback starts before the download ends;
 * no metadata, chapters, subtitles or data streams carried over (no GPS leaves with the file).
 */
export function webVideoArguments({
  input,
  output,
  size,
  hasAudio,
}: {
  input: string
  output: string
  size: VideoSize
  hasAudio: boolean
}): string[] {
  return [
    '-i',
    input,
    '-map',
    '0:v:0',
    ...(hasAudio ? ['-map', '0:a:0'] : []),
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-sn',
    '-dn',
    '-vf',
    `scale=${size.width}:${size.height},setsar=1`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-maxrate',
    '4M',
    '-bufsize',
    '8M',
    '-profile:v',
    'high',
    '-pix_fmt',
    'yuv420p',
    ...(hasAudio ? ['-c:a', 'aac', '-b:a', '128k', '-ac', '2'] : ['-an']),
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    output,
  ]
}

/** The stored name of a video's web rendition, beside its original: `<name>-web.mp4`. */
export function webVideoFilename({ filename }: { filename: string }): string {
  const dot = filename.lastIndexOf('.')
  const stem = dot > 0 ? filename.slice(0, dot) : filename
  return `${stem}-${WEB_VIDEO_RENDITION.size}.${WEB_VIDEO_RENDITION.extension}`
}

function evenAtLeastTwo({ value }: { value: number }): number {
  return Math.max(2, Math.floor(value / 2) * 2)
}
