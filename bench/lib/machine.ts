/** The machine a run was measured on: every result file carries it. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

export interface Machine {
  cpus: number
  cpuModel: string
  memoryGiB: number
  node: string
  os: string
  loadAvg: [number, number, number]
  packages: Record<string, string>
}

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version
  } catch {
    return 'missing'
  }
}

export function loadAvg(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = os.loadavg()
  return [round2(a), round2(b), round2(c)]
}

function round2(v: number): number {
  return Math.round(v * 100) / 100
}

export function describeMachine(): Machine {
  let osName = `${os.type()} ${os.release()}`
  try {
    osName = /PRETTY_NAME="(.+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName
  } catch {}
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: osName,
    loadAvg: loadAvg(),
    packages: Object.fromEntries(
      ['hono', '@hono/node-server', 'pg', '@electric-sql/pglite', 'drizzle-orm', 'autocannon', 'wrangler'].map((p) => [
        p,
        versionOf(p),
      ]),
    ),
  }
}

/** `uptime`'s own line, quoted verbatim next to the figures. */
export function uptimeLine(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim()
  } catch {
    return `load average: ${loadAvg().join(', ')}`
  }
}
