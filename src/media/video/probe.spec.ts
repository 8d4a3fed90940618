import { describe, expect, it } from 'vitest'

import { parseFrameRate, parseVideoProbe } from './probe'

/** Trimmed from `ffprobe -print_format json -show_format -show_streams` of a phone clip. */
const phoneClip = {
  streams: [
    {
      index: 0,
      codec_name: 'hevc',
      codec_type: 'video',
      width: 1920,
      height: 1080,
      sample_aspect_ratio: '1:1',
      r_frame_rate: '30/1',
      avg_frame_rate: '30000/1001',
      duration: '12.345000',
      side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }],
    },
    { index: 1, codec_name: 'aac', codec_type: 'audio', sample_rate: '48000', channels: 2 },
  ],
  format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '12.345678' },
}

describe('parseVideoProbe', () => {
  it('reads duration, displayed size, codecs and frame rate, turning a rotated phone clip upright', () => {
    expect(parseVideoProbe({ output: phoneClip })).toEqual({
      durationSeconds: 12.346,
      width: 1080,
      height: 1920,
      videoCodec: 'hevc',
      audioCodec: 'aac',
      frameRate: 29.97,
    })
  })

  it('reads the older rotate tag too', () => {
    const stream = { ...phoneClip.streams[0], side_data_list: undefined, tags: { rotate: '90' } }
    expect(parseVideoProbe({ output: { ...phoneClip, streams: [stream] } })).toMatchObject({
      width: 1080,
      height: 1920,
      audioCodec: null,
    })
  })

  it('widens anamorphic video to its display aspect ratio', () => {
    const dv = {
      streams: [
        {
          codec_type: 'video',
          codec_name: 'dvvideo',
          width: 720,
          height: 576,
          sample_aspect_ratio: '64:45',
          avg_frame_rate: '25/1',
        },
      ],
      format: { duration: '3.0' },
    }
    expect(parseVideoProbe({ output: dv })).toMatchObject({ width: 1024, height: 576 })
  })

  it('leaves the duration unknown when the container does not give one', () => {
    const webm = {
      streams: [{ codec_type: 'video', codec_name: 'vp8', width: 640, height: 480 }],
      format: { format_name: 'matroska,webm' },
    }
    expect(parseVideoProbe({ output: webm })).toEqual({
      durationSeconds: null,
      width: 640,
      height: 480,
      videoCodec: 'vp8',
      audioCodec: null,
      frameRate: null,
    })
  })

  it('finds no video in an audio file whose only picture is its cover art', () => {
    const song = {
      streams: [
        { codec_type: 'audio', codec_name: 'aac' },
        {
          codec_type: 'video',
          codec_name: 'mjpeg',
          width: 600,
          height: 600,
          disposition: { attached_pic: 1 },
        },
      ],
      format: { duration: '200.1' },
    }
    expect(parseVideoProbe({ output: song })).toBeNull()
  })

  it('finds no video in output without streams or dimensions', () => {
    expect(parseVideoProbe({ output: {} })).toBeNull()
    expect(parseVideoProbe({ output: null })).toBeNull()
    expect(
      parseVideoProbe({ output: { streams: [{ codec_type: 'video', width: 0, height: 0 }] } }),
    ).toBeNull()
  })
})

describe('parseFrameRate', () => {
  it('reads fractions and refuses empty ones', () => {
    expect(parseFrameRate({ value: '25/1' })).toBe(25)
    expect(parseFrameRate({ value: '24000/1001' })).toBe(23.976)
    expect(parseFrameRate({ value: '0/0' })).toBeNull()
    expect(parseFrameRate({ value: 'N/A' })).toBeNull()
    expect(parseFrameRate({ value: undefined })).toBeNull()
  })
})
