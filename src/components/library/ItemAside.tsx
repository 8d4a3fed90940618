import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import type { Topic } from '../../payload-types'
import { AsideLinks, topicLinks } from './LinkList'
import { MetaList, type MetaRow } from './MetaList'
import { PressContactBox } from './PressContact'

/** The column beside an album or an event: its facts, its topics and the press office. */
export function ItemAside({
  rows,
  topics,
  lang,
  t,
}: {
  rows: Array<MetaRow | null>
  topics: Topic[]
  lang: Locale
  t: LibraryTranslator
}) {
  return (
    <aside>
      <MetaList rows={rows} />
      <AsideLinks
        title={t('item.topics')}
        className="tag-list"
        links={topicLinks({ lang, topics })}
      />
      <PressContactBox lang={lang} t={t} />
    </aside>
  )
}
