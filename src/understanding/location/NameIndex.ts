/**
 * Exact-substring index of place names. A hash map from name to candidates plus, per two-character prefix,
 * a bitmask of the name lengths that start with it: a scan costs one map probe per text position and a
 * probe per possible length only where a name could start. That is cheaper to build and far lighter than an
 * Aho–Corasick automaton over ~150,000 names, and just as fast for the short texts the gateway sees.
 */

/** How a name was registered: the official name, its short form (朝阳), or a hand-written alias (望京). */
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

export class NameIndex {
  /** name → packed candidate(s): one number for the common unique name, an array otherwise. */
  private readonly names = new Map<string, number | number[]>()
  /**
   * first two UTF-16 units (as one int32, which V8 can keep unboxed; c0 * 65536 + c1 exceeds 2^31 and is boxed)
   * → bitmask of the lengths of names starting with them.
   */
  private readonly starts = new Map<number, number>()

  /** Registers `name` (≥ 2 UTF-16 units, ≤ 30) for `place`; duplicates of the same place/kind are ignored. */
  add(name: string, place: number, kind: NameKind): void {
    if (name.length < 2 || name.length > MAX_LEN) return
    const packed = place * 4 + KIND_CODE[kind]
    const prev = this.names.get(name)
    if (prev === undefined) this.names.set(name, packed)
    else if (typeof prev === 'number') {
      if (prev !== packed) this.names.set(name, [prev, packed])
    } else if (!prev.includes(packed)) prev.push(packed)
    const head = (name.charCodeAt(0) << 16) | name.charCodeAt(1)
    this.starts.set(head, (this.starts.get(head) ?? 0) | (1 << name.length))
  }

  get size(): number {
    return this.names.size
  }

  /** Every occurrence of every indexed name in `text` (overlapping matches included). */
  scan(text: string): NameMatch[] {
    const out: NameMatch[] = []
    for (let i = 0; i + 1 < text.length; i++) {
      const mask = this.starts.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1))
      if (mask === undefined) continue
      for (let len = Math.min(MAX_LEN, text.length - i); len >= 2; len--) {
        if (!(mask & (1 << len))) continue
        const name = text.slice(i, i + len)
        const found = this.names.get(name)
        if (found === undefined) continue
        const list = typeof found === 'number' ? [found] : found
        out.push({
          start: i,
          end: i + len,
          text: name,
          candidates: list.map((p) => ({ place: Math.floor(p / 4), kind: KINDS[p % 4]! })),
        })
      }
    }
    return out
  }
}
