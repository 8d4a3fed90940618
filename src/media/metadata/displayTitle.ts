import type { CollectionBeforeChangeHook, Field } from 'payload'

import { DEFAULT_LOCALE } from '../../i18n/locales'
import { displayTitleFor, type MediaTitleSource } from './mediaTitle'

/**
 * The media item's name in the admin (its `useAsTitle`, the picker, list search): derived on
 * every save by {@link setDisplayTitle}, per language, so it is stored, searchable and sortable.
 */
export const displayTitleField: Field = {
  name: 'displayTitle',
  type: 'text',
  localized: true,
  maxLength: 500,
  label: { vi: 'Tên hiển thị', en: 'Display title' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableBulkEdit: true,
    description: {
      vi: 'Tự đặt theo tiêu đề (hoặc mô tả thay thế, dòng đầu của chú thích); khi chưa có thì theo tên tệp tải lên.',
      en: 'Set from the headline (or the alternative text, the caption’s first line); until one is written, from the uploaded file name.',
    },
  },
}

/**
 * Sets `displayTitle` for the locale being saved (`beforeChange`, after the upload results are
 * in, so a new upload's original file name counts). Whatever a client sends for it is replaced.
 * Fields missing from a partial update are taken from the stored item in the same locale.
 */
export const setDisplayTitle: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const item = { ...(originalDoc ?? {}), ...(data ?? {}) } as MediaTitleSource
  const locale =
    typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : DEFAULT_LOCALE
  return { ...data, displayTitle: displayTitleFor({ item, locale }) }
}
