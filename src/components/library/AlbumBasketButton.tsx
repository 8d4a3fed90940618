import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { addAlbumToBasketAction } from '../../library/basketActions'
import { getReader } from '../../library/reader'

/**
 * "Add all to basket" on an album's page, for a journalist (nothing for anyone else): one plain
 * form that puts every file of the album they may take into their basket.
 */
export async function AlbumBasketButton({
  albumId,
  lang,
  t,
}: {
  albumId: number | string
  lang: Locale
  t: LibraryTranslator
}) {
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist') return null
  return (
    <form action={addAlbumToBasketAction} className="basket-form" data-testid="album-basket-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="album" value={String(albumId)} />
      <button type="submit">{t('albums.addAll')}</button>
    </form>
  )
}
