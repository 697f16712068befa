/**
 * Reply windows. WeChat lets an account write to a citizen for 48 hours after the citizen's last
 * message, 5 customer-service messages at most; Weibo for 48 hours. Outside the window the
 * channel's fallback applies: a template message, or the ticket is marked for an SMS or phone
 * callback. The count is kept on the conversation (`outbound_since_inbound`, reset by every
 * inbound turn) and a slot is reserved atomically per delivery, so instances never overshoot it.
 */
import { sql } from 'drizzle-orm'
import { WECHAT_REPLY_WINDOW } from '../../channels/wechat/wechatAdapter.js'
import { WEIBO_REPLY_WINDOW } from '../../channels/weibo/weiboAdapter.js'
import type { ReplyWindow } from '../contract/ChannelAdapter.js'
import { type DbOrTx, rowsOf } from '../storage/db.js'

/** The platforms' windows by channel name (adapters declare the same objects as `replyWindow`). */
export const REPLY_WINDOWS: Readonly<Record<string, ReplyWindow>> = {
  wechat: WECHAT_REPLY_WINDOW,
  weibo: WEIBO_REPLY_WINDOW,
}

export type WindowState = 'open' | 'closed' | 'none'

/** Read-only: would a message to this conversation be inside the window now? */
export function windowState(
  conv: { lastInboundAt: Date | null; outboundSinceInbound: number },
  window: ReplyWindow | undefined,
  now: Date,
): WindowState {
  if (!window) return 'none'
  if (!conv.lastInboundAt || now.getTime() - conv.lastInboundAt.getTime() > window.hours * 3_600_000) return 'closed'
  if (window.maxMessages !== undefined && conv.outboundSinceInbound >= window.maxMessages) return 'closed'
  return 'open'
}

/** Takes one slot of the window for a delivery; 'closed' when there is none left. */
export async function reserveWindowSlot(
  db: DbOrTx,
  conversationId: string,
  window: ReplyWindow,
  now: Date,
): Promise<'open' | 'closed'> {
  const cutoff = new Date(now.getTime() - window.hours * 3_600_000).toISOString()
  const max = window.maxMessages ?? 2_147_483_647
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      update conversations set outbound_since_inbound = outbound_since_inbound + 1
      where id = ${conversationId} and last_inbound_at >= ${cutoff}::timestamptz and outbound_since_inbound < ${max}
      returning id`),
  )
  return rows.length ? 'open' : 'closed'
}

/** Gives a reserved slot back when the delivery did not go out. */
export async function releaseWindowSlot(db: DbOrTx, conversationId: string): Promise<void> {
  await db.execute(sql`
    update conversations set outbound_since_inbound = outbound_since_inbound - 1
    where id = ${conversationId} and outbound_since_inbound > 0`)
}
