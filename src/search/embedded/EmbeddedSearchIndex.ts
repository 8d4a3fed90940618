import fs from 'node:fs/promises'
import path from 'node:path'

import { Mutex } from 'async-mutex'

import { SearchUnavailableError } from '../errors'
import type {
  IndexedDocumentRef,
  ReplaceItemsArgs,
  SearchIndex,
  SearchRequest,
  SearchResult,
} from '../SearchIndex'
import { withFileLock } from './fileLock'
import {
  readManifest,
  readSnapshot,
  writeManifest,
  writeSnapshot,
  type LogOperation,
  type Manifest,
} from './indexFiles'
import type { SynonymGroup } from '../text/synonyms'
import { InvertedIndex } from './InvertedIndex'

/** Where the engine reports what it does; `payload.logger` fits. */
export type SearchLogger = {
  info: (entry: { msg: string }) => void
  error: (entry: { msg: string; err?: unknown }) => void
}

export type EmbeddedSearchIndexOptions = {
  /** The folder of the index files (`DATA_DIR/search`). */
  directory: string
  logger: SearchLogger
  /**
   * How often a search looks for writes made by other processes.
   * @default 250
   */
  refreshIntervalMs?: number
  /**
   * The log size past which a write starts a new snapshot.
   * @default 32 MiB
   */
  maxLogBytes?: number
  /**
   * How long a write waits for another process's lock.
   * @default 30 s
   */
  lockTimeoutMs?: number
}

/**
 * The embedded engine: an {@link InvertedIndex} in this process, persisted as a snapshot and a
 * write log under `DATA_DIR/search` (see indexFiles.ts), shared with the other processes that
 * use the same folder.
 */
export class EmbeddedSearchIndex implements SearchIndex {
  readonly engine = 'embedded' as const
  private readonly directory: string
  private readonly logger: SearchLogger
  private readonly refreshIntervalMs: number
  private readonly maxLogBytes: number
  private readonly lockTimeoutMs: number
  private readonly state = new Mutex()
  private core = new InvertedIndex()
  private manifest: Manifest | null = null
  private logOffset = 0
  private lastRefresh = 0
  private opening: Promise<void> | null = null

  constructor(options: EmbeddedSearchIndexOptions) {
    this.directory = options.directory
    this.logger = options.logger
    this.refreshIntervalMs = options.refreshIntervalMs ?? 250
    this.maxLogBytes = options.maxLogBytes ?? 32 * 1024 * 1024
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000
  }

  /** Number of documents loaded in this process. */
  get size(): number {
    return this.core.size
  }

  open(): Promise<void> {
    this.opening ??= this.load().catch((error: unknown) => {
      this.opening = null
      throw new SearchUnavailableError({
        message: `The embedded search index in ${this.directory} could not be loaded`,
        cause: error,
      })
    })
    return this.opening
  }

  async replaceItems({ itemKeys, documents }: ReplaceItemsArgs): Promise<void> {
    if (itemKeys.length === 0) return
    await this.write({ op: 'replace', itemKeys, documents })
  }

  async deleteItems({ itemKeys }: { itemKeys: string[] }): Promise<void> {
    if (itemKeys.length === 0) return
    await this.write({ op: 'delete', itemKeys })
  }

  /**
   * Written to the log like any write, so every process sharing the folder expands queries
   * the same way, and kept in snapshots. Unchanged groups write nothing (each process pushes
   * them when it opens the index).
   */
  async updateSynonyms({ groups }: { groups: SynonymGroup[] }): Promise<void> {
    await this.write({
      op: 'synonyms',
      groups,
      isRedundant: () => JSON.stringify(groups) === JSON.stringify(this.core.synonyms),
    })
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.open()
    await this.refreshIfDue()
    return this.core.search(request)
  }

  async *listDocuments(): AsyncIterable<IndexedDocumentRef> {
    await this.open()
    await this.state.runExclusive(() => this.catchUp())
    yield* this.core.refs()
  }

  async clear(): Promise<void> {
    await this.openOrReset()
    await this.locked(async () => {
      // The synonyms are the gazetteer's, not the documents': they stay.
      const { synonyms } = this.core
      this.core = new InvertedIndex()
      this.core.setSynonyms(synonyms)
      await this.startGeneration()
    })
  }

  /** Writes a fresh snapshot when the log holds anything, so the next start loads quickly. */
  async settle(): Promise<void> {
    await this.open()
    await this.locked(async () => {
      await this.catchUp()
      if (this.logOffset > 0) await this.startGeneration()
    })
  }

