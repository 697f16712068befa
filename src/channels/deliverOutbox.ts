/**
 * Delivers claimed outbox rows through their channel adapter. Outcomes:
 * - sent: done;
 * - the platform cannot reach the citizen (reply window closed, no template): `diverted`, and the
 *   ticket gets a `callback_needed` event so the hotline calls or texts them instead;
 * - a retryable failure (network, timeout, 429, 5xx): back to `pending` with exponential backoff;
 * - anything else, or OUTBOX_MAX_ATTEMPTS reached: `dead` (the dead letter), logged as an error.
 */
import { and, eq, sql } from 'drizzle-orm'
import type { ChannelAdapter, OutboundMessage, SendResult } from '../contract/ChannelAdapter.js'
import { releaseWindowSlot, reserveWindowSlot } from '../delivery/replyWindow.js'
import type { Services } from '../services.js'
import { rowsOf } from '../storage/db.js'
import { messages, outbox, ticketEvents, tickets } from '../storage/schema.js'
import { backoffMs } from './backoff.js'
import { nowOf, runtimeOf } from './channelRuntime.js'
import { claimOutbox, type OutboxRow } from './claimOutbox.js'

export type DeliveryOutcome = 'sent' | 'retry' | 'dead' | 'diverted' | 'stale'

/**
 * Claims due rows (any, or just `ids`) and delivers them; returns how many were claimed. With
 * `ids` it keeps going while it makes progress: a turn's second reply only becomes claimable once
 * the first has left.
 */
export async function deliverDue(s: Services, o: { ids?: string[]; limit?: number } = {}): Promise<number> {
  let remaining = o.ids
  let total = 0
  for (let round = 0; round < 20; round++) {
    const rows = await claimOutbox(s.db, {
      now: nowOf(s),
      leaseMs: s.config.OUTBOX_SEND_TIMEOUT_MS * 3,
      limit: o.limit ?? Math.max(1, remaining?.length ?? 20),
      ...(remaining ? { ids: remaining } : {}),
    })
    if (rows.length === 0) break
    await deliverRows(s, rows)
    total += rows.length
    if (!remaining) break
    const claimed = new Set(rows.map((r) => r.id))
    remaining = remaining.filter((id) => !claimed.has(id))
    if (remaining.length === 0) break
  }
  return total
}

