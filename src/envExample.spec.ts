import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ENV_VARIABLE_NAMES } from './env'

const ROOT = path.resolve(import.meta.dirname, '..')
const EXAMPLE = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8')
const ENV_SOURCE = fs.readFileSync(path.join(ROOT, 'src/env.ts'), 'utf8')

/** The heading after which `.env.example` lists variables only `docker compose` reads. */
const COMPOSE_ONLY_HEADING = /^# ─+ docker compose only/m

/** `NAME=` at the start of a line, commented out or not, in a part of `.env.example`. */
function variablesIn(text: string): string[] {
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!)
}

const [appPart = '', composePart = ''] = EXAMPLE.split(COMPOSE_ONLY_HEADING)

describe('.env.example', () => {
  it('lists every variable src/env.ts reads', () => {
    const listed = new Set(variablesIn(appPart))
    expect(ENV_VARIABLE_NAMES.filter((name) => !listed.has(name))).toEqual([])
  })

  it('lists no app variable that src/env.ts does not read', () => {
    const read = new Set(ENV_VARIABLE_NAMES)
    expect(variablesIn(appPart).filter((name) => !read.has(name))).toEqual([])
  })

  it('keeps the variables only docker compose reads in their own section, unread by the app', () => {
    expect(composePart).not.toBe('')
    const read = new Set(ENV_VARIABLE_NAMES)
    expect(variablesIn(composePart).filter((name) => read.has(name))).toEqual([])
  })

  it('src/env.ts reads no variable outside its schema', () => {
    const direct = [...ENV_SOURCE.matchAll(/process\.env(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g)].map(
      (match) => match[1]!,
    )
    expect(direct.filter((name) => !ENV_VARIABLE_NAMES.includes(name))).toEqual([])
  })
})
