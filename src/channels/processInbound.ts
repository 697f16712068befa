/**
 * Runs one claimed inbound message through the shared conversation handler and queues its replies
 * in the outbox, all in the handler's transaction. If another instance re-claimed the row meanwhile
 * (our lease ran out), the claim check inside the transaction rolls the turn back: a message is
 * answered once. A failing turn goes back to `pending` with backoff, and to `failed` after
 * INBOUND_MAX_ATTEMPTS.
 */
import { sql } from 'drizzle-orm'
import { handleMessage } from '../conversation/handleMessage.js'
import type { Services } from '../services.js'
import { rowsOf, type Tx } from '../storage/db.js'
import { outbox } from '../storage/schema.js'
import { backoffMs } from './backoff.js'
import { nowOf } from './channelRuntime.js'
import { type InboundRow, toInboundMessage } from './claimInbound.js'
import type { OutboxRow } from './claimOutbox.js'

export const INBOUND_LEASE_MS = 120_000

export type ProcessOutcome =
  | {
      kind: 'done'
      outboxIds: string[]
      /** Rows this turn queued already claimed for sending (status `sending`, lease running): deliver them directly. */
      claimed?: OutboxRow[]
      /** Whether the same citizen had another message waiting when this one was finished. */
      followUp?: boolean
      replies: { text: string }[]
    }
  | { kind: 'stale' }
  | { kind: 'failed'; error: string; final: boolean }

class StaleClaim extends Error {}

export interface ProcessOptions {
  /** Hold the replies in the outbox until then, while the webhook may still answer passively. */
  holdUntil?: Date
}

export async function processInbound(s: Services, row: InboundRow, opts: ProcessOptions = {}): Promise<ProcessOutcome> {
  let outboxIds: string[] = []
  let claimed: OutboxRow[] = []
  let followUp = true
  try {
    const result = await handleMessage(s.handler, toInboundMessage(row), {
      inboundId: row.id,
      delivery: 'queued',
      afterTurn: async (tx, turn) => {
        const now = nowOf(s)
        const values = turn.outboundIds.map((messageId, seq) => ({
          id: crypto.randomUUID(),
          // Deterministic: a turn replayed after a crash cannot queue the same reply twice.
          deliveryId: `${row.id}:${seq}`,
          messageId,
          channel: row.channel,
          account: row.account,
          recipient: row.external_user_id ?? '',
          conversationId: turn.conversationId,
          ticketId: turn.ticketId,
          payload: { text: turn.replies[seq]?.text ?? '', kind: 'reply', inReplyTo: row.id, seq },
          nextAttemptAt: opts.holdUntil ?? now,
          createdAt: now,
        }))
        const only = values.length === 1 ? values[0] : undefined
        if (only && !opts.holdUntil) {
          const lease = new Date(now.getTime() + s.config.OUTBOX_SEND_TIMEOUT_MS * 3)
          claimed = await queueClaimed(tx, only, lease)
          outboxIds = [only.id]
        } else if (values.length > 0) {
          const inserted = await tx
            .insert(outbox)
            .values(values)
            .onConflictDoNothing({ target: outbox.deliveryId })
            .returning({ id: outbox.id })
          outboxIds = inserted.map((r) => r.id)
        }
        followUp = await completeClaim(tx, row, turn.conversationId, now)
        return { inboundMarked: true }
      },
    })
    return { kind: 'done', outboxIds, claimed, followUp, replies: result.replies }
  } catch (e) {
    if (e instanceof StaleClaim) return { kind: 'stale' }
    const error = e instanceof Error ? e.message : String(e)
    const final = row.attempts >= s.config.INBOUND_MAX_ATTEMPTS
    const retryAt = new Date(nowOf(s).getTime() + backoffMs(row.attempts, 1000, 60_000)).toISOString()
    await s.db.execute(sql`
      update messages set status = ${final ? 'failed' : 'pending'}, locked_until = ${retryAt}::timestamptz, error = ${error.slice(0, 1000)}
      where id = ${row.id} and status = 'processing' and attempts = ${row.attempts}`)
    s.log[final ? 'error' : 'warn']('inbound message failed', {
      id: row.id,
      channel: row.channel,
      attempt: row.attempts,
      final,
      error,
    })
    return { kind: 'failed', error, final }
  }
}

/**
 * Marks our inbound row done, if it still carries our claim (nobody re-claimed or finished it;
 * otherwise the turn rolls back), and tells whether the same citizen has another message waiting,
 * so the caller only looks for one when there is one. A message stored after this statement but
 * before the commit is not seen here; its own webhook's claim or the poll loop takes it.
 */
async function completeClaim(tx: Tx, row: InboundRow, conversationId: string, now: Date): Promise<boolean> {
  const [done] = rowsOf<{ follow_up: boolean }>(
    await tx.execute(sql`
      update messages m set status = 'done', conversation_id = ${conversationId}, processed_at = ${now.toISOString()}::timestamptz, error = null
      where m.id = ${row.id} and m.status = 'processing' and m.attempts = ${row.attempts}
      returning exists (
        select 1 from messages p
        where p.direction = 'in' and p.status = 'pending'
          and p.channel = m.channel and p.account = m.account and p.external_user_id = m.external_user_id
          and p.id <> m.id) as follow_up`),
  )
  if (!done) throw new StaleClaim()
  return done.follow_up
}

/**
 * A turn's single reply, queued already claimed for sending by this process (saving the claim's
 * round trip), unless an earlier reply to the same recipient is still queued: replies leave in
 * order, so it then waits as `pending` like any other. Returns the claimed row, if it was.
 */
async function queueClaimed(tx: Tx, v: OutboxInsert, lease: Date): Promise<OutboxRow[]> {
  const [r] = rowsOf<{ status: string; attempts: number }>(
    await tx.execute(sql`
      insert into outbox (id, delivery_id, message_id, channel, account, recipient, conversation_id, ticket_id, payload, status, attempts, next_attempt_at, created_at)
      select ${v.id}, ${v.deliveryId}, ${v.messageId}, ${v.channel}, ${v.account}, ${v.recipient}, ${v.conversationId}, ${v.ticketId},
        ${JSON.stringify(v.payload)}::jsonb, s.status, case when s.status = 'sending' then 1 else 0 end,
        case when s.status = 'sending' then ${lease.toISOString()}::timestamptz else ${v.nextAttemptAt.toISOString()}::timestamptz end,
        ${v.createdAt.toISOString()}::timestamptz
      from (select case when exists (
          select 1 from outbox p
          where p.status in ('pending', 'sending') and p.channel = ${v.channel} and p.account = ${v.account} and p.recipient = ${v.recipient})
        then 'pending' else 'sending' end as status) s
      on conflict (delivery_id) do nothing
      returning status, attempts`),
  )
  if (r?.status !== 'sending') return []
  return [
    {
      id: v.id,
      delivery_id: v.deliveryId,
      message_id: v.messageId,
      channel: v.channel,
      account: v.account,
      recipient: v.recipient,
      conversation_id: v.conversationId,
      ticket_id: v.ticketId,
      payload: v.payload,
      attempts: r.attempts,
      created_at: v.createdAt,
    },
  ]
}

interface OutboxInsert {
  id: string
  deliveryId: string
  messageId: string
  channel: string
  account: string
  recipient: string
  conversationId: string
  ticketId: string | null
  payload: { text: string; kind: string; inReplyTo: string; seq: number }
  nextAttemptAt: Date
  createdAt: Date
}
