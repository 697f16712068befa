/**
 * An open-addressing hash map from non-negative integers to non-negative integers in two typed arrays.
 * Bigram keys are looked up tens of millions of times while indexing 100,000 entries; this is several times
 * faster than a Map and holds 8 bytes per slot instead of a heap entry.
 */
export class IntMap {
  private keys: Int32Array
  private vals: Int32Array
  private mask: number
  /** Fibonacci hashing: the high bits of key * 2^32/phi spread well; the low bits would not. */
  private shift: number
  private count = 0

  constructor(capacity = 1024) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.keys = new Int32Array(size).fill(-1)
    this.vals = new Int32Array(size)
    this.mask = size - 1
    this.shift = 32 - Math.log2(size)
  }

  get size(): number {
    return this.count
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[i] as number
      if (k === key) return this.vals[i] as number
      if (k === -1) return -1
      i = (i + 1) & this.mask
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow()
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[i] as number
      if (k === key) {
        this.vals[i] = value
        return
      }
      if (k === -1) {
        this.keys[i] = key
        this.vals[i] = value
        this.count++
        return
      }
      i = (i + 1) & this.mask
    }
  }

  private grow(): void {
    const { keys, vals } = this
    this.keys = new Int32Array(keys.length * 2).fill(-1)
    this.vals = new Int32Array(keys.length * 2)
    this.mask = this.keys.length - 1
    this.shift = 32 - Math.log2(this.keys.length)
    this.count = 0
    for (let i = 0; i < keys.length; i++) if ((keys[i] as number) >= 0) this.set(keys[i] as number, vals[i] as number)
  }
}
