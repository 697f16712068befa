/**
 * Records inbound and outbound messages. The unique key (channel, account, direction, external id)
 * makes a repeated delivery of the same inbound message a no-op: the first answer is replayed.
 */
import { and, asc, eq, sql } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import type { DbOrTx } from '../storage/db.js'
import { messages } from '../storage/schema.js'

export type InboundInsert = { kind: 'new'; id: string } | { kind: 'duplicate'; id: string }

/** The `messages` row of an inbound message as stored (shared with the channel gateway's claiming insert). */
export function inboundValues(msg: InboundMessage, status: 'pending' | 'processing') {
  return {
    id: crypto.randomUUID(),
    direction: 'in' as const,
    channel: msg.channel,
    account: msg.account,
    externalId: msg.externalId,
    externalUserId: msg.externalUserId,
    kind: msg.kind,
    text: msg.text ?? null,
    payload: {
      location: msg.location ?? null,
      command: msg.command ?? null,
      profile: msg.profile ?? null,
      receivedAt: msg.receivedAt.toISOString(),
    },
    raw: msg.raw as never,
    status,
    createdAt: msg.receivedAt,
  }
}

export async function recordInbound(
  db: DbOrTx,
  msg: InboundMessage,
  status: 'pending' | 'processing',
): Promise<InboundInsert> {
  const values = inboundValues(msg, status)
  const id = values.id
  const inserted = await db.insert(messages).values(values).onConflictDoNothing().returning({ id: messages.id })
  if (inserted[0]) return { kind: 'new', id }
  const [prev] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.channel, msg.channel),
        eq(messages.account, msg.account),
        eq(messages.direction, 'in'),
        eq(messages.externalId, msg.externalId),
      ),
    )
  return { kind: 'duplicate', id: prev?.id ?? id }
}

export async function recordOutbound(
  db: DbOrTx,
  inbound: { id: string; channel: string; account: string; externalUserId: string; conversationId: string },
  replies: { text: string }[],
  status: 'inline' | 'queued',
): Promise<string[]> {
  if (replies.length === 0) return []
  // A millisecond apart, in reply order: the conversation feed orders by time, and equal times would fall
  // back to the ids' random order (the emergency advice after the ticket it announces).
  const base = Date.now()
  const rows = replies.map((r, i) => ({
    id: crypto.randomUUID(),
    conversationId: inbound.conversationId,
    direction: 'out' as const,
    channel: inbound.channel,
    account: inbound.account,
    externalUserId: inbound.externalUserId,
    kind: 'text',
    text: r.text,
    payload: { inReplyTo: inbound.id, seq: i },
    status,
    createdAt: new Date(base + i),
  }))
  await db.insert(messages).values(rows)
  return rows.map((r) => r.id)
}

/** The replies already given to an inbound message, in order. */
export async function repliesTo(db: DbOrTx, inboundId: string): Promise<{ text: string }[]> {
  const rows = await db
    .select({ text: messages.text })
    .from(messages)
    .where(and(eq(messages.direction, 'out'), sql`${messages.payload}->>'inReplyTo' = ${inboundId}`))
    .orderBy(asc(sql`(${messages.payload}->>'seq')::int`))
  return rows.map((r) => ({ text: r.text ?? '' }))
}

export async function markInbound(
  db: DbOrTx,
  id: string,
  status: string,
  conversationId: string | null,
  error?: string,
) {
  await db
    .update(messages)
    .set({ status, conversationId, processedAt: new Date(), error: error ?? null })
    .where(eq(messages.id, id))
}
