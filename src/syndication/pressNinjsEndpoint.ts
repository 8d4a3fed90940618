import type { Endpoint } from 'payload'

import { editorialSlugs } from '../../collections/slugs'
import { NotFoundError } from '../errors/AppError'
import { documentIdOf, localeParam } from '../http/params'
import { requestLanguage } from '../i18n'
import { enforceRequestLimit } from '../rateLimits/requestLimit'
import { itemNinjs } from './itemNinjs'

/**
 * `GET /api/library/ninjs/:collection/:id?locale=` → one article or media item as IPTC ninjs
 * 3.1, for whoever asks: the item is read through the visibility rule (Local API, access on,
 * the request's user), so an accredited journalist gets an embargoed item from its press
 * release time on — `pubStatus: usable`, and `embargoedUntil`, the public release time, while
 * the embargo holds — and anyone else a 404 until the public release. The syndication feeds and
 * sync serve the public only; this is the press's way to an item ahead of them. `locale`
 * (default: the requester's language) is served from the nearest published language, as the
 * library does; `language` says which one.
 */
export const pressNinjsEndpoint: Endpoint = {
  path: '/library/ninjs/:collection/:id',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'syndication' })
    const locale = localeParam({
      value: req.searchParams.get('locale'),
      fallback: requestLanguage({ headers: req.headers }),
    })
    const collection = editorialSlugs.find((slug) => slug === req.routeParams?.collection)
    const id = documentIdOf({ value: req.routeParams?.id as string | undefined })
    const item =
      collection && id !== null
        ? await itemNinjs({ req, collection, id, locale, view: 'requester', now: new Date() })
        : null
    if (!item) throw new NotFoundError()
    return Response.json(item.ninjs, {
      headers: {
        // Whom it is served to decides what it holds: no shared cache may keep it.
        'Cache-Control': 'private, no-store',
        Vary: 'Authorization, Cookie, Accept-Language',
      },
    })
  },
}
