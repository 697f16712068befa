import { IntMap } from './IntMap.js'
import type { TermKey } from './tokenizer.js'

/**
 * A BM25F inverted index over three fields (title, questions, body) kept in typed arrays: at 100,000 entries
 * there are tens of millions of postings, and one Int32 + one Uint16 per posting keeps that near 6 bytes.
 * Terms are interned to dense ids once; removal leaves a tombstone, and postings of dead slots are purged in
 * one pass once they pile up.
 */
export const FIELD_COUNT = 3
export type FieldTerms = [title: TermKey[], questions: TermKey[], body: TermKey[]]

export interface Bm25Params {
  k1: number
  /** Per-field weight and length normalisation, in FieldTerms order. */
  weights: [number, number, number]
  b: [number, number, number]
}

// Term frequency packed per posting: title 4 bits, questions 4 bits, body 8 bits.
const SHIFTS = [0, 4, 8]
const CAPS = [15, 15, 255]

class Postings {
  ids = new Int32Array(0)
  tfs = new Uint16Array(0)
  n = 0

  /** Makes room for `extra` more postings, growing by at least a quarter to keep appends amortised. */
  reserve(extra: number): void {
    const need = this.n + extra
    if (need <= this.ids.length) return
    const cap = Math.max(need, Math.ceil(this.n * 1.25), 4)
    const ids = new Int32Array(cap)
    ids.set(this.ids)
    this.ids = ids
    const tfs = new Uint16Array(cap)
    tfs.set(this.tfs)
    this.tfs = tfs
  }
}

/** Postings are buffered and filed per term in batches: one posting at a time would miss the cache each time. */
const BATCH = 1 << 20

export class InvertedIndex {
  private readonly numIds = new IntMap()
  private readonly strIds = new Map<string, number>()
  private readonly postings: Postings[] = []
  private lengths = new Float32Array(0)
  /** Per field and slot: weight / (1 - b + b * len / avgLen), recomputed lazily after changes. */
  private norms: Float32Array[] = []
  private alive = new Uint8Array(0)
  private readonly totals = [0, 0, 0]
  private slots = 0
  private live = 0
  private dead = 0
  private readonly free: number[] = []
  private dirty = true
  private changes = 0
  /** Document frequency per term id (live entries only). */
  private dfs = new Int32Array(1024)
  // Scratch for add(): packed tf per term id, and the ids touched by the current entry.
  private tfScratch = new Uint32Array(1024)
  private seen: number[] = []
  // Postings not yet filed under their terms (see flush).
  private pendTerm = new Int32Array(BATCH)
  private pendSlot = new Int32Array(BATCH)
  private pendTf = new Uint16Array(BATCH)
  private pending = 0

  constructor(readonly params: Bm25Params) {}

  get size(): number {
    return this.live
  }

  /** Slots ever allocated (live, dead or free): the length scoring buffers need. */
  get capacity(): number {
    return this.slots
  }

  /** Changes with every add and remove: idf-derived values cached against it are stale once it moves. */
  get version(): number {
    return this.changes
  }

  get termCount(): number {
    return this.postings.length
  }

  private id(key: TermKey, create: boolean): number {
    let id = typeof key === 'number' ? this.numIds.get(key) : (this.strIds.get(key) ?? -1)
    if (id < 0 && create) {
      id = this.postings.length
      this.postings.push(new Postings())
      if (typeof key === 'number') this.numIds.set(key, id)
      else this.strIds.set(key, id)
      if (id >= this.tfScratch.length) {
        const grown = new Uint32Array(this.tfScratch.length * 2)
        grown.set(this.tfScratch)
        this.tfScratch = grown
        const dfs = new Int32Array(this.tfScratch.length)
        dfs.set(this.dfs)
        this.dfs = dfs
      }
    }
    return id
  }

  add(fields: FieldTerms): number {
    const slot = this.free.pop() ?? this.slots++
    this.ensure(this.slots)
    const seen = this.seen
    for (let f = 0; f < FIELD_COUNT; f++) {
      const list = fields[f] as TermKey[]
      const shift = SHIFTS[f] as number
      const cap = CAPS[f] as number
      this.lengths[slot * FIELD_COUNT + f] = list.length
      this.totals[f] = (this.totals[f] as number) + list.length
      for (let i = 0; i < list.length; i++) {
        const id = this.id(list[i] as TermKey, true)
        // Read the scratch after id(): creating a term may have grown (replaced) it.
        const tf = this.tfScratch
        const prev = tf[id] as number
        if (prev === 0) seen.push(id)
        if (((prev >> shift) & cap) < cap) tf[id] = prev + (1 << shift)
      }
    }
    const tf = this.tfScratch
    for (const id of seen) {
      if (this.pending === BATCH) this.flush()
      this.pendTerm[this.pending] = id
      this.pendSlot[this.pending] = slot
      this.pendTf[this.pending] = tf[id] as number
      this.pending++
      this.dfs[id] = (this.dfs[id] as number) + 1
      tf[id] = 0
    }
    seen.length = 0
    this.alive[slot] = 1
    this.live++
    this.dirty = true
    this.changes++
    return slot
  }

