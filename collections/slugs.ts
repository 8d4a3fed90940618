/** Collection slugs: the names REST paths, relationships and other systems rely on (docs/architecture.md). */
export const slugs = {
  articles: 'articles',
  media: 'media',
  topics: 'topics',
  agencies: 'agencies',
  users: 'users',
  journalists: 'journalists',
  syndicationTargets: 'syndication-targets',
  deliveries: 'deliveries',
  apiClients: 'api-clients',
  auditLog: 'audit-log',
  mediaDownloads: 'media-downloads',
  savedSearches: 'saved-searches',
  basketItems: 'basket-items',
  distributionApprovals: 'distribution-approvals',
  reports: 'reports',
  pressCards: 'press-cards',
  places: 'places',
  importBatches: 'import-batches',
  harvestFeeds: 'harvest-feeds',
  harvestDismissals: 'harvest-dismissals',
  albums: 'albums',
  events: 'events',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]

/**
 * The content collections built by `editorialItem` (src/workflow/editorialItem.ts): the
 * editorial workflow, its schedule and publication language by language apply to each.
 */
export const editorialSlugs = [slugs.articles, slugs.media, slugs.albums, slugs.events] as const

export type EditorialSlug = (typeof editorialSlugs)[number]

/** Global slugs. */
export const globalSlugs = {
  settings: 'settings',
} as const

/** Internal collections other systems do not address by name. */
export const internalSlugs = {
  syncEvents: 'sync-events',
  pageViews: 'page-views',
  reportReminders: 'report-reminders',
} as const
