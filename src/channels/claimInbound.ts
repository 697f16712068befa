/**
 * Claims inbound messages for processing: `pending` rows (and `processing` rows whose lease ran out
 * because their process died), oldest first, with FOR UPDATE SKIP LOCKED so several instances take
 * disjoint rows. A citizen's messages are handled in arrival order: a row is skipped while an
 * earlier message from the same sender is still pending or in progress.
 */
import { type SQL, sql } from 'drizzle-orm'
import type { GeoPoint, InboundMessage, SenderProfile } from '../contract/ChannelAdapter.js'
import { type Db, rowsOf } from '../storage/db.js'

export interface InboundRow {
  id: string
  channel: string
  account: string
  external_id: string | null
  external_user_id: string | null
  kind: string
  text: string | null
  payload: {
    location?: GeoPoint | null
    command?: string | null
    profile?: SenderProfile | null
    receivedAt?: string
  } | null
  raw: unknown
  /** Which claim this is: the turn commits only if the row still carries it. */
  attempts: number
  created_at: string | Date
}

export interface ClaimOptions {
  now: Date
  leaseMs: number
  limit: number
  ids?: string[]
  sender?: { channel: string; account: string; externalUserId: string }
}

export async function claimInbound(db: Db, o: ClaimOptions): Promise<InboundRow[]> {
  if (o.ids && o.ids.length === 0) return []
  const now = o.now.toISOString()
  const lease = new Date(o.now.getTime() + o.leaseMs).toISOString()
  const claimable = sql`m.direction = 'in'
    and ((m.status = 'pending' and (m.locked_until is null or m.locked_until <= ${now}::timestamptz))
      or (m.status = 'processing' and m.locked_until <= ${now}::timestamptz))
    and not exists (
      select 1 from messages p
      where p.direction = 'in' and p.status in ('pending', 'processing')
        and p.channel = m.channel and p.account = m.account and p.external_user_id = m.external_user_id
        and (p.created_at, p.id) < (m.created_at, m.id))`
  const returning = sql`returning m.id, m.channel, m.account, m.external_id, m.external_user_id, m.kind, m.text, m.payload, m.raw, m.attempts, m.created_at`
  if (o.ids) {
    // Known rows: a plain conditional UPDATE claims them atomically (a concurrent claimer waits for
    // the row lock, then finds it no longer claimable); cheaper to plan than the queue query.
    const ids = sql.join(
      o.ids.map((id) => sql`${id}`),
      sql`, `,
    )
    const result = await db.execute(sql`
      update messages m set status = 'processing', attempts = m.attempts + 1, locked_until = ${lease}::timestamptz
      where m.id in (${ids}) and ${claimable}
      ${returning}`)
    return rowsOf<InboundRow>(result)
  }
  const sender: SQL = o.sender
    ? sql`and m.channel = ${o.sender.channel} and m.account = ${o.sender.account} and m.external_user_id = ${o.sender.externalUserId}`
    : sql``
  const result = await db.execute(sql`
    update messages m set status = 'processing', attempts = m.attempts + 1, locked_until = ${lease}::timestamptz
    where m.id in (
      select m.id from messages m
      where ${claimable} ${sender}
      order by m.created_at
      limit ${o.limit}
      for update of m skip locked)
    ${returning}`)
  return rowsOf<InboundRow>(result)
}

/** The stored row back into the normalized message the conversation handler takes. */
export function toInboundMessage(r: InboundRow): InboundMessage {
  const p = r.payload ?? {}
  return {
    channel: r.channel,
    account: r.account,
    externalUserId: r.external_user_id ?? '',
    externalId: r.external_id ?? r.id,
    kind: (['text', 'location', 'command', 'event'].includes(r.kind) ? r.kind : 'text') as InboundMessage['kind'],
    ...(r.text !== null ? { text: r.text } : {}),
    ...(p.location ? { location: p.location } : {}),
    ...(p.command ? { command: p.command } : {}),
    ...(p.profile ? { profile: p.profile } : {}),
    receivedAt: p.receivedAt ? new Date(p.receivedAt) : new Date(r.created_at),
    raw: r.raw,
  }
}
