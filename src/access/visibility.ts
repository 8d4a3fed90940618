import type { Access } from 'payload'

import { isStaffUser } from './roles'
import { tiersUpTo } from './tiers'

/**
 * The one visibility rule for content (articles and media): what a requester may read.
 * Staff read everything they can administer; everyone else reads the public tier.
 * The content-model issue (#3) extends this same function with journalists' `press` tier,
 * publication state, embargo, withdrawal and `restricted` items; every read path calls it.
 */
export const canReadContent: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { accessTier: { in: tiersUpTo('public') } }
}
