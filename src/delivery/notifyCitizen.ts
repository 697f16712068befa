/**
 * Sends a message to a citizen on the channel and conversation they used, outside a request:
 * department replies (双反馈), status changes, satisfaction callbacks. The message is recorded and,
 * for push channels, queued in the outbox in the same transaction as the change that caused it,
 * so a reply is never lost between "ticket closed" and "message sent".
 */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { contacts, conversations, messages, outbox } from '../storage/schema.js'

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

export type NotifyResult = { kind: 'queued'; messageId: string; outboxId: string } | { kind: 'stored'; messageId: string } | { kind: 'no_conversation' }

export async function notifyCitizen(db: DbOrTx, n: Notification, now = new Date()): Promise<NotifyResult> {
  const [conv] = await db
    .select({ id: conversations.id, channel: conversations.channel, account: conversations.account, userId: contacts.externalUserId })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(eq(conversations.id, n.conversationId))
    .limit(1)
  if (!conv) return { kind: 'no_conversation' }
  const messageId = crypto.randomUUID()
  const push = !PULL_CHANNELS.has(conv.channel)
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
  return { kind: 'queued', messageId, outboxId }
}
