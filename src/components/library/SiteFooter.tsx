import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import type { SiteInfo } from '../../library/content'

/** Who runs the library, the reuse rule, feeds and contact. */
export function SiteFooter({
  lang,
  t,
  site,
}: {
  lang: Locale
  t: LibraryTranslator
  site: SiteInfo
}) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('site.footerAbout', { agency: site.managingAgency || site.provinceName })}</p>
        <ul>
          <li>
            <a href={`/api/syndication/rss?locale=${lang}`} type="application/rss+xml">
              {t('site.footerFeeds')} (RSS)
            </a>
          </li>
          {site.contactEmail ? (
            <li>
              {t('site.footerContact')}:{' '}
              <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
            </li>
          ) : null}
        </ul>
      </div>
    </footer>
  )
}
