import type { CollectionBeforeChangeHook, Field } from 'payload'

import { slugs } from '../../collections/slugs'
import { isAdminField, isStaffUser } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, translate } from '../i18n'
import { findStampedSources, type Finding } from './stampedSources'

/**
 * The security-review hold of an item whose text carries a classification stamp. Set by
 * {@link holdStampedContent}; only an administrator can clear it (untick `isHeld`), which
 * {@link recordHoldClearance} records. Staff see it; nobody else does.
 */
export const securityHoldField: Field = {
  name: 'securityHold',
  type: 'group',
  label: { vi: 'Tạm giữ kiểm tra bảo mật', en: 'Security review hold' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Mục có dấu độ mật bị tạm giữ ở trạng thái nháp. Chỉ quản trị viên được gỡ tạm giữ sau khi kiểm tra.',
      en: 'An item carrying a classification marking is held as a draft. Only an administrator may clear the hold after checking it.',
    },
  },
  access: {
    read: ({ req: { user } }) => isStaffUser(user),
    create: isAdminField,
    update: isAdminField,
  },
  fields: [
    {
      name: 'isHeld',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đang tạm giữ', en: 'Held' },
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 2000,
      label: { vi: 'Lý do', en: 'Reason' },
    },
    {
      name: 'heldAt',
      type: 'date',
      label: { vi: 'Tạm giữ lúc', en: 'Held at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Which texts the hold (and a clearance) covered; see `Fingerprints` below.
      name: 'fingerprint',
      type: 'text',
      admin: { hidden: true },
    },
    {
      name: 'clearedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người gỡ tạm giữ', en: 'Cleared by' },
      admin: { readOnly: true },
    },
    {
      name: 'clearedAt',
      type: 'date',
      label: { vi: 'Gỡ tạm giữ lúc', en: 'Cleared at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

/** Options of {@link holdStampedContent}. */
export type HoldStampedContentOptions = {
  /** Plain-text fields to scan (`text`, `textarea`); a dotted path reaches into a group. */
  textFields: string[]
  /** Lexical rich-text fields to scan. */
  richTextFields: string[]
  /** Whether to scan the text of an uploaded PDF or DOCX (upload collections). */
  scanUploadedDocument: boolean
}

/**
 * Puts an item whose text carries a classification stamp (see findClassificationStamps) on
 * hold for security review: `securityHold` is set and the item is kept a draft, so it cannot be
 * published until an administrator clears the hold; the hold is logged for the audit trail.
 *
 * What is scanned is in {@link findStampedSources}; an uploaded document that cannot be read is
 * held too, since it cannot be checked. A held item that is sent to be published is refused
 * (422).
 *
 * A clearance covers the texts it was given for: each stamped text is remembered by field,
 * locale and SHA-256 in `securityHold.fingerprint`, and the same stamp in the same text does
 * not hold the item again; a changed or new stamped text (or file) does.
 *
 * Attach after {@link recordHoldClearance} and before any hook that acts on publishing.
 */
export function holdStampedContent({
  textFields,
  richTextFields,
  scanUploadedDocument,
}: HoldStampedContentOptions): CollectionBeforeChangeHook {
  return async ({ collection, data, operation, originalDoc, req }) => {
    const next = { ...(data as Record<string, unknown>) }
    const original = operation === 'update' && isRecord(originalDoc) ? originalDoc : undefined
    const previous = readHold({ value: original?.securityHold })
    const isClearing = previous.isHeld && isRecord(next.securityHold) && !next.securityHold.isHeld
    const isHeld =
      !isClearing &&
      (previous.isHeld || (isRecord(next.securityHold) && next.securityHold.isHeld === true))
    const hasDrafts = Boolean(collection.versions && collection.versions.drafts)

    if (isHeld && next._status === 'published') {
      req.payload.logger.warn({
        msg: 'Refused to publish an item held for security review',
        collection: collection.slug,
        id: original?.id ?? null,
        user: req.user?.id ?? null,
      })
      throw translatedError({
        req,
        status: 422,
        key: 'workflow.securityHold',
        data: { securityHold: true },
      })
    }

    const findings = await findStampedSources({
      collection,
      data: next,
      original,
      req,
      textFields,
      richTextFields,
      scanUploadedDocument,
    })
    const recorded = parseFingerprints({ value: previous.fingerprint })
    const fingerprint = serialiseFingerprints({
      fingerprints: {
        ...recorded,
        ...Object.fromEntries(findings.map(({ source }) => [source.key, source.fingerprint])),
      },
    })

    if (isClearing) {
      // The administrator clears the hold for the text saved with the clearance.
      return { ...next, securityHold: { ...asRecord(next.securityHold), fingerprint } }
    }
    if (isHeld) {
      return {
        ...next,
        ...(hasDrafts ? { _status: 'draft' } : {}),
        securityHold: { ...previous, ...asRecord(next.securityHold), isHeld: true, fingerprint },
      }
    }

    const approved = previous.clearedAt !== null ? recorded : {}
    const unapproved = findings.filter(({ source }) => approved[source.key] !== source.fingerprint)
    if (unapproved.length === 0) return next

    const markings = [...new Set(unapproved.flatMap(({ markings }) => markings))]
    req.payload.logger.warn({
      msg: 'Held for security review: classification marking found',
      collection: collection.slug,
      id: original?.id ?? null,
      markings,
      sources: unapproved.map(({ source }) => source.key),
      user: req.user?.id ?? null,
    })
    return {
      ...next,
      ...(hasDrafts ? { _status: 'draft' } : {}),
      securityHold: {
        isHeld: true,
        reason: holdReason({ findings: unapproved }),
        heldAt: new Date().toISOString(),
        fingerprint,
        clearedBy: null,
        clearedAt: null,
      },
    }
  }
}

/**
 * Records an administrator's decision on the hold: unticking `isHeld` stamps `clearedBy` and
 * `clearedAt` and keeps what the hold covered (`heldAt`, `fingerprint`); ticking it by hand
 * stamps `heldAt`. Only administrators can change `securityHold` (field access), so any change
 * that reaches this hook is theirs or trusted server code's. Attach before
 * {@link holdStampedContent}.
 */
export const recordHoldClearance: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next = { ...(data as Record<string, unknown>) }
  if (!isRecord(next.securityHold)) return next
  const previous = readHold({
    value: operation === 'update' && isRecord(originalDoc) ? originalDoc.securityHold : undefined,
  })
  const incoming = next.securityHold
  const id = isRecord(originalDoc) ? (originalDoc.id ?? null) : null

  if (previous.isHeld && incoming.isHeld === false) {
    const clearedBy = isStaffUser(req.user) && req.user ? req.user.id : null
    req.payload.logger.warn({
      msg: 'Security review hold cleared',
      collection: collection.slug,
      id,
      user: clearedBy,
    })
    return {
      ...next,
      securityHold: {
        ...incoming,
        heldAt: previous.heldAt,
        fingerprint: previous.fingerprint,
        clearedBy,
        clearedAt: new Date().toISOString(),
      },
    }
  }
  if (!previous.isHeld && incoming.isHeld === true) {
    req.payload.logger.warn({
      msg: 'Held for security review by hand',
      collection: collection.slug,
      id,
      user: req.user?.id ?? null,
    })
    return {
      ...next,
      securityHold: {
        ...incoming,
        heldAt: new Date().toISOString(),
        fingerprint: previous.fingerprint,
        clearedBy: null,
        clearedAt: null,
      },
    }
  }
  return next
}

/** The stored hold, read defensively (absent on create and on items saved before the hold). */
type SecurityHold = {
  isHeld: boolean
  reason: string | null
  heldAt: string | null
  fingerprint: string | null
  clearedBy: unknown
  clearedAt: string | null
}

/**
 * What the hold covered: SHA-256 of each stamped text, keyed by source (`title@vi`,
 * `body@en`, `document`). Kept per source because a save carries one locale's text, and an
 * uploaded file only when it is replaced: one hash over "everything scanned" would change with
 * the locale being edited and with every save that does not resend the file.
 */
type Fingerprints = Record<string, string>

function holdReason({ findings }: { findings: Finding[] }): string {
  const sentences: string[] = []
  const stamped = findings.filter(({ markings }) => markings.length > 0)
  if (stamped.length > 0) {
    const markings = [...new Set(stamped.flatMap(({ markings }) => markings))]
    const labels = [...new Set(stamped.map(({ source }) => source.label))]
    sentences.push(
      translate({
        locale: DEFAULT_LOCALE,
        key: 'security.holdReason',
        params: {
          markings: markings.map((marking) => `“${marking}”`).join(', '),
          fields: labels.join(', '),
        },
      }),
    )
  }
  for (const { source } of findings) {
    if (source.unreadableFileName === null) continue
    sentences.push(
      translate({
        locale: DEFAULT_LOCALE,
        key: 'security.holdReasonUnreadable',
        params: { file: source.unreadableFileName },
      }),
    )
  }
  return sentences.join(' ')
}

function readHold({ value }: { value: unknown }): SecurityHold {
  const hold = asRecord(value)
  return {
    isHeld: hold.isHeld === true,
    reason: typeof hold.reason === 'string' ? hold.reason : null,
    heldAt: typeof hold.heldAt === 'string' ? hold.heldAt : null,
    fingerprint: typeof hold.fingerprint === 'string' ? hold.fingerprint : null,
    clearedBy: hold.clearedBy ?? null,
    clearedAt: typeof hold.clearedAt === 'string' ? hold.clearedAt : null,
  }
}

function parseFingerprints({ value }: { value: string | null }): Fingerprints {
  if (value === null) return {}
  try {
    const parsed: unknown = JSON.parse(value)
    if (!isRecord(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => {
        return typeof entry[1] === 'string'
      }),
    )
  } catch {
    // Not ours (written by hand): it covers nothing.
    return {}
  }
}

function serialiseFingerprints({ fingerprints }: { fingerprints: Fingerprints }): string | null {
  const keys = Object.keys(fingerprints).sort()
  if (keys.length === 0) return null
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, fingerprints[key]])))
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
