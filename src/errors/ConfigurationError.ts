/**
 * Thrown at boot when the environment is missing or malformed, listing every problem at once.
 * Never reaches a request, so it is a plain `Error`: `src/env.ts` stays free of Payload and the
 * message catalogues.
 */
export class ConfigurationError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`Invalid environment (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigurationError'
    this.problems = problems
  }
}
