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

/** CPU seconds used so far by every `postgres` process on the machine (the server and its backends). */
export function postgresCpuSeconds(): number {
  let ticks = 0
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() !== 'postgres') continue
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(f[11]) + Number(f[12])
    } catch {
      // the backend exited meanwhile
    }
  }
  return ticks / 100
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
