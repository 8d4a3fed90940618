import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { mediaToolPath } from '../../src/media/video/ffmpeg'

const run = promisify(execFile)

/**
 * Writes a real QuickTime movie of at least `bytes` bytes at `filePath`, in well under a
 * second per hundred megabytes: uncompressed frames of ffmpeg's test pattern (so the upload
 * policy's content sniffing and ffprobe see a genuine video), as many as it takes.
 */
export async function writeRawMovie({
  filePath,
  bytes,
  width = 640,
  height = 360,
}: {
  filePath: string
  bytes: number
  width?: number
  height?: number
}): Promise<void> {
  // 4:2:2 (`uyvy422`, QuickTime's `2vuy`) is the raw layout MOV holds: two bytes a pixel.
  const frames = Math.max(1, Math.ceil(bytes / (width * height * 2)))
  await run(await mediaToolPath({ tool: 'ffmpeg' }), [
    ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=25`],
    ...['-frames:v', String(frames), '-c:v', 'rawvideo', '-pix_fmt', 'uyvy422', filePath],
  ])
}
