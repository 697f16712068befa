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
  payload: { location?: GeoPoint | null; command?: string | null; profile?: SenderProfile | null; receivedAt?: string } | null
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
  const filters: SQL[] = []
  if (o.ids) filters.push(sql`and m.id in (${sql.join(o.ids.map((id) => sql`${id}`), sql`, `)})`)
  if (o.sender) {
    filters.push(sql`and m.channel = ${o.sender.channel} and m.account = ${o.sender.account} and m.external_user_id = ${o.sender.externalUserId}`)
  }
  const result = await db.execute(sql`
    update messages set status = 'processing', attempts = attempts + 1, locked_until = ${lease}::timestamptz
    where id in (
      select m.id from messages m
      where m.direction = 'in'
        and ((m.status = 'pending' and (m.locked_until is null or m.locked_until <= ${now}::timestamptz))
          or (m.status = 'processing' and m.locked_until <= ${now}::timestamptz))
        ${sql.join(filters, sql` `)}
        and not exists (
          select 1 from messages p
          where p.direction = 'in' and p.status in ('pending', 'processing')
            and p.channel = m.channel and p.account = m.account and p.external_user_id = m.external_user_id
            and (p.created_at, p.id) < (m.created_at, m.id))
      order by m.created_at
      limit ${o.limit}
      for update of m skip locked)
    returning id, channel, account, external_id, external_user_id, kind, text, payload, raw, attempts, created_at`)
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
