import type { AdminViewServerProps, PayloadRequest } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { seesAllAgencies } from '../../access/roles'
import {
  itemListHref,
  listHref,
  statisticsPageHref,
  statisticsPageQuery,
  type ItemMeasure,
  type StatisticsPageQuery,
} from '../../admin/statistics/statisticsLinks'
import { translate } from '../../i18n'
import type { MessageCatalogue } from '../../i18n/catalogues'
import { LOCALES, LOCALE_LABELS, isLocale, type Locale } from '../../i18n/locales'
import { computeStatistics } from '../../reports/computeStatistics'
import { periodInstants, provinceDay } from '../../reports/period'
import { cycleName, overdueReports } from '../../reports/reportDeadlines'
import {
  ITEM_KINDS,
  STATISTICS_INFO_TYPES,
  type ItemKind,
  type Statistics,
  type StatisticsInfoType,
} from '../../reports/statisticsTypes'
import { BoardTable } from './boards/BoardParts'
import { BoardFrame } from './boards/BoardFrame'
import { StatisticsCharts } from './StatisticsCharts'

/** One filter of an admin list: field, operator, value. */
type Condition = [string, string, string]

type Text = (key: ReportKey, params?: Record<string, string | number>) => string

type ReportKey = Extract<keyof MessageCatalogue['reports'], string>

const KIND_KEYS: Record<ItemKind, ReportKey> = {
  article: 'kindArticle',
  photo: 'kindPhoto',
  video: 'kindVideo',
  publication: 'kindPublication',
}

const INFO_TYPE_KEYS: Record<StatisticsInfoType, ReportKey> = {
  official: 'infoOfficial',
  promotional: 'infoPromotional',
  world: 'infoWorld',
  clarification: 'infoClarification',
}

/**
 * `/admin/statistics`: the figures of a period (the first six months, a year, or any days) for
 * every agency the user may see, or one — department managers and admins choose, agency staff
 * see their own — as charts and as tables whose every number links to the admin list of the
 * items behind it; for the Sở, the agencies overdue with their periodic report. The figures
 * are computed as the user ({@link computeStatistics}); this only draws them.
 */
export function StatisticsView(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  const locale: Locale = isLocale(req.i18n?.language) ? req.i18n.language : 'vi'
  const t: Text = (key, params) => translate({ locale, key: `reports.${key}`, params })
  return (
    <BoardFrame
      view={view}
      board="statistics"
      render={async () => {
        const oversees = seesAllAgencies({ user: req.user })
        const today = provinceDay({ at: new Date() })
        const asked = statisticsPageQuery({ searchParams: view.searchParams, today })
        const agencies = oversees ? await agencyOptions({ req }) : []
        const query: StatisticsPageQuery =
          oversees && agencies.some((agency) => agency.code === asked.agency)
            ? asked
            : { ...asked, agency: undefined }
        const statistics = await computeStatistics({
          payload: req.payload,
          req,
          from: query.from,
          to: query.to,
          ...(query.agency ? { agencyCode: query.agency } : {}),
        })
        const overdue = oversees
          ? await overdueReports({ payload: req.payload, req, now: new Date() })
          : null
        return (
          <>
            <StatisticsFilters t={t} query={query} agencies={agencies} />
            <p data-statistics-period>
              {t('periodLine', { from: dayLabel(query.from), to: dayLabel(query.to) })}
            </p>
            <StatisticsCharts
              bars={[
                {
                  title: t('byAgency'),
                  series: [
                    { key: 'supplied', label: t('supplied') },
                    { key: 'published', label: t('published') },
                  ],
                  rows: statistics.agencies.map(({ agency, items }) => ({
                    name: agency.code,
                    supplied: items.supplied,
                    published: items.published,
                  })),
                },
                {
                  title: t('byKind'),
                  series: [
                    { key: 'supplied', label: t('supplied') },
                    { key: 'published', label: t('published') },
                  ],
                  rows: ITEM_KINDS.map((kind) => ({
                    name: t(KIND_KEYS[kind]),
                    ...statistics.totals.items.byKind[kind],
                  })),
                },
                {
                  title: t('translations'),
                  series: [
                    { key: 'published', label: t('current') },
                    { key: 'stale', label: t('stale') },
                    { key: 'missing', label: t('missing') },
                  ],
                  rows: LOCALES.filter((code) => code !== 'vi').map((code) => ({
                    name: code,
                    ...statistics.totals.translations[code],
                  })),
                },
              ]}
              line={{ title: t('views'), label: t('views'), points: statistics.totals.views.byDay }}
            />
            <StatisticsTables
              t={t}
              statistics={statistics}
              period={query}
              locale={locale}
              oversees={oversees}
            />
            {overdue ? <OverdueList t={t} overdue={overdue} locale={locale} /> : null}
          </>
        )
      }}
    />
  )
}

