import type { LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { formatFileSize } from '../../library/pictures'
import type { Reader } from '../../library/reader'
import { entitledVariants, type DownloadVariant } from '../../media/download/entitlements'
import { INTENDED_USES, requiresDownloadTerms } from '../../media/download/downloadTerms'
import type { Media } from '../../payload-types'

type Offer = {
  variant: DownloadVariant
  width: number | null
  height: number | null
  bytes: number | null
}

/**
 * The downloads this reader is entitled to (src/media/download/entitlements.ts), with their sizes.
 * Press sizes for journalists go through a form that records acceptance of the usage terms and
 * the intended use with each download (src/media/download/downloadTerms.ts); the download endpoint
 * refuses them without it.
 */
export function DownloadPanel({
  media,
  lang,
  t,
  reader,
}: {
  media: Media
  lang: Locale
  t: LibraryTranslator
  reader: Reader
}) {
  const entitled = entitledVariants({ requester: reader.requester })
  const offers = offersOf(media).filter(({ variant }) => entitled.includes(variant))
  const needsTerms = offers.some(({ variant }) =>
    requiresDownloadTerms({ requester: reader.requester, variant }),
  )
  const href = (variant: DownloadVariant) =>
    `/api/library/media/${media.id}/download?rendition=${variant}&locale=${lang}`
  const describe = (offer: Offer) =>
    [
      offer.width && offer.height
        ? t('item.dimensions', { width: offer.width, height: offer.height })
        : null,
      offer.bytes ? formatFileSize({ bytes: offer.bytes, locale: LOCALE_TAGS[lang] }) : null,
    ]
      .filter(Boolean)
      .join(' · ')

  return (
    <section className="aside-box" aria-labelledby="download-heading">
      <h2 id="download-heading">{t('download.title')}</h2>
      {offers.length === 0 ? <p>{t('item.noPreview')}</p> : null}
      {needsTerms ? (
        <form
          className="download-form"
          method="get"
          action={`/api/library/media/${media.id}/download`}
        >
          <input type="hidden" name="locale" value={lang} />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="visually-hidden">{t('download.rendition')}</legend>
            <ul className="download-list">
              {offers.map((offer, index) => (
                <li key={offer.variant}>
                  <label className="checkbox">
                    <input
                      type="radio"
                      name="rendition"
                      value={offer.variant}
                      defaultChecked={index === offers.length - 1}
                    />
                    <span>
                      <strong>{t(`download.${offer.variant}`)}</strong>
                      <br />
                      <span className="card__meta">{describe(offer)}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <DownloadTermsFields t={t} acceptLabel={t('download.acceptTerms')} />
          <button type="submit">{t('download.title')}</button>
        </form>
      ) : (
        <ul className="download-list">
          {offers.map((offer) => (
            <li key={offer.variant}>
              <span>
                <strong>{t(`download.${offer.variant}`)}</strong>
                <br />
                <span className="card__meta">{describe(offer)}</span>
              </span>
              <a className="button button--secondary" href={href(offer.variant)} download>
                {t('download.button', { size: t(`download.${offer.variant}`) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="card__meta">{t('download.embeddedNote')}</p>
      {reader.requester.kind === 'anonymous' ? (
        <p className="card__meta">
          {t('download.pressOnly')} <a href={`/${lang}/account/login`}>{t('site.login')}</a> ·{' '}
          <a href={`/${lang}/account/register`}>{t('site.register')}</a>
        </p>
      ) : null}
      {reader.requester.kind === 'journalist' && !reader.requester.isAccredited ? (
        <p className="card__meta">
          {t('download.accreditationNeeded')} <a href={`/${lang}/account`}>{t('site.account')}</a>
        </p>
      ) : null}
    </section>
  )
}

/**
 * What a press download asks for (src/media/download/downloadTerms.ts): the intended use, its
 * details, and the acceptance of the usage terms — of one item here, of a whole basket on the
 * basket page.
 */
export function DownloadTermsFields({
  t,
  acceptLabel,
}: {
  t: LibraryTranslator
  acceptLabel: string
}) {
  return (
    <>
      <label>
        {t('download.intendedUse')}
        <select name="use" required defaultValue="">
          <option value="" disabled>
            —
          </option>
          {INTENDED_USES.map((use) => (
            <option key={use} value={use}>
              {t(`download.uses.${use}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('download.intendedUseDetails')}
        <input type="text" name="useDetails" maxLength={200} />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="terms" value="accepted" required />
        <span>{acceptLabel}</span>
      </label>
    </>
  )
}

/** What can be downloaded of an item: its web and large renditions (JPEG) and the original. */
function offersOf(media: Media): Offer[] {
  const renditions = media.renditions ?? []
  const offers: Offer[] = []
  for (const size of ['web', 'large'] as const) {
    const rendition =
      renditions.find((entry) => entry.size === size && entry.format === 'jpeg') ??
      renditions.find((entry) => entry.size === size)
    if (rendition) {
      offers.push({
        variant: size,
        width: rendition.width,
        height: rendition.height,
        bytes: rendition.filesize,
      })
    }
  }
  if (media.filename) {
    offers.push({
      variant: 'original',
      width: media.width ?? null,
      height: media.height ?? null,
      bytes: media.filesize ?? null,
    })
  }
  return offers
}
