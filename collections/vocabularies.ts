/**
 * The closed lists of values that collections store and other code filters, validates or
 * prints: one place, with their Vietnamese and English labels (the admin's two languages).
 * Code outside `collections/` imports these and the slugs, never a collection's config.
 */

export const INFO_TYPES = [
  { value: 'official', label: { vi: 'Thông tin chính thống', en: 'Official information' } },
  { value: 'promotional', label: { vi: 'Thông tin quảng bá', en: 'Promotional information' } },
  { value: 'world', label: { vi: 'Thông tin thế giới', en: 'World information' } },
  { value: 'clarification', label: { vi: 'Thông tin phản bác, cải chính', en: 'Clarification' } },
] as const

export const MEDIA_KINDS = [
  { value: 'image', label: { vi: 'Ảnh', en: 'Image' } },
  { value: 'video', label: { vi: 'Video', en: 'Video' } },
  { value: 'document', label: { vi: 'Ấn phẩm, tài liệu', en: 'Publication or document' } },
] as const

export const LICENCES = [
  {
    value: 'editorial-use',
    label: { vi: 'Dùng cho mục đích thông tin, báo chí', en: 'Editorial use' },
  },
  { value: 'cc-by-4.0', label: { vi: 'CC BY 4.0', en: 'CC BY 4.0' } },
  { value: 'cc-by-nc-4.0', label: { vi: 'CC BY-NC 4.0', en: 'CC BY-NC 4.0' } },
  { value: 'public-domain', label: { vi: 'Phạm vi công cộng', en: 'Public domain' } },
  { value: 'all-rights-reserved', label: { vi: 'Giữ mọi quyền', en: 'All rights reserved' } },
] as const

export const MODEL_RELEASE_STATUSES = [
  { value: 'not-applicable', label: { vi: 'Không cần', en: 'Not applicable' } },
  { value: 'obtained', label: { vi: 'Đã có', en: 'Obtained' } },
  { value: 'pending', label: { vi: 'Đang xin', en: 'Pending' } },
  { value: 'not-obtained', label: { vi: 'Chưa có', en: 'Not obtained' } },
] as const

/** Kinds of agency that supply foreign information under the provincial regulation. */
export const AGENCY_KINDS = [
  {
    value: 'provincial-department',
    label: { vi: 'Sở, ban, ngành tỉnh', en: 'Provincial department' },
  },
  { value: 'provincial-office', label: { vi: 'Cơ quan thuộc UBND tỉnh', en: 'Provincial office' } },
  { value: 'armed-forces', label: { vi: 'Lực lượng vũ trang', en: 'Armed forces and police' } },
  { value: 'newsroom', label: { vi: 'Cơ quan báo chí', en: 'Newsroom' } },
  { value: 'party-body', label: { vi: 'Cơ quan Đảng', en: 'Party body' } },
  {
    value: 'mass-organisation',
    label: { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organisation' },
  },
  { value: 'ward', label: { vi: 'Phường', en: 'Ward' } },
  { value: 'commune', label: { vi: 'Xã', en: 'Commune' } },
] as const

/** What a gazetteer entry (collections/Places) names. */
export const PLACE_KINDS = [
  { value: 'province', label: { vi: 'Tỉnh', en: 'Province' } },
  { value: 'ward-commune', label: { vi: 'Phường, xã', en: 'Ward or commune' } },
  { value: 'landmark', label: { vi: 'Địa danh, di tích', en: 'Landmark or heritage site' } },
  { value: 'nature', label: { vi: 'Sông, hồ, rừng', en: 'River, lake or forest' } },
  { value: 'infrastructure', label: { vi: 'Công trình, khu công nghiệp', en: 'Infrastructure' } },
  { value: 'agency', label: { vi: 'Cơ quan, đơn vị', en: 'Agency' } },
] as const

export const ACCREDITATION_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
  { value: 'approved', label: { vi: 'Đã cấp phép', en: 'Approved' } },
  { value: 'rejected', label: { vi: 'Từ chối', en: 'Rejected' } },
  { value: 'revoked', label: { vi: 'Thu hồi', en: 'Revoked' } },
] as const

/** What an event (collections/Events) is. */
export const EVENT_KINDS = [
  { value: 'exhibition', label: { vi: 'Triển lãm', en: 'Exhibition' } },
  { value: 'festival', label: { vi: 'Lễ hội', en: 'Festival' } },
  { value: 'conference', label: { vi: 'Hội nghị, hội thảo', en: 'Conference' } },
  { value: 'delegation-visit', label: { vi: 'Đoàn khách thăm, làm việc', en: 'Delegation visit' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
] as const
