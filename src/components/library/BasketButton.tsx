import { cache } from 'react'

import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { addToBasketAction } from '../../library/basketActions'
import { defaultBasketVariant } from '../../library/basket/albumBasket'
import { readBasket } from '../../library/basket/basketItems'
import type { ItemCard } from '../../library/content'
import { getReader } from '../../library/reader'
import { entitledVariants, type DownloadVariant } from '../../media/download/entitlements'
import { getEnv } from '../../env'

/**
 * "Add to basket" for a journalist (nothing for anyone else): a plain form that works without
 * JavaScript. With `variants` the journalist picks the size (the item's page); without, the
 * largest size they may take that every photo has — `large` when accredited, else `web`. An
 * item already in the basket shows as such, with a link to the basket.
 */
export async function BasketButton({
  mediaId,
  lang,
  t,
  returnTo,
  variants,
  detachedFormId,
}: {
  mediaId: number | string
  lang: Locale
  t: LibraryTranslator
  /** The page to come back to after adding (its path and query). */
  returnTo: string
  /** The sizes offered, already limited to what the item has; by default one, chosen here. */
  variants?: DownloadVariant[]
  /**
   * For a button inside another form (the search page's results sit in its GET form, and forms
   * cannot nest: the browser drops the inner one): the id of a {@link DetachedBasketForm}
   * rendered outside it, which the fields and the button join through their `form` attribute.
   */
  detachedFormId?: string
}) {
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist') return null
  const entitled = entitledVariants({ requester: reader.requester })
  const offered = (variants ?? [defaultBasketVariant({ entitled })]).filter((variant) =>
    entitled.includes(variant),
  )
  const inBasket = (await basketVariants(lang)).get(String(mediaId)) ?? []
  if (offered.length === 0) return null
  if (!variants && inBasket.length > 0) {
    return <BasketLink lang={lang} t={t} />
  }
  const fields = (
    <>
      <input type="hidden" name="lang" value={lang} form={detachedFormId} />
      <input type="hidden" name="media" value={String(mediaId)} form={detachedFormId} />
      <input type="hidden" name="returnTo" value={returnTo} form={detachedFormId} />
      {offered.length === 1 ? (
        <input type="hidden" name="rendition" value={offered[0]} form={detachedFormId} />
      ) : (
        // A label beside its select, not around it: a wrapping label would give the select the
        // text of all its options as its name ("Size Web Large Original file").
        <>
          <label htmlFor={`basket-size-${String(mediaId)}`}>{t('download.rendition')}</label>{' '}
          <select
            id={`basket-size-${String(mediaId)}`}
            name="rendition"
            defaultValue={offered[offered.length - 1]}
            form={detachedFormId}
          >
            {offered.map((variant) => (
              <option key={variant} value={variant}>
                {t(`download.${variant}`)}
              </option>
            ))}
          </select>
        </>
      )}{' '}
      <button type="submit" className="button--secondary" form={detachedFormId}>
        {t('basket.add')}
      </button>
      {inBasket.length > 0 ? <BasketLink lang={lang} t={t} /> : null}
    </>
  )
  return detachedFormId ? (
    <div className="basket-form" data-testid="basket-form">
      {fields}
    </div>
  ) : (
    <form action={addToBasketAction} className="basket-form" data-testid="basket-form">
      {fields}
    </form>
  )
}

/** The empty form a detached basket button submits (see `detachedFormId`). */
export function DetachedBasketForm({ id }: { id: string }) {
  return <form id={id} action={addToBasketAction} hidden />
}

/** The item id of a search card that is a photo, video or publication; null for anything else. */
export function mediaIdOfCard({ card }: { card: ItemCard }): string | null {
  const isMedia = card.type === 'image' || card.type === 'video' || card.type === 'document'
  return isMedia ? (card.href.split('/').pop() ?? null) : null
}

function BasketLink({ lang, t }: { lang: Locale; t: LibraryTranslator }) {
  return (
    <p className="card__meta" data-testid="in-basket">
      {t('basket.inBasket')} · <a href={`/${lang}/account/basket`}>{t('basket.view')}</a>
    </p>
  )
}

/**
 * The sizes of each item in the reader's basket, read once per page however many buttons. The
 * language alone as argument: React's `cache` compares arguments by identity.
 */
const basketVariants = cache(async (lang: Locale) => {
  const reader = await getReader()
  const lines = await readBasket({
    payload: reader.payload,
    user: reader.user,
    locale: lang,
    limit: getEnv().basket.maxItems,
  })
  const byItem = new Map<string, DownloadVariant[]>()
  for (const line of lines) {
    if (!line.media) continue
    const key = String(line.media.id)
    byItem.set(key, [...(byItem.get(key) ?? []), line.variant])
  }
  return byItem
})
