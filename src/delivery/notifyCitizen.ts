/**
 * Sends a message to a citizen on the channel and conversation they used, outside a request:
 * department replies (双反馈), status changes, satisfaction callbacks. The message is recorded and,
 * for push channels, queued in the outbox in the same transaction as the change that caused it,
 * so a reply is never lost between "ticket closed" and "message sent".
 */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { contacts, conversations, messages, outbox } from '../storage/schema.js'
import { REPLY_WINDOWS, type WindowState, windowState } from './replyWindow.js'

export interface Notification {
  conversationId: string
  text: string
  ticketId?: string | null
  /** What caused it; receivers of signed webhooks see it as the event type. */
  kind: 'reply' | 'status' | 'callback' | 'reminder'
  /** Stable id for this notification, so a retried caller does not queue it twice. */
  deliveryId?: string
}

/** Channels whose clients fetch messages themselves (web chat, enterprise portals) get no outbox row. */
const PULL_CHANNELS = new Set(['web', 'enterprise'])

/**
 * `window` tells the caller whether the platform's reply window is open right now ('none': the
 * channel has no window). The outbox re-checks at delivery time and, when it has closed, uses the
 * channel's fallback: a template message, or a `callback_needed` event on the ticket (SMS/phone).
 */
export type NotifyResult =
  | { kind: 'queued'; messageId: string; outboxId: string; window: WindowState }
  | { kind: 'stored'; messageId: string }
  | { kind: 'no_conversation' }

export async function notifyCitizen(db: DbOrTx, n: Notification, now = new Date()): Promise<NotifyResult> {
  const [conv] = await db
    .select({
      id: conversations.id,
      channel: conversations.channel,
      account: conversations.account,
      userId: contacts.externalUserId,
      lastInboundAt: conversations.lastInboundAt,
      outboundSinceInbound: conversations.outboundSinceInbound,
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(eq(conversations.id, n.conversationId))
    .limit(1)
  if (!conv) return { kind: 'no_conversation' }
  const window = windowState(conv, REPLY_WINDOWS[conv.channel], now)
  const push = !PULL_CHANNELS.has(conv.channel)
  if (push && n.deliveryId) {
    // A retried caller: the notification is already queued, do not record the message twice.
    const [prev] = await db
      .select({ id: outbox.id, messageId: outbox.messageId })
      .from(outbox)
      .where(eq(outbox.deliveryId, n.deliveryId))
      .limit(1)
    if (prev) return { kind: 'queued', messageId: prev.messageId ?? '', outboxId: prev.id, window }
  }
  const messageId = crypto.randomUUID()
  await db.insert(messages).values({
    id: messageId,
    conversationId: conv.id,
    direction: 'out',
    channel: conv.channel,
    account: conv.account,
    externalUserId: conv.userId,
    kind: 'text',
    text: n.text,
    payload: { notification: n.kind, ticketId: n.ticketId ?? null },
    status: push ? 'queued' : 'inline',
    createdAt: now,
  })
  if (!push) return { kind: 'stored', messageId }
  const outboxId = crypto.randomUUID()
  await db
    .insert(outbox)
    .values({
      id: outboxId,
      deliveryId: n.deliveryId ?? outboxId,
      messageId,
      channel: conv.channel,
      account: conv.account,
      recipient: conv.userId,
      conversationId: conv.id,
      ticketId: n.ticketId ?? null,
      payload: { text: n.text, kind: n.kind },
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outbox.deliveryId })
  return { kind: 'queued', messageId, outboxId, window }
}
