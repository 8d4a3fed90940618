import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { getPressContact } from '../../library/pressContact'
import { getReader } from '../../library/reader'

/**
 * The press office a journalist can reach about an item, an agency or their accreditation: the
 * one set in the settings, or its fallback (src/library/pressContact.ts), so there is always one.
 */
export async function PressContactBox({ lang, t }: { lang: Locale; t: LibraryTranslator }) {
  const contact = await getPressContact({ reader: await getReader(), lang })
  return (
    <section
      className="aside-box"
      aria-labelledby="press-contact-heading"
      data-testid="press-contact"
    >
      <h2 id="press-contact-heading">{t('contact.title')}</h2>
      <p className="card__meta">{t('contact.lead')}</p>
      <p>
        {contact.agencyCode ? (
          <a href={`/${lang}/agencies/${contact.agencyCode}`}>{contact.name}</a>
        ) : (
          contact.name
        )}
      </p>
      <dl className="meta-list">
        {contact.email ? (
          <>
            <dt>{t('contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        ) : null}
        {contact.phone ? (
          <>
            <dt>{t('contact.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {contact.website ? (
        <p>
          <a href={contact.website} rel="noopener noreferrer external">
            {contact.website}
          </a>
        </p>
      ) : null}
    </section>
  )
}
