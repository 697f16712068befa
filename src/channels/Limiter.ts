/**
 * Bounds how many queue jobs a process runs at once. Each job holds a database connection for a
 * turn; unbounded, a burst of webhooks would take every pooled connection and the acknowledgement
 * path (one INSERT) would queue behind them. Jobs beyond `maxQueued` are refused: their rows stay
 * in the database and the poll loop takes them later.
 */
export class Limiter {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(
    readonly concurrency: number,
    readonly maxQueued = 10_000,
  ) {}

  /** Free slots right now (what a poll loop may claim). */
  get free(): number {
    return Math.max(0, this.concurrency - this.active - this.waiting.length)
  }

  get busy(): number {
    return this.active + this.waiting.length
  }

  /** Runs `job` when a slot is free; null when the queue is full (the job was not started). */
  run<T>(job: () => Promise<T>): Promise<T> | null {
    if (this.waiting.length >= this.maxQueued) return null
    return this.acquire().then(async () => {
      try {
        return await job()
      } finally {
        this.release()
      }
    })
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}
