import type { IncomingMessage, ServerResponse } from 'node:http'
import { Server } from 'node:net'

/**
 * A step every request of this process's HTTP(S) listeners passes before Next.js sees it. It
 * calls `next()` to pass the request on — at once or later — or answers `response` itself and
 * never calls it.
 */
export type ListenerHook = (args: {
  request: IncomingMessage
  response: ServerResponse
  next: () => void
}) => void

/**
 * Adds a hook in front of every HTTP(S) listener of this process; hooks run in the order they
 * were added. Next.js starts its own listener and gives route handlers a `Request` without the
 * socket, so this is the one place that sees the connection (who is connected) and that can
 * answer before a render starts (the page cache). Installed from the instrumentation hook
 * (src/instrumentation.ts), before the first request.
 *
 * `net.Server` is where both `http.Server` and `https.Server` inherit `emit` from; only their
 * `request` events are touched. A hook added again under the same name replaces the first in
 * its place (a second instrumentation run, a test).
 */
export function addListenerHook({ name, hook }: { name: string; hook: ListenerHook }): void {
  const hooks = installedHooks()
  const index = hooks.findIndex((entry) => entry.name === name)
  if (index === -1) hooks.push({ name, hook })
  else hooks[index] = { name, hook }
}

type NamedHook = { name: string; hook: ListenerHook }

const HOOKS = Symbol.for('ttdn.listenerHooks')

function installedHooks(): NamedHook[] {
  const prototype = Server.prototype as Server & { [HOOKS]?: NamedHook[] }
  const installed = prototype[HOOKS]
  if (installed) return installed
  const hooks: NamedHook[] = []
  // Called with `.call(this, …)` below: the listener's own server.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = prototype.emit as (event: string | symbol, ...args: unknown[]) => boolean
  prototype.emit = function emitThroughHooks(
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event !== 'request' || hooks.length === 0) return emit.call(this, event, ...args)
    const [request, response] = args as [IncomingMessage, ServerResponse]
    const run = (index: number): void => {
      if (index === hooks.length) {
        emit.call(this, event, ...args)
        return
      }
      hooks[index]!.hook({ request, response, next: () => run(index + 1) })
    }
    run(0)
    return true
  } as typeof prototype.emit
  prototype[HOOKS] = hooks
  return hooks
}
