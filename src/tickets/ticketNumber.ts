/**
 * Ticket numbers like BJ-20261122-000123: city prefix, the day in the city's time zone, a per-day
 * sequence. The sequence is one atomic upsert, so concurrent instances never hand out the same number.
 */
import { sql } from 'drizzle-orm'
import { type DbOrTx, rowsOf } from '../storage/db.js'

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