function StatisticsFilters({
  t,
  query,
  agencies,
}: {
  t: Text
  query: StatisticsPageQuery
  agencies: { code: string; name: string }[]
}): React.ReactElement {
  const presets = [
    { preset: 'half-year', label: t('presetHalfYear') },
    { preset: 'year', label: t('presetYear') },
  ] as const
  return (
    <>
      <nav style={{ display: 'flex', gap: 'var(--base)', margin: 'var(--base) 0' }}>
        {presets.map(({ preset, label }) => (
          <a
            key={preset}
            href={statisticsPageHref({ query: { ...query, preset } })}
            className={`btn btn--size-small ${query.preset === preset ? 'btn--style-primary' : 'btn--style-secondary'}`}
            data-statistics-preset={preset}
          >
            {label} {query.year}
          </a>
        ))}
      </nav>
      <form
        method="get"
        style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'end' }}
      >
        <input type="hidden" name="preset" value="custom" />
        <input type="hidden" name="year" value={query.year} />
        <label>
          {t('from')}
          <br />
          <input type="date" name="from" defaultValue={query.from} required />
        </label>
        <label>
          {t('to')}
          <br />
          <input type="date" name="to" defaultValue={query.to} required />
        </label>
        {agencies.length > 0 ? (
          <label>
            {t('agency')}
            <br />
            <select name="agency" defaultValue={query.agency ?? ''}>
              <option value="">{t('allAgencies')}</option>
              {agencies.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {agency.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t('show')}
        </button>
      </form>
    </>
  )
}

function StatisticsTables({
  t,
  statistics,
  period,
  locale,
  oversees,
}: {
  t: Text
  statistics: Statistics
  period: StatisticsPageQuery
  locale: Locale
  oversees: boolean
}): React.ReactElement {
  const { totals } = statistics
  const agencyId = statistics.agencies.length === 1 ? statistics.agencies[0]!.agency.id : undefined
  const items = (
    args: ItemMeasure & {
      collection?: string
      kind?: ItemKind
      infoType?: string
      agency?: number | string
    },
  ) => itemListHref({ ...args, agencyId: args.agency ?? agencyId, period })
  const both = (measure: ItemMeasure, agency?: number | string) => [
    items({ ...measure, collection: slugs.articles, agency }),
    items({ ...measure, collection: slugs.media, agency }),
  ]
  const { start, end } = periodInstants(period)
  const inPeriod = (field: string): Condition[] => [
    [field, 'greater_than_equal', start],
    [field, 'less_than', end],
  ]
  // Journalists who gave no country are counted as `unknown`, which no filter can pick alone.
  const ofCountry = (field: string, country: string): Condition[] =>
    country === 'unknown' ? [] : [[field, 'equals', country]]
  const journalists = (country: string, conditions: Condition[]): string =>
    listHref({
      collection: slugs.journalists,
      conditions: [...ofCountry('country', country), ...conditions],
    })
  return (
    <>
      <h2>{t('byAgency')}</h2>
      <BoardTable headings={[t('agency'), t('supplied'), t('published'), t('withdrawn')]}>
        {[
          ...statistics.agencies.map(({ agency, items: figures }) => ({ agency, figures })),
          { agency: null, figures: totals.items },
        ].map(({ agency, figures }) => (
          <tr key={agency ? String(agency.id) : 'total'} data-statistics-agency={agency?.code}>
            {agency ? <td>{agency.name}</td> : <th>{t('total')}</th>}
            {(['supplied', 'published', 'withdrawn'] as const).map((measure) => (
              <td key={measure}>
                <CountLinks t={t} count={figures[measure]} hrefs={both({ measure }, agency?.id)} />
              </td>
            ))}
          </tr>
        ))}
      </BoardTable>

      <SuppliedPublished
        t={t}
        title={t('byKind')}
        rows={ITEM_KINDS.map((kind) => ({
          key: kind,
          label: t(KIND_KEYS[kind]),
          figures: totals.items.byKind[kind],
          href: (measure) => items({ measure, kind }),
        }))}
      />
      <SuppliedPublished
        t={t}
        title={t('byInfoType')}
        rows={STATISTICS_INFO_TYPES.map((infoType) => ({
          key: infoType,
          label: t(INFO_TYPE_KEYS[infoType]),
          figures: totals.items.byInfoType[infoType],
          href: (measure) => items({ measure, kind: 'article', infoType }),
        }))}
      />

      <h2>{t('byLocale')}</h2>
      <BoardTable headings={['', t('published'), t('current'), t('stale'), t('missing')]}>
        {LOCALES.map((code) => {
          const coverage = totals.translations[code]
          const board = `/admin/translation-board?locale=${code}`
          return (
            <tr key={code}>
              <td>{LOCALE_LABELS[code]}</td>
              <td>
                <CountLinks
                  t={t}
                  count={totals.items.byLocale[code]}
                  hrefs={both({ measure: 'published', locale: code })}
                />
              </td>
              <td>{coverage.published}</td>
              <td>
                <a href={board}>{coverage.stale}</a>
              </td>
              <td>
                <a href={board}>{coverage.missing}</a>
              </td>
            </tr>
          )
        })}
      </BoardTable>

      <h2>{t('pushes')}</h2>
      <BoardTable
        headings={[t('target'), t('delivered'), t('acknowledged'), t('failed'), t('medianHours')]}
      >
        {totals.pushes.map((push) => {
          const deliveries = (status: string) =>
            listHref({
              collection: slugs.deliveries,
              conditions: [
                ['target', 'equals', String(push.target.id)],
                ['status', 'equals', status],
                ...inPeriod('createdAt'),
              ],
            })
          return (
            <tr key={String(push.target.id)}>
              <td>{push.target.name}</td>
              <td>
                <a href={deliveries('delivered')}>{push.delivered}</a>
              </td>
              <td>
                <a href={deliveries('delivered')}>{push.acknowledged}</a>
              </td>
              <td>
                <a href={deliveries('failed')}>{push.failed}</a>
              </td>
              <td>
                {push.medianHoursToAck === null
                  ? '–'
                  : push.medianHoursToAck.toLocaleString(locale, { maximumFractionDigits: 1 })}
              </td>
            </tr>
          )
        })}
      </BoardTable>

      {oversees ? (
        <>
          <h2>{t('journalists')}</h2>
          <BoardTable headings={[t('country'), t('registered'), t('accredited')]}>
            {Object.entries(totals.journalists.byCountry).map(([country, figures]) => (
              <tr key={country}>
                <td>{country}</td>
                <td>
                  <a href={journalists(country, inPeriod('createdAt'))}>{figures.registered}</a>
                </td>
                <td>
                  <a
                    href={journalists(country, [
                      ['accreditationStatus', 'equals', 'approved'],
                      ...inPeriod('accreditationDecidedAt'),
                    ])}
                  >
                    {figures.accredited}
                  </a>
                </td>
              </tr>
            ))}
          </BoardTable>
        </>
      ) : null}

      <h2>{t('downloads')}</h2>
      <BoardTable headings={[t('country'), t('downloads')]}>
        {Object.entries(totals.downloads.byCountry).map(([country, count]) => (
          <tr key={country}>
            <td>{country}</td>
            <td>
              <a
                href={listHref({
                  collection: slugs.mediaDownloads,
                  conditions: [
                    ...ofCountry('journalist.country', country),
                    ...inPeriod('createdAt'),
                  ],
                })}
              >
                {count}
              </a>
            </td>
          </tr>
        ))}
        <tr>
          <th>{t('total')}</th>
          <td>
            <a
              href={listHref({
                collection: slugs.mediaDownloads,
                conditions: inPeriod('createdAt'),
              })}
            >
              {totals.downloads.total}
            </a>
          </td>
        </tr>
      </BoardTable>

      <TopItems
        t={t}
        title={`${t('downloads')}: ${t('topItems')}`}
        items={totals.downloads.topItems}
      />
      <TopItems
        t={t}
        title={`${t('views')}: ${t('topItems')} (${t('total')} ${totals.views.total})`}
        items={totals.views.topItems}
      />
    </>
  )
}

/** A table of counts supplied and published, each linked to the items behind it. */
function SuppliedPublished({
  t,
  title,
  rows,
}: {
  t: Text
  title: string
  rows: {
    key: string
    label: string
    figures: { supplied: number; published: number }
    href: (measure: 'supplied' | 'published') => string
  }[]
}): React.ReactElement {
  return (
    <>
      <h2>{title}</h2>
      <BoardTable headings={['', t('supplied'), t('published')]}>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.label}</td>
            {(['supplied', 'published'] as const).map((measure) => (
              <td key={measure}>
                <CountLinks t={t} count={row.figures[measure]} hrefs={[row.href(measure)]} />
              </td>
            ))}
          </tr>
        ))}
      </BoardTable>
    </>
  )
}