/** Recipients in parallel (bounded by the outbox limiter), each recipient's rows in order. */
export async function deliverRows(s: Services, rows: OutboxRow[]): Promise<DeliveryOutcome[]> {
  const groups = new Map<string, OutboxRow[]>()
  for (const r of rows) {
    const key = `${r.channel}\u0000${r.account}\u0000${r.recipient}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const limiter = runtimeOf(s).outbox
  const outcomes: DeliveryOutcome[] = []
  await Promise.all(
    [...groups.values()].map(async (group) => {
      for (const row of group) {
        const run = limiter.run(() => deliverOne(s, row)) ?? deliverOne(s, row)
        outcomes.push(await run)
      }
    }),
  )
  return outcomes
}

export async function deliverOne(s: Services, row: OutboxRow): Promise<DeliveryOutcome> {
  const adapter = s.channels.find((a) => a.name === row.channel)
  if (!adapter)
    return settle(s, row, { ok: false, retryable: true, error: `channel ${row.channel} is not configured` }, false)
  const now = nowOf(s)
  const slot =
    adapter.replyWindow && row.conversation_id
      ? await reserveWindowSlot(s.db, row.conversation_id, adapter.replyWindow, now)
      : 'none'
  const msg = await toOutbound(s, row, slot === 'closed')
  let result: SendResult
  try {
    result = await adapter.send(msg, timedFetch(s.config.OUTBOX_SEND_TIMEOUT_MS))
  } catch (e) {
    result = { ok: false, retryable: true, error: `adapter threw: ${e instanceof Error ? e.message : String(e)}` }
  }
  return settle(s, row, result, slot === 'open', adapter)
}

async function toOutbound(s: Services, row: OutboxRow, outsideWindow: boolean): Promise<OutboundMessage> {
  const [t] = row.ticket_id
    ? await s.db
        .select({ id: tickets.id, number: tickets.number, status: tickets.status })
        .from(tickets)
        .where(eq(tickets.id, row.ticket_id))
    : []
  const kind = row.payload.kind
  return {
    deliveryId: row.delivery_id,
    channel: row.channel,
    account: row.account,
    recipient: row.recipient,
    text: row.payload.text ?? '',
    kind: kind === 'status' || kind === 'callback' || kind === 'reminder' ? kind : 'reply',
    ...(row.conversation_id ? { conversationId: row.conversation_id } : {}),
    ...(outsideWindow ? { outsideWindow: true } : {}),
    ...(t ? { ticket: t } : {}),
    createdAt: new Date(row.created_at),
  }
}

async function settle(
  s: Services,
  row: OutboxRow,
  r: SendResult,
  reserved: boolean,
  adapter?: ChannelAdapter,
): Promise<DeliveryOutcome> {
  const now = nowOf(s)
  const mine = and(eq(outbox.id, row.id), eq(outbox.status, 'sending'), eq(outbox.attempts, row.attempts))
  if (!r.ok && reserved && row.conversation_id) await releaseWindowSlot(s.db, row.conversation_id)
  if (r.ok) {
    // One statement for both rows: on PGlite every round trip holds the only connection.
    const at = now.toISOString()
    const [done] = rowsOf<{ n: number }>(
      await s.db.execute(sql`
        with o as (
          update outbox set status = 'sent', sent_at = ${at}::timestamptz, last_error = null
          where id = ${row.id} and status = 'sending' and attempts = ${row.attempts}
          returning message_id),
        m as (update messages set status = 'sent', processed_at = ${at}::timestamptz where id in (select message_id from o) returning 1)
        select count(*)::int as n from o`),
    )
    return done?.n ? 'sent' : 'stale'
  }
  if (r.fallback === 'callback') {
    await s.db.transaction(async (tx) => {
      await tx.update(outbox).set({ status: 'diverted', lastError: r.error }).where(mine)
      if (row.message_id)
        await tx.update(messages).set({ status: 'diverted', error: r.error }).where(eq(messages.id, row.message_id))
      if (row.ticket_id) {
        await tx.insert(ticketEvents).values({
          ticketId: row.ticket_id,
          type: 'callback_needed',
          actor: `system:${adapter?.name ?? row.channel}`,
          data: {
            reason: r.error,
            channel: row.channel,
            deliveryId: row.delivery_id,
            text: row.payload.text ?? '',
            via: ['sms', 'phone'],
          },
          createdAt: now,
        })
      }
    })
    s.log.warn('reply window closed: marked for callback', {
      channel: row.channel,
      delivery: row.delivery_id,
      ticket: row.ticket_id,
    })
    return 'diverted'
  }
  const final = !r.retryable || row.attempts >= s.config.OUTBOX_MAX_ATTEMPTS
  if (final) {
    await s.db.update(outbox).set({ status: 'dead', lastError: r.error }).where(mine)
    if (row.message_id)
      await s.db.update(messages).set({ status: 'dead', error: r.error }).where(eq(messages.id, row.message_id))
    s.log.error('outbound message dead-lettered', {
      channel: row.channel,
      delivery: row.delivery_id,
      attempts: row.attempts,
      error: r.error,
    })
    return 'dead'
  }
  const wait = backoffMs(row.attempts, s.config.OUTBOX_BACKOFF_MS, s.config.OUTBOX_BACKOFF_MAX_MS)
  await s.db
    .update(outbox)
    .set({ status: 'pending', nextAttemptAt: new Date(now.getTime() + wait), lastError: r.error })
    .where(mine)
  s.log.warn('outbound delivery failed, will retry', {
    channel: row.channel,
    delivery: row.delivery_id,
    attempt: row.attempts,
    retryInMs: wait,
    error: r.error,
  })
  return 'retry'
}

/** Platform calls get a deadline; a hung API must not hold a delivery slot forever. */
function timedFetch(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) })
}

/** For tests and the Workers sweep: the number of rows still waiting. */
export async function pendingOutbox(s: Services): Promise<number> {
  const [r] = await s.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(sql`${outbox.status} in ('pending', 'sending')`)
  return r?.n ?? 0
}
