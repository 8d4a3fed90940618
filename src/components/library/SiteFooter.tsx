import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import type { SiteInfo } from '../../library/content'
import { FallbackMarker, FallbackText } from './FallbackText'

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
  // The sentence names the managing agency, or the province when none is set.
  const agency = site.managingAgency
    ? { text: site.managingAgency, source: site.sources.managingAgency }
    : { text: site.provinceName, source: site.sources.provinceName }
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {t('site.footerAbout', { agency: agency.text })}{' '}
          <FallbackMarker source={agency.source} lang={lang} t={t} />
        </p>
        {site.footerText ? (
          <p className="site-footer__text" data-testid="site-footer-text">
            <FallbackText
              text={site.footerText}
              source={site.sources.footerText}
              lang={lang}
              t={t}
            />
          </p>
        ) : null}
        {site.usageTerms ? (
          <section className="site-footer__terms" aria-labelledby="site-usage-terms">
            <h2 id="site-usage-terms">{t('site.footerUsageTerms')}</h2>
            <p data-testid="site-usage-terms">
              <FallbackText
                text={site.usageTerms}
                source={site.sources.usageTerms}
                lang={lang}
                t={t}
              />
            </p>
          </section>
        ) : null}
        <ul>
          <li>
            <a href={`/api/syndication/rss?locale=${lang}`} type="application/rss+xml">
              {t('site.footerFeeds')} (RSS)
            </a>
          </li>
          <li>
            <a href={`/${lang}/accessibility`}>{t('accessibility.footerLink')}</a>
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
