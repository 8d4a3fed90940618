import type { ReactNode } from 'react'

import type { LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { PressContactBox } from './PressContact'

/**
 * When the statement was last checked against the library: change it with each review (the
 * axe-core run and the keyboard paths of tests/e2e/accessibility.e2e.spec.ts, on a release).
 */
export const ACCESSIBILITY_REVIEWED_ON = '2026-12-05'

/**
 * The accessibility statement: the conformance target (WCAG 2.1 level AA), the Vietnamese legal
 * basis, how the library is tested, what is known not to conform yet, and whom to tell about a
 * barrier (the press office of the settings, or its fallback), with the date of the last review.
 */
export function AccessibilityStatement({ lang, t }: { lang: Locale; t: LibraryTranslator }) {
  const reviewed = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${ACCESSIBILITY_REVIEWED_ON}T00:00:00Z`))
  return (
    <div className="container">
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.lead')}</p>
      <div className="article-body">
        <StatementSection id="a11y-conformance" title={t('accessibility.conformanceTitle')}>
          <p>{t('accessibility.conformance')}</p>
        </StatementSection>
        <StatementSection id="a11y-legal" title={t('accessibility.legalTitle')}>
          <p>{t('accessibility.legal')}</p>
        </StatementSection>
        <StatementSection id="a11y-testing" title={t('accessibility.testingTitle')}>
          <p>{t('accessibility.testing')}</p>
        </StatementSection>
        <StatementSection id="a11y-limitations" title={t('accessibility.limitationsTitle')}>
          <ul>
            <li>{t('accessibility.limitationVideos')}</li>
            <li>{t('accessibility.limitationPdfs')}</li>
            <li>{t('accessibility.limitationFallback')}</li>
          </ul>
        </StatementSection>
        <StatementSection id="a11y-feedback" title={t('accessibility.feedbackTitle')}>
          <p>{t('accessibility.feedback')}</p>
        </StatementSection>
      </div>
      <PressContactBox lang={lang} t={t} />
      <p className="card__meta" data-testid="accessibility-reviewed">
        {t('accessibility.reviewed')}: <time dateTime={ACCESSIBILITY_REVIEWED_ON}>{reviewed}</time>
      </p>
    </div>
  )
}

function StatementSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
