import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { logout } from '../../library/accountActions'
import type { SiteInfo } from '../../library/content'
import type { Reader } from '../../library/reader'
import { FallbackText } from './FallbackText'

/** The library's header: the database's name, the main links and the reader's account. */
export function SiteHeader({
  lang,
  t,
  site,
  reader,
}: {
  lang: Locale
  t: LibraryTranslator
  site: SiteInfo
  reader: Reader
}) {
  const isJournalist = reader.requester.kind === 'journalist'
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <a className="site-brand" href={`/${lang}`}>
          <span className="site-brand__name">
            {site.databaseName ? (
              <FallbackText
                text={site.databaseName}
                source={site.sources.databaseName}
                lang={lang}
                t={t}
              />
            ) : (
              t('site.title')
            )}
          </span>
          <span className="site-brand__sub">
            <FallbackText
              text={site.provinceName}
              source={site.sources.provinceName}
              lang={lang}
              t={t}
            />
          </span>
        </a>
        <nav className="site-nav" aria-label={t('site.mainNavigation')}>
          <ul>
            <li>
              <a href={`/${lang}`}>{t('site.home')}</a>
            </li>
            <li>
              <a href={`/${lang}/search`}>{t('site.search')}</a>
            </li>
            <li>
              <a href={`/${lang}/albums`}>{t('site.albums')}</a>
            </li>
            <li>
              <a href={`/${lang}/events`}>{t('site.events')}</a>
            </li>
            {isJournalist ? (
              <>
                <li>
                  <a href={`/${lang}/account`}>{t('site.account')}</a>
                </li>
                <li>
                  <form action={logout}>
                    <input type="hidden" name="lang" value={lang} />
                    <button type="submit" className="button--secondary">
                      {t('site.logout')}
                    </button>
                  </form>
                </li>
              </>
            ) : reader.requester.kind === 'anonymous' ? (
              <>
                <li>
                  <a href={`/${lang}/account/login`}>{t('site.login')}</a>
                </li>
                <li>
                  <a href={`/${lang}/account/register`}>{t('site.register')}</a>
                </li>
              </>
            ) : (
              <li>
                <a href="/admin">{t('site.staffArea')}</a>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  )
}
