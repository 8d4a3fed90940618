'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { getEnv } from '../env'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { isDownloadVariant } from '../media/download/entitlements'
import { libraryLimitMessage } from '../rateLimits/libraryLimits'
import { addAlbumToBasket } from './basket/albumBasket'
import { addToBasket, removeFromBasket } from './basket/basketItems'
import { basketReturnPath } from './basket/returnPath'
import { getReader, type Reader } from './reader'

/**
 * Adds an item in the chosen size to the signed-in journalist's basket (a plain form: works
 * without JavaScript), then goes back to the page the form was on, which now shows the item as
 * in the basket; a full basket or a size they may not take opens the basket page with the
 * reason.
 */
export async function addToBasketAction(form: FormData): Promise<void> {
  const { lang, reader } = await basketFormContext({ form })
  const mediaId = text(form, 'media')
  const variant = text(form, 'rendition')
  if (!/^\w{1,64}$/.test(mediaId) || !isDownloadVariant(variant))
    redirect(`/${lang}/account/basket`)
  const result = await addToBasket({
    payload: reader.payload,
    user: reader.user,
    mediaId,
    variant,
    maxItems: getEnv().basket.maxItems,
  })
  if (result === 'full' || result === 'notEntitled' || result === 'notFound') {
    redirect(`/${lang}/account/basket?problem=${result}`)
  }
  const back = basketReturnPath({ value: form.get('returnTo'), lang })
  // The form's own page, usually: without this the client router shows it as it was before
  // the action (still "Add to basket"), as a redirect to the current URL reuses what it has.
  revalidatePath(back.split('?')[0]!)
  redirect(back)
}

/**
 * Adds every photo, video and publication of an album the journalist may take to their basket
 * (the album page's "Add all to basket"), then goes back to the album; a full basket opens the
 * basket page with the reason.
 */
export async function addAlbumToBasketAction(form: FormData): Promise<void> {
  const { lang, reader } = await basketFormContext({ form })
  const albumId = text(form, 'album')
  if (!/^\w{1,64}$/.test(albumId)) redirect(`/${lang}/account/basket`)
  const { outcome } = await addAlbumToBasket({
    payload: reader.payload,
    user: reader.user,
    albumId,
    maxItems: getEnv().basket.maxItems,
  })
  if (outcome !== 'added') redirect(`/${lang}/account/basket?problem=${outcome}`)
  const back = `/${lang}/albums/${albumId}`
  revalidatePath(back)
  redirect(back)
}

/** Removes one line of the signed-in journalist's basket and shows the basket again. */
export async function removeFromBasketAction(form: FormData): Promise<void> {
  const { lang, reader } = await basketFormContext({ form })
  const lineId = text(form, 'line')
  if (/^\w{1,64}$/.test(lineId)) {
    await removeFromBasket({ payload: reader.payload, user: reader.user, lineId })
  }
  revalidatePath(`/${lang}/account/basket`)
  redirect(`/${lang}/account/basket`)
}

/**
 * The reader of a basket form: a journalist (anyone else is sent to the login page), within
 * the library's action limit (`RATE_LIMIT_LIBRARY_ACTIONS`).
 */
async function basketFormContext({
  form,
}: {
  form: FormData
}): Promise<{ lang: Locale; reader: Reader }> {
  const value = form.get('lang')
  const lang = isLocale(value) ? value : DEFAULT_LOCALE
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist') redirect(`/${lang}/account/login`)
  const limited = await libraryLimitMessage({
    payload: reader.payload,
    user: reader.user,
    rule: 'libraryActions',
    lang,
  })
  if (limited) redirect(`/${lang}/account/basket?problem=limited`)
  return { lang, reader }
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
