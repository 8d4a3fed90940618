/**
 * Every flag this project keeps on `req.context` (Payload's `RequestContext`), declared once so
 * that hooks read them typed, without casts or string keys. Payload shares one context across
 * all hooks of an operation and the Local API calls made with the same `req`; a Local API call
 * given `context` merges it into that `req.context` and leaves it there.
 *
 * Add a flag here, with who sets it and who reads it, before using it.
 */
import type { PayloadRequest, RequestContext } from 'payload'

import type { NotedState } from './audit/hooks'
import type { Locale } from './i18n/locales'
import type { PreparedUpload } from './media/upload/uploadPipeline'
import type { PendingDraft } from './workflow/liveDocument'

declare module 'payload' {
  export interface RequestContext {
    /**
     * The write is a workflow step, which may set the fields only steps change. Set by
     * `applyStep` (src/workflow/applyStep.ts) around its write and by the embargo lift of
     * src/jobs/publishDueItems.ts; read by `trackWorkflow` (src/workflow/hooks.ts), which
     * otherwise restores those fields, and `onlyPublishersPublish` (src/access/contentWrite.ts).
     */
    workflowTransition?: boolean
    /**
     * Keys (`collection:id`, `collection:*` for a bulk update) of updates that write the live
     * document. Set by `noteLiveWrites`, read by `keepOtherLocalesLive` and cleared by
     * `keepPendingTranslationDrafts` (all src/workflow/liveDocument.ts).
     */
    workflowLiveWrites?: Set<string>
    /**
     * Other languages' drafts a publication left out of the live document, by `collection:id`.
     * Set by `keepOtherLocalesLive`, read and cleared by `keepPendingTranslationDrafts`
     * (src/workflow/liveDocument.ts).
     */
    workflowPendingDrafts?: Map<string, PendingDraft[]>
    /**
     * The read is `serveOnlyPublishedLocales`'s own re-read of an item in a published fallback
     * language, with `servedLocale` the language it serves. Set and read by
     * src/workflow/publishedLocaleReads.ts (which the `limitReadsToPublishedLocales` hook skips).
     */
    servingFallbackLocale?: boolean
    /** See `servingFallbackLocale`. */
    servedLocale?: Locale
    /**
     * A Local API read made for a library reader (src/library/reader.ts sets it), which the
     * locale rule of src/workflow/publishedLocaleReads.ts treats as a public read.
     */
    isLibraryRead?: boolean
    /**
     * Save without queueing a search sync. Set by Local API callers that index in bulk
     * themselves (the search benches in scripts/bench); read by src/search/sync/queueSearchSync.ts.
     */
    skipSearchSync?: boolean
    /**
     * Save without a syndication change-log entry. Read by `logSyndicationChanges`
     * (src/syndication/changeLog.ts); no code of the app sets it today.
     */
    skipSyndicationLog?: boolean
    /**
     * The articles that showed a media item being deleted. Set by `noteArticlesShowingMedia`
     * before the deletion, read by `logSyndicationDeletion` after it (src/syndication/changeLog.ts).
     */
    articlesShowingDeletedMedia?: Array<number | string>
    /**
     * The update of a sync event is the redaction of src/syndication/redaction.ts (which sets
     * it); the SyncEvents collection refuses every other update.
     */
    redactSyncEvent?: boolean
    /**
     * What `auditNoteUpdate` noted of each item before an update, by `collection:id`, for
     * `auditAfterChange` (src/audit/hooks.ts).
     */
    auditNotedUpdates?: Record<string, NotedState>
    /**
     * The upload's temporary file. Set by `noteUploadTempFile`, read by `removeUploadTempFile`
     * (src/media/upload/uploadTempFiles.ts).
     */
    uploadTempFilePath?: string
    /**
     * An upload screened and decoded once. Set by `screenUpload`, read by `applyUploadResults`,
     * `storeRenditions` and `queueVideoTranscode` (src/media/upload/uploadPipeline.ts and video/).
     */
    preparedUpload?: PreparedUpload
    /**
     * The web version of the uploaded video is queued already. Set and read by
     * src/media/video/queueVideoTranscode.ts.
     */
    videoTranscodeQueued?: boolean
    /**
     * A forgot-password request mails its link after answering. Set and read by
     * src/auth/deferredResetMail.ts.
     */
    resetMailAfterAnswer?: boolean
    /**
     * The token mailed to a journalist's changed address once the change is saved. Set and read
     * by src/journalists/hooks/emailChange.ts.
     */
    journalistNewAddressToken?: string
    /**
     * A Local API call made for someone outside (the library's server actions, with
     * `req.headers` of the real request) is limited like the REST request it stands for. Set by
     * src/rateLimits/libraryLimits.ts, read by src/rateLimits/authHooks.ts; other Local API
     * calls (seeding, jobs, tests) are the app's own and are never limited.
     */
    applyRateLimits?: boolean
    /**
     * The write is the system's or a department manager's decision on a distribution approval.
     * Set by src/syndication/distributionApprovals.ts around its writes; the collection's
     * `onlyDecisionsChangeApprovals` hook refuses every other update.
     */
    distributionApprovalWrite?: boolean
  }
}

/**
 * Runs `run` with `context` added to `req.context`, then restores the request's context. The
 * Local API merges a call's `context` into the shared `req` and leaves it there: passed as an
 * option, a flag would apply to every later write on the same request.
 */
export async function withRequestContext<T>({
  req,
  context,
  run,
}: {
  req: PayloadRequest
  context: RequestContext
  run: () => Promise<T>
}): Promise<T> {
  const previous = req.context
  req.context = { ...previous, ...context }
  try {
    return await run()
  } finally {
    req.context = previous
  }
}
