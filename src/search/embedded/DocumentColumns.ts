import type { FilterField, FilterNode, FilterValue } from '../filter/FilterNode'
import type { SearchDocument } from '../SearchIndex'

/** A predicate over document numbers. */
export type NumberPredicate = (number: number) => boolean

/** The document fields the columns hold. */
export type ColumnValues = Pick<SearchDocument, CodeField | ListField | Exclude<NumberField, never>>

/**
 * Filter, facet and sort fields of every document in typed arrays indexed by document number,
 * so that a filter over tens of thousands of matches costs a few array reads per document
 * rather than property look-ups on as many objects.
 */
export class DocumentColumns {
  private capacity = 0
  private codes = {} as Record<CodeField, Int32Array>
  private lists = {} as Record<ListField, ListColumn>
  private numbers = {} as Record<NumberField, Float64Array>
  private readonly dictionaries = {} as Record<CodeField | ListField, Dictionary>
  /** Bit sets of single conditions, by condition, until the next write. */
  private readonly cachedBits = new Map<string, Uint32Array>()

  constructor() {
    for (const field of CODE_FIELDS) {
      this.codes[field] = new Int32Array(0)
      this.dictionaries[field] = new Dictionary()
    }
    for (const field of LIST_FIELDS) {
      this.lists[field] = new ListColumn()
      this.dictionaries[field] = new Dictionary()
    }
    for (const field of NUMBER_FIELDS) this.numbers[field] = new Float64Array(0)
  }

  /** Writes the values of document `number`. */
  set({ number, values }: { number: number; values: ColumnValues }): void {
    this.cachedBits.clear()
    this.ensure(number + 1)
    for (const field of CODE_FIELDS) {
      this.codes[field][number] = this.dictionaries[field].codeOf(values[field])
    }
    for (const field of LIST_FIELDS) {
      const dictionary = this.dictionaries[field]
      this.lists[field].set({
        number,
        codes: values[field].map((value) => dictionary.codeOf(value)),
      })
    }
    for (const field of NUMBER_FIELDS) {
      const value = values[field]
      this.numbers[field][number] = value === null ? Number.NaN : value
    }
  }

  /** Makes room for documents numbered below `capacity` at once (a load knows its count). */
  reserve(capacity: number): void {
    this.ensure(capacity)
  }

  /** Every value of document `number`, as {@link set} was given them. */
  values(number: number): ColumnValues {
    const values: Record<string, unknown> = {}
    for (const field of CODE_FIELDS) {
      const code = this.codes[field][number]!
      values[field] = code < 0 ? null : this.dictionaries[field].values[code]
    }
    for (const field of LIST_FIELDS) {
      const { values: names } = this.dictionaries[field]
      values[field] = Array.from(this.lists[field].get(number), (code) => names[code])
    }
    for (const field of NUMBER_FIELDS) {
      const value = this.numbers[field][number]!
      values[field] = Number.isNaN(value) ? null : value
    }
    return values as ColumnValues
  }

  /** The value of code field `field` for document `number`. */
  value({ field, number }: { field: CodeField; number: number }): FilterValue | null {
    const code = this.codes[field][number]!
    return code < 0 ? null : this.dictionaries[field].values[code]!
  }

  /**
   * The numbers below `count` that `node` lets through, as a bit set (bit `n % 32` of word
   * `n >> 5`), with the semantics of {@link compile}. Conditions are evaluated column by column
   * and kept until the next write, so the parts of a visibility filter that do not change
   * between requests (tier, state, language) cost a few word operations per query instead of
   * a chain of closure calls per matching document.
   */
  bits({ node, count }: { node: FilterNode; count: number }): Uint32Array {
    const words = (count + 31) >>> 5
    switch (node.kind) {
      case 'all':
        return allBits({ count })
      case 'none':
        return new Uint32Array(words)
      case 'and':
      case 'or': {
        const parts = node.nodes.map((inner) => this.bits({ node: inner, count }))
        const combined = parts[0]
          ? parts[0].slice()
          : node.kind === 'and'
            ? allBits({ count })
            : new Uint32Array(words)
        for (const part of parts.slice(1)) {
          for (let word = 0; word < words; word += 1) {
            combined[word] =
              node.kind === 'and' ? combined[word]! & part[word]! : combined[word]! | part[word]!
          }
        }
        return combined
      }
      case 'not': {
        const inner = this.bits({ node: node.node, count })
        const everything = allBits({ count })
        for (let word = 0; word < words; word += 1)
          everything[word] = everything[word]! & ~inner[word]!
        return everything
      }
      default: {
        const key = `${count}\u0000${JSON.stringify(node)}`
        const cached = this.cachedBits.get(key)
        if (cached) {
          // Most recently used last: the current time's conditions come and go, the rest stay.
          this.cachedBits.delete(key)
          this.cachedBits.set(key, cached)
          return cached
        }
        const predicate = this.compile(node)
        const bits = new Uint32Array(words)
        for (let number = 0; number < count; number += 1) {
          if (predicate(number)) bits[number >>> 5] = bits[number >>> 5]! | (1 << (number & 31))
        }
        if (this.cachedBits.size >= MAX_CACHED_CONDITIONS) {
          this.cachedBits.delete(this.cachedBits.keys().next().value!)
        }
        this.cachedBits.set(key, bits)
        return bits
      }
    }
  }

