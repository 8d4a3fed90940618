import { foldDiacritics, normalizeText, tokenize } from '../text/analyzeText'
import type { SynonymGroup } from '../text/synonyms'

/** Meilisearch looks synonyms up for terms of one to three words only. */
export const MEILISEARCH_SYNONYM_KEY_WORDS = 3

/** Meilisearch derives at most 50 synonym phrases from one term. */
export const MEILISEARCH_SYNONYMS_PER_TERM = 50

/**
 * The gazetteer's groups as Meilisearch's synonyms setting: each name maps to every other
 * name of its place (Meilisearch's synonyms are one-way, so each name is a key). Meilisearch
 * lower-cases and folds synonyms itself, so names that differ only in case or diacritics are
 * sent once; names of more than three words are only ever values (it would never look them
 * up as keys), and a name in several groups gets the names of all of them.
 */
export function meilisearchSynonyms({
  groups,
}: {
  groups: readonly SynonymGroup[]
}): Record<string, string[]> {
  const synonyms = new Map<string, { key: string; values: Map<string, string> }>()
  for (const group of groups) {
    const names = distinctNames(group)
    for (const [form, name] of names) {
      const wordCount = tokenize({ text: name, locale: 'vi' }).length
      if (wordCount === 0 || wordCount > MEILISEARCH_SYNONYM_KEY_WORDS) continue
      let entry = synonyms.get(form)
      if (!entry) {
        entry = { key: name, values: new Map() }
        synonyms.set(form, entry)
      }
      for (const [otherForm, other] of names) {
        if (otherForm !== form && !entry.values.has(otherForm)) entry.values.set(otherForm, other)
      }
    }
  }
  const setting: Record<string, string[]> = {}
  for (const { key, values } of synonyms.values()) {
    if (values.size > 0) setting[key] = [...values.values()].slice(0, MEILISEARCH_SYNONYMS_PER_TERM)
  }
  return setting
}

/** The group's names by the form Meilisearch compares (lower case, folded), first spelling kept. */
function distinctNames(group: SynonymGroup): Map<string, string> {
  const names = new Map<string, string>()
  for (const raw of group) {
    const name = normalizeText(raw).trim().replace(/\s+/g, ' ')
    if (name === '') continue
    const form = foldDiacritics(name.toLowerCase())
    if (!names.has(form)) names.set(form, name)
  }
  return names
}
