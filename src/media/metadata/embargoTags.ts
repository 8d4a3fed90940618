import { isStillEmbargoed } from '../../workflow/embargoWindow'

/**
 * The ExifTool tags that tell a wire system a downloaded image is under embargo — the press
 * reads it before the public release time (the press-first embargo) — as IPTC's "instructions"
 * in both XMP (`photoshop:Instructions`) and IIM (2:40 SpecialInstructions, 256 bytes, which
 * this ASCII text fits): "Embargoed until <ISO time>", in English, the form news systems parse.
 * None once the embargo has ended, so the public's file carries no stale notice.
 */
export function embargoTags({
  embargoUntil,
  now,
}: {
  embargoUntil: unknown
  now: Date
}): Record<string, string> {
  if (!isStillEmbargoed({ embargoUntil, now })) return {}
  const text = `Embargoed until ${new Date(embargoUntil as string).toISOString()}`
  return { 'XMP-photoshop:Instructions': text, 'IPTC:SpecialInstructions': text }
}
