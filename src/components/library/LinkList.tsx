import type { ReactNode } from 'react'

import type { Locale } from '../../i18n/locales'

/** One entry of a list of links; without `href` it is shown as text. */
export type ListedLink = {
  key: string | number
  label: ReactNode
  href?: string
  /** The language of the page it opens, and of its label. */
  hrefLang?: string
  lang?: string
  rel?: string
}

/** A list of links (`className="tag-list"` for tags: topics, keywords, languages). */
export function LinkList({ links, className }: { links: ListedLink[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map(({ key, label, href, hrefLang, lang, rel }) => (
        <li key={key}>
          {href ? (
            <a href={href} hrefLang={hrefLang} lang={lang} rel={rel}>
              {label}
            </a>
          ) : (
            label
          )}
        </li>
      ))}
    </ul>
  )
}

/** A titled box of links beside an item; nothing at all when there are none. */
export function AsideLinks({
  title,
  links,
  className,
}: {
  title: string
  links: ListedLink[]
  className?: string
}) {
  if (links.length === 0) return null
  return (
    <div className="aside-box">
      <h2>{title}</h2>
      <LinkList links={links} className={className} />
    </div>
  )
}

/** Links to the pages of `topics`, in the reader's language. */
export function topicLinks({
  lang,
  topics,
}: {
  lang: Locale
  topics: Array<{ id: string | number; slug?: string | null; name?: string | null }>
}): ListedLink[] {
  return topics.map((topic) => ({
    key: topic.id,
    href: `/${lang}/topics/${topic.slug}`,
    label: topic.name,
  }))
}
