import { describe, expect, it } from 'vitest'

import { posterFrameSeconds, webVideoArguments, webVideoFilename, webVideoSize } from './webVideo'

describe('webVideoSize', () => {
  it('brings 1080p and 4K down to 720p, keeping the aspect ratio with even sides', () => {
    expect(webVideoSize({ width: 1920, height: 1080 })).toEqual({ width: 1280, height: 720 })
    expect(webVideoSize({ width: 3840, height: 2160 })).toEqual({ width: 1280, height: 720 })
    // DCI 4K: 1280 × 675 rounds down to an even height.
    expect(webVideoSize({ width: 4096, height: 2160 })).toEqual({ width: 1280, height: 674 })
  })

  it('fits an upright phone video in 720 × 1280', () => {
    expect(webVideoSize({ width: 1080, height: 1920 })).toEqual({ width: 720, height: 1280 })
  })

  it('caps a wide 4:3 frame by its height', () => {
    expect(webVideoSize({ width: 1440, height: 1080 })).toEqual({ width: 960, height: 720 })
  })

  it('never enlarges, but makes odd sides even', () => {
    expect(webVideoSize({ width: 640, height: 360 })).toEqual({ width: 640, height: 360 })
    expect(webVideoSize({ width: 853, height: 481 })).toEqual({ width: 852, height: 480 })
    expect(webVideoSize({ width: 1, height: 1 })).toEqual({ width: 2, height: 2 })
  })
})

describe('posterFrameSeconds', () => {
  it('takes the frame a second in, or a tenth into a shorter clip, or the first', () => {
    expect(posterFrameSeconds({ durationSeconds: 120 })).toBe(1)
    expect(posterFrameSeconds({ durationSeconds: 2.5 })).toBe(0.25)
    expect(posterFrameSeconds({ durationSeconds: null })).toBe(0)
    expect(posterFrameSeconds({ durationSeconds: 0 })).toBe(0)
  })
})

describe('webVideoArguments', () => {
  it('asks for H.264 at the given size, AAC, faststart and no metadata', () => {
    const args = webVideoArguments({
      input: '/in.mov',
      output: '/out.mp4',
      size: { width: 1280, height: 720 },
      hasAudio: true,
    })
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect(after('-i')).toBe('/in.mov')
    expect(after('-vf')).toBe('scale=1280:720,setsar=1')
    expect(after('-c:v')).toBe('libx264')
    expect(after('-pix_fmt')).toBe('yuv420p')
    expect(after('-c:a')).toBe('aac')
    expect(after('-movflags')).toBe('+faststart')
    expect(after('-map_metadata')).toBe('-1')
    expect(args.at(-1)).toBe('/out.mp4')
  })

  it('drops the audio of a silent video instead of mapping a stream that is not there', () => {
    const args = webVideoArguments({
      input: '/in.webm',
      output: '/out.mp4',
      size: { width: 640, height: 360 },
      hasAudio: false,
    })
    expect(args).toContain('-an')
    expect(args).not.toContain('0:a:0')
    expect(args).not.toContain('-c:a')
  })
})

describe('webVideoFilename', () => {
  it('names the web rendition beside the original', () => {
    expect(webVideoFilename({ filename: '2f1c.mov' })).toBe('2f1c-web.mp4')
    expect(webVideoFilename({ filename: 'clip' })).toBe('clip-web.mp4')
  })
})
