/**
 * The acknowledgement's INSERT, claiming the message for this process at the same time when it has
 * room for another turn: the turn then starts without a separate claim (one round trip and one
 * commit fewer per message). The citizen's order still holds: if an earlier message of theirs is
 * waiting or in progress, the row goes in `pending` and is taken after it, as any other. A claimed
 * row carries a lease like any claim, so if this process dies the poll loop of another takes it.
 */
import { sql } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import { inboundValues } from '../conversation/messageLog.js'
import { type Db, rowsOf } from '../storage/db.js'
import type { InboundRow } from './claimInbound.js'

export type StoredInbound = { kind: 'duplicate' } | { kind: 'new'; id: string; claimed: InboundRow | null }

export async function storeClaimed(db: Db, msg: InboundMessage, lease: Date): Promise<StoredInbound> {
  const v = inboundValues(msg, 'processing')
  const [r] = rowsOf<{ status: string }>(
    await db.execute(sql`
      insert into messages (id, direction, channel, account, external_id, external_user_id, kind, text, payload, raw, status, attempts, locked_until, created_at)
      select ${v.id}, 'in', ${v.channel}, ${v.account}, ${v.externalId}, ${v.externalUserId}, ${v.kind}, ${v.text},
        ${JSON.stringify(v.payload)}::jsonb, ${v.raw === undefined ? null : JSON.stringify(v.raw)}::jsonb,
        s.status, case when s.status = 'processing' then 1 else 0 end,
        case when s.status = 'processing' then ${lease.toISOString()}::timestamptz end, ${v.createdAt.toISOString()}::timestamptz
      from (select case when exists (
          select 1 from messages p
          where p.direction = 'in' and p.status in ('pending', 'processing')
            and p.channel = ${v.channel} and p.account = ${v.account} and p.external_user_id = ${v.externalUserId})
        then 'pending' else 'processing' end as status) s
      on conflict do nothing
      returning status`),
  )
  if (!r) return { kind: 'duplicate' }
  if (r.status !== 'processing') return { kind: 'new', id: v.id, claimed: null }
  return {
    kind: 'new',
    id: v.id,
    claimed: {
      id: v.id,
      channel: v.channel,
      account: v.account,
      external_id: v.externalId,
      external_user_id: v.externalUserId,
      kind: v.kind,
      text: v.text,
      payload: v.payload,
      raw: v.raw,
      attempts: 1,
      created_at: v.createdAt,
    },
  }
}
