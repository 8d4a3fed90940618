/**
 * Loads made during one tick for the same request and `key` go out as one batch: Payload runs
 * the field and collection `afterRead` hooks of every document of a list at once, so a hook
 * that asks the database something per document (is this related item readable? this item in
 * its fallback language) asks once per list instead. Nothing is cached: each batch reads afresh,
 * so a write made later in the same request is seen by the next read.
 *
 * `batch` answers one value per key, in the order of `keys`. Pending batches live as long as the
 * request object they are keyed by (a WeakMap).
 *
 * A request inside a transaction (the answer to a write) reads at once instead: deferred to the
 * next tick, its statements waited behind their own transaction in the SQLite write queue
 * (src/db/serializeSqliteWrites.ts). Reads open no transaction, so lists are batched.
 */
export function requestBatch<Key, Value>({
  request,
  key,
  batch,
}: {
  /** The request the loads belong to (Payload's `req`); batches never mix two requests. */
  request: { transactionID?: unknown }
  /** What the loads of one batch have in common: the collection, the language, the reader… */
  key: string
  batch: (keys: readonly Key[]) => Promise<Value[]>
}): { load: (item: Key) => Promise<Value>; loadMany: (items: Key[]) => Promise<Value[]> } {
  if (request.transactionID !== undefined && request.transactionID !== null) {
    return {
      load: async (item) => (await batch([item]))[0] as Value,
      loadMany: (items) => batch(items),
    }
  }
  const load = (item: Key): Promise<Value> => {
    let pending = pendingByRequest.get(request)
    if (!pending) {
      pending = new Map()
      pendingByRequest.set(request, pending)
    }
    let open = pending.get(key) as PendingBatch<Key, Value> | undefined
    if (!open) {
      const keys: Key[] = []
      const requests = pending
      // After the hooks of every document of the list have run up to their first wait.
      const values = new Promise<void>((resolve) => process.nextTick(resolve)).then(() => {
        requests.delete(key)
        return batch(keys)
      })
      open = { keys, values }
      pending.set(key, open as PendingBatch<unknown, unknown>)
    }
    const index = open.keys.push(item) - 1
    return open.values.then((answers) => answers[index] as Value)
  }
  return { load, loadMany: (items) => Promise.all(items.map(load)) }
}

type PendingBatch<Key, Value> = { keys: Key[]; values: Promise<Value[]> }

const pendingByRequest = new WeakMap<object, Map<string, PendingBatch<unknown, unknown>>>()
