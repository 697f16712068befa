/**
 * Applies the committed migrations (embedded as strings, so Workers can run them too).
 * A transaction-scoped advisory lock lets several instances start at once: one migrates,
 * the others wait and then find nothing left to do.
 */
import { sql } from 'drizzle-orm'
import { type Db, rowsOf } from './db.js'
import { migrations } from './migrations.generated.js'

const LOCK_KEY = 724_012_345

export async function migrate(db: Db): Promise<string[]> {
  const applied: string[] = []
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`)
    await tx.execute(
      sql`create table if not exists _migrations (name text primary key, applied_at timestamptz not null default now())`,
    )
    const done = new Set(
      rowsOf<{ name: string }>(await tx.execute(sql`select name from _migrations`)).map((r) => r.name),
    )
    for (const m of migrations) {
      if (done.has(m.name)) continue
      for (const statement of m.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement))
      }
      await tx.execute(sql`insert into _migrations (name) values (${m.name})`)
      applied.push(m.name)
    }
  })
  return applied
}