  async assertHealthy(): Promise<void> {
    await this.open()
    await fs.access(this.directory, fs.constants.W_OK)
    const manifest = await readManifest(this.directory)
    if (!manifest)
      throw new SearchUnavailableError({ message: 'The search index manifest is missing' })
    await fs.access(path.join(this.directory, manifest.log), fs.constants.W_OK)
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined)
  }

  private async load(): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true })
    await this.state.runExclusive(async () => {
      const manifest = await readManifest(this.directory)
      if (manifest) {
        await this.loadGeneration(manifest)
        return
      }
      await withFileLock({
        file: this.lockFile,
        timeoutMs: this.lockTimeoutMs,
        action: async () => {
          const current = await readManifest(this.directory)
          if (current) await this.loadGeneration(current)
          else await this.startGeneration()
        },
      })
    })
    this.logger.info({
      msg: `Search: embedded index loaded from ${this.directory} (${this.core.size} documents)`,
    })
  }

  /** Opens the index, or — when its files are damaged — starts an empty one (for clear). */
  private async openOrReset(): Promise<void> {
    try {
      await this.open()
    } catch (error) {
      this.logger.error({
        msg: 'Search: the embedded index is damaged; starting it afresh',
        err: error,
      })
      await fs.mkdir(this.directory, { recursive: true })
      this.opening = Promise.resolve()
      this.manifest = null
    }
  }

  private async loadGeneration(manifest: Manifest): Promise<void> {
    this.core = manifest.snapshot
      ? await readSnapshot(path.join(this.directory, manifest.snapshot))
      : new InvertedIndex()
    this.manifest = manifest
    this.logOffset = 0
    await this.applyNewLogLines()
    this.lastRefresh = Date.now()
  }

  /** Snapshot of the current state as a new generation; the old files go. */
  private async startGeneration(): Promise<void> {
    const previous = this.manifest
    const generation = (previous?.generation ?? 0) + 1
    const snapshot = `snapshot-${generation}.bin`
    const log = `log-${generation}.jsonl`
    await writeSnapshot({ file: path.join(this.directory, snapshot), index: this.core })
    await fs.writeFile(path.join(this.directory, log), '')
    const manifest: Manifest = { generation, snapshot, log }
    await writeManifest({ directory: this.directory, manifest })
    this.manifest = manifest
    this.logOffset = 0
    if (previous) {
      for (const file of [previous.snapshot, previous.log]) {
        if (file) await fs.rm(path.join(this.directory, file), { force: true })
      }
    }
  }

  /** Appends `operation` to the log, unless, once caught up, `isRedundant` says it changes nothing. */
  private async write({
    isRedundant,
    ...operation
  }: LogOperation & { isRedundant?: () => boolean }): Promise<void> {
    await this.open()
    await this.locked(async () => {
      await this.catchUp()
      if (isRedundant?.()) return
      const line = `${JSON.stringify(operation)}\n`
      await fs.appendFile(path.join(this.directory, this.manifest!.log), line)
      // Applied by reading the log back, in the order every other process reads it.
      await this.applyNewLogLines()
      if (this.logOffset > this.maxLogBytes) await this.startGeneration()
    })
  }

  private async locked(action: () => Promise<void>): Promise<void> {
    await this.state.runExclusive(() =>
      withFileLock({ file: this.lockFile, timeoutMs: this.lockTimeoutMs, action }),
    )
  }

  private get lockFile(): string {
    return path.join(this.directory, 'lock')
  }

  /**
   * Catches up with other processes' writes at most every `refreshIntervalMs`. Never waits: when
   * the state is taken, a write of this process (which catches up itself) or a refresh is under
   * way, and a search answers from the state as it stands, always whole (operations apply
   * synchronously). Waiting would queue each reader behind every write the search sync has
   * queued (a hundred at a time on a busy day): bench:load saw the search API time out.
   */
  private async refreshIfDue(): Promise<void> {
    if (Date.now() - this.lastRefresh < this.refreshIntervalMs) return
    if (this.state.isLocked()) return
    await this.state.runExclusive(async () => {
      if (Date.now() - this.lastRefresh < this.refreshIntervalMs) return
      await this.catchUp()
    })
  }

  /** Reloads when another process started a new generation, else applies new log lines. */
  private async catchUp(): Promise<void> {
    this.lastRefresh = Date.now()
    const manifest = await readManifest(this.directory)
    if (!manifest) return
    if (manifest.generation !== this.manifest?.generation) {
      await this.loadGeneration(manifest)
      return
    }
    await this.applyNewLogLines()
  }

  private async applyNewLogLines(): Promise<void> {
    const file = path.join(this.directory, this.manifest!.log)
    const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!handle) return
    try {
      const { size } = await handle.stat()
      if (size <= this.logOffset) return
      const buffer = Buffer.alloc(size - this.logOffset)
      await handle.read(buffer, 0, buffer.length, this.logOffset)
      // Only whole lines: a writer in another process may be half-way through one.
      const end = buffer.lastIndexOf(0x0a)
      if (end === -1) return
      for (const line of buffer.toString('utf8', 0, end).split('\n')) {
        if (line !== '') this.apply(JSON.parse(line) as LogOperation)
      }
      this.logOffset += end + 1
    } finally {
      await handle.close()
    }
  }

  private apply(operation: LogOperation): void {
    if (operation.op === 'synonyms') {
      this.core.setSynonyms(operation.groups)
      return
    }
    for (const itemKey of operation.itemKeys) this.core.removeItem(itemKey)
    if (operation.op === 'replace') {
      for (const document of operation.documents) this.core.add(document)
    }
  }
}
