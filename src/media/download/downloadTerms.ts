import type { Requester } from '../../access/requester'
import type { DownloadVariant } from './entitlements'

/** What a journalist may say a press download is for (recorded with the download). */
export const INTENDED_USES = [
  'news',
  'feature',
  'broadcast',
  'online',
  'education',
  'other',
] as const
export type IntendedUse = (typeof INTENDED_USES)[number]

/** The variants only the press may take: downloading them means accepting the usage terms. */
const PRESS_VARIANTS: readonly DownloadVariant[] = ['large', 'original']

/**
 * Whether this download needs the reader to accept the usage terms and state the intended use
 * first: journalists taking a press size do, every time. Staff work under their own rules and
 * the public only gets sizes that need no agreement.
 */
export function requiresDownloadTerms({
  requester,
  variant,
}: {
  requester: Requester
  variant: DownloadVariant
}): boolean {
  return requester.kind === 'journalist' && PRESS_VARIANTS.includes(variant)
}

/** The terms a download request carries: accepted, for which use, in the reader's words. */
export type DownloadTerms = { use: IntendedUse; details: string }

/**
 * Reads `terms=accepted&use=…&useDetails=…` from a download URL; null unless the terms were
 * accepted and a known use was given.
 */
export function downloadTermsOf(searchParams: URLSearchParams): DownloadTerms | null {
  if (searchParams.get('terms') !== 'accepted') return null
  const use = searchParams.get('use')
  if (!(INTENDED_USES as readonly (string | null)[]).includes(use)) return null
  const details = (searchParams.get('useDetails') ?? '').trim().slice(0, 200)
  return { use: use as IntendedUse, details }
}
