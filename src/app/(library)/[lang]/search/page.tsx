import type { Metadata } from 'next'

import {
  BasketButton,
  DetachedBasketForm,
  mediaIdOfCard,
} from '../../../../components/library/BasketButton'
import { ItemCards } from '../../../../components/library/ItemCards'
import { SearchQueryField } from '../../../../components/library/SearchQueryField'
import { translate, type LibraryKey, type LibraryTranslator } from '../../../../i18n'
import { LOCALE_LABELS, LOCALE_TAGS, isLocale } from '../../../../i18n/locales'
import { saveSearch } from '../../../../library/accountActions'
import { listAgencies, listTopics, searchCards } from '../../../../library/content'
import { languageAlternates } from '../../../../library/lang'
import { libraryPage, type LibraryPageProps } from '../../../../library/libraryPage'
import { libraryLimitMessage } from '../../../../rateLimits/libraryLimits'
import { getReader } from '../../../../library/reader'
import { markPageUncacheable } from '../../../../library/uncacheablePage'
import { parseLibrarySearch, searchHref, toUrlSearchParams } from '../../../../library/searchQuery'
import { SearchEngineError, SearchUnavailableError } from '../../../../search/errors'
import type { Facet } from '../../../../search/SearchIndex'
import type { LibrarySearchResult } from '../../../../search/searchLibrary'

export async function generateMetadata({
  params,
  searchParams,
}: LibraryPageProps): Promise<Metadata> {
  const { lang, t } = await libraryPage({ params })
  const q = toUrlSearchParams(await searchParams).get('q')
  return {
    title: q ? t('search.resultsFor', { query: q }) : t('search.title'),
    alternates: languageAlternates({ lang, path: '/search' }),
    // Result pages change all the time; the search page itself is what should be indexed.
    robots: q ? { index: false, follow: true } : undefined,
  }
}

const FILTER_FACETS: Array<{ facet: Exclude<Facet, 'locale'>; label: LibraryKey }> = [
  { facet: 'type', label: 'search.facetType' },
  { facet: 'infoType', label: 'search.facetInfoType' },
  { facet: 'topic', label: 'search.facetTopic' },
  { facet: 'agency', label: 'search.facetAgency' },
  { facet: 'year', label: 'search.facetYear' },
]

/**
 * Search with facets, sort and pagination, all in the URL so a search can be shared and
 * bookmarked. Works without JavaScript: the filters are a GET form.
 */