  /** The sort date of document `number`. */
  date(number: number): number {
    return this.numbers.date[number]!
  }

  /**
   * Counts the values of `field` over the first `count` document numbers of `numbers`.
   */
  count({
    field,
    numbers,
    count,
  }: {
    field: CodeField | ListField
    numbers: Int32Array
    count: number
  }): Record<string, number> {
    const dictionary = this.dictionaries[field]
    const tally = new Int32Array(dictionary.values.length)
    if (field === 'topics' || field === 'allowedUsers') {
      const { starts, lengths, values } = this.lists[field]
      for (let index = 0; index < count; index += 1) {
        const number = numbers[index]!
        const start = starts[number]!
        const end = start + lengths[number]!
        for (let position = start; position < end; position += 1) {
          const code = values[position]!
          tally[code] = tally[code]! + 1
        }
      }
    } else {
      const column = this.codes[field]
      for (let index = 0; index < count; index += 1) {
        const code = column[numbers[index]!]!
        if (code >= 0) tally[code] = tally[code]! + 1
      }
    }
    const counts: Record<string, number> = {}
    tally.forEach((value, code) => {
      if (value > 0) counts[String(dictionary.values[code])] = value
    })
    return counts
  }

  /**
   * Compiles `node` into a predicate over document numbers, with the semantics Meilisearch
   * gives the same filter: a list field matches when any of its values does; a comparison
   * with a missing value is false, and "not equal" true.
   */
  compile(node: FilterNode): NumberPredicate {
    switch (node.kind) {
      case 'all':
        return () => true
      case 'none':
        return () => false
      case 'and': {
        const parts = node.nodes.map((inner) => this.compile(inner))
        return (number) => {
          for (const part of parts) if (!part(number)) return false
          return true
        }
      }
      case 'or': {
        const parts = node.nodes.map((inner) => this.compile(inner))
        return (number) => {
          for (const part of parts) if (part(number)) return true
          return false
        }
      }
      case 'not': {
        const inner = this.compile(node.node)
        return (number) => !inner(number)
      }
      case 'isNull':
        return this.isNull(node.field)
      case 'in': {
        const accepted = new Set<unknown>(node.values)
        return this.matching({ field: node.field, test: (value) => accepted.has(value) })
      }
      case 'compare': {
        const operand = node.value
        if (node.op === 'ne') {
          const equals = this.matching({ field: node.field, test: (value) => value === operand })
          return (number) => !equals(number)
        }
        return this.matching({ field: node.field, test: comparison({ op: node.op, operand }) })
      }
    }
  }

  /** The same columns without the documents numbered -1 in `renumbered`. */
  compacted({ renumbered, count }: { renumbered: Int32Array; count: number }): DocumentColumns {
    const next = new DocumentColumns()
    Object.assign(next.dictionaries, this.dictionaries)
    next.ensure(count)
    for (let old = 0; old < renumbered.length; old += 1) {
      const number = renumbered[old]!
      if (number < 0) continue
      for (const field of CODE_FIELDS) next.codes[field][number] = this.codes[field][old]!
      for (const field of NUMBER_FIELDS) next.numbers[field][number] = this.numbers[field][old]!
      for (const field of LIST_FIELDS) {
        next.lists[field].set({ number, codes: this.lists[field].get(old) })
      }
    }
    return next
  }

  private isNull(field: FilterField): NumberPredicate {
    switch (KIND_OF[field]) {
      case 'code': {
        const column = this.codes[field as CodeField]
        return (number) => column[number]! < 0
      }
      case 'list': {
        const { lengths } = this.lists[field as ListField]
        return (number) => lengths[number] === 0
      }
      case 'number': {
        const column = this.numbers[field as NumberField]
        return (number) => Number.isNaN(column[number])
      }
    }
  }

  private matching({
    field,
    test,
  }: {
    field: FilterField
    test: (value: FilterValue) => boolean
  }): NumberPredicate {
    switch (KIND_OF[field]) {
      case 'code': {
        const column = this.codes[field as CodeField]
        const mask = this.dictionaries[field as CodeField].mask(test)
        return (number) => {
          const code = column[number]!
          return code >= 0 && mask[code] === 1
        }
      }
      case 'list': {
        const { starts, lengths, values } = this.lists[field as ListField]
        const mask = this.dictionaries[field as ListField].mask(test)
        return (number) => {
          const start = starts[number]!
          const end = start + lengths[number]!
          for (let position = start; position < end; position += 1) {
            if (mask[values[position]!] === 1) return true
          }
          return false
        }
      }
      case 'number': {
        const column = this.numbers[field as NumberField]
        return (number) => {
          const value = column[number]!
          return !Number.isNaN(value) && test(value)
        }
      }
    }
  }