  /** `fields` must be the terms the slot was added with (re-tokenised by the caller) to keep df exact. */
  remove(slot: number, fields: FieldTerms): void {
    if (this.alive[slot] !== 1) return
    const done = new Set<number>()
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.totals[f] = (this.totals[f] as number) - (this.lengths[slot * FIELD_COUNT + f] as number)
      for (const key of fields[f] as TermKey[]) {
        const id = this.id(key, false)
        if (id < 0 || done.has(id)) continue
        done.add(id)
        this.dfs[id] = (this.dfs[id] as number) - 1
      }
    }
    this.alive[slot] = 0
    this.live--
    this.dead++
    this.dirty = true
    this.changes++
    if (this.dead > 1000 && this.dead > this.live / 4) this.purge()
  }

  /** The dense id of an indexed term, or -1: ids never change, so callers may keep them. */
  termId(key: TermKey): number {
    return this.id(key, false)
  }

  dfById(id: number): number {
    return id < 0 ? 0 : (this.dfs[id] as number)
  }

  /** idf of a term by its id; an id of -1 (a term no entry ever had) has the highest idf. */
  idfById(id: number): number {
    return this.idfOf(id < 0 ? 0 : (this.dfs[id] as number))
  }

  df(key: TermKey): number {
    const id = this.id(key, false)
    return id < 0 ? 0 : (this.dfs[id] as number)
  }

  idfOf(df: number): number {
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5))
  }

  /**
   * Adds each query term's BM25F contribution to `acc` (indexed by slot); `touched` collects the slots that
   * received any score. Returns the number of touched slots.
   */
  accumulate(query: Map<TermKey, number>, acc: Float32Array, mark: Uint8Array, touched: Int32Array): number {
    this.flush()
    this.refresh()
    const { k1 } = this.params
    const [nT, nQ, nB] = this.norms as [Float32Array, Float32Array, Float32Array]
    const alive = this.alive
    let count = 0
    for (const [key, qw] of query) {
      const id = this.id(key, false)
      if (id < 0) continue
      const df = this.dfs[id] as number
      if (df === 0) continue
      const p = this.postings[id] as Postings
      const w = qw * this.idfOf(df) * (k1 + 1)
      const { ids, tfs, n } = p
      for (let i = 0; i < n; i++) {
        const slot = ids[i] as number
        if (alive[slot] !== 1) continue
        const packed = tfs[i] as number
        const tf =
          (packed & 15) * (nT[slot] as number) +
          ((packed >> 4) & 15) * (nQ[slot] as number) +
          (packed >> 8) * (nB[slot] as number)
        acc[slot] = (acc[slot] as number) + (w * tf) / (k1 + tf)
        if (mark[slot] === 0) {
          mark[slot] = 1
          touched[count++] = slot
        }
      }
    }
    return count
  }

  /** Trims every posting array to its length: call after a bulk load to give back the growth slack. */
  compact(): void {
    this.flush()
    this.refresh()
    for (const p of this.postings) {
      if (p.ids.length === p.n) continue
      p.ids = p.ids.slice(0, p.n)
      p.tfs = p.tfs.slice(0, p.n)
    }
  }

  /**
   * Files the buffered postings under their terms: a counting sort by term id, then one contiguous append
   * per term. Slots stay ascending within a term because the buffer is in insertion order.
   */
  private flush(): void {
    const n = this.pending
    if (n === 0) return
    const terms = this.postings.length
    const start = new Int32Array(terms + 1)
    for (let i = 0; i < n; i++) {
      const t = (this.pendTerm[i] as number) + 1
      start[t] = (start[t] as number) + 1
    }
    for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number)
    const at = start.slice(0, terms)
    const slots = new Int32Array(n)
    const tfs = new Uint16Array(n)
    for (let i = 0; i < n; i++) {
      const t = this.pendTerm[i] as number
      const k = at[t] as number
      slots[k] = this.pendSlot[i] as number
      tfs[k] = this.pendTf[i] as number
      at[t] = k + 1
    }
    for (let t = 0; t < terms; t++) {
      const a = start[t] as number
      const b = start[t + 1] as number
      if (b === a) continue
      const p = this.postings[t] as Postings
      p.reserve(b - a)
      const { ids, tfs: ptfs } = p
      let k = p.n
      for (let i = a; i < b; i++, k++) {
        ids[k] = slots[i] as number
        ptfs[k] = tfs[i] as number
      }
      p.n = k
    }
    this.pending = 0
  }

  private refresh(): void {
    if (!this.dirty) return
    const { weights, b } = this.params
    this.norms = []
    for (let f = 0; f < FIELD_COUNT; f++) {
      const avg = Math.max(1, (this.totals[f] as number) / Math.max(1, this.live))
      const norm = new Float32Array(this.slots)
      const bf = b[f] as number
      const wf = weights[f] as number
      for (let s = 0; s < this.slots; s++) {
        norm[s] = wf / (1 - bf + (bf * (this.lengths[s * FIELD_COUNT + f] as number)) / avg)
      }
      this.norms.push(norm)
    }
    this.dirty = false
  }

  private ensure(n: number): void {
    if (n <= this.alive.length) return
    const cap = Math.max(1024, this.alive.length * 2, n)
    const alive = new Uint8Array(cap)
    alive.set(this.alive)
    this.alive = alive
    const lengths = new Float32Array(cap * FIELD_COUNT)
    lengths.set(this.lengths)
    this.lengths = lengths
  }

  /** Drops postings of dead slots and frees those slots for reuse. */
  private purge(): void {
    this.flush()
    for (const p of this.postings) {
      let j = 0
      for (let i = 0; i < p.n; i++) {
        if (this.alive[p.ids[i] as number] !== 1) continue
        p.ids[j] = p.ids[i] as number
        p.tfs[j] = p.tfs[i] as number
        j++
      }
      p.n = j
    }
    this.free.length = 0
    for (let s = 0; s < this.slots; s++) if (this.alive[s] !== 1) this.free.push(s)
    this.dead = 0
  }
}
