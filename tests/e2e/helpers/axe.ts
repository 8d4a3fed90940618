import fs from 'node:fs/promises'
import { createRequire } from 'node:module'

import type { ImpactValue, Result, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

/** The rules the library is held to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const

/** The impacts a page may not have at all (issue 18: zero serious or critical violations). */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical']

/** One failed rule on one page, as much of axe-core's result as a fix needs. */
export type AxeViolation = {
  id: string
  impact: ImpactValue | null
  help: string
  helpUrl: string
  nodes: Array<{ target: string; html: string; summary: string }>
}

/**
 * Runs axe-core on what `page` shows now, with the WCAG 2.0/2.1 A and AA rules, and returns
 * its violations. axe-core's own script is evaluated in the page through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern (a `<script>` tag would be refused).
 */
export async function axeViolations({ page }: { page: Page }): Promise<AxeViolation[]> {
  await page.evaluate(await axeSource())
  const options: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_21_AA_TAGS] },
    resultTypes: ['violations'],
  }
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<{ violations: Result[] }> }
    }
    return (await axe.run(document, runOptions)).violations
  }, options)
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' '),
      html: node.html,
      summary: node.failureSummary ?? '',
    })),
  }))
}

/** The violations of `impacts` (by default the serious and critical ones) among `violations`. */
export function blockingViolations({
  violations,
  impacts = BLOCKING_IMPACTS,
}: {
  violations: AxeViolation[]
  impacts?: readonly ImpactValue[]
}): AxeViolation[] {
  return violations.filter((violation) => violation.impact && impacts.includes(violation.impact))
}

/**
 * The violations of `where` as lines a failing test prints, so that its message says what to
 * fix: the rule, its impact and help text, and the first few elements it found, each with its
 * selector, its markup and axe-core's summary of what is wrong.
 */
export function formatViolations({
  where,
  violations,
  nodesShown = 3,
}: {
  where: string
  violations: AxeViolation[]
  nodesShown?: number
}): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, nodesShown).map((node) => {
        const summary = node.summary.replace(/\s+/g, ' ').trim()
        return `    - ${node.target}\n      ${node.html.slice(0, 200)}\n      ${summary}`
      })
      const more = violation.nodes.length - nodesShown
      return [
        `${where}: ${violation.id} (${violation.impact ?? 'no impact'}) — ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...nodes,
        ...(more > 0 ? [`    … and ${more} more`] : []),
      ].join('\n')
    })
    .join('\n')
}

const requireFromHere = createRequire(import.meta.url)

let cachedSource: string | undefined

/** axe-core's browser build, read once per run. */
async function axeSource(): Promise<string> {
  cachedSource ??= await fs.readFile(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8')
  return cachedSource
}
