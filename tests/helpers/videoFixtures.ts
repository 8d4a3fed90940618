import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { runMediaTool } from '../../src/media/video/ffmpeg'

/** Where {@link testVideo} says it was filmed, to check that no copy keeps it. */
export const FILMED_AT = '+10.9447+106.8243/'

/**
 * A short H.264/AAC MP4 made by ffmpeg from its test sources: the colour-bar test pattern with
 * a running counter and a 440 Hz tone, at `rate` frames per second, with the place it was
 * "filmed" written in (the 3GPP `loci` box phones write).
 */
export async function testVideo({
  width = 1920,
  height = 1080,
  seconds = 3,
  rate = 25,
  hasAudio = true,
}: {
  width?: number
  height?: number
  seconds?: number
  rate?: number
  hasAudio?: boolean
} = {}): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-video-'))
  const output = path.join(dir, 'clip.mp4')
  try {
    await runMediaTool({
      tool: 'ffmpeg',
      args: [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        `testsrc=size=${width}x${height}:rate=${rate}:duration=${seconds}`,
        ...(hasAudio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`] : []),
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        ...(hasAudio ? ['-c:a', 'aac', '-shortest'] : []),
        '-metadata',
        `location=${FILMED_AT}`,
        '-f',
        'mp4',
        output,
      ],
      timeoutMs: 60_000,
    })
    return await fs.readFile(output)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** The top-level boxes of an MP4, in file order (`ftyp`, `moov`, `mdat`…). */
export function topLevelBoxes({ bytes }: { bytes: Buffer }): string[] {
  const boxes: string[] = []
  let offset = 0
  while (offset + 8 <= bytes.byteLength) {
    let size = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    if (size === 1 && offset + 16 <= bytes.byteLength)
      size = Number(bytes.readBigUInt64BE(offset + 8))
    boxes.push(type)
    if (size < 8) break
    offset += size
  }
  return boxes
}
