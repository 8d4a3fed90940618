import type { PayloadRequest } from 'payload'

import { getEnv, type HarvestSettings } from '../env'
import { validateOptionalHttpUrl } from '../fields/validators'
import { requestLanguage, translate } from '../i18n'
import { pushTargetRefusal, type AddressPolicy } from '../syndication/pushTargetAddress'

/**
 * The addresses the harvester may connect to: public ones, and loopback where the tests open it
 * (`HARVEST_ALLOW_LOOPBACK`, refused in production). Never the private ranges: an agency's feed
 * is on its public portal, and a feed or a redirect must not reach internal services or cloud
 * metadata.
 */
export function harvestAddressPolicy({ harvest }: { harvest: HarvestSettings }): AddressPolicy {
  return { allowPrivate: false, allowLoopback: harvest.allowLoopback }
}

/**
 * Validates a feed's URL when it is saved: an http(s) URL whose host is not, and does not
 * resolve to, an address the harvester refuses (the message names the host, in the requester's
 * language). Every fetch checks again on the address it connects to (src/harvest/guardedGet.ts).
 */
export async function validateFeedUrl(
  value: unknown,
  { req }: { req: PayloadRequest },
): Promise<true | string> {
  const isUrl = value ? validateOptionalHttpUrl(value) : 'Expected an http(s) URL'
  if (isUrl !== true) return isUrl
  const refusal = await pushTargetRefusal({
    url: value as string,
    ...harvestAddressPolicy({ harvest: getEnv().harvest }),
  })
  if (refusal === null) return true
  return translate({
    locale: requestLanguage({ searchParams: req.searchParams, headers: req.headers }),
    key: 'syndication.privateFeedAddress',
    params: { host: refusal.host },
  })
}
