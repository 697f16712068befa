/** PostgreSQL through node-postgres: used when DATABASE_URL is set (and on Workers, via Hyperdrive). */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Db, Storage } from './db.js'
import * as schema from './schema.js'

export function openPostgres(connectionString: string, opts: { max?: number } = {}): Storage {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10 })
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  const db = drizzle(pool, { schema }) as unknown as Db
  return { db, kind: 'postgres', close: () => pool.end() }
}
