import { describe, expect, it } from 'vitest'

import {
  LAST_BOARD_PAGE,
  deliveriesBoardFilters,
  reviewQueueFilters,
  translationBoardFilters,
} from './boardFilters'

describe('reviewQueueFilters', () => {
  it('reads the agency, the language and the content type the filter form sends', () => {
    expect(
      reviewQueueFilters({ searchParams: { agency: '12', locale: 'en', type: 'media' } }),
    ).toEqual({ agency: '12', locale: 'en', collection: 'media' })
  })

  it('shows everything when no filter is given or a field is left on “All”', () => {
    expect(reviewQueueFilters({ searchParams: undefined })).toEqual({})
    expect(reviewQueueFilters({ searchParams: { agency: '', locale: '', type: '' } })).toEqual({})
  })

  it('drops a value the form could not have sent instead of failing the page', () => {
    expect(
      reviewQueueFilters({
        searchParams: { agency: '1; drop table', locale: 'de', type: 'users' },
      }),
    ).toEqual({})
    expect(reviewQueueFilters({ searchParams: { locale: ['en', 'fr'], type: ['media'] } })).toEqual(
      {},
    )
  })
})

describe('translationBoardFilters', () => {
  it('starts on the first page', () => {
    expect(translationBoardFilters({ searchParams: {} })).toEqual({ page: 1 })
  })

  it('reads the page the board’s own links point to', () => {
    expect(translationBoardFilters({ searchParams: { page: '3' } })).toEqual({ page: 3 })
  })

  it('goes back to the first page for a page number that is not one', () => {
    for (const page of ['0', '-2', '2.5', 'abc', String(LAST_BOARD_PAGE + 1), ['2', '3']])
      expect(translationBoardFilters({ searchParams: { page } })).toEqual({ page: 1 })
  })
})

describe('deliveriesBoardFilters', () => {
  it('reads the state and the target', () => {
    expect(deliveriesBoardFilters({ searchParams: { state: 'failed', target: '4' } })).toEqual({
      state: 'failed',
      target: '4',
    })
  })

  it('drops an unknown state and a target that cannot be an id', () => {
    expect(
      deliveriesBoardFilters({ searchParams: { state: 'delivered', target: '../4' } }),
    ).toEqual({})
  })
})
