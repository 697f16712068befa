/**
 * Storage for tests. By default an in-memory PGlite. With STORAGE_TEST_DATABASE_URL set (CI sets it
 * to the local PostgreSQL), each caller gets its own freshly created database on that server, so
 * test files never see each other's rows.
 */
import { readFileSync } from 'node:fs'
import pg from 'pg'
import type { Storage } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import { openPglite } from '../../src/storage/openPglite.js'
import { openPostgres } from '../../src/storage/openPostgres.js'

export const PG_URL = process.env.STORAGE_TEST_DATABASE_URL
export const storageKind = PG_URL ? 'postgres' : 'pglite'

export async function createTestDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gw_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

export async function openTestStorage(): Promise<Storage> {
  if (!PG_URL) {
    const template = process.env.PGLITE_TEMPLATE
    const s = await openPglite(null, template ? new Blob([readFileSync(template)]) : undefined)
    await migrate(s.db)
    return s
  }
  const tdb = await createTestDatabase(PG_URL)
  const s = openPostgres(tdb.url, { max: 5 })
  await migrate(s.db)
  return {
    ...s,
    close: async () => {
      await s.close()
      await tdb.drop()
    },
  }
}
