/**
 * The category model's vocabulary (character 1- to 3-grams) as an open-addressing hash table over the
 * n-grams' UTF-16 code units. A live request probes it three times per character; probing with two
 * small integers allocates nothing, where slicing a string per n-gram (or a 48-bit number key, which
 * V8 boxes) made vectorizing the largest cost of `/api/v1/analyze`.
 */

/** Keys are (n << 16 | first unit, second unit << 16 | third unit); an empty slot has hi 0 (n is ≥ 1). */
export class GramTable {
  private readonly hi: Int32Array
  private readonly lo: Int32Array
  private readonly feature: Int32Array
  private readonly mask: number

  constructor(grams: Iterable<[gram: string, feature: number]>, size: number) {
    let cap = 1
    // At most half full, so probe runs stay short.
    while (cap < size * 2) cap <<= 1
    this.hi = new Int32Array(cap)
    this.lo = new Int32Array(cap)
    this.feature = new Int32Array(cap)
    this.mask = cap - 1
    for (const [gram, f] of grams) {
      if (gram.length < 1 || gram.length > 3) throw new Error(`category model: n-gram "${gram}" is not 1–3 units long`)
      const c = (i: number) => (i < gram.length ? gram.charCodeAt(i) : 0)
      this.insert((gram.length << 16) | c(0), (c(1) << 16) | c(2), f)
    }
  }

  private slot(hi: number, lo: number): number {
    return (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo ^ (lo >>> 15), 0x85ebca77)) & this.mask
  }

  private insert(hi: number, lo: number, f: number): void {
    let i = this.slot(hi, lo)
    while (this.hi[i] !== 0 && !(this.hi[i] === hi && this.lo[i] === lo)) i = (i + 1) & this.mask
    this.hi[i] = hi
    this.lo[i] = lo
    this.feature[i] = f
  }

  /** Feature index of the n-gram of `n` units starting at `at` in `s`, or -1. */
  get(s: string, at: number, n: number): number {
    const hi = (n << 16) | s.charCodeAt(at)
    const lo = n === 1 ? 0 : (s.charCodeAt(at + 1) << 16) | (n === 3 ? s.charCodeAt(at + 2) : 0)
    for (let i = this.slot(hi, lo); this.hi[i] !== 0; i = (i + 1) & this.mask) {
      if (this.hi[i] === hi && this.lo[i] === lo) return this.feature[i]!
    }
    return -1
  }
}
