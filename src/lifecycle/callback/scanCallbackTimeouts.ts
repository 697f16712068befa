/**
 * A callback nobody answered within `callbackTimeoutHours` is recorded as `no_answer`: a
 * `callback_no_answer` event, never counted as satisfied nor in the rates' denominators. Each ticket
 * is handled in its own short transaction, conversation locked before ticket (the handler's order).
 */
import { and, eq, lte } from 'drizzle-orm'
import type { Db } from '../../storage/db.js'
import { tickets } from '../../storage/schema.js'
import type { LifecycleSettings } from '../lifecycleSettings.js'
import { addEvents, lockTicket, updateTicket } from '../ticketTx.js'
import { lockConversation, storeConversationState, withoutCallback } from './callbackQueue.js'

export async function scanCallbackTimeouts(
  db: Db,
  settings: LifecycleSettings,
  now = new Date(),
  limit = 200,
): Promise<number> {
  const cutoff = new Date(now.getTime() - settings.callbackTimeoutHours * 3_600_000)
  const due = await db
    .select({ id: tickets.id, conversationId: tickets.conversationId })
    .from(tickets)
    .where(and(eq(tickets.callbackStatus, 'pending'), lte(tickets.closedAt, cutoff)))
    .orderBy(tickets.closedAt)
    .limit(limit)
  let count = 0
  for (const d of due) {
    const done = await db.transaction(async (tx) => {
      const conv = d.conversationId ? await lockConversation(tx, d.conversationId) : null
      const t = await lockTicket(tx, d.id)
      if (t?.callbackStatus !== 'pending' || !t.closedAt || t.closedAt > cutoff) return false
      await updateTicket(tx, t.id, { callbackStatus: 'no_answer' }, now)
      await addEvents(
        tx,
        [
          {
            ticketId: t.id,
            type: 'callback_no_answer',
            actor: 'system',
            departmentId: t.departmentId,
            data: { round: t.round },
          },
        ],
        now,
      )
      if (conv && d.conversationId) await storeConversationState(tx, d.conversationId, withoutCallback(conv, t.id), now)
      return true
    })
    if (done) count++
  }
  return count
}
