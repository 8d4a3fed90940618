import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../i18n/locales'
import type {
  DistributionAction,
  TranslationState,
  WorkflowAction,
  WorkflowState,
} from '../../../workflow/states'
import { formatAdminDateTime } from '../../../admin/labels'
import type { LanguageStatus } from './workflowActions'

/** The admin speaks Vietnamese and English. */
export type AdminLanguage = 'vi' | 'en'

type Text = Record<AdminLanguage, string>

/** Each content language named in the admin's languages ("tiếng Anh", "English"). */
export const LANGUAGE_NAMES: Record<Locale, Text> = {
  vi: { vi: 'tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'tiếng Anh', en: 'English' },
  zh: { vi: 'tiếng Trung', en: 'Chinese' },
  ja: { vi: 'tiếng Nhật', en: 'Japanese' },
  ko: { vi: 'tiếng Hàn', en: 'Korean' },
  fr: { vi: 'tiếng Pháp', en: 'French' },
  ru: { vi: 'tiếng Nga', en: 'Russian' },
  km: { vi: 'tiếng Khmer', en: 'Khmer' },
}

const BUTTON_LABELS: Record<WorkflowAction, Text> = {
  translate: { vi: 'Bắt đầu dịch', en: 'Start translating' },
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  reject: { vi: 'Trả lại', en: 'Send back' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ bản dịch', en: 'Unpublish translation' },
  withdraw: { vi: 'Rút bài', en: 'Withdraw' },
}

const STATE_LABELS: Record<WorkflowState | TranslationState, Text> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Waiting for review' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  rejected: { vi: 'Bị trả lại', en: 'Sent back' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  missing: { vi: 'Chưa dịch', en: 'Not translated' },
  'in-translation': { vi: 'Đang dịch', en: 'In translation' },
  'in-review': { vi: 'Chờ duyệt', en: 'Waiting for review' },
}

/** A workflow step on one language, to be worded in the admin's language. */
export type StepWording = { action: WorkflowAction; locale: Locale; language: AdminLanguage }

/** The label of a workflow button; publishing a translation says so. */
export function workflowButtonLabel({ action, locale, language }: StepWording): string {
  if (action === 'publish' && locale !== DEFAULT_LOCALE)
    return language === 'en' ? 'Publish translation' : 'Xuất bản bản dịch'
  return BUTTON_LABELS[action][language]
}

/**
 * What a successful step changed, in one sentence naming the language it changed
 * ("Đã gửi duyệt bản tiếng Anh").
 */
export function workflowSuccessMessage({ action, locale, language }: StepWording): string {
  const name = LANGUAGE_NAMES[locale][language]
  if (language === 'en') {
    const version = `the ${name} version`
    const sentences: Record<WorkflowAction, string> = {
      translate: `Started translating ${version}`,
      submit: `Submitted ${version} for review`,
      approve: `Approved ${version}`,
      reject: `Sent ${version} back`,
      publish: `Published ${version}`,
      unpublish: `Took ${version} out of the library`,
      withdraw: 'Withdrew the item from the library',
    }
    return sentences[action]
  }
  const version = `bản ${name}`
  const sentences: Record<WorkflowAction, string> = {
    translate: `Đã bắt đầu dịch ${version}`,
    submit: `Đã gửi duyệt ${version}`,
    approve: `Đã duyệt ${version}`,
    reject: `Đã trả lại ${version}`,
    publish: `Đã xuất bản ${version}`,
    unpublish: `Đã gỡ ${version} khỏi thư viện`,
    withdraw: 'Đã rút bài khỏi thư viện',
  }
  return sentences[action]
}

/**
 * A collapsed timeline row: what the step did and when, on the province's clock ("Đã gửi duyệt
 * bản tiếng Anh · 04/12/2026 21:22"); null for an entry without a known action and language.
 */
export function timelineRowText({
  entry,
  language,
}: {
  entry: { action?: unknown; locale?: unknown; at?: unknown }
  language: AdminLanguage
}): string | null {
  const { action, locale, at } = entry
  if (typeof action !== 'string' || !isLocale(locale)) return null
  const isDistribution = action in DISTRIBUTION_SENTENCES
  if (!isDistribution && !(action in BUTTON_LABELS)) return null
  const when = formatAdminDateTime({ value: typeof at === 'string' ? at : null })
  const what = isDistribution
    ? DISTRIBUTION_SENTENCES[action as DistributionAction]({ name: LANGUAGE_NAMES[locale] })[
        language
      ]
    : workflowSuccessMessage({ action: action as WorkflowAction, locale, language })
  return when ? `${what} · ${when}` : what
}

/** The department's decisions on the timeline, naming the language decided on. */
const DISTRIBUTION_SENTENCES: Record<DistributionAction, (args: { name: Text }) => Text> = {
  'distribution-approve': ({ name }) => ({
    vi: `Sở đã duyệt phát hành quốc gia bản ${name.vi}`,
    en: `The department approved the ${name.en} version for national distribution`,
  }),
  'distribution-refuse': ({ name }) => ({
    vi: `Sở không duyệt phát hành quốc gia bản ${name.vi}`,
    en: `The department refused the ${name.en} version for national distribution`,
  }),
}

/** The header's status line for the language on screen ("Tiếng Anh: Chờ duyệt"). */
export function languageStatusText({
  locale,
  status,
  language,
}: {
  locale: Locale
  status: LanguageStatus
  language: AdminLanguage
}): string {
  const name = LANGUAGE_NAMES[locale][language]
  const parts = [STATE_LABELS[status.state][language]]
  // A translation's own state says where its work is; whether it is live is said beside it.
  if (status.isPublished && status.state !== 'published')
    parts.push(language === 'en' ? 'published' : 'đã xuất bản')
  if (status.isStale) parts.push(language === 'en' ? 'older than the source' : 'cũ so với bản gốc')
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${parts.join(' · ')}`
}

/** Text of the workflow bar's dialogs and notices. */
export const WORKFLOW_UI_TEXT = {
  sentBackBecause: { vi: 'Bị trả lại:', en: 'Sent back:' },
  reasonLabel: { vi: 'Lý do (bắt buộc)', en: 'Reason (required)' },
  reasonMissing: { vi: 'Cần ghi rõ lý do.', en: 'Please give a reason.' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  rejectTitle: { vi: 'Trả lại để sửa', en: 'Send back for changes' },
  withdrawTitle: { vi: 'Rút bài khỏi thư viện', en: 'Withdraw from the library' },
  publishTitle: { vi: 'Xuất bản', en: 'Publish' },
  attachedDrafts: {
    vi: 'Tư liệu đính kèm chưa xuất bản — xuất bản cùng lúc:',
    en: 'Attached media not yet published — publish them too:',
  },
  attachedHeld: {
    vi: 'đang bị tạm giữ để kiểm tra bảo mật, không thể xuất bản',
    en: 'held for security review, cannot be published',
  },
  mediaPublished: { vi: 'Đã xuất bản tư liệu đính kèm', en: 'Published the attached media' },
  mediaFailed: { vi: 'Không xuất bản được tư liệu', en: 'Could not publish the media item' },
  savedChanges: {
    vi: 'Đã lưu thay đổi của bản đang sửa trước khi thực hiện',
    en: 'Saved your changes first',
  },
  saveFailed: {
    vi: 'Chưa lưu được thay đổi nên chưa thực hiện thao tác',
    en: 'Your changes could not be saved, so nothing else was done',
  },
  workflowBar: { vi: 'Quy trình biên tập', en: 'Editorial workflow' },
  publishUpdate: {
    vi: 'Đã xuất bản các thay đổi của bản tiếng Việt',
    en: 'Published the changes to the Vietnamese version',
  },
} satisfies Record<string, Text>
