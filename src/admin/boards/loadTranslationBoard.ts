import { slugs } from '../../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales'
import { publicationBlockers, type BlockerCode, type BlockerInput } from '../../workflow/blockers'
import { dashboardTitle } from '../dashboard/dashboardEntries'
import { boardLoader } from './boardAccess'
import type { TranslationBoardFilters } from './boardFilters'

/** The languages the board has a column for: every translation. */
export const TRANSLATION_BOARD_LOCALES: readonly Locale[] = LOCALES.filter(
  (locale) => locale !== DEFAULT_LOCALE,
)

/** Where one translation stands: what blocks it ({@link publicationBlockers}), or `live`. */
export type TranslationCellState = BlockerCode | 'live'

/** One article: its Vietnamese title and the state of each translation. */
export type TranslationBoardRow = {
  id: number | string
  title: string
  cells: Array<{ locale: Locale; state: TranslationCellState }>
}

export type TranslationBoard = {
  rows: TranslationBoardRow[]
  page: number
  hasPrevPage: boolean
  hasNextPage: boolean
}

/** Articles on one page of the board. */
const ROWS_PER_PAGE = 40

/**
 * The translation board (`/admin/translation-board`): articles, last changed first, and for each
 * translation whether it is missing, in progress, in review, stale, approved or live — the
 * translators' work list. Reads as the signed-in user; refuses (403) a role that does not
 * translate.
 */
export const loadTranslationBoard = boardLoader<TranslationBoardFilters, TranslationBoard>({
  board: 'translationBoard',
  load: async ({ req, filters }) => {
    const now = new Date()
    const result = await req.payload.find({
      collection: slugs.articles,
      locale: 'all',
      draft: true,
      depth: 0,
      limit: ROWS_PER_PAGE,
      page: filters.page,
      sort: '-updatedAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = (result.docs as unknown as Array<Record<string, unknown>>).map(
      (doc): TranslationBoardRow => {
        const item: BlockerInput = {
          workflowState: doc.workflowState as string,
          publishedLocales: doc.publishedLocales as string[],
          sourceRevision: doc.sourceRevision as number,
          translations: (doc.translation ?? {}) as BlockerInput['translations'],
        }
        const blockers = publicationBlockers({ item, now })
        return {
          id: doc.id as number | string,
          title: dashboardTitle({ collection: slugs.articles, doc }),
          cells: TRANSLATION_BOARD_LOCALES.map((locale) => ({
            locale,
            state: blockers.find((blocker) => blocker.locale === locale)?.code ?? 'live',
          })),
        }
      },
    )
    return {
      rows,
      page: filters.page,
      hasPrevPage: result.hasPrevPage,
      hasNextPage: result.hasNextPage,
    }
  },
})
