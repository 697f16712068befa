/**
 * A Bloom-style set of two-character sequences (two UTF-16 units): one hashed bit per pair. A miss is
 * certain, a hit only likely; callers confirm a hit with an exact lookup. A bit test costs a fraction
 * of a Map probe or a substring search, which is why the place and keyword scans use it first.
 */
export class PairBits {
  private readonly bits: Uint32Array
  private readonly shift: number

  /** 2^`log2Size` bits. */
  constructor(log2Size: number) {
    this.bits = new Uint32Array((1 << log2Size) >>> 5)
    this.shift = 32 - log2Size
  }

  private slot(a: number, b: number): number {
    return Math.imul((a << 16) | b, 0x9e3779b1) >>> this.shift
  }

  add(a: number, b: number): void {
    const s = this.slot(a, b)
    this.bits[s >>> 5]! |= 1 << (s & 31)
  }

  mayHave(a: number, b: number): boolean {
    const s = this.slot(a, b)
    return (this.bits[s >>> 5]! & (1 << (s & 31))) !== 0
  }

  clear(): void {
    this.bits.fill(0)
  }
}
