/**
 * A per-process fixed-window counter for the public web chat: at most `limit` requests per key per window.
 * Public means anyone can post, and every message may become a ticket a unit must handle, so one client must
 * not be able to file hundreds. Counts live in memory: with several instances each counts its own share, which
 * bounds a flood without a database write per message (a proxy in front may enforce a global limit).
 */
export class WindowLimiter {
  private readonly counts = new Map<string, { start: number; n: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Keys kept at most; the oldest windows are dropped first when a flood of new keys arrives. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the key's window ends. */
  take(key: string, now = Date.now()): number {
    if (this.limit <= 0) return 0
    const cur = this.counts.get(key)
    if (!cur || now - cur.start >= this.windowMs) {
      if (cur) this.counts.delete(key)
      if (this.counts.size >= this.maxKeys) this.sweep(now)
      this.counts.set(key, { start: now, n: 1 })
      return 0
    }
    if (cur.n >= this.limit) return Math.max(1, Math.ceil((cur.start + this.windowMs - now) / 1000))
    cur.n++
    return 0
  }

  private sweep(now: number): void {
    for (const [k, v] of this.counts) if (now - v.start >= this.windowMs) this.counts.delete(k)
    // Still full: drop the oldest (a Map iterates in insertion order).
    for (const k of this.counts.keys()) {
      if (this.counts.size < this.maxKeys) break
      this.counts.delete(k)
    }
  }
}
