/**
 * What happens after a webhook is acknowledged: claim the stored message, run the turn, deliver
 * its replies, then take the sender's next message if one was waiting behind it. Runs through
 * `services.defer` (a tracked promise on Node, `waitUntil` on Workers). If this process is too busy
 * the message simply stays `pending` and the poll loop takes it.
 */
import type { Services } from '../services.js'
import { nowOf, runtimeOf, yieldToAcks } from './channelRuntime.js'
import { claimInbound, type InboundRow } from './claimInbound.js'
import { deliverDue, deliverRows } from './deliverOutbox.js'
import { INBOUND_LEASE_MS, type ProcessOptions, type ProcessOutcome, processInbound } from './processInbound.js'

export async function runPipeline(s: Services, inboundId: string): Promise<void> {
  const claimed = await claimAndProcess(s, { ids: [inboundId] })
  if (claimed) await afterProcessed(s, claimed.row, claimed.outcome)
}

/** Runs the turn of a message claimed when it was stored, then delivers and follows on as above. */
export async function runClaimed(s: Services, row: InboundRow): Promise<void> {
  const turn = async () => {
    await yieldToAcks(s)
    return processInbound(s, row)
  }
  // The limiter refuses only when its queue is full; the row is ours already, so run it anyway.
  const outcome = await (runtimeOf(s).inbound.run(turn) ?? turn())
  await afterProcessed(s, row, outcome)
}

/** Claims one message (by id, or the sender's next) and runs its turn inside the inbound limiter. */
export async function claimAndProcess(
  s: Services,
  filter: { ids: string[] } | { sender: { channel: string; account: string; externalUserId: string } },
  opts: ProcessOptions = {},
): Promise<{ row: InboundRow; outcome: ProcessOutcome } | null> {
  const job = runtimeOf(s).inbound.run(async () => {
    if (!opts.holdUntil) await yieldToAcks(s)
    const [row] = await claimInbound(s.db, { now: nowOf(s), leaseMs: INBOUND_LEASE_MS, limit: 1, ...filter })
    return row ? { row, outcome: await processInbound(s, row, opts) } : null
  })
  return job ? await job : null
}

/** Delivers the turn's replies, then follows on with the same citizen's next waiting message. */
export async function afterProcessed(s: Services, row: InboundRow, outcome: ProcessOutcome): Promise<void> {
  let current: { row: InboundRow; outcome: ProcessOutcome } | null = { row, outcome }
  for (let i = 0; i < 50 && current; i++) {
    const o = current.outcome
    if (o.kind === 'done') {
      const claimed = o.claimed ?? []
      if (claimed.length) await deliverRows(s, claimed)
      const rest = o.outboxIds.filter((id) => !claimed.some((r) => r.id === id))
      if (rest.length) await deliverDue(s, { ids: rest })
      // Nothing of this citizen's was waiting when the turn ended: no need to look.
      if (o.followUp === false) return
    }
    if (o.kind === 'failed' && !o.final) return
    const sender = {
      channel: current.row.channel,
      account: current.row.account,
      externalUserId: current.row.external_user_id ?? '',
    }
    current = await claimAndProcess(s, { sender })
  }
}