/** A count linked to its list; when it spans articles and media, a second link for the media. */
function CountLinks({
  t,
  count,
  hrefs,
}: {
  t: Text
  count: number
  hrefs: string[]
}): React.ReactElement {
  const [first, second] = hrefs
  return (
    <>
      <a href={first} data-statistics-count>
        {count}
      </a>
      {second ? (
        <small>
          {' '}
          (<a href={first}>{t('kindArticle')}</a> ·{' '}
          <a href={second}>
            {t('kindPhoto')}, {t('kindVideo')}, {t('kindPublication')}
          </a>
          )
        </small>
      ) : null}
    </>
  )
}

function TopItems({
  t,
  title,
  items,
}: {
  t: Text
  title: string
  items: Statistics['totals']['views']['topItems']
}): React.ReactElement {
  return (
    <>
      <h2>{title}</h2>
      <BoardTable headings={[t('item'), t('total')]}>
        {items.map((item) => (
          <tr key={`${item.collection}-${String(item.id)}`}>
            <td>
              <a href={`/admin/collections/${item.collection}/${String(item.id)}`}>{item.title}</a>
            </td>
            <td>{item.count}</td>
          </tr>
        ))}
      </BoardTable>
    </>
  )
}

function OverdueList({
  t,
  overdue,
  locale,
}: {
  t: Text
  overdue: Awaited<ReturnType<typeof overdueReports>>
  locale: Locale
}): React.ReactElement {
  const late = overdue.filter((cycle) => cycle.agencies.length > 0)
  return (
    <section data-statistics-overdue>
      <h2>{t('overdue')}</h2>
      <p>
        <a href={`/admin/collections/${slugs.reports}`}>{t('reportsList')}</a>
      </p>
      {late.length === 0 ? (
        <p>{t('overdueNone')}</p>
      ) : (
        late.map((cycle) => (
          <div key={`${cycle.cycle}-${cycle.year}`}>
            <h3>
              {t('overdueCycle', {
                report: cycleName({ locale, cycle: cycle.cycle, year: cycle.year }),
                deadline: dayLabel(cycle.deadline),
              })}
            </h3>
            <ul>
              {cycle.agencies.map((agency) => (
                <li key={String(agency.id)}>
                  {agency.reportId === null ? (
                    `${agency.name}: ${t('noReport')}`
                  ) : (
                    <a href={`/admin/collections/${slugs.reports}/${String(agency.reportId)}`}>
                      {agency.name}: {t('draftOnly')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}

/** The agencies a department manager may pick, by name. */
async function agencyOptions({
  req,
}: {
  req: PayloadRequest
}): Promise<{ code: string; name: string }[]> {
  const { docs } = await req.payload.find({
    collection: slugs.agencies,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((agency) => ({ code: agency.code, name: agency.name }))
}

function dayLabel(day: string): string {
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year}`
}
