/**
 * Exact-substring index of place names. A hash map from name to candidates plus, per two-character prefix,
 * a bitmask of the name lengths that start with it: a scan costs one map probe per text position and a
 * probe per possible length only where a name could start. That is cheaper to build and far lighter than an
 * Aho–Corasick automaton over ~150,000 names, and just as fast for the short texts the gateway sees.
 */

/** How a name was registered: the official name, its short form (朝阳), or a hand-written alias (望京). */
import { PairBits } from '../PairBits.js'

export type NameKind = 'full' | 'short' | 'alias'

export interface Candidate {
  place: number
  kind: NameKind
}

export interface NameMatch {
  start: number
  end: number
  text: string
  candidates: Candidate[]
}

const KIND_CODE: Record<NameKind, number> = { full: 0, short: 1, alias: 2 }
const KINDS: NameKind[] = ['full', 'short', 'alias']
const MAX_LEN = 30

/** Polynomial hash over UTF-16 units, computed incrementally by `scan` as a candidate name grows. */
function hashOf(name: string): number {
  let h = 0
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0
  return h
}

/** Names found at one text position, shortest first (reused: `scan` runs one at a time). */
const atPosition: string[] = []

export class NameIndex {
  /** name → packed candidate(s): one number for the common unique name, an array otherwise. */
  private readonly names = new Map<string, number | number[]>()
  /**
   * first two UTF-16 units (as one int32, which V8 can keep unboxed; c0 * 65536 + c1 exceeds 2^31 and is boxed)
   * → bitmask of the lengths of names starting with them.
   */
  private readonly starts = new Map<number, number>()
  /**
   * The same heads as bits (2^20, 128 KB: about 2% of positions pass by chance). Only about one text
   * position in twenty starts a name, and the Map probe dominated the scan of a long message.
   */
  private readonly startBits = new PairBits(20)
  /**
   * hash → name(s): the scan probes by a hash it extends one character at a time, instead of slicing
   * and hashing a new string for every possible length; a hit is confirmed with `startsWith`.
   */
  private readonly byHash = new Map<number, string | string[]>()

  /** Registers `name` (≥ 2 UTF-16 units, ≤ 30) for `place`; duplicates of the same place/kind are ignored. */
  add(name: string, place: number, kind: NameKind): void {
    if (name.length < 2 || name.length > MAX_LEN) return
    const packed = place * 4 + KIND_CODE[kind]
    const prev = this.names.get(name)
    if (prev === undefined) {
      this.names.set(name, packed)
      const h = hashOf(name)
      const bucket = this.byHash.get(h)
      if (bucket === undefined) this.byHash.set(h, name)
      else if (typeof bucket === 'string') this.byHash.set(h, [bucket, name])
      else bucket.push(name)
    } else if (typeof prev === 'number') {
      if (prev !== packed) this.names.set(name, [prev, packed])
    } else if (!prev.includes(packed)) prev.push(packed)
    const head = (name.charCodeAt(0) << 16) | name.charCodeAt(1)
    this.starts.set(head, (this.starts.get(head) ?? 0) | (1 << name.length))
    this.startBits.add(name.charCodeAt(0), name.charCodeAt(1))
  }

  get size(): number {
    return this.names.size
  }

  /** Every occurrence of every indexed name in `text` (overlapping matches included). */
  scan(text: string): NameMatch[] {
    const out: NameMatch[] = []
    const bits = this.startBits
    for (let i = 0; i + 1 < text.length; i++) {
      const c0 = text.charCodeAt(i)
      const c1 = text.charCodeAt(i + 1)
      if (!bits.mayHave(c0, c1)) continue
      const mask = this.starts.get((c0 << 16) | c1)
      if (mask === undefined) continue
      const longest = Math.min(MAX_LEN, text.length - i, 31 - Math.clz32(mask))
      atPosition.length = 0
      let h = 0
      for (let len = 1; len <= longest; len++) {
        h = (Math.imul(h, 31) + text.charCodeAt(i + len - 1)) | 0
        if (!(mask & (1 << len))) continue
        const bucket = this.byHash.get(h)
        if (bucket === undefined) continue
        if (typeof bucket === 'string') {
          if (bucket.length === len && text.startsWith(bucket, i)) atPosition.push(bucket)
        } else {
          for (const name of bucket) if (name.length === len && text.startsWith(name, i)) atPosition.push(name)
        }
      }
      // Longest first, as callers expect of overlapping names at one position.
      for (let k = atPosition.length - 1; k >= 0; k--) {
        const name = atPosition[k]!
        const found = this.names.get(name)!
        const list = typeof found === 'number' ? [found] : found
        out.push({
          start: i,
          end: i + name.length,
          text: name,
          candidates: list.map((p) => ({ place: Math.floor(p / 4), kind: KINDS[p % 4]! })),
        })
      }
    }
    return out
  }
}
