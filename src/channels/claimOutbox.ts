/**
 * Claims due outbox rows with FOR UPDATE SKIP LOCKED, so instances share the work without taking
 * the same row. A claim moves the row to `sending` with a lease in `next_attempt_at`; a process that
 * dies mid-send leaves the row to be claimed again when the lease ends (at-least-once, and the
 * stable delivery id lets the receiver drop the repeat). Replies to one recipient leave in order: a
 * row waits while an earlier one to the same recipient is still queued.
 */
import { sql } from 'drizzle-orm'
import { type Db, rowsOf } from '../storage/db.js'

export interface OutboxRow {
  id: string
  delivery_id: string
  message_id: string | null
  channel: string
  account: string
  recipient: string
  conversation_id: string | null
  ticket_id: string | null
  payload: { text?: string; kind?: string; passive?: boolean }
  attempts: number
  created_at: string | Date
}

export async function claimOutbox(
  db: Db,
  o: { now: Date; leaseMs: number; limit: number; ids?: string[] },
): Promise<OutboxRow[]> {
  if (o.ids && o.ids.length === 0) return []
  const now = o.now.toISOString()
  const lease = new Date(o.now.getTime() + o.leaseMs).toISOString()
  const due = sql`o.status in ('pending', 'sending') and o.next_attempt_at <= ${now}::timestamptz
    and not exists (
      select 1 from outbox p
      where p.status in ('pending', 'sending') and p.channel = o.channel and p.account = o.account
        and p.recipient = o.recipient and (p.created_at, p.delivery_id) < (o.created_at, o.delivery_id))`
  const set = sql`update outbox o set status = 'sending', attempts = o.attempts + 1, next_attempt_at = ${lease}::timestamptz`
  const returning = sql`returning o.id, o.delivery_id, o.message_id, o.channel, o.account, o.recipient, o.conversation_id, o.ticket_id, o.payload, o.attempts, o.created_at`
  // Known rows (a turn's replies) are claimed with a plain conditional UPDATE; the poll takes the
  // queue with FOR UPDATE SKIP LOCKED so instances never wait on each other's rows.
  const result = o.ids
    ? await db.execute(
        sql`${set} where o.id in (${sql.join(
          o.ids.map((id) => sql`${id}`),
          sql`, `,
        )}) and ${due} ${returning}`,
      )
    : await db.execute(sql`${set} where o.id in (
        select o.id from outbox o where ${due}
        order by o.next_attempt_at, o.created_at, o.delivery_id
        limit ${o.limit}
        for update of o skip locked)
      ${returning}`)
  // RETURNING has no order; restore the queue's (a turn's replies share created_at, their seq ends the delivery id).
  const at = (r: OutboxRow) => new Date(r.created_at).getTime()
  return rowsOf<OutboxRow>(result).sort(
    (a, b) => at(a) - at(b) || a.delivery_id.localeCompare(b.delivery_id, 'en', { numeric: true }),
  )
}
