/** Access tiers, lowest to highest (docs/architecture.md has the visibility table). */
export const ACCESS_TIERS = ['public', 'press', 'internal', 'restricted'] as const

export type AccessTier = (typeof ACCESS_TIERS)[number]

export const ACCESS_TIER_LABELS: Record<AccessTier, { vi: string; en: string }> = {
  public: { vi: 'Công khai', en: 'Public' },
  press: { vi: 'Báo chí', en: 'Press' },
  internal: { vi: 'Nội bộ', en: 'Internal' },
  restricted: { vi: 'Hạn chế', en: 'Restricted' },
}

/** The tiers at or below `highest`, for building `in` filters. */
export function tiersUpTo(highest: AccessTier): AccessTier[] {
  return ACCESS_TIERS.slice(0, ACCESS_TIERS.indexOf(highest) + 1)
}
