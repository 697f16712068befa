/** Embedded PGlite in DATA_DIR: the zero-setup default. Node-only. */
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { acquireDataDirLock } from './dataDirLock.js'
import type { Db, Storage } from './db.js'
import * as schema from './schema.js'

/** `dir` null gives an in-memory database (tests), optionally started from a data-directory dump. */
export async function openPglite(dir: string | null, template?: Blob): Promise<Storage> {
  const lock = dir ? acquireDataDirLock(dir) : null
  try {
    const client = dir
      ? await PGlite.create(`${dir.replace(/\/$/, '')}/pgdata`)
      : await PGlite.create(template ? { loadDataDir: template } : {})
    const db = drizzle(client, { schema }) as unknown as Db
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close()
        lock?.release()
      },
    }
  } catch (e) {
    lock?.release()
    throw e
  }
}
