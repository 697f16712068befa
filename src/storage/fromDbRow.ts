/**
 * A row fetched with raw SQL (`to_jsonb(t.*)` or `returning *`), keyed by column names, turned into
 * the shape drizzle's query builder returns (property names, Dates for timestamps). Lets a hot path
 * fold several statements into one CTE and still hand typed rows to the rest of the code.
 */
import { getTableColumns, type Table } from 'drizzle-orm'

export function fromDbRow<T extends Table>(table: T, raw: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {}
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name]
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value)
  }
  return out as T['$inferSelect']
}
