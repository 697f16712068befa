/**
 * Node's background loop for the channel queues. Webhooks kick processing right away (runPipeline
 * via `defer`); this loop picks up what that did not finish: messages stored while the process was
 * busy, turns whose process died (their lease expires), replies due for a retry. Every instance
 * runs it; FOR UPDATE SKIP LOCKED keeps them off each other's rows. (Workers have no loop: there
 * each request's `waitUntil` drives the pipeline, and a Cron Trigger can call `sweepChannels`.)
 */
import type { Services } from '../services.js'
import { nowOf, runtimeOf, yieldToAcks } from './channelRuntime.js'
import { claimInbound } from './claimInbound.js'
import { deliverDue } from './deliverOutbox.js'
import { INBOUND_LEASE_MS, processInbound } from './processInbound.js'
import { PollPacer } from './PollPacer.js'
import { afterProcessed } from './runPipeline.js'

/** One pass: claim what this process has room for, process it, deliver what is due. */
export async function sweepChannels(s: Services): Promise<{ inbound: number; outbound: number }> {
  const rt = runtimeOf(s)
  const room = Math.max(1, rt.inbound.free)
  const rows =
    rt.inbound.busy >= rt.inbound.concurrency
      ? []
      : await claimInbound(s.db, { now: nowOf(s), leaseMs: INBOUND_LEASE_MS, limit: room })
  const turns = rows.map(async (row) => {
    const turn = async () => {
      await yieldToAcks(s)
      return processInbound(s, row)
    }
    const outcome = await (rt.inbound.run(turn) ?? turn())
    await afterProcessed(s, row, outcome)
  })
  const outbound =
    rt.outbox.busy >= rt.outbox.concurrency ? 0 : await deliverDue(s, { limit: Math.max(1, rt.outbox.free) })
  await Promise.all(turns)
  return { inbound: rows.length, outbound }
}

export interface ChannelWorkers {
  stop(): Promise<void>
}

/**
 * Polls every `pollMs` while there is traffic and backs off, doubling, to `idleMs` once sweeps find
 * nothing; a stored webhook brings the quick pace back at once. An idle sweep is two queries, which
 * on embedded PGlite block the event loop for several milliseconds (about 3% of a core at four a
 * second): requests that arrived meanwhile waited for them. Retries and expired leases are never
 * more urgent than `idleMs`, and new messages are processed by their webhook, not by this loop.
 */
export function startChannelWorkers(
  s: Services,
  pollMs = s.config.WORKER_POLL_MS,
  idleMs = s.config.WORKER_IDLE_POLL_MS,
): ChannelWorkers {
  const rt = runtimeOf(s)
  let running = true
  let sweeping = false
  let current: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  const pace = new PollPacer(pollMs, idleMs)
  const schedule = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(tick, ms)
  }
  const tick = () => {
    if (!running) return
    sweeping = true
    current = sweepChannels(s)
      .then((n) => n.inbound + n.outbound)
      .catch((e) => {
        s.log.error('channel sweep failed', { error: String(e) })
        return 0
      })
      .then((n) => {
        sweeping = false
        if (!running) return
        // Keep draining while there is a backlog; otherwise wait, longer after every idle sweep.
        schedule(pace.next(n))
      })
  }
  rt.onActivity = () => {
    if (pace.activity() && running && !sweeping) schedule(pollMs)
  }
  schedule(pollMs)
  return {
    stop: async () => {
      running = false
      rt.onActivity = undefined
      clearTimeout(timer)
      await current
    },
  }
}
