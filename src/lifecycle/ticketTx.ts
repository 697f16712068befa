/**
 * The two primitives every lifecycle step uses inside its transaction: lock the ticket row (so two
 * departments or instances never move one ticket at once) and append an event with actor and time.
 */
import { byIdOrNumber } from '../tickets/ticketNumber.js'
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'

/** What a lifecycle step returns; the HTTP layer maps `not_found` to 404 and `conflict` to 409. */
export type ActionResult =
  | { kind: 'ok'; ticket: TicketRow }
  | { kind: 'not_found' }
  | { kind: 'conflict'; reason: string }
  | { kind: 'invalid'; reason: string }

export async function lockTicket(tx: DbOrTx, idOrNumber: string): Promise<TicketRow | null> {
  const [row] = await tx.select().from(tickets).where(byIdOrNumber(idOrNumber)).limit(1).for('update')
  return row ?? null
}

export interface EventInput {
  ticketId: string
  type: string
  actor: string
  departmentId?: string | null
  data?: Record<string, unknown>
}

export async function addEvents(tx: DbOrTx, events: EventInput[], now: Date): Promise<void> {
  if (events.length === 0) return
  await tx.insert(ticketEvents).values(
    events.map((e) => ({
      ticketId: e.ticketId,
      type: e.type,
      actor: e.actor,
      departmentId: e.departmentId ?? null,
      data: e.data ?? {},
      createdAt: now,
    })),
  )
}

export async function updateTicket(tx: DbOrTx, id: string, patch: Partial<TicketRow>, now: Date): Promise<TicketRow> {
  const [row] = await tx
    .update(tickets)
    .set({ ...patch, updatedAt: now })
    .where(eq(tickets.id, id))
    .returning()
  if (!row) throw new Error(`ticket ${id} vanished inside its transaction`)
  return row
}
