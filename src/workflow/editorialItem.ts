import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Endpoint,
  Field,
} from 'payload'

import type { EditorialSlug } from '../../collections/slugs'
import {
  assignOwnAgency,
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  onlyPublishersPublish,
} from '../access/contentWrite'
import { canReadContent, canReadContentVersions } from '../access/visibility'
import { auditAfterChange, auditAfterDelete, auditNoteUpdate } from '../audit/hooks'
import { workflowEditComponents } from '../components/admin/workflow/editComponents'
import { contentControlFields } from '../fields/contentControlFields'
import { importIdentityFields, refuseDuplicateImportIdentity } from '../import/importIdentity'
import { refuseClassifiedMaterial } from '../security/classification'
import {
  holdStampedContent,
  recordHoldClearance,
  type HoldStampedContentOptions,
} from '../security/securityHold'
import { logSyndicationChanges, logSyndicationDeletion } from '../syndication/changeLog'
import { workflowFields } from './fields'
import { trackWorkflow } from './hooks'
import { keepPendingTranslationDrafts, noteLiveWrites } from './liveDocument'
import { limitReadsToPublishedLocales, serveOnlyPublishedLocales } from './publishedLocaleReads'
import { workflowEndpoint } from './transitionEndpoint'

/**
 * A content type's own hooks. Each list runs at one fixed place in the editorial hook order
 * ({@link editorialItem} documents where), in the order given.
 */
export type EditorialHooks = {
  beforeOperation?: CollectionBeforeOperationHook[]
  beforeValidate?: CollectionBeforeValidateHook[]
  beforeChange?: CollectionBeforeChangeHook[]
  afterChange?: CollectionAfterChangeHook[]
  afterRead?: CollectionAfterReadHook[]
  beforeDelete?: CollectionBeforeDeleteHook[]
  afterDelete?: CollectionAfterDeleteHook[]
  afterOperation?: CollectionAfterOperationHook[]
}

export type EditorialItemOptions = {
  slug: EditorialSlug
  labels: NonNullable<CollectionConfig['labels']>
  /** The list and edit view; the content group and the workflow's edit view are added. */
  admin: Omit<NonNullable<CollectionConfig['admin']>, 'group' | 'components'>
  /** How many versions each item keeps. */
  maxVersionsPerDoc: number
  /**
   * The fields of the Vietnamese source text: a change to them raises the source revision,
   * which makes approved translations stale.
   */
  sourceFields: string[]
  /** What the security hold scans for classification stamps. */
  stampedContent: HoldStampedContentOptions
  /** The type's own fields; the access-control and workflow fields follow them. */
  fields: Field[]
  /** The type's own endpoints; the workflow endpoint follows them. */
  endpoints?: Endpoint[]
  hooks?: EditorialHooks
  upload?: CollectionConfig['upload']
}

/**
 * A content collection of the editorial library (articles, media, and any type added later):
 * the one visibility rule and write rules of src/access, drafts and versions, the workflow's
 * fields and endpoint, publication language by language, audit and syndication. Its slug
 * belongs in `editorialSlugs` (collections/slugs.ts), which the schedule and the locale rule
 * of reads go by.
 *
 * The hooks run in this order; a type's own hooks (`hooks`) go where each list says:
 * - beforeOperation: classified material is refused before anything else runs, is written or
 *   any file is stored; then the type's own (an upload is screened and decoded once); then the
 *   audit notes the stored state, live writes are noted, and non-staff reads are limited to
 *   published languages.
 * - beforeValidate: the requester's agency is assigned; then the type's own.
 * - beforeChange: only publishers publish and a cleared hold is recorded; then the type's own,
 *   which may add content (values read from a file) — before the security hold, so that content
 *   is scanned for stamps like typed text; the workflow is tracked last, after the hold: a save
 *   the hold turned into a draft is not a publication.
 * - afterRead: the type's own first (what its relationship fields leave to it), then the
 *   locale rule, which may replace the whole document by its read in a fallback language.
 * - afterChange: other languages' pending drafts are kept first; then the type's own (files
 *   stored, jobs queued); then the audit and the syndication log record the item as left.
 * - afterDelete: the audit and the syndication log first, then the type's own (files removed).
 * - beforeDelete and afterOperation: the type's own only.
 */
export function editorialItem({
  slug,
  labels,
  admin,
  maxVersionsPerDoc,
  sourceFields,
  stampedContent,
  fields,
  endpoints = [],
  hooks = {},
  upload,
}: EditorialItemOptions): CollectionConfig {
  return {
    slug,
    labels,
    admin: {
      ...admin,
      group: { vi: 'Nội dung', en: 'Content' },
      components: {
        edit: workflowEditComponents,
        // "Xuất ZIP": the selection or the filter as a batch the import reads back (src/export).
        beforeListTable: ['/src/components/admin/ExportZipLink#ExportZipLink'],
      },
    },
    // The locale rule of every non-staff read needs each item's published languages.
    forceSelect: { publishedLocales: true },
    access: {
      read: canReadContent,
      readVersions: canReadContentVersions({ collection: slug }),
      create: canCreateContent,
      update: canUpdateContent,
      delete: canDeleteContent,
    },
    versions: {
      // Drafts are validated too: a draft with an unknown tier or a malformed date is bad input
      // (400), not something to store and fail on later.
      drafts: { validate: true },
      maxPerDoc: maxVersionsPerDoc,
    },
    endpoints: [...endpoints, workflowEndpoint({ collection: slug })],
    hooks: {
      beforeOperation: [
        refuseClassifiedMaterial,
        ...(hooks.beforeOperation ?? []),
        auditNoteUpdate,
        noteLiveWrites,
        limitReadsToPublishedLocales,
      ],
      beforeValidate: [assignOwnAgency, ...(hooks.beforeValidate ?? [])],
      beforeChange: [
        onlyPublishersPublish,
        recordHoldClearance,
        ...(hooks.beforeChange ?? []),
        holdStampedContent(stampedContent),
        refuseDuplicateImportIdentity,
        trackWorkflow({ sourceFields }),
      ],
      afterRead: [...(hooks.afterRead ?? []), serveOnlyPublishedLocales],
      afterChange: [
        keepPendingTranslationDrafts,
        ...(hooks.afterChange ?? []),
        auditAfterChange,
        logSyndicationChanges,
      ],
      beforeDelete: [...(hooks.beforeDelete ?? [])],
      afterDelete: [auditAfterDelete, logSyndicationDeletion, ...(hooks.afterDelete ?? [])],
      afterOperation: [...(hooks.afterOperation ?? [])],
    },
    ...(upload ? { upload } : {}),
    fields: [...fields, ...contentControlFields, ...importIdentityFields, ...workflowFields],
  }
}
