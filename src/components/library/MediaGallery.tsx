import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { pictureOfMedia } from '../../library/content'
import { mediaTitle } from '../../media/metadata/mediaTitle'
import type { Media } from '../../payload-types'
import { BasketButton } from './BasketButton'
import { PictureView } from './PictureView'

/**
 * Thumbnails of photos, videos and publications, each linked to its page, with a journalist's
 * "Add to basket" under it (an article's gallery, an album's items).
 */
export function MediaGallery({
  media,
  lang,
  t,
  returnTo,
}: {
  media: Media[]
  lang: Locale
  t: LibraryTranslator
  /** The page the basket buttons come back to. */
  returnTo: string
}) {
  return (
    <ul className="gallery" data-testid="media-gallery">
      {media.map((item) => {
        const picture = pictureOfMedia({ media: item, size: 'thumb' })
        return (
          <li key={item.id}>
            <a href={`/${lang}/media/${item.id}`}>
              {picture ? (
                // The picture is the link's only content: without alternative text it names
                // the link by the item's title, never leaves it nameless.
                <PictureView
                  picture={{ ...picture, alt: picture.alt || mediaTitle({ item }) }}
                  sizes="12rem"
                />
              ) : (
                <span>{mediaTitle({ item })}</span>
              )}
            </a>
            <BasketButton mediaId={item.id} lang={lang} t={t} returnTo={returnTo} />
          </li>
        )
      })}
    </ul>
  )
}
