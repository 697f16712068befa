/**
 * The pace of the background sweep: `pollMs` while there is traffic, doubling after every sweep
 * that finds nothing, up to `idleMs`. Activity (a stored webhook) brings the quick pace back.
 */
export class PollPacer {
  private delay: number

  constructor(
    private readonly pollMs: number,
    private readonly idleMs: number,
  ) {
    this.delay = pollMs
  }

  /** Milliseconds to wait before the next sweep, given how many rows the last one handled. */
  next(handled: number): number {
    if (handled > 0) {
      this.delay = this.pollMs
      return 0
    }
    const wait = this.delay
    this.delay = Math.min(Math.max(this.pollMs, this.idleMs), this.delay * 2)
    return wait
  }

  /** Something arrived: true when the loop was backing off and should be rescheduled at `pollMs`. */
  activity(): boolean {
    if (this.delay === this.pollMs) return false
    this.delay = this.pollMs
    return true
  }
}
