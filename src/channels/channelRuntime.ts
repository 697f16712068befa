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
  /** Webhooks between arrival and storage right now. */
  acksInFlight: number
  /** Embedded PGlite: turns let webhooks being stored go first (see `yieldToAcks`). */
  yieldToAcks: boolean
}

/**
 * On embedded PGlite every query waits for the one connection, and a turn holds it for its whole
 * transaction (about 10 ms), CPU included. A turn therefore starts only when no webhook is being
 * stored, so a burst of acknowledgements goes first; after PGLITE_TURN_MAX_YIELD_MS it starts anyway,
 * so a steady stream cannot starve processing. It does not wait for a lull beyond that: measured
 * with `npm run bench -- --only=pglite`, waiting for 10 quiet milliseconds left the CPU idle between
 * webhooks: the sustained phase managed 46 messages/s with a reply p99 of 7.6 s, against 78/s and
 * 12 ms without the wait, while an acknowledgement that arrives mid-turn waits only for that one turn. PostgreSQL needs none of this:
 * acknowledgements and turns use different connections.
 */

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
  while (rt.acksInFlight > 0 && performance.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 2))
  }
}
