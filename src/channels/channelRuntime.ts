/**
 * Per-process (per-isolate on Workers) queue state for the channel pipeline: the limiters that
 * bound inbound processing and outbound delivery. Kept beside `Services` rather than in it, since
 * only the channel gateway uses it.
 */
import type { Services } from '../services.js'
import { Limiter } from './Limiter.js'

export interface ChannelRuntime {
  inbound: Limiter
  outbox: Limiter
  /** When the last webhook was stored (performance.now()). */
  lastIngestAt: number
  /** Embedded PGlite: turns wait for a lull in webhooks (see `yieldToAcks`). */
  yieldToAcks: boolean
}

/**
 * On embedded PGlite every query waits for the one connection, and a turn holds it for its whole
 * transaction (tens of milliseconds). An acknowledgement arriving meanwhile would wait for the
 * whole turn, so turns start only in a lull between webhooks (QUIET_MS without one), or after
 * MAX_YIELD_MS at the latest so that a steady stream cannot starve them. PostgreSQL needs none of
 * this: acknowledgements and turns use different connections.
 */
const QUIET_MS = 10
const MAX_YIELD_MS = 250

const runtimes = new WeakMap<Services, ChannelRuntime>()

export function runtimeOf(s: Services): ChannelRuntime {
  let rt = runtimes.get(s)
  if (!rt) {
    // Embedded PGlite has one connection: a second concurrent turn would only wait for the first,
    // and every acknowledgement INSERT would wait behind both.
    const n = s.storage.kind === 'pglite' ? 1 : Math.max(1, s.config.CHANNEL_CONCURRENCY)
    rt = { inbound: new Limiter(n), outbox: new Limiter(n), lastIngestAt: 0, yieldToAcks: s.storage.kind === 'pglite' }
    runtimes.set(s, rt)
  }
  return rt
}

/** The clock used for queue decisions: the handler's (tests inject one) or the wall clock. */
export function nowOf(s: Services): Date {
  return s.handler.now?.() ?? new Date()
}

export function noteIngest(s: Services): void {
  runtimeOf(s).lastIngestAt = performance.now()
}

/** Resolves once webhooks pause (PGlite only; at once on PostgreSQL). */
export async function yieldToAcks(s: Services): Promise<void> {
  const rt = runtimeOf(s)
  if (!rt.yieldToAcks) return
  const start = performance.now()
  while (performance.now() - rt.lastIngestAt < QUIET_MS && performance.now() - start < MAX_YIELD_MS) {
    await new Promise((r) => setTimeout(r, QUIET_MS))
  }
}
