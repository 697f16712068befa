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
  /** Webhooks between arrival and storage right now, and when the last one finished (performance.now()). */
  acksInFlight: number
  lastAckAt: number
  /** Embedded PGlite: turns let webhooks being stored go first (see `yieldToAcks`). */
  yieldToAcks: boolean
  /** Set by the background loop (Node): a webhook was stored, so poll at the quick pace again. */
  onActivity?: () => void
}

/**
 * On embedded PGlite every query waits for the one connection, and a turn holds it for its whole
 * transaction (about 10 ms), CPU included. A turn therefore starts only when no webhook is being
 * stored and none finished in the last BURST_GAP_MS, so a burst of acknowledgements goes first;
 * after PGLITE_TURN_MAX_YIELD_MS it starts anyway, so a steady stream cannot starve processing.
 * The gap is short on purpose: a burst's webhooks follow each other within a millisecond or two,
 * while waiting longer leaves the CPU idle between the webhooks of a steady stream. Measured with
 * `npm run bench -- --only=pglite` and `npm run ack-latency`: with 10 ms the sustained phase kept up
 * with only 46 messages/s (reply p99 7.6 s); with no gap, 78/s (reply p99 12 ms) but a burst's
 * acknowledgements waited behind turns (p50 32–55 ms); with 3 ms, 66/s (reply p99 76 ms) and burst
 * acknowledgements at p50 13–27 ms, p99 under 65 ms. PostgreSQL needs none of this:
 * acknowledgements and turns use different connections.
 */
const BURST_GAP_MS = 3

const runtimes = new WeakMap<Services, ChannelRuntime>()

export function runtimeOf(s: Services): ChannelRuntime {
  let rt = runtimes.get(s)
  if (!rt) {
    // Embedded PGlite has one connection: a second concurrent turn would only wait for the first,
    // and every acknowledgement INSERT would wait behind both.
    const n = s.storage.kind === 'pglite' ? 1 : Math.max(1, s.config.CHANNEL_CONCURRENCY)
    rt = {
      inbound: new Limiter(n),
      outbox: new Limiter(n),
      acksInFlight: 0,
      lastAckAt: 0,
      yieldToAcks: s.storage.kind === 'pglite',
    }
    runtimes.set(s, rt)
  }
  return rt
}

/** The clock used for queue decisions: the handler's (tests inject one) or the wall clock. */
export function nowOf(s: Services): Date {
  return s.handler.now?.() ?? new Date()
}

/** Runs the store-and-acknowledge part of a webhook, so turns on PGlite can keep out of its way. */
export async function ackSection<T>(s: Services, work: () => Promise<T>): Promise<T> {
  const rt = runtimeOf(s)
  rt.acksInFlight++
  try {
    return await work()
  } finally {
    rt.acksInFlight--
    rt.lastAckAt = performance.now()
    rt.onActivity?.()
  }
}

/**
 * Resolves once no webhook is being stored (PGlite only; at once on PostgreSQL). It always yields to the event
 * loop first: PGlite answers queries without real I/O, so a run of turns is one long chain of
 * promise continuations during which Node would not even read the webhooks waiting on its sockets.
 */
export async function yieldToAcks(s: Services): Promise<void> {
  const rt = runtimeOf(s)
  if (!rt.yieldToAcks) return
  await new Promise((r) => setImmediate(r))
  const start = performance.now()
  const maxMs = s.config.PGLITE_TURN_MAX_YIELD_MS
  while (
    (rt.acksInFlight > 0 || performance.now() - rt.lastAckAt < BURST_GAP_MS) &&
    performance.now() - start < maxMs
  ) {
    await new Promise((r) => setTimeout(r, rt.acksInFlight > 0 ? 2 : BURST_GAP_MS))
  }
}
