import fs from 'node:fs/promises'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const SCHEMA_PATH = path.resolve(process.cwd(), 'standards/ninjs/ninjs-schema_3.1.json')

/** A check of values against the vendored IPTC ninjs 3.1 schema, and the last check's errors. */
export type NinjsValidator = {
  validate: (value: unknown) => boolean
  errors: () => unknown
}

/**
 * Compiles the vendored ninjs 3.1 JSON Schema (standards/ninjs/). ninjs refers to GeoJSON's
 * schema for `geometry`; a permissive stand-in is registered for it.
 */
export async function ninjsValidator(): Promise<NinjsValidator> {
  const schema = JSON.parse(await fs.readFile(SCHEMA_PATH, 'utf8')) as Record<string, unknown>
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const compiled = ajv.compile(schema)
  return { validate: (value) => compiled(value), errors: () => compiled.errors }
}