export default async function SearchPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  const query = toUrlSearchParams(await searchParams)
  const parsed = parseLibrarySearch({ query, lang })

  let outcome:
    | {
        kind: 'results'
        result: LibrarySearchResult
        cards: Awaited<ReturnType<typeof searchCards>>['cards']
      }
    | { kind: 'invalid'; reason: string }
    | { kind: 'unavailable' }
    | { kind: 'limited'; message: string }
  // The same budget as `/api/library/search`. A page cannot answer 429 (the App Router sets no
  // status but 404), so the reader gets the form with the message and no results.
  const limitedMessage = await libraryLimitMessage({
    payload: reader.payload,
    user: reader.user,
    rule: 'search',
    lang,
  })
  if (limitedMessage) {
    outcome = { kind: 'limited', message: limitedMessage }
    await markPageUncacheable()
  } else if ('error' in parsed) {
    const { name, expected } = parsed.error
    outcome = {
      kind: 'invalid',
      reason: translate({
        locale: lang,
        key: 'errors.invalidParameter',
        params: { name, expected: translate({ locale: lang, ...expected }) },
      }),
    }
  } else {
    try {
      outcome = { kind: 'results', ...(await searchCards({ reader, params: parsed.params, lang })) }
    } catch (error) {
      if (!(error instanceof SearchUnavailableError || error instanceof SearchEngineError))
        throw error
      reader.payload.logger.error({ msg: 'Library search page failed', err: error })
      outcome = { kind: 'unavailable' }
      await markPageUncacheable()
    }
  }

  const [topics, agencies] = await Promise.all([
    listTopics({ reader, lang }),
    listAgencies({ reader, lang }),
  ])
  const labelOf = (facet: Facet, value: string): string => {
    if (facet === 'type') return t(`types.${value}` as LibraryKey)
    if (facet === 'infoType') return t(`infoTypes.${value}` as LibraryKey)
    if (facet === 'topic') return topics.find((topic) => topic.id === value)?.name ?? value
    if (facet === 'agency') return agencies.find((agency) => agency.id === value)?.name ?? value
    if (facet === 'locale' && isLocale(value)) return LOCALE_LABELS[value]
    return value
  }
  const q = query.get('q') ?? ''
  const sort = query.get('sort') ?? 'relevance'
  const from = query.get('from') ?? ''
  const to = query.get('to') ?? ''
  const selected = (facet: string) => query.getAll(facet)
  const result = outcome.kind === 'results' ? outcome.result : null

  return (
    <div className="container">
      <h1>{q ? t('search.resultsFor', { query: q }) : t('search.title')}</h1>
      <form role="search" action={`/${lang}/search`} method="get" id="search-form">
        <div className="search-box">
          <SearchQueryField id="search-q" label={t('search.queryLabel')} defaultValue={q} t={t} />
        </div>

        {outcome.kind === 'invalid' ? (
          <p className="notice notice--error" role="alert">
            {t('search.invalid', { reason: outcome.reason })}
          </p>
        ) : null}
        {outcome.kind === 'limited' ? (
          <p className="notice notice--error" role="alert">
            {outcome.message}
          </p>
        ) : null}
        {outcome.kind === 'unavailable' ? (
          <p className="notice notice--error" role="alert">
            {t('search.unavailable')}
          </p>
        ) : null}

        <div className="search-layout" style={{ marginTop: '1.5rem' }}>
          {/* A region, not <aside>: a complementary landmark belongs beside <main>, not in it. */}
          <section className="facets" aria-labelledby="filters-heading">
            <h2 id="filters-heading" style={{ marginTop: 0 }}>
              {t('search.filters')}
            </h2>
            {result
              ? FILTER_FACETS.map(({ facet, label }) => {
                  const values = result.facets[facet]
                  const chosen = selected(facet)
                  const shown = [
                    ...values,
                    ...chosen
                      .filter((value) => !values.some((entry) => entry.value === value))
                      .map((value) => ({ value, count: 0 })),
                  ]
                  if (shown.length === 0) return null
                  return (
                    <fieldset key={facet}>
                      <legend>{t(label)}</legend>
                      <ul>
                        {shown.slice(0, 12).map(({ value, count }) => (
                          <li key={value}>
                            <label>
                              <input
                                type="checkbox"
                                name={facet}
                                value={value}
                                defaultChecked={chosen.includes(value)}
                              />
                              <span>
                                {labelOf(facet, value)} <span className="count">({count})</span>
                              </span>
                            </label>
                          </li>
                        ))}
                      </ul>
                    </fieldset>
                  )
                })
              : null}
            <fieldset data-testid="date-range">
              <legend>{t('search.dateRange')}</legend>
              <p>
                <label htmlFor="search-from">{t('search.dateFrom')}</label>
                <input id="search-from" type="date" name="from" defaultValue={from} />
              </p>
              <p>
                <label htmlFor="search-to">{t('search.dateTo')}</label>
                <input id="search-to" type="date" name="to" defaultValue={to} />
              </p>
            </fieldset>
            <p>
              <button type="submit">{t('search.applyFilters')}</button>
            </p>
            <p>
              <a href={searchHref({ lang, query: new URLSearchParams(q ? { q } : {}) })}>
                {t('search.clearFilters')}
              </a>
            </p>
            {result && result.facets.locale.some(({ value }) => value !== result.servedLocale) ? (
              <nav aria-labelledby="locale-facet-heading">
                <h3 id="locale-facet-heading">{t('search.facetLocale')}</h3>
                <ul>
                  {result.facets.locale
                    .filter(({ value }) => value !== result.servedLocale && isLocale(value))
                    .map(({ value, count }) => (
                      <li key={value}>
                        <a
                          href={`/${value}/search?${query.toString()}`}
                          hrefLang={isLocale(value) ? LOCALE_TAGS[value] : undefined}
                        >
                          {labelOf('locale', value)}
                        </a>{' '}
                        <span className="count">({count})</span>
                      </li>
                    ))}
                </ul>
              </nav>
            ) : null}
          </section>

          <section aria-labelledby="results-heading">
            <div className="results-bar">
              <h2 id="results-heading" style={{ margin: 0 }} aria-live="polite">
                {result ? t('search.resultsCount', { count: result.total }) : t('search.title')}
              </h2>
              {/* The label names the select alone; the button beside it has its own text. */}
              <div className="sort-control">
                <label htmlFor="search-sort">{t('search.sort')}</label>
                <select id="search-sort" name="sort" defaultValue={sort}>
                  <option value="relevance">{t('search.sortRelevance')}</option>
                  <option value="newest">{t('search.sortNewest')}</option>
                  <option value="oldest">{t('search.sortOldest')}</option>
                </select>
                <button type="submit" className="button--secondary">
                  {t('search.applyFilters')}
                </button>
              </div>
            </div>
            {result && outcome.kind === 'results' ? (
              <>
                {result.servedLocale !== lang && result.total > 0 ? (
                  <p className="notice" role="note" data-testid="fallback-notice">
                    {t('item.fallbackNotice', {
                      requested: LOCALE_LABELS[lang],
                      served: LOCALE_LABELS[result.servedLocale],
                    })}
                  </p>
                ) : null}
                {outcome.cards.length === 0 ? (
                  <p className="notice">{t('search.noResults')}</p>
                ) : (
                  <ItemCards
                    cards={outcome.cards}
                    lang={lang}
                    t={t}
                    eagerCount={3}
                    action={(card) => {
                      const mediaId = mediaIdOfCard({ card })
                      return mediaId ? (
                        <BasketButton
                          mediaId={mediaId}
                          lang={lang}
                          t={t}
                          returnTo={`/${lang}/search?${query.toString()}`}
                          detachedFormId={basketFormId(mediaId)}
                        />
                      ) : null
                    }}
                  />
                )}
                <Pagination
                  lang={lang}
                  query={query}
                  page={result.page}
                  totalPages={Math.min(result.totalPages, 10_000 / result.limit)}
                  t={t}
                />
              </>
            ) : null}
          </section>
        </div>
      </form>
      {/* The results' basket buttons submit these: a form cannot sit inside the search form. */}
      {reader.requester.kind === 'journalist' && outcome?.kind === 'results'
        ? outcome.cards.map((card) => {
            const mediaId = mediaIdOfCard({ card })
            return mediaId ? <DetachedBasketForm key={mediaId} id={basketFormId(mediaId)} /> : null
          })
        : null}
      {reader.requester.kind === 'journalist' && result && query.toString() ? (
        <form
          action={saveSearch}
          className="aside-box"
          style={{ marginTop: '2rem', maxWidth: '32rem' }}
        >
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="query" value={query.toString()} />
          <label htmlFor="saved-name">{t('search.saveSearchName')}</label>
          <div className="search-box" style={{ marginTop: '0.25rem' }}>
            <input
              id="saved-name"
              type="text"
              name="name"
              defaultValue={q}
              required
              maxLength={120}
            />
            <button type="submit">{t('search.saveSearch')}</button>
          </div>
        </form>
      ) : null}
    </div>
  )
}

function Pagination({
  lang,
  query,
  page,
  totalPages,
  t,
}: {
  lang: Parameters<typeof searchHref>[0]['lang']
  query: URLSearchParams
  page: number
  totalPages: number
  t: LibraryTranslator
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('search.pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a
              className="button button--secondary"
              rel="prev"
              href={searchHref({ lang, query, changes: { page: String(page - 1) } })}
            >
              {t('search.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t('search.pageOf', { page, pages: totalPages })}</li>
        {page < totalPages ? (
          <li>
            <a
              className="button button--secondary"
              rel="next"
              href={searchHref({ lang, query, changes: { page: String(page + 1) } })}
            >
              {t('search.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** The id of the detached form of one result's basket button. */
function basketFormId(mediaId: string): string {
  return `basket-add-${mediaId}`
}
