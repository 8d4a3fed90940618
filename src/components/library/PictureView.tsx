import type { Picture } from '../../library/pictures'

/**
 * A rendition as `<picture>`: WebP first, JPEG for the rest, width and height set so the page
 * does not shift when it arrives, the blurred placeholder painted behind it meanwhile, and
 * lazy loading unless the picture is above the fold.
 */
export function PictureView({
  picture,
  isAboveTheFold = false,
  sizes,
}: {
  picture: Picture
  isAboveTheFold?: boolean
  sizes?: string
}) {
  return (
    <picture>
      {picture.webp ? <source srcSet={picture.webp} type="image/webp" sizes={sizes} /> : null}
      <img
        className="picture"
        src={picture.src}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        loading={isAboveTheFold ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={isAboveTheFold ? 'high' : undefined}
        style={
          picture.placeholder ? { backgroundImage: `url("${picture.placeholder}")` } : undefined
        }
      />
    </picture>
  )
}

/** An item's main picture, the first thing on its page: loaded at once, as wide as the column. */
export function LeadPicture({ picture }: { picture: Picture }) {
  return <PictureView picture={picture} isAboveTheFold sizes="(max-width: 52rem) 100vw, 48rem" />
}
