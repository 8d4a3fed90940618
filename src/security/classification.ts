/**
 * State-secret classification levels (Luật Bảo vệ bí mật nhà nước 2018, Điều 8): only
 * `unclassified` material may be stored on this Internet-connected system (issue #3).
 */
export const CLASSIFICATIONS = ['unclassified', 'mat', 'toi-mat', 'tuyet-mat'] as const

export type Classification = (typeof CLASSIFICATIONS)[number]

/** The one level this system may store. */
export const STORABLE_CLASSIFICATION: Classification = 'unclassified'

export const CLASSIFICATION_LABELS: Record<Classification, { vi: string; en: string }> = {
  unclassified: { vi: 'Không mật', en: 'Unclassified' },
  mat: { vi: 'Mật', en: 'Confidential (Mật)' },
  'toi-mat': { vi: 'Tối mật', en: 'Secret (Tối mật)' },
  'tuyet-mat': { vi: 'Tuyệt mật', en: 'Top secret (Tuyệt mật)' },
}
