import type { Field } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole, isStaffUser } from '../access/roles'
import { LOCALE_OPTIONS } from '../i18n/locales'
import { creatorField } from './creator'
import { deriveStaleness } from './hooks'
import { keepOtherLocalesLive } from './liveDocument'
import { TIMELINE_ACTIONS, TRANSLATION_STATES, WORKFLOW_STATES } from './states'

const STATE_LABELS: Record<(typeof WORKFLOW_STATES)[number], { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  rejected: { vi: 'Bị trả lại', en: 'Rejected' },
  withdrawn: { vi: 'Đã gỡ bỏ', en: 'Withdrawn' },
}

const TRANSLATION_LABELS: Record<(typeof TRANSLATION_STATES)[number], { vi: string; en: string }> =
  {
    missing: { vi: 'Chưa dịch', en: 'Missing' },
    'in-translation': { vi: 'Đang dịch', en: 'In translation' },
    'in-review': { vi: 'Chờ duyệt bản dịch', en: 'In review' },
    approved: { vi: 'Bản dịch đã duyệt', en: 'Approved' },
  }

const ACTION_LABELS: Record<(typeof TIMELINE_ACTIONS)[number], { vi: string; en: string }> = {
  submit: { vi: 'Gửi duyệt', en: 'Submitted for review' },
  approve: { vi: 'Duyệt', en: 'Approved' },
  reject: { vi: 'Trả lại', en: 'Sent back' },
  publish: { vi: 'Xuất bản', en: 'Published' },
  unpublish: { vi: 'Ngừng xuất bản bản dịch', en: 'Translation unpublished' },
  withdraw: { vi: 'Rút bài', en: 'Withdrawn' },
  translate: { vi: 'Bắt đầu dịch', en: 'Translation started' },
  'distribution-approve': {
    vi: 'Sở duyệt phát hành quốc gia',
    en: 'Approved for national distribution',
  },
  'distribution-refuse': {
    vi: 'Sở không duyệt phát hành quốc gia',
    en: 'Refused for national distribution',
  },
}

/**
 * What a timeline step's `from` and `to` may hold: a source state, a translation state, or
 * whether a language went live (src/workflow/transitionEndpoint.ts) — each with its label, so
 * the Vietnamese timeline never shows a stored value.
 */
const STEP_STATE_OPTIONS = [
  ...WORKFLOW_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
  ...TRANSLATION_STATES.filter(
    (state) => !(WORKFLOW_STATES as readonly string[]).includes(state),
  ).map((state) => ({ value: state, label: TRANSLATION_LABELS[state] })),
  { value: 'unpublished', label: { vi: 'Ngừng xuất bản', en: 'Unpublished' } },
]

const staffOnly = ({ req: { user } }: { req: { user: Parameters<typeof isStaffUser>[0] } }) =>
  isStaffUser(user)

/**
 * The editorial workflow's record on an item. These fields change only through workflow
 * transitions (src/workflow/hooks.ts restores anything a plain update sends for them).
 */
