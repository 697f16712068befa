/**
 * Booting PGlite from scratch (initdb) takes seconds; loading a data directory dump takes well
 * under one. Build one migrated template per test run and let every test file start from it.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import type { Db } from '../src/storage/db.js'
import { migrate } from '../src/storage/migrate.js'
import { migrations } from '../src/storage/migrations.generated.js'

export default async function setup() {
  const key = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(migrations.map((m) => m.sql).join('\n')))
  const hash = Buffer.from(key).toString('hex').slice(0, 16)
  const file = join(tmpdir(), `gw-pglite-template-${hash}.tar`)
  if (!existsSync(file)) {
    const pg = await PGlite.create()
    await migrate(drizzle(pg) as unknown as Db)
    const dump = await pg.dumpDataDir('none')
    writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()))
    const { renameSync } = await import('node:fs')
    renameSync(`${file}.tmp`, file)
    await pg.close()
  }
  process.env.PGLITE_TEMPLATE = file
}
