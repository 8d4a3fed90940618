import { describe, expect, it } from 'vitest'

import { InvalidParameterError } from '../errors/AppError'
import { MAX_PERIOD_DAYS, parseStatisticsParams } from './statisticsParams'

describe('the statistics query', () => {
  it('reads a period and an optional agency code', () => {
    expect(parseStatisticsParams({ from: '2026-01-01', to: '2026-06-30', agency: null })).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    })
    expect(
      parseStatisticsParams({ from: '2026-01-01', to: '2026-01-01', agency: ' so-vhttdl ' }),
    ).toEqual({ from: '2026-01-01', to: '2026-01-01', agencyCode: 'so-vhttdl' })
  })

  it.each([
    [{ from: null, to: '2026-06-30', agency: null }, 'from'],
    [{ from: '2026-01-01', to: '', agency: null }, 'to'],
    [{ from: '2026-02-30', to: '2026-06-30', agency: null }, 'from'],
    [{ from: '2026-07-01', to: '2026-06-30', agency: null }, 'to'],
    [{ from: '2020-01-01', to: '2026-06-30', agency: null }, 'to'],
    [{ from: '2026-01-01', to: '2026-06-30', agency: 'a b' }, 'agency'],
  ])('refuses %j, naming %s', (query, name) => {
    const parse = () => parseStatisticsParams(query)
    expect(parse).toThrow(InvalidParameterError)
    try {
      parse()
    } catch (error) {
      expect((error as InvalidParameterError).parameter).toBe(name)
    }
  })

  it(`accepts a period of ${MAX_PERIOD_DAYS} days and no more`, () => {
    expect(parseStatisticsParams({ from: '2021-01-01', to: '2026-01-04', agency: null }).to).toBe(
      '2026-01-04',
    )
    expect(() =>
      parseStatisticsParams({ from: '2021-01-01', to: '2026-01-05', agency: null }),
    ).toThrow(InvalidParameterError)
  })
})
