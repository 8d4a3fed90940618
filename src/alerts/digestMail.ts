import escapeHtml from 'escape-html'

import { translate } from '../i18n'
import type { Locale } from '../i18n/locales'

/** One new item as a digest lists it: its title in the reader's language (or the fallback's). */
export type DigestItem = { title: string; url: string }

/** One alert's part of a digest: a saved search or the followed topics of one topic. */
export type DigestSection = {
  /** `savedSearch`: the search's own name; `topic`: the topic's name in the reader's language. */
  kind: 'savedSearch' | 'topic'
  name: string
  items: DigestItem[]
  /** The library page listing all of it, when there was more than the digest shows. */
  moreUrl?: string
  /** Turns this alert off (a signed link, no login). */
  unsubscribeUrl: string
}

/**
 * The daily digest as an e-mail in `locale`: a greeting, one part per alert with its new items
 * as links to their library pages, each part with the link that stops it, and a footer with
 * the account page and the link that stops every digest. Every value is escaped text in the
 * HTML; only the app's own URLs become links.
 */
export function renderDigestMail({
  locale,
  name,
  sections,
  accountUrl,
  unsubscribeAllUrl,
}: {
  locale: Locale
  name: string
  sections: DigestSection[]
  accountUrl: string
  unsubscribeAllUrl: string
}): { subject: string; text: string; html: string } {
  const t = (key: Parameters<typeof translate>[0]['key'], params: Record<string, string> = {}) =>
    translate({ locale, key, params })
  const count = sections.reduce((sum, section) => sum + section.items.length, 0)
  const headingOf = (section: DigestSection): string =>
    t(section.kind === 'savedSearch' ? 'alerts.sectionSavedSearch' : 'alerts.sectionTopic', {
      name: section.name,
    })
  const text = [
    t('alerts.digestIntro', { name }),
    ...sections.map((section) =>
      [
        headingOf(section),
        ...section.items.map((item) => `- ${item.title}\n  ${item.url}`),
        ...(section.moreUrl ? [t('alerts.more', { url: section.moreUrl })] : []),
        t('alerts.stopThis', { url: section.unsubscribeUrl }),
      ].join('\n'),
    ),
    t('alerts.footer', { url: accountUrl, unsubscribeAll: unsubscribeAllUrl }),
  ].join('\n\n')

  const link = (url: string, label: string = url): string =>
    `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${[
    `<p>${escapeHtml(t('alerts.digestIntro', { name })).replace(/\n+/g, '<br>')}</p>`,
    ...sections.map((section) =>
      [
        `<h2 style="font-size:1.1em">${escapeHtml(headingOf(section))}</h2>`,
        `<ul>${section.items.map((item) => `<li>${link(item.url, item.title)}</li>`).join('')}</ul>`,
        section.moreUrl ? `<p>${link(section.moreUrl, t('alerts.moreLink'))}</p>` : '',
        `<p style="font-size:0.9em">${link(section.unsubscribeUrl, t('alerts.stopThisLink'))}</p>`,
      ].join(''),
    ),
    `<hr><p style="font-size:0.9em">${escapeHtml(t('alerts.footerHtml'))} ${link(accountUrl)}<br>${link(unsubscribeAllUrl, t('alerts.stopAllLink'))}</p>`,
  ].join('')}</body></html>`
  return { subject: t('alerts.digestSubject', { count: String(count) }), text, html }
}