export const workflowFields: Field[] = [
  creatorField,
  {
    // The Vietnamese source beside a translation being edited (nothing on the Vietnamese view).
    name: 'vietnameseSource',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: '/src/components/admin/workflow/VietnameseSourcePanel#VietnameseSourcePanel',
      },
    },
  },
  {
    name: 'deliveryStatus',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/components/admin/DeliveryStatusPanel#DeliveryStatusPanel' },
    },
  },
  {
    name: 'publicationBlockers',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/components/admin/PublicationBlockers#PublicationBlockers' },
    },
  },
  {
    name: 'workflowState',
    type: 'select',
    // Set by trackWorkflow on create (no defaultValue, so the generated type stays optional).
    index: true,
    options: WORKFLOW_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
    label: { vi: 'Trạng thái biên tập', en: 'Editorial state' },
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnly },
  },
  {
    name: 'publishAt',
    type: 'date',
    index: true,
    label: { vi: 'Hẹn giờ xuất bản', en: 'Publish at' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: {
        vi: 'Mục đã duyệt sẽ tự động xuất bản vào thời điểm này.',
        en: 'An approved item is published automatically at this time.',
      },
    },
    access: {
      update: ({ req: { user } }) =>
        hasRole({ user, role: 'admin' }) || hasRole({ user, role: 'publisher' }),
    },
  },
  {
    name: 'publishedLocales',
    type: 'select',
    hasMany: true,
    index: true,
    options: LOCALE_OPTIONS,
    label: { vi: 'Ngôn ngữ đã xuất bản', en: 'Published languages' },
    admin: { position: 'sidebar', readOnly: true },
    // Holds every other language of the live document to its published text (liveDocument.ts).
    hooks: { beforeChange: [keepOtherLocalesLive] },
  },
  {
    name: 'servedLocale',
    type: 'text',
    virtual: true,
    label: { vi: 'Ngôn ngữ được phục vụ', en: 'Served language' },
    admin: { hidden: true },
  },
  {
    name: 'sourceRevision',
    type: 'number',
    defaultValue: 1,
    label: { vi: 'Phiên bản bản gốc tiếng Việt', en: 'Vietnamese source revision' },
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnly },
  },
  {
    name: 'sourceFingerprint',
    type: 'text',
    admin: { hidden: true },
    access: { read: staffOnly },
  },
  {
    name: 'translation',
    type: 'group',
    localized: true,
    label: { vi: 'Bản dịch (ngôn ngữ đang chọn)', en: 'Translation (selected language)' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Tình trạng của ngôn ngữ đang chọn; tiếng Việt là bản gốc.',
        en: 'Status of the selected language; Vietnamese is the source.',
      },
    },
    access: { read: staffOnly },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'missing',
        options: TRANSLATION_STATES.map((state) => ({
          value: state,
          label: TRANSLATION_LABELS[state],
        })),
        label: { vi: 'Tình trạng', en: 'Status' },
        admin: { readOnly: true },
      },
      {
        name: 'translatedFromRevision',
        type: 'number',
        label: { vi: 'Dịch từ phiên bản gốc', en: 'Translated from source revision' },
        admin: { readOnly: true },
      },
      {
        name: 'isStale',
        type: 'checkbox',
        virtual: true,
        hooks: { afterRead: [deriveStaleness] },
        label: { vi: 'Bản gốc đã thay đổi sau khi duyệt', en: 'Source changed since approval' },
        admin: { readOnly: true },
      },
    ],
  },
  {
    name: 'transitions',
    type: 'array',
    label: { vi: 'Lịch sử biên tập', en: 'Editorial timeline' },
    labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
    admin: {
      readOnly: true,
      initCollapsed: true,
      components: {
        RowLabel: '/src/components/admin/workflow/TimelineRowLabel#TimelineRowLabel',
      },
    },
    access: { read: staffOnly },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'action',
            type: 'select',
            required: true,
            options: TIMELINE_ACTIONS.map((action) => ({
              value: action,
              label: ACTION_LABELS[action],
            })),
            label: { vi: 'Thao tác', en: 'Action' },
          },
          {
            name: 'locale',
            type: 'select',
            required: true,
            options: LOCALE_OPTIONS,
            label: { vi: 'Ngôn ngữ', en: 'Language' },
          },
          {
            name: 'from',
            type: 'select',
            options: STEP_STATE_OPTIONS,
            label: { vi: 'Từ', en: 'From' },
          },
          {
            name: 'to',
            type: 'select',
            options: STEP_STATE_OPTIONS,
            label: { vi: 'Sang', en: 'To' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'at',
            type: 'date',
            required: true,
            label: { vi: 'Lúc', en: 'At' },
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'by',
            type: 'relationship',
            relationTo: slugs.users,
            label: { vi: 'Người thực hiện', en: 'By' },
          },
          {
            name: 'sourceRevision',
            type: 'number',
            label: { vi: 'Phiên bản gốc', en: 'Source revision' },
          },
          {
            name: 'version',
            type: 'text',
            label: { vi: 'Phiên bản được xử lý', en: 'Version acted on' },
          },
        ],
      },
      {
        name: 'reason',
        type: 'textarea',
        maxLength: 2000,
        label: { vi: 'Lý do, ghi chú', en: 'Reason or note' },
      },
    ],
  },
]
