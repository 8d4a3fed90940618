'use client'
import { toast, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'

import { DEFAULT_LOCALE } from '../../../i18n/locales'
import { mediaTitle } from '../../../media/metadata/mediaTitle'
import { DialogButtons, dialogStyle } from './ReasonDialog'
import { takeWorkflowStep, useWorkflowItem, type WorkflowContext } from './useWorkflowItem'
import { useSaveFirst } from './useSaveFirst'
import { useWorkflowStep } from './useWorkflowStep'
import { availableWorkflowButtons } from './workflowActions'
import { LANGUAGE_NAMES, WORKFLOW_UI_TEXT, workflowButtonLabel } from './workflowText'

/**
 * Payload's publish button, replaced (`admin.components.edit.PublishButton`): publishing goes
 * through the workflow's `publish` step for the language on screen — the Vietnamese source or
 * one translation — after saving unsaved edits as a draft, and is shown only to the roles that
 * may publish. Publishing an article offers to publish its attached draft media in the same step.
 * On an item already live in Vietnamese it publishes the edits of the Vietnamese text.
 */
export function WorkflowPublishButton(): React.ReactElement | null {
  const context = useWorkflowItem()
  if (!context?.item) return null
  if (!context.roles.some((role) => role === 'admin' || role === 'publisher')) return null
  return <PublishControl context={context} />
}

type AttachedMedia = {
  id: number | string
  label: string
  /** The thumbnail rendition (Payload's `thumbnailURL`): photos of one event share a caption. */
  thumbnailUrl: string | null
  isHeld: boolean
}

function PublishControl({ context }: { context: WorkflowContext }) {
  const { collectionSlug, id, locale, language, roles, apiUrl, item } = context
  const { unpublishedVersionCount } = useDocumentInfo()
  const { submit, getDataByPath } = useForm()
  const modified = useFormModified()
  const saveFirst = useSaveFirst(context)
  const { isBusy, whileBusy, afterSaving, takeStep, announce } = useWorkflowStep({
    target: context,
    saveFirst,
  })
  const [attached, setAttached] = useState<AttachedMedia[] | null>(null)
  if (!item) return null

  const isLiveSource = locale === DEFAULT_LOCALE && item.state === 'published'
  if (isLiveSource) {
    if (!modified && unpublishedVersionCount <= 0) return null
    // Edits of a live Vietnamese text: Payload's publish of this locale (not a workflow step).
    const publishEdits = () =>
      whileBusy(async () => {
        const query = new URLSearchParams({ depth: '0', locale })
        const result = await submit({
          action: `${apiUrl}/${collectionSlug}/${String(id)}?${query}`,
          method: 'PATCH',
          overrides: { _status: 'published' },
          disableSuccessStatus: true,
        })
        if (result?.res?.ok === true) announce(WORKFLOW_UI_TEXT.publishUpdate[language])
      })
    return (
      <PrimaryButton
        workflowAction="publish-edits"
        label={workflowButtonLabel({ action: 'publish', locale, language })}
        disabled={isBusy}
        onClick={() => void publishEdits()}
      />
    )
  }

  const canPublish = availableWorkflowButtons({ roles, locale, item }).some(
    (button) => button.action === 'publish',
  )
  if (!canPublish) return null

  const openDialog = () =>
    whileBusy(async () => {
      const mediaIds =
        collectionSlug === 'articles' && locale === DEFAULT_LOCALE
          ? relationIds(getDataByPath('media'))
          : []
      setAttached(await draftMedia({ apiUrl, ids: mediaIds }))
    })

  const publish = (mediaToPublish: AttachedMedia[]) => {
    setAttached(null)
    void afterSaving(async () => {
      let publishedMedia = 0
      for (const media of mediaToPublish) {
        const result = await takeWorkflowStep({
          apiUrl,
          collectionSlug: 'media',
          id: media.id,
          action: 'publish',
          locale: DEFAULT_LOCALE,
          language,
        })
        if (result.ok) publishedMedia += 1
        else
          toast.error(
            `${WORKFLOW_UI_TEXT.mediaFailed[language]} “${media.label}”: ${result.message}`,
          )
      }
      if (publishedMedia > 0)
        toast.success(`${WORKFLOW_UI_TEXT.mediaPublished[language]} (${publishedMedia})`)
      await takeStep({ action: 'publish' })
    })
  }

  return (
    <>
      <PrimaryButton
        workflowAction="publish"
        label={workflowButtonLabel({ action: 'publish', locale, language })}
        disabled={isBusy}
        onClick={() => void openDialog()}
      />
      {attached ? (
        <PublishDialog
          context={context}
          attached={attached}
          onCancel={() => setAttached(null)}
          onConfirm={(media) => publish(media)}
        />
      ) : null}
    </>
  )
}

/** The header's primary button, where Payload's publish button stands (`#action-save`). */
function PrimaryButton({
  workflowAction,
  label,
  disabled,
  onClick,
}: {
  workflowAction: 'publish' | 'publish-edits'
  label: string
  disabled: boolean
  onClick: () => void
}): React.ReactElement {
  return (
    <button
      type="button"
      id="action-save"
      data-workflow-action={workflowAction}
      className="btn btn--style-primary btn--size-medium"
      style={{ margin: 0 }}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  )
}

/** Confirms a publication, with the attached draft media to publish along (checked). */
function PublishDialog({
  context: { locale, language },
  attached,
  onCancel,
  onConfirm,
}: {
  context: WorkflowContext
  attached: AttachedMedia[]
  onCancel: () => void
  onConfirm: (media: AttachedMedia[]) => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [checked, setChecked] = useState<Set<string>>(
    () => new Set(attached.filter((media) => !media.isHeld).map((media) => String(media.id))),
  )
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  const name = LANGUAGE_NAMES[locale][language]
  const title = language === 'en' ? `Publish the ${name} version?` : `Xuất bản bản ${name}?`
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-testid="publish-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
      style={dialogStyle}
    >
      {/* No <form>: see ReasonDialog (nested in Payload's document form). */}
      <div>
        <h3 id={titleId} style={{ marginTop: 0 }}>
          {title}
        </h3>
        {attached.length > 0 ? (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ marginBottom: 8 }}>{WORKFLOW_UI_TEXT.attachedDrafts[language]}</legend>
            {attached.map((media) => (
              <label
                key={String(media.id)}
                style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 6 }}
              >
                <input
                  type="checkbox"
                  name="media"
                  value={String(media.id)}
                  disabled={media.isHeld}
                  checked={checked.has(String(media.id))}
                  onChange={(event) => {
                    const next = new Set(checked)
                    if (event.target.checked) next.add(String(media.id))
                    else next.delete(String(media.id))
                    setChecked(next)
                  }}
                />
                {media.thumbnailUrl ? (
                  <img
                    src={media.thumbnailUrl}
                    alt=""
                    width={48}
                    height={36}
                    style={{ objectFit: 'cover', borderRadius: 2 }}
                  />
                ) : null}
                <span>
                  {media.label}
                  {media.isHeld ? (
                    <strong role="alert" style={{ color: 'var(--theme-error-500)' }}>
                      {' — '}
                      {WORKFLOW_UI_TEXT.attachedHeld[language]}
                    </strong>
                  ) : null}
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <DialogButtons
          confirmLabel={workflowButtonLabel({ action: 'publish', locale, language })}
          cancelLabel={WORKFLOW_UI_TEXT.cancel[language]}
          onCancel={onCancel}
          onConfirm={() => onConfirm(attached.filter((media) => checked.has(String(media.id))))}
        />
      </div>
    </dialog>
  )
}

/** The ids of a relationship field's form value (plain ids or `{ relationTo, value }`). */
function relationIds(value: unknown): Array<number | string> {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry: unknown) => {
    if (typeof entry === 'number' || typeof entry === 'string') return [entry]
    if (entry && typeof entry === 'object') {
      const inner =
        (entry as { value?: unknown; id?: unknown }).value ?? (entry as { id?: unknown }).id
      if (typeof inner === 'number' || typeof inner === 'string') return [inner]
    }
    return []
  })
}

/** The attached media not yet published, read with the user's access (drafts included). */
async function draftMedia({
  apiUrl,
  ids,
}: {
  apiUrl: string
  ids: Array<number | string>
}): Promise<AttachedMedia[]> {
  if (ids.length === 0) return []
  const query = new URLSearchParams({
    draft: 'true',
    depth: '0',
    limit: String(ids.length),
    locale: DEFAULT_LOCALE,
  })
  ids.forEach((mediaId, index) => query.append(`where[id][in][${index}]`, String(mediaId)))
  const response = await fetch(`${apiUrl}/media?${query}`, { credentials: 'include' })
  if (!response.ok) return []
  const { docs } = (await response.json()) as { docs: Array<Record<string, unknown>> }
  return docs
    .filter((doc) => doc.workflowState !== 'published')
    .map((doc) => ({
      id: doc.id as number | string,
      label: mediaTitle({ item: doc }),
      thumbnailUrl: typeof doc.thumbnailURL === 'string' ? doc.thumbnailURL : null,
      isHeld: (doc.securityHold as { isHeld?: boolean } | undefined)?.isHeld === true,
    }))
}
