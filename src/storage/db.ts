/**
 * The database handle every module receives. PGlite and node-postgres drizzle instances share the
 * `PgDatabase` surface, so the rest of the code never knows which one it is talking to.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema.js'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
/** A transaction handle offers the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx

export interface Storage {
  db: Db
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

/** Rows of a raw `db.execute(sql…)`: both drivers return `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[]
}
