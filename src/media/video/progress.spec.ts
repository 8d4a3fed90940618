import { describe, expect, it } from 'vitest'

import { parseProgressReport } from './progress'

/** One report as ffmpeg 4.x writes it with `-progress pipe:1`. */
const report = ({ outTime, state }: { outTime: string; state: string }) =>
  [
    'frame=25',
    'fps=0.00',
    'stream_0_0_q=28.0',
    'bitrate=N/A',
    'total_size=48',
    `out_time_ms=${outTime}`,
    'out_time=00:00:01.000000',
    'dup_frames=0',
    'drop_frames=0',
    'speed=1.95x',
    `progress=${state}`,
  ].join('\n')

describe('parseProgressReport', () => {
  it('gives the share of the duration written so far (out_time_ms counts microseconds)', () => {
    expect(
      parseProgressReport({
        report: report({ outTime: '1000000', state: 'continue' }),
        durationSeconds: 4,
      }),
    ).toEqual({ percent: 25, isFinished: false })
  })

  it('prefers out_time_us and falls back to out_time', () => {
    expect(
      parseProgressReport({
        report: 'out_time_us=3000000\nout_time_ms=1\nprogress=continue',
        durationSeconds: 4,
      }),
    ).toEqual({ percent: 75, isFinished: false })
    expect(
      parseProgressReport({
        report: 'out_time=00:01:30.500000\nprogress=continue',
        durationSeconds: 181,
      }),
    ).toEqual({ percent: 50, isFinished: false })
  })

  it('stays below 100 until ffmpeg reports the end, then says 100', () => {
    expect(
      parseProgressReport({
        report: report({ outTime: '4020136', state: 'continue' }),
        durationSeconds: 4,
      }),
    ).toEqual({ percent: 99, isFinished: false })
    expect(
      parseProgressReport({ report: report({ outTime: 'N/A', state: 'end' }), durationSeconds: 4 }),
    ).toEqual({ percent: 100, isFinished: true })
  })

  it('says 0 before the first frame and when the duration is unknown', () => {
    expect(
      parseProgressReport({
        report: 'out_time_ms=N/A\nout_time=N/A\nprogress=continue',
        durationSeconds: 4,
      }),
    ).toEqual({ percent: 0, isFinished: false })
    expect(
      parseProgressReport({
        report: report({ outTime: '2000000', state: 'continue' }),
        durationSeconds: null,
      }),
    ).toEqual({ percent: 0, isFinished: false })
    expect(
      parseProgressReport({
        report: 'out_time=-00:00:00.023220\nprogress=continue',
        durationSeconds: 4,
      }),
    ).toEqual({ percent: 0, isFinished: false })
  })

  it('ignores text that is not a complete report', () => {
    expect(parseProgressReport({ report: 'frame=25\nfps=0.00', durationSeconds: 4 })).toBeNull()
  })
})
