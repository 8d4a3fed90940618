import fs from 'node:fs'
import path from 'node:path'

/**
 * Checks JSON-LD against the schema.org vocabulary vendored in standards/schema.org/ (an extract
 * of the official release made by scripts/extractSchemaOrg.ts): every `@type` is a schema.org
 * type, every property exists and is allowed on its node's type — its `domainIncludes` holds the
 * type or one of its parent types — and every value fits the property's `rangeIncludes` (a
 * nested node of a fitting type, or a string, number or boolean where a data type is allowed).
 */

type Vocabulary = {
  version: string
  classes: Record<string, string[]>
  dataTypes: string[]
  properties: Record<string, { domains: string[]; ranges: string[] }>
  members: Record<string, string[]>
}

const VOCABULARY = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../standards/schema.org/vocabulary.json'),
    'utf8',
  ),
) as Vocabulary

/** The schema.org release the checks use. */
export const SCHEMA_ORG_VERSION = VOCABULARY.version

/** A JSON-LD node as a page writes it. */
export type JsonLdNode = Record<string, unknown>

/**
 * What is wrong with `node` (and the nodes inside it) by the schema.org vocabulary: one line
 * per problem, naming the path, so a failing test says what to fix. Empty when nothing is.
 */
export function schemaOrgProblems(node: JsonLdNode): string[] {
  const problems: string[] = []
  if (node['@context'] !== 'https://schema.org') {
    problems.push(
      `@context: expected "https://schema.org", got ${JSON.stringify(node['@context'])}`,
    )
  }
  checkNode({ node, at: '', problems })
  return problems
}

/** Whether `type` is `ancestor` or descends from it (through any of its parent types). */
export function isSubtypeOf({ type, ancestor }: { type: string; ancestor: string }): boolean {
  return ancestorsOf(type).has(ancestor)
}

/**
 * The properties Google's rich results need of each type we write: the required ones and the
 * recommended ones the library always has (https://developers.google.com/search/docs/appearance/
 * structured-data: Article, Image metadata, Video, Organization).
 */
export const GOOGLE_RICH_RESULT_FIELDS: Record<string, string[]> = {
  // Article: no required property; these are the recommended ones.
  NewsArticle: ['headline', 'image', 'datePublished', 'dateModified', 'author'],
  // Image metadata: contentUrl and one of the four; the "Licensable" badge needs license and
  // acquireLicensePage.
  ImageObject: [
    'contentUrl',
    'license',
    'acquireLicensePage',
    'creditText',
    'copyrightNotice',
    'creator',
  ],
  // Video: name, thumbnailUrl and uploadDate are required.
  VideoObject: ['name', 'thumbnailUrl', 'uploadDate', 'description'],
  DigitalDocument: ['name', 'url', 'datePublished'],
  Organization: ['name', 'url'],
  CollectionPage: ['name', 'url'],
  ImageGallery: ['name', 'url'],
  // Event: name, startDate and location are required.
  Event: ['name', 'startDate', 'location'],
  WebSite: ['name', 'url'],
}

/** The rich-result properties `node` (a top-level node) lacks. */
export function missingRichResultFields(node: JsonLdNode): string[] {
  const type = String(node['@type'])
  return (GOOGLE_RICH_RESULT_FIELDS[type] ?? [`(no list for ${type})`]).filter((property) => {
    const value = node[property]
    return (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    )
  })
}

function checkNode({
  node,
  at,
  problems,
}: {
  node: JsonLdNode
  at: string
  problems: string[]
}): void {
  const types = [node['@type']].flat()
  if (types.length === 0 || types.some((type) => typeof type !== 'string')) {
    problems.push(`${at || '(root)'}: @type missing`)
    return
  }
  for (const type of types as string[]) {
    if (!(type in VOCABULARY.classes))
      problems.push(`${at || '(root)'}: no schema.org type "${type}"`)
  }
  for (const [property, value] of Object.entries(node)) {
    if (property.startsWith('@')) continue
    const here = `${at}${at ? '.' : ''}${property}`
    const definition = VOCABULARY.properties[property]
    if (!definition) {
      problems.push(`${here}: no schema.org property "${property}"`)
      continue
    }
    const isAllowed = (types as string[]).some((type) =>
      definition.domains.some((domain) => isSubtypeOf({ type, ancestor: domain })),
    )
    if (!isAllowed) {
      problems.push(
        `${here}: "${property}" is not a property of ${(types as string[]).join('/')} (only of ${definition.domains.join(', ')})`,
      )
    }
    for (const [index, item] of [value].flat().entries()) {
      checkValue({
        value: item,
        ranges: definition.ranges,
        at: Array.isArray(value) ? `${here}[${index}]` : here,
        problems,
      })
    }
  }
}

function checkValue({
  value,
  ranges,
  at,
  problems,
}: {
  value: unknown
  ranges: string[]
  at: string
  problems: string[]
}): void {
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode
    const types = [node['@type']].flat().filter((type): type is string => typeof type === 'string')
    const fits = types.some((type) =>
      ranges.some((range) => isSubtypeOf({ type, ancestor: range })),
    )
    if (!fits)
      problems.push(
        `${at}: a ${types.join('/') || 'node'} where ${ranges.join(' or ')} is expected`,
      )
    checkNode({ node, at, problems })
    return
  }
  const literalTypes = ranges.filter(isDataType)
  const fits =
    (typeof value === 'string' && literalTypes.length > 0) ||
    (typeof value === 'number' &&
      literalTypes.some(
        (range) => isSubtypeOf({ type: range, ancestor: 'Number' }) || range === 'Text',
      )) ||
    (typeof value === 'boolean' && literalTypes.includes('Boolean')) ||
    (typeof value === 'string' &&
      ranges.some((range) => value === range || VOCABULARY.members[value]?.includes(range)))
  if (!fits)
    problems.push(`${at}: ${JSON.stringify(value)} where ${ranges.join(' or ')} is expected`)
}

function isDataType(type: string): boolean {
  return VOCABULARY.dataTypes.some((dataType) => isSubtypeOf({ type, ancestor: dataType }))
}

const ancestorCache = new Map<string, Set<string>>()

function ancestorsOf(type: string): Set<string> {
  const cached = ancestorCache.get(type)
  if (cached) return cached
  const found = new Set<string>()
  const queue = [type]
  while (queue.length > 0) {
    const next = queue.shift()!
    if (found.has(next)) continue
    found.add(next)
    queue.push(...(VOCABULARY.classes[next] ?? []))
  }
  ancestorCache.set(type, found)
  return found
}
