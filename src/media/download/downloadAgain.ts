import type { Endpoint } from 'payload'

import { slugs } from '../../../collections/slugs'
import { relationId, requesterOf } from '../../access/requester'
import { ForbiddenError, NotFoundError, NotSignedInError } from '../../errors/AppError'
import { documentIdOf } from '../../http/params'
import { isLocale } from '../../i18n/locales'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import { requiresDownloadTerms } from './downloadTerms'
import { entitledVariants, type DownloadVariant } from './entitlements'

/**
 * `GET /api/media-downloads/:id/again`: "download again" from a journalist's "my downloads".
 * The record is read as the journalist (their own only; anyone else's is a 404), then the
 * download is issued anew under today's rules, not the day's it was first taken: the item is
 * read through the visibility rule and the size checked against the journalist's entitlement
 * now (an accreditation that has ended gets the 403 anyone would). It is recorded as a new
 * download pointing at the first (`reissueOf`), and the browser is sent (303) to the ordinary
 * download endpoint with the same size, language and the terms accepted then — which checks
 * all of it again as it serves, and does not record the same download twice.
 */
export const downloadAgainEndpoint: Endpoint = {
  path: '/:id/again',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'download' })
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind !== 'journalist') throw new NotSignedInError()
    const id = documentIdOf({ value: req.routeParams?.id as string | undefined })
    const record = id
      ? await req.payload.findByID({
          collection: slugs.mediaDownloads,
          id,
          depth: 0,
          user: req.user,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
      : null
    const mediaId = record ? relationId(record.media) : null
    if (!record || mediaId === null) throw new NotFoundError()
    const locale = isLocale(record.locale) ? record.locale : 'en'
    const item = await req.payload.findByID({
      collection: slugs.media,
      id: mediaId,
      depth: 0,
      locale,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    if (!item) throw new NotFoundError()
    const variant = record.variant as DownloadVariant
    if (!entitledVariants({ requester }).includes(variant)) {
      throw new ForbiddenError({
        messageKey: 'media.renditionNotAllowed',
        params: { rendition: variant },
      })
    }
    const needsTerms = requiresDownloadTerms({ requester, variant })
    // A record from before uses were asked for: the item's page asks for them now.
    if (needsTerms && !record.intendedUse) return seeOther(`/${locale}/media/${String(mediaId)}`)

    await req.payload.create({
      collection: slugs.mediaDownloads,
      data: {
        journalist: requester.id as number,
        media: mediaId as number,
        itemTitle: record.itemTitle,
        variant: record.variant,
        locale: record.locale,
        termsAccepted: needsTerms || Boolean(record.termsAccepted),
        intendedUse: record.intendedUse,
        intendedUseDetails: record.intendedUseDetails,
        reissueOf: record.id,
      },
      overrideAccess: true,
      req,
    })
    const query = new URLSearchParams({ rendition: variant, locale })
    if (needsTerms && record.intendedUse) {
      query.set('terms', 'accepted')
      query.set('use', record.intendedUse)
      if (record.intendedUseDetails) query.set('useDetails', record.intendedUseDetails)
    }
    return seeOther(`/api/library/media/${String(mediaId)}/download?${query.toString()}`)
  },
}

function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  })
}
