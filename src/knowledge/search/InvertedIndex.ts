/**
 * A BM25F inverted index over three fields (title, questions, body) kept in typed arrays: at 100,000 entries
 * there are tens of millions of postings, and one Int32 + one Uint16 per posting keeps that in ~6 bytes.
 * Removal leaves a tombstone; postings of dead slots are purged in one pass once they pile up.
 */
export const FIELD_COUNT = 3
export type FieldTerms = [title: string[], questions: string[], body: string[]]

export interface Bm25Params {
  k1: number
  /** Per-field weight and length normalisation, in FieldTerms order. */
  weights: [number, number, number]
  b: [number, number, number]
}

// Term frequency packed per posting: title 4 bits, questions 4 bits, body 8 bits.
const CAPS = [15, 15, 255] as const
const SHIFTS = [0, 4, 8] as const

class Postings {
  ids = new Int32Array(2)
  tfs = new Uint16Array(2)
  n = 0
  df = 0

  push(slot: number, tf: number): void {
    if (this.n === this.ids.length) {
      const ids = new Int32Array(this.n * 2)
      ids.set(this.ids)
      this.ids = ids
      const tfs = new Uint16Array(this.n * 2)
      tfs.set(this.tfs)
      this.tfs = tfs
    }
    this.ids[this.n] = slot
    this.tfs[this.n] = tf
    this.n++
  }
}

export class InvertedIndex {
  private readonly terms = new Map<string, Postings>()
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

  constructor(readonly params: Bm25Params) {}

  get size(): number {
    return this.live
  }

  get capacity(): number {
    return this.slots
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1
  }

  add(fields: FieldTerms): number {
    const slot = this.free.pop() ?? this.slots++
    this.ensure(this.slots)
    const counts = new Map<string, number>()
    for (let f = 0; f < FIELD_COUNT; f++) {
      const list = fields[f] as string[]
      this.lengths[slot * FIELD_COUNT + f] = list.length
      this.totals[f] = (this.totals[f] as number) + list.length
      const shift = SHIFTS[f] as number
      const cap = CAPS[f] as number
      for (const t of list) {
        const prev = counts.get(t) ?? 0
        counts.set(t, ((prev >> shift) & cap) < cap ? prev + (1 << shift) : prev)
      }
    }
    for (const [t, tf] of counts) {
      let p = this.terms.get(t)
      if (!p) {
        p = new Postings()
        this.terms.set(t, p)
      }
      p.push(slot, tf)
      p.df++
    }
    this.alive[slot] = 1
    this.live++
    this.dirty = true
    return slot
  }

  /** `fields` must be the terms the slot was added with (re-tokenised by the caller) to keep df exact. */
  remove(slot: number, fields: FieldTerms): void {
    if (this.alive[slot] !== 1) return
    const seen = new Set<string>()
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.totals[f] = (this.totals[f] as number) - (this.lengths[slot * FIELD_COUNT + f] as number)
      for (const t of fields[f] as string[]) {
        if (seen.has(t)) continue
        seen.add(t)
        const p = this.terms.get(t)
        if (p) p.df--
      }
    }
    this.alive[slot] = 0
    this.live--
    this.dead++
    this.dirty = true
    if (this.dead > 1000 && this.dead > this.live / 4) this.purge()
  }

  df(term: string): number {
    return this.terms.get(term)?.df ?? 0
  }

  idf(term: string): number {
    return this.idfOf(this.df(term))
  }

  idfOf(df: number): number {
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5))
  }

  /**
   * Adds each query term's BM25F contribution to `acc` (indexed by slot); `touched` collects the slots that
   * received any score. Returns the number of touched slots.
   */
  accumulate(query: Map<string, number>, acc: Float32Array, mark: Uint8Array, touched: Int32Array): number {
    this.refresh()
    const { k1 } = this.params
    const [nT, nQ, nB] = this.norms as [Float32Array, Float32Array, Float32Array]
    let count = 0
    for (const [term, qw] of query) {
      const p = this.terms.get(term)
      if (!p || p.df === 0) continue
      const w = qw * Math.log(1 + (this.live - p.df + 0.5) / (p.df + 0.5)) * (k1 + 1)
      const { ids, tfs, n } = p
      for (let i = 0; i < n; i++) {
        const slot = ids[i] as number
        if (this.alive[slot] !== 1) continue
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

  private refresh(): void {
    if (!this.dirty) return
    const { weights, b } = this.params
    this.norms = []
    for (let f = 0; f < FIELD_COUNT; f++) {
      const avg = Math.max(1, (this.totals[f] as number) / Math.max(1, this.live))
      const norm = new Float32Array(this.slots)
      const bf = b[f] as number
      for (let s = 0; s < this.slots; s++) {
        norm[s] = (weights[f] as number) / (1 - bf + (bf * (this.lengths[s * FIELD_COUNT + f] as number)) / avg)
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
    for (const [t, p] of this.terms) {
      let j = 0
      for (let i = 0; i < p.n; i++) {
        if (this.alive[p.ids[i] as number] !== 1) continue
        p.ids[j] = p.ids[i] as number
        p.tfs[j] = p.tfs[i] as number
        j++
      }
      p.n = j
      if (j === 0) this.terms.delete(t)
    }
    this.free.length = 0
    for (let s = 0; s < this.slots; s++) if (this.alive[s] !== 1) this.free.push(s)
    this.dead = 0
  }
}
