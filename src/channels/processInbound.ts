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

export const INBOUND_LEASE_MS = 120_000

export type ProcessOutcome =
  | { kind: 'done'; outboxIds: string[]; replies: { text: string }[] }
  | { kind: 'stale' }
  | { kind: 'failed'; error: string; final: boolean }

class StaleClaim extends Error {}

export interface ProcessOptions {
  /** Hold the replies in the outbox until then, while the webhook may still answer passively. */
  holdUntil?: Date
}

export async function processInbound(s: Services, row: InboundRow, opts: ProcessOptions = {}): Promise<ProcessOutcome> {
  let outboxIds: string[] = []
  try {
    const result = await handleMessage(s.handler, toInboundMessage(row), {
      inboundId: row.id,
      delivery: 'queued',
      afterTurn: async (tx, turn) => {
        await assertClaim(tx, row)
        const now = nowOf(s)
        // The platform's reply window opens at the citizen's message, whatever the turn did.
        const receivedAt = new Date(row.created_at).toISOString()
        await tx.execute(sql`
          update conversations set outbound_since_inbound = 0,
            last_inbound_at = greatest(coalesce(last_inbound_at, ${receivedAt}::timestamptz), ${receivedAt}::timestamptz)
          where id = ${turn.conversationId}`)
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
        if (values.length === 0) return
        const inserted = await tx
          .insert(outbox)
          .values(values)
          .onConflictDoNothing({ target: outbox.deliveryId })
          .returning({ id: outbox.id })
        outboxIds = inserted.map((r) => r.id)
      },
    })
    return { kind: 'done', outboxIds, replies: result.replies }
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

/** Locks our inbound row and checks it still carries our claim (nobody re-claimed or finished it). */
async function assertClaim(tx: Tx, row: InboundRow): Promise<void> {
  const [cur] = rowsOf<{ status: string; attempts: number }>(
    await tx.execute(sql`select status, attempts from messages where id = ${row.id} for update`),
  )
  if (cur?.status !== 'processing' || cur.attempts !== row.attempts) throw new StaleClaim()
}
