/**
 * The analytics queries at scale: the HTTP endpoints timed as a client sees them, and the plans of
 * the SQL they run. The plans come from running the same functions the routes call
 * (computeRates, hotTopics) through a drizzle logger that captures each statement, then
 * `EXPLAIN (ANALYZE, BUFFERS)` on it.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { DEFAULT_LIFECYCLE } from '../../src/lifecycle/lifecycleSettings.js'
import { computeRates } from '../../src/metrics/computeRates.js'
import { hotTopics } from '../../src/metrics/hotTopics.js'
import type { Db } from '../../src/storage/db.js'
import * as schema from '../../src/storage/schema.js'
import { directoryFor } from '../../src/understanding/routing/directoryFor.js'
import { ADMIN_TOKEN } from './gateways.js'
import { type Summary, summarize } from './stats.js'

export const METRIC_PATHS = {
  rates: '/api/v1/metrics/rates?groupBy=department',
  hotTopics: '/api/v1/metrics/hot-topics',
} as const

export async function timeMetrics(
  baseUrl: string,
  runs = 5,
): Promise<Record<keyof typeof METRIC_PATHS, Summary & { status: number }>> {
  const out = {} as Record<keyof typeof METRIC_PATHS, Summary & { status: number }>
  for (const [name, path] of Object.entries(METRIC_PATHS) as [keyof typeof METRIC_PATHS, string][]) {
    const times: number[] = []
    let status = 0
    for (let i = 0; i <= runs; i++) {
      const t = performance.now()
      const r = await fetch(`${baseUrl}${path}`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        signal: AbortSignal.timeout(60_000),
      })
      await r.arrayBuffer()
      status = r.status
      if (i > 0) times.push(performance.now() - t) // the first run warms caches
    }
    out[name] = { ...summarize(times), status }
  }
  return out
}

export interface Plan {
  query: string
  executionMs: number
  seqScans: string[]
  plan: string
}

/** Captures the statements behind both endpoints and explains each one. */
export async function explainMetrics(databaseUrl: string): Promise<Record<string, Plan[]>> {
  const captured: { query: string; params: unknown[] }[] = []
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 })
  try {
    const db = drizzle(pool, {
      schema,
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Db
    const lookup = directoryFor('北京市').lookup
    const to = new Date()
    const from = new Date(to.getTime() - 30 * 86_400_000)
    const out: Record<string, Plan[]> = {}
    const runs: [string, () => Promise<unknown>][] = [
      [
        'rates',
        () =>
          computeRates(
            db,
            { from, to, groupBy: 'department', timeZone: 'Asia/Shanghai', acceptHours: DEFAULT_LIFECYCLE.acceptHours },
            lookup,
          ),
      ],
      ['hotTopics', () => hotTopics(db, { from, to }, lookup)],
    ]
    for (const [name, run] of runs) {
      captured.length = 0
      await run()
      const plans: Plan[] = []
      for (const q of [...captured]) {
        const r = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.query}`, q.params)
        const plan = r.rows.map((x) => x['QUERY PLAN']).join('\n')
        plans.push({
          query: q.query.replace(/\s+/g, ' ').trim(),
          executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN),
          seqScans: [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] as string),
          plan,
        })
      }
      out[name] = plans
    }
    return out
  } finally {
    await pool.end()
  }
}
