import fs from 'node:fs'
import path from 'node:path'

import Color, { type ColorInstance } from 'color'
import { describe, expect, it } from 'vitest'

/**
 * The colours of library.css against the backgrounds they are drawn on, by WCAG 2.1's contrast
 * ratio: text 4.5:1 (1.4.3), control borders and the focus ring 3:1 (1.4.11). axe-core checks
 * text contrast on a built page; this finds a bad colour without a build, and covers the focus
 * ring, which axe-core does not check.
 */

const css = fs.readFileSync(path.join(import.meta.dirname, 'library.css'), 'utf8')

/** The custom properties of `:root`, by name without the dashes. */
const variables = Object.fromEntries(
  [...(/:root\s*{([^}]*)}/.exec(css)?.[1] ?? '').matchAll(/--([\w-]+):\s*([^;]+);/g)].map(
    ([, name, value]) => [name!, value!.trim()],
  ),
)

/** A colour as library.css writes it: `var(--name)` or a literal. */
function colourOf(value: string): ColorInstance {
  const name = /^var\(--([\w-]+)\)$/.exec(value)?.[1]
  const resolved = name ? variables[name] : value
  if (!resolved) throw new Error(`library.css has no --${name}`)
  return Color(resolved)
}

const TEXT = 4.5
const NON_TEXT = 3

/** What is drawn on what, as the rules of library.css pair them. */
const PAIRS: Array<[what: string, foreground: string, background: string, minimum: number]> = [
  ['body text', 'var(--ink)', 'var(--paper)', TEXT],
  ['links', 'var(--accent)', 'var(--paper)', TEXT],
  ['secondary text (.lead, .card__meta, hints, counts)', 'var(--muted)', 'var(--paper)', TEXT],
  ['language bar and footer text', 'var(--muted)', 'var(--wash)', TEXT],
  ['language bar and footer links', 'var(--accent)', 'var(--wash)', TEXT],
  ['credit line, current language', 'var(--ink)', 'var(--wash)', TEXT],
  ['buttons and the skip link', 'var(--accent-ink)', 'var(--accent)', TEXT],
  ['press badge', '#7a3e00', 'var(--paper)', TEXT],
  ['notice text', 'var(--ink)', 'var(--warn-bg)', TEXT],
  ['links in a notice', 'var(--accent)', 'var(--warn-bg)', TEXT],
  ['links in a confirmation', 'var(--accent)', 'var(--ok-bg)', TEXT],
  ['links in an error notice', 'var(--accent)', '#fde8eb', TEXT],
  ['field errors', 'var(--error)', 'var(--paper)', TEXT],
  ['highlighted words', 'var(--ink)', '#ffe58a', TEXT],
  ['highlighted words in a snippet', 'var(--muted)', '#ffe58a', TEXT],
  ['hero text, first colour of the gradient', '#eef4fa', '#0b4f8a', TEXT],
  ['hero text, last colour of the gradient', '#eef4fa', '#0f6a5b', TEXT],
  ['form control borders', '#6b7682', '#ffffff', NON_TEXT],
  ['focus ring on white (its dark inner ring)', 'var(--focus-inner)', 'var(--paper)', NON_TEXT],
  ['focus ring on the hero and buttons', 'var(--focus)', 'var(--accent)', NON_TEXT],
  ['focus ring, outer against inner', 'var(--focus)', 'var(--focus-inner)', NON_TEXT],
]

describe('the colours of the public library', () => {
  it.each(PAIRS)('%s: %s on %s reaches %s:1', (_what, foreground, background, minimum) => {
    const ratio = colourOf(foreground).contrast(colourOf(background))
    expect(ratio).toBeGreaterThanOrEqual(minimum)
  })

  it('draws the colours it checks: every literal above is written in library.css', () => {
    const literals = PAIRS.flatMap(([, foreground, background]) => [foreground, background])
      .filter((value) => value.startsWith('#'))
      .filter((value) => value !== '#ffffff')
    for (const literal of literals) expect(css.toLowerCase()).toContain(literal)
  })

  it('marks keyboard focus with a two-tone ring that shows on light and dark backgrounds', () => {
    const rule = /:focus-visible[^{]*{([^}]*)}/.exec(css)?.[1] ?? ''
    expect(rule).toContain('outline: 3px solid var(--focus)')
    expect(rule).toContain('var(--focus-inner)')
  })
})
