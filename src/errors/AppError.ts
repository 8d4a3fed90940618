/**
 * The base of every error this project throws on purpose. `status` is the HTTP status a
 * request that hits it should get; `messageKey` names the translated message in
 * `src/i18n/catalogues` so the requester reads it in their own language.
 */
export class AppError extends Error {
  readonly status: number
  readonly messageKey: string
  readonly params: Record<string, string | number>

  constructor(args: {
    message: string
    status?: number
    messageKey?: string
    params?: Record<string, string | number>
    cause?: unknown
  }) {
    super(args.message, { cause: args.cause })
    this.name = new.target.name
    this.status = args.status ?? 500
    this.messageKey = args.messageKey ?? 'errors.internal'
    this.params = args.params ?? {}
  }
}

/** Thrown at boot when the environment is missing or malformed; never reaches a request. */
export class ConfigurationError extends AppError {
  readonly problems: string[]

  constructor(problems: string[]) {
    super({
      message: `Invalid environment (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      status: 500,
      messageKey: 'errors.internal',
    })
    this.problems = problems
  }
}
