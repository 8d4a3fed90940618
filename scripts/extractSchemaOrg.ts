/**
 * Extracts from schema.org's official release file the part of the vocabulary the structured
 * data test checks against: every type with its parent types, the data types (Text, URL, Date…),
 * every property with the types it belongs to (`domainIncludes`) and takes (`rangeIncludes`), and
 * the members of enumerations.
 * Comments, labels and examples are left out (they are 95 % of the 1.5 MB file).
 *
 * Run it with the release's `schemaorg-current-https.jsonld`, from
 * https://github.com/schemaorg/schemaorg/tree/main/data/releases/<version>/ :
 *
 *   npx tsx scripts/extractSchemaOrg.ts <path/to/schemaorg-current-https.jsonld> <version>
 *
 * It writes `standards/schema.org/vocabulary.json`; the result is committed
 * (standards/schema.org/README.md names the version it was made from).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

const [source, version] = process.argv.slice(2)
if (!source || !version) {
  process.stderr.write(
    'usage: npx tsx scripts/extractSchemaOrg.ts <schemaorg-current-https.jsonld> <version>\n',
  )
  process.exit(2)
}
const OUTPUT = path.resolve(import.meta.dirname, '../standards/schema.org/vocabulary.json')

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] }

const graph = (JSON.parse(await fs.readFile(source, 'utf8')) as { '@graph': Node[] })['@graph']
const classes: Record<string, string[]> = {}
const properties: Record<string, { domains: string[]; ranges: string[] }> = {}
const members: Record<string, string[]> = {}
const dataTypes: string[] = []

for (const node of graph) {
  const id = localName(node['@id'])
  if (id === null) continue
  const types = [node['@type']].flat()
  if (types.includes('rdfs:Class')) {
    classes[id] = ids(node['rdfs:subClassOf'])
    // Text, Number, Date…: values written as JSON strings, numbers or booleans.
    if (types.includes('schema:DataType')) dataTypes.push(id)
  } else if (types.includes('rdf:Property')) {
    properties[id] = {
      domains: ids(node['schema:domainIncludes']),
      ranges: ids(node['schema:rangeIncludes']),
    }
  } else {
    // An enumeration member (`schema:Photograph`…) is an instance of its enumeration types.
    members[id] = types.map(localName).filter((type): type is string => type !== null)
  }
}

const sorted = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
await fs.mkdir(path.dirname(OUTPUT), { recursive: true })
await fs.writeFile(
  OUTPUT,
  `${JSON.stringify(
    {
      source: `https://github.com/schemaorg/schemaorg/blob/main/data/releases/${version}/schemaorg-current-https.jsonld`,
      version,
      classes: sorted(classes),
      dataTypes: dataTypes.sort(),
      properties: sorted(properties),
      members: sorted(members),
    },
    null,
    1,
  )}\n`,
)
process.stdout.write(
  `${Object.keys(classes).length} types, ${Object.keys(properties).length} properties, ` +
    `${Object.keys(members).length} enumeration members → ${path.relative(process.cwd(), OUTPUT)}\n`,
)

/** `schema:ImageObject` → `ImageObject`; null for terms of other vocabularies (rdfs:Class…). */
function localName(id: unknown): string | null {
  return typeof id === 'string' && id.startsWith('schema:') ? id.slice('schema:'.length) : null
}

/** The schema.org terms of a JSON-LD reference or list of references. */
function ids(value: unknown): string[] {
  return [value ?? []]
    .flat()
    .map((entry) => localName((entry as { '@id'?: unknown })['@id']))
    .filter((id): id is string => id !== null)
}
