/**
 * Double feedback (双反馈): the department's reply goes to the citizen on the channel and conversation
 * the ticket came from, followed by the satisfaction callback (回访) question. Both are queued through
 * `notifyCitizen` in the closing transaction, so "closed" and "reply queued" happen together. The
 * center sees the same reply in the ticket's events.
 */
import { notifyCitizen } from '../delivery/notifyCitizen.js'
import type { DbOrTx } from '../storage/db.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { lockConversation, storeConversationState, withCallback } from './callback/callbackQueue.js'
import { callbackQuestion, closeReply } from './lifecycleReplies.js'
import type { EventInput } from './ticketTx.js'

export type FeedbackOutcome = { callbackStatus: 'pending' | 'unreachable'; events: EventInput[] }

export async function deliverFeedback(
  tx: DbOrTx,
  t: TicketRow,
  departmentName: string,
  reply: string,
  now: Date,
): Promise<FeedbackOutcome> {
  const base = { ticketId: t.id, actor: 'system', departmentId: t.departmentId }
  const conv = t.conversationId ? await lockConversation(tx, t.conversationId) : null
  if (!t.conversationId || !conv) {
    // Open311 and other conversation-less tickets: the reply is public through their API, no callback possible.
    return {
      callbackStatus: 'unreachable',
      events: [{ ...base, type: 'callback_unreachable', data: { round: t.round } }],
    }
  }
  const sent = await notifyCitizen(
    tx,
    {
      conversationId: t.conversationId,
      text: closeReply(t, departmentName, reply),
      ticketId: t.id,
      kind: 'reply',
      deliveryId: `reply:${t.id}:${t.round}`,
    },
    now,
  )
  const asked = await notifyCitizen(
    tx,
    {
      conversationId: t.conversationId,
      text: callbackQuestion(t.number),
      ticketId: t.id,
      kind: 'callback',
      deliveryId: `callback:${t.id}:${t.round}`,
    },
    // After the result, never before it: the feed and the outbox order by time, and "callback:…" would
    // otherwise sort ahead of "reply:…" among equal times.
    new Date(now.getTime() + 1),
  )
  await storeConversationState(tx, t.conversationId, withCallback(conv, t.id), now)
  return {
    callbackStatus: 'pending',
    events: [
      {
        ...base,
        type: 'reply_sent',
        data: { channel: t.channel, delivery: sent.kind, messageId: 'messageId' in sent ? sent.messageId : null },
      },
      { ...base, type: 'callback_sent', data: { round: t.round, delivery: asked.kind } },
    ],
  }
}
