/**
 * Storage for the knowledge CLIs: PostgreSQL with DATABASE_URL, else the gateway's PGlite DATA_DIR.
 * PGlite allows one process per directory; when the gateway holds it, say so and point at the HTTP route
 * instead of waiting or corrupting the directory.
 */
import type { Storage } from '../storage/db.js'
import { migrate } from '../storage/migrate.js'
import { openPglite } from '../storage/openPglite.js'
import { openPostgres } from '../storage/openPostgres.js'
import { StorageLockedError } from '../errors.js'

export type OpenResult = { ok: true; storage: Storage; where: string } | { ok: false; message: string }

export async function openCliStorage(env: NodeJS.ProcessEnv, command: string): Promise<OpenResult> {
  const url = env.DATABASE_URL?.trim()
  if (url) {
    const storage = openPostgres(url, { max: 2 })
    await migrate(storage.db)
    return { ok: true, storage, where: `PostgreSQL ${new URL(url).host}${new URL(url).pathname}` }
  }
  const dir = env.DATA_DIR?.trim() || './.data'
  try {
    const storage = await openPglite(dir)
    await migrate(storage.db)
    return { ok: true, storage, where: `PGlite ${dir}` }
  } catch (e) {
    if (!(e instanceof StorageLockedError)) throw e
    return {
      ok: false,
      message: [
        `${e.message}`,
        `The gateway is probably running on ${dir}. Either stop it, or go through its HTTP API:`,
        `  npm run ${command} -- … --url http://127.0.0.1:8787 --token "$ADMIN_TOKEN"`,
      ].join('\n'),
    }
  }
}
