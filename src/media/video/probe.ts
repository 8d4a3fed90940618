/** What a video upload is, as ffprobe reads it. */
export type VideoProbe = {
  /** `null` when the container does not say (a live-recorded WebM, for one). */
  durationSeconds: number | null
  /** As displayed: after the rotation the file declares and its pixel aspect ratio. */
  width: number
  height: number
  videoCodec: string
  /** `null` for a silent video. */
  audioCodec: string | null
  /** Frames per second (`29.97` for NTSC's 30000/1001); `null` when unknown. */
  frameRate: number | null
}

/**
 * Reads `ffprobe -print_format json -show_format -show_streams` output. Returns `null` when
 * it holds no picture: no video stream, or only cover art (an audio file's `attached_pic`),
 * or a stream without dimensions.
 */
export function parseVideoProbe({ output }: { output: unknown }): VideoProbe | null {
  if (!isRecord(output)) return null
  const streams = Array.isArray(output.streams) ? output.streams.filter(isRecord) : []
  const video = streams.find(
    (stream) =>
      stream.codec_type === 'video' &&
      !(isRecord(stream.disposition) && stream.disposition.attached_pic === 1) &&
      positive(stream.width) !== null &&
      positive(stream.height) !== null,
  )
  if (!video) return null
  const audio = streams.find((stream) => stream.codec_type === 'audio')
  const format = isRecord(output.format) ? output.format : {}
  const stored = { width: positive(video.width)!, height: positive(video.height)! }
  const aspect = parseRatio({ value: video.sample_aspect_ratio, separator: ':' })
  // Anamorphic video (DV, some broadcast) stores narrower pixels than it shows.
  const displayWidth =
    aspect !== null && aspect !== 1 ? Math.round(stored.width * aspect) : stored.width
  const isTurned = Math.abs(rotationOf({ stream: video })) % 180 === 90
  const duration = positive(numberOf(format.duration)) ?? positive(numberOf(video.duration))
  return {
    durationSeconds: duration === null ? null : Math.round(duration * 1000) / 1000,
    width: isTurned ? stored.height : displayWidth,
    height: isTurned ? displayWidth : stored.height,
    videoCodec: typeof video.codec_name === 'string' ? video.codec_name : 'unknown',
    audioCodec: audio && typeof audio.codec_name === 'string' ? audio.codec_name : null,
    frameRate: frameRateOf({ stream: video }),
  }
}

/** A rate as ffprobe writes it (`"30000/1001"`, `"25/1"`); `null` for `"0/0"` and the like. */
export function parseFrameRate({ value }: { value: unknown }): number | null {
  const rate = parseRatio({ value, separator: '/' })
  return rate === null ? null : Math.round(rate * 1000) / 1000
}

function frameRateOf({ stream }: { stream: Record<string, unknown> }): number | null {
  // The average rate is what plays; the base rate stands in when a container lacks it.
  return (
    parseFrameRate({ value: stream.avg_frame_rate }) ??
    parseFrameRate({ value: stream.r_frame_rate })
  )
}

/**
 * The rotation a phone recorded the video with: the display matrix side data (ffprobe 5) or
 * the older `rotate` tag.
 */
function rotationOf({ stream }: { stream: Record<string, unknown> }): number {
  const sideData = Array.isArray(stream.side_data_list) ? stream.side_data_list : []
  for (const entry of sideData) {
    if (!isRecord(entry)) continue
    const rotation = numberOf(entry.rotation)
    if (rotation !== null) return Math.round(rotation)
  }
  const tags = isRecord(stream.tags) ? stream.tags : {}
  return Math.round(numberOf(tags.rotate) ?? 0)
}

function parseRatio({ value, separator }: { value: unknown; separator: string }): number | null {
  if (typeof value !== 'string') return null
  const [numerator, denominator] = value.split(separator).map(Number)
  if (!numerator || !denominator || !Number.isFinite(numerator / denominator)) return null
  const ratio = numerator / denominator
  return ratio > 0 ? ratio : null
}

function numberOf(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : null
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
