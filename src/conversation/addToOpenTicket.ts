/** A further message about a matter whose ticket is still open goes onto that ticket. */
import { and, eq, inArray } from 'drizzle-orm'
import { OPEN_STATUSES } from '../lifecycle/ticketStatus.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { Analysis } from '../understanding/types.js'
import { isSupplement } from './cues.js'
import * as say from './replies.js'
import { hasPlace, save, type Turn } from './turn.js'

const SUPPLEMENT_WINDOW_MS = 7 * 86_400_000

/** A further message about the same matter goes onto the open ticket instead of a new one. */
export async function addToOpenTicket(t: Turn, analysis: Analysis): Promise<boolean> {
  const openId = t.conversation.openTicketId
  if (!openId) return false
  const [open] = await t.tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, openId), inArray(tickets.status, OPEN_STATUSES)))
    .limit(1)
  if (!open || t.now.getTime() - open.createdAt.getTime() > SUPPLEMENT_WINDOW_MS) return false
  const loc = analysis.location
  const samePlace =
    !hasPlace(loc) || (loc.street ?? loc.district) === (open.street ?? open.district) || loc.street === open.street
  const sameMatter = analysis.category.level1 === open.category1 || isSupplement(t.text)
  if (!samePlace || !sameMatter) return false
  await t.tx.insert(ticketEvents).values({
    ticketId: open.id,
    type: 'supplement',
    actor: `citizen:${t.contact.id}`,
    data: { text: t.text, messageExternalId: t.msg.externalId },
    createdAt: t.now,
  })
  await t.tx
    .update(tickets)
    .set({ description: `${open.description}\n补充：${t.text}`, updatedAt: t.now })
    .where(eq(tickets.id, open.id))
  t.replies.push({ text: say.supplementAdded(open.number) })
  t.ticket = { ...open, description: `${open.description}\n补充：${t.text}` }
  save(t, { state: 'idle', data: {} })
  return true
}
