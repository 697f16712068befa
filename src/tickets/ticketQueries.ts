import { byIdOrNumber } from './ticketNumber.js'
import { and, asc, desc, eq, lt, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../storage/db.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from './fileTicket.js'

export async function getTicket(db: DbOrTx, idOrNumber: string): Promise<TicketRow | null> {
  const [row] = await db.select().from(tickets).where(byIdOrNumber(idOrNumber)).limit(1)
  return row ?? null
}

/** A ticket's events, oldest first: its whole history. */
export function ticketHistory(db: DbOrTx, ticketId: string) {
  return db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.id))
}

export interface TicketFilter {
  status?: string
  district?: string
  category?: string
  departmentId?: string
  /** Keyset pagination: tickets created before this ISO time. */
  before?: Date
  limit?: number
}

export async function listTickets(db: DbOrTx, f: TicketFilter): Promise<TicketRow[]> {
  const where: SQL[] = []
  if (f.status) where.push(eq(tickets.status, f.status))
  if (f.district) where.push(eq(tickets.district, f.district))
  if (f.category) where.push(eq(tickets.category1, f.category))
  if (f.departmentId) where.push(eq(tickets.departmentId, f.departmentId))
  if (f.before) where.push(lt(tickets.createdAt, f.before))
  return db
    .select()
    .from(tickets)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(tickets.createdAt))
    .limit(Math.min(f.limit ?? 50, 500))
}
