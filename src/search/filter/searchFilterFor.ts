import type { Requester } from '../../access/requester'
import { contentVisibility } from '../../access/visibility'
import { allOf, fieldEquals, matchAll, type FilterNode } from './FilterNode'
import { whereToFilter } from './whereToFilter'

/**
 * What `requester` may find, as a search filter: the visibility rule of src/access (tiers,
 * publication, embargo, withdrawal, agency drafts, named users) translated from its `Where`,
 * and the language rule of the editorial workflow (src/workflow/hooks.ts,
 * `serveOnlyPublishedLocales`): outside the staff, only published languages of an item are
 * read, so only their search documents are found.
 */
export function searchFilterFor({
  requester,
  now,
}: {
  requester: Requester
  now: Date
}): FilterNode {
  const visibility = whereToFilter({ where: contentVisibility({ requester, now }) })
  const languages =
    requester.kind === 'staff' ? matchAll : fieldEquals({ field: 'isLocalePublished', value: true })
  return allOf([visibility, languages])
}