  private ensure(capacity: number): void {
    if (capacity <= this.capacity) return
    const next = Math.max(capacity, Math.ceil(this.capacity * 1.5), 1024)
    for (const field of CODE_FIELDS) {
      this.codes[field] = grown({ values: this.codes[field], length: next, fill: -1 })
    }
    for (const field of NUMBER_FIELDS) {
      this.numbers[field] = grown({ values: this.numbers[field], length: next, fill: Number.NaN })
    }
    for (const field of LIST_FIELDS) this.lists[field].ensure(next)
    this.capacity = next
  }
}

/** Enough for every fixed condition of the visibility filters, and the current time's few. */
const MAX_CACHED_CONDITIONS = 64

/** A bit set with the numbers below `count` set. */
function allBits({ count }: { count: number }): Uint32Array {
  const bits = new Uint32Array((count + 31) >>> 5).fill(0xffffffff)
  if (count % 32 !== 0) bits[bits.length - 1] = (1 << count % 32) - 1
  return bits
}

/** Fields with few distinct values, stored as codes into a dictionary. */
const CODE_FIELDS = [
  'collection',
  'itemKey',
  'locale',
  'type',
  'infoType',
  'agency',
  'accessTier',
  'status',
  'isLocalePublished',
  'year',
] as const
/** Fields holding a list of values (each a code). */
const LIST_FIELDS = ['topics', 'allowedUsers'] as const
/** Fields holding a number (a date), NaN for none. */
const NUMBER_FIELDS = [
  'embargoUntil',
  'pressReleaseAt',
  'withdrawnAt',
  'publishedAt',
  'date',
] as const

type CodeField = (typeof CODE_FIELDS)[number]
type ListField = (typeof LIST_FIELDS)[number]
type NumberField = (typeof NUMBER_FIELDS)[number]

/** Every filterable field belongs to exactly one kind of column. */
const KIND_OF: Record<FilterField, 'code' | 'list' | 'number'> = {
  ...(Object.fromEntries(CODE_FIELDS.map((field) => [field, 'code'])) as Record<CodeField, 'code'>),
  ...(Object.fromEntries(LIST_FIELDS.map((field) => [field, 'list'])) as Record<ListField, 'list'>),
  embargoUntil: 'number',
  pressReleaseAt: 'number',
  withdrawnAt: 'number',
  publishedAt: 'number',
  date: 'number',
}

/** Values of one field, numbered in order of appearance. */
class Dictionary {
  private readonly codes = new Map<FilterValue, number>()
  readonly values: FilterValue[] = []

  codeOf(value: FilterValue | null): number {
    if (value === null) return -1
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(value, code)
      this.values.push(value)
    }
    return code
  }

  /** 1 for each code whose value passes `test`. */
  mask(test: (value: FilterValue) => boolean): Uint8Array {
    const mask = new Uint8Array(this.values.length)
    this.values.forEach((value, code) => {
      if (test(value)) mask[code] = 1
    })
    return mask
  }
}

/** Lists of codes, one per document number, packed in one growing array. */
class ListColumn {
  starts = new Int32Array(0)
  lengths = new Int32Array(0)
  values = new Int32Array(1024)
  private size = 0

  ensure(capacity: number): void {
    this.starts = grown({ values: this.starts, length: capacity, fill: 0 })
    this.lengths = grown({ values: this.lengths, length: capacity, fill: 0 })
  }

  set({ number, codes }: { number: number; codes: number[] | Int32Array }): void {
    if (this.size + codes.length > this.values.length) {
      this.values = grown({
        values: this.values,
        length: Math.max(this.values.length * 2, this.size + codes.length),
        fill: 0,
      })
    }
    this.starts[number] = this.size
    this.lengths[number] = codes.length
    this.values.set(codes, this.size)
    this.size += codes.length
  }

  get(number: number): Int32Array {
    const start = this.starts[number]!
    return this.values.subarray(start, start + this.lengths[number]!)
  }
}

function grown<Values extends Int32Array | Float64Array>({
  values,
  length,
  fill,
}: {
  values: Values
  length: number
  fill: number
}): Values {
  if (values.length >= length) return values
  const next = new (values.constructor as new (length: number) => Values)(length)
  next.set(values)
  next.fill(fill, values.length)
  return next
}

function comparison({
  op,
  operand,
}: {
  op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte'
  operand: FilterValue
}): (value: FilterValue) => boolean {
  switch (op) {
    case 'eq':
      return (value) => value === operand
    case 'lt':
      return (value) => typeof value === typeof operand && value < operand
    case 'lte':
      return (value) => typeof value === typeof operand && value <= operand
    case 'gt':
      return (value) => typeof value === typeof operand && value > operand
    case 'gte':
      return (value) => typeof value === typeof operand && value >= operand
  }
}
