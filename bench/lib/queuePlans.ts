/**
 * The queue claims under a backlog: with `backlog` inbound messages waiting (one per citizen, as in
 * a surge) and as many replies queued, the statements the channel workers claim work with
 * (src/channels/claimInbound.ts, claimOutbox.ts) are captured through a drizzle logger and explained
 * with `EXPLAIN (ANALYZE, BUFFERS)` inside a transaction that is rolled back.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { claimInbound } from '../../src/channels/claimInbound.js'
import { claimOutbox } from '../../src/channels/claimOutbox.js'
import type { Db } from '../../src/storage/db.js'
import { migrate } from '../../src/storage/migrate.js'
import * as schema from '../../src/storage/schema.js'
import type { Plan } from './analytics.js'
import { createDatabase } from './postgres.js'

class DryRun extends Error {}

export async function explainQueueClaims(backlog: number): Promise<Record<string, Plan>> {
  const database = await createDatabase('bench_queue')
  const pool = new pg.Pool({ connectionString: database.url, max: 2 })
  const captured: { query: string; params: unknown[] }[] = []
  let dryRun = false
  try {
    // In dry-run mode the logger (called before a statement executes) records it and aborts it.
    const logQuery = (query: string, params: unknown[]) => {
      captured.push({ query, params })
      if (dryRun) throw new DryRun()
    }
    const db = drizzle(pool, { schema, logger: { logQuery } }) as unknown as Db
    await migrate(db)
    await pool.query(
      `insert into messages (id, direction, channel, account, external_id, external_user_id, kind, text, payload, status, created_at)
       select 'q-in-' || i, 'in', 'telegram', 'bot', i::text, (5000000000 + i)::text, 'text', '怎么办理居住证？', '{}', 'pending',
         now() - (${backlog} - i) * interval '1 millisecond'
       from generate_series(1, $1::int) i`,
      [backlog],
    )
    await pool.query(
      `insert into outbox (id, delivery_id, channel, account, recipient, payload, status, next_attempt_at, created_at)
       select 'q-out-' || i, 'q-in-' || i || ':0', 'telegram', 'bot', (5000000000 + i)::text, '{"text":"答复"}', 'pending', now(),
         now() - (${backlog} - i) * interval '1 millisecond'
       from generate_series(1, $1::int) i`,
      [backlog],
    )
    await pool.query('analyze messages; analyze outbox')
    const now = new Date()
    const runs: [string, () => Promise<unknown>][] = [
      [
        'inbound: claim by id (after a webhook)',
        () => claimInbound(db, { now, leaseMs: 120_000, limit: 1, ids: [`q-in-${backlog}`] }),
      ],
      [
        "inbound: the sender's next message (after every turn)",
        () =>
          claimInbound(db, {
            now,
            leaseMs: 120_000,
            limit: 1,
            sender: { channel: 'telegram', account: 'bot', externalUserId: String(5_000_000_000 + backlog) },
          }),
      ],
      ['inbound: poll, next pending', () => claimInbound(db, { now, leaseMs: 120_000, limit: 4 })],
      [
        'outbox: claim by id (after a turn)',
        () => claimOutbox(db, { now, leaseMs: 30_000, limit: 1, ids: [`q-out-${backlog}`] }),
      ],
      ['outbox: poll, next due', () => claimOutbox(db, { now, leaseMs: 30_000, limit: 4 })],
    ]
    const out: Record<string, Plan> = {}
    for (const [name, run] of runs) {
      captured.length = 0
      dryRun = true
      await run().catch((e) => {
        if (!(e instanceof DryRun)) throw e
      })
      dryRun = false
      const q = captured.at(-1)
      if (!q) continue
      const c = await pool.connect()
      try {
        await c.query('begin')
        const r = await c.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.query}`, q.params)
        await c.query('rollback')
        const plan = r.rows.map((x) => x['QUERY PLAN']).join('\n')
        out[name] = {
          query: q.query.replace(/\s+/g, ' ').trim(),
          executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN),
          seqScans: [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] as string),
          plan,
        }
      } finally {
        c.release()
      }
    }
    return out
  } finally {
    await pool.end()
    await database.drop()
  }
}
