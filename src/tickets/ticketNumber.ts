/**
 * Ticket numbers like BJ-20261122-000123: city prefix, the day in the city's time zone, a per-day
 * sequence. The sequence is one atomic upsert, so concurrent instances never hand out the same number.
 */
import { eq, type SQL, sql } from 'drizzle-orm'
import { type DbOrTx, rowsOf } from '../storage/db.js'
import { tickets } from '../storage/schema.js'

/** A ticket number as handed out, in any case (TICKET_PREFIX is 1–8 letters); ticket ids are UUIDs and never match. */
export const TICKET_NUMBER = /^[A-Za-z]{1,8}-\d{8}-\d+$/

/** The condition that finds one ticket by its id or its number, as APIs and pages accept either. */
export function byIdOrNumber(idOrNumber: string): SQL {
  return TICKET_NUMBER.test(idOrNumber) ? eq(tickets.number, idOrNumber.toUpperCase()) : eq(tickets.id, idOrNumber)
}

/** YYYYMMDD of `at` in time zone `tz`. */
export function localDay(at: Date, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value
      return acc
    }, {})
  return `${parts.year}${parts.month}${parts.day}`
}

export async function nextTicketNumber(db: DbOrTx, prefix: string, at: Date, tz: string): Promise<string> {
  const day = localDay(at, tz)
  const result = await db.execute(sql`
    insert into ticket_counters (prefix, day, seq) values (${prefix}, ${day}, 1)
    on conflict (prefix, day) do update set seq = ticket_counters.seq + 1
    returning seq`)
  const seq = rowsOf<{ seq: number }>(result)[0]?.seq ?? 1
  return `${prefix}-${day}-${String(seq).padStart(6, '0')}`
}
