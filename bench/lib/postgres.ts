/**
 * The local PostgreSQL server the bench uses (127.0.0.1:5432, user postgres, trust auth): started
 * if it is down, and a fresh database per scenario, dropped afterwards.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { sleep } from './clock.js'

export const PG_BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await c.connect()
    await c.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await c.end().catch(() => {})
  }
}

/** Starts the Debian cluster when the server does not answer; gives up after 30 s. */
export async function ensurePostgres(url = PG_BASE): Promise<void> {
  if (await reachable(url)) return
  const version = readdirSync('/etc/postgresql')[0]
  if (!version) throw new Error('PostgreSQL is not reachable and no cluster is installed in /etc/postgresql')
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' })
  for (let i = 0; i < 30; i++) {
    if (await reachable(url)) return
    await sleep(1000)
  }
  throw new Error('PostgreSQL did not come up within 30 s')
}

export interface BenchDatabase {
  url: string
  name: string
  drop(): Promise<void>
}

export async function createDatabase(prefix: string, base = PG_BASE): Promise<BenchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

/**
 * CPU seconds used so far by the server processes serving `database` (its backends, from
 * pg_stat_activity), keyed by pid. The cluster is shared with other work on the machine, so the
 * backends of the bench's own database are what is attributed to a run.
 */
export async function backendCpu(database: string, base = PG_BASE): Promise<Map<number, number>> {
  const c = new pg.Client({ connectionString: base })
  await c.connect()
  try {
    const r = await c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database])
    const out = new Map<number, number>()
    for (const { pid } of r.rows) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        out.set(pid, (Number(f[11]) + Number(f[12])) / 100)
      } catch {
        // the backend exited meanwhile
      }
    }
    return out
  } finally {
    await c.end()
  }
}

/** CPU used between two `backendCpu` snapshots (backends that started in between count from zero). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0)
  return Math.round(sum * 100) / 100
}

export async function serverSettings(url = PG_BASE): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    const names = ['server_version', 'max_connections', 'shared_buffers', 'synchronous_commit', 'fsync', 'work_mem']
    const r = await c.query<{ name: string; setting: string; unit: string | null }>(
      'select name, setting, unit from pg_settings where name = any($1)',
      [names],
    )
    return Object.fromEntries(r.rows.map((x) => [x.name, x.unit ? `${x.setting}${x.unit}` : x.setting]))
  } finally {
    await c.end()
  }
}
