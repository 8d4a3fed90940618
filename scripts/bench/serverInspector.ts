import WebSocket from 'ws'

/** The server's memory right after a full garbage collection, in MB (`process.memoryUsage()`). */
export type LiveHeap = {
  /** What the JavaScript heap still holds once every unreachable object is gone. */
  heapUsedMb: number
  /** The heap V8 has reserved, collected or not. */
  heapTotalMb: number
  /** Buffers and other memory held by JavaScript objects outside the heap. */
  externalMb: number
  rssMb: number
}

/**
 * The Node inspector's option that lets {@link readLiveHeap} reach a server on loopback
 * (`--inspect=127.0.0.1:<port>`, added to its `NODE_OPTIONS`). A bench's own server only:
 * the inspector runs any code it is sent.
 */
export function inspectorOption({ port }: { port: number }): string {
  return `--inspect=127.0.0.1:${port}`
}

/**
 * Asks the server listening for the inspector on 127.0.0.1:`port` to collect all its garbage,
 * then reads its memory. A leak is what survives a full collection and grows; the resident
 * set alone also counts garbage V8 has not collected yet, and swings by a hundred MB with the
 * collector's timing under load (bench:load saw −8% and +30% over runs of the same mix).
 */
export async function readLiveHeap({ port }: { port: number }): Promise<LiveHeap> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    webSocketDebuggerUrl: string
  }>
  const address = targets[0]?.webSocketDebuggerUrl
  if (!address) throw new Error(`No inspector target on 127.0.0.1:${port}`)
  const socket = new WebSocket(address)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  try {
    const call = inspectorCaller({ socket })
    await call({ method: 'HeapProfiler.collectGarbage' })
    const answer = (await call({
      method: 'Runtime.evaluate',
      params: { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true },
    })) as { result?: { value?: string } }
    const usage = JSON.parse(answer.result?.value ?? 'null') as NodeJS.MemoryUsage | null
    if (!usage) throw new Error('The inspector did not return process.memoryUsage()')
    const mb = (bytes: number) => bytes / 1_048_576
    return {
      heapUsedMb: mb(usage.heapUsed),
      heapTotalMb: mb(usage.heapTotal),
      externalMb: mb(usage.external),
      rssMb: mb(usage.rss),
    }
  } finally {
    socket.close()
  }
}

/** Sends inspector protocol calls on `socket` and resolves each with its result. */
function inspectorCaller({
  socket,
}: {
  socket: WebSocket
}): (args: { method: string; params?: Record<string, unknown> }) => Promise<unknown> {
  let lastId = 0
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >()
  socket.on('message', (data: WebSocket.RawData) => {
    const message = JSON.parse(rawText({ data })) as {
      id?: number
      result?: unknown
      error?: { message: string }
    }
    const caller = message.id === undefined ? undefined : waiting.get(message.id)
    if (!caller || message.id === undefined) return
    waiting.delete(message.id)
    if (message.error) caller.reject(new Error(`Inspector: ${message.error.message}`))
    else caller.resolve(message.result)
  })
  return ({ method, params = {} }) =>
    new Promise((resolve, reject) => {
      lastId += 1
      waiting.set(lastId, { resolve, reject })
      socket.send(JSON.stringify({ id: lastId, method, params }))
    })
}

/** The text of a WebSocket message, however `ws` delivered it. */
function rawText({ data }: { data: WebSocket.RawData }): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.from(data as ArrayBuffer).toString('utf8')
}
