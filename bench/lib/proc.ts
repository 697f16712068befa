/**
 * Child processes of the bench: the echo server, the fake Telegram API and the gateways. Each runs
 * TypeScript through tsx's loader in a plain `node` process, so the pid we hold is the process that
 * serves (its RSS and CPU time are read from /proc). Every wait here is bounded.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { sleep } from './clock.js'

export interface Child {
  name: string
  pid: number
  port: number
  url: string
  /** Last lines of the child's stdout/stderr, for error messages. */
  tail(): string
  rssMb(): number | null
  cpuSeconds(): number | null
  stop(timeoutMs?: number): Promise<number | null>
}

export interface SpawnOptions {
  name: string
  script: string
  env?: Record<string, string>
  nodeArgs?: string[]
  /** Port to use; 0 lets a child that prints `READY <port>` choose one. */
  port: number
  /** Wait for this path to answer 200 (gateways); otherwise wait for the `READY <port>` line. */
  readyPath?: string
  timeoutMs?: number
  cwd?: string
}

export async function spawnChild(o: SpawnOptions): Promise<Child> {
  const cp = spawn(process.execPath, [...(o.nodeArgs ?? []), '--import', 'tsx', o.script], {
    cwd: o.cwd ?? process.cwd(),
    env: { ...process.env, ...o.env, PORT: String(o.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let port = o.port
  let announced: (() => void) | null = null
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue
      const m = /^READY (\d+)$/.exec(line)
      if (m) {
        port = Number(m[1])
        announced?.()
      }
      lines.push(line.slice(0, 500))
      if (lines.length > 40) lines.shift()
    }
  }
  cp.stdout?.on('data', onData)
  cp.stderr?.on('data', onData)
  const exited = new Promise<number | null>((resolve) => cp.once('exit', (code) => resolve(code)))
  const child = makeChild(o.name, cp, () => port, lines, exited)
  const deadline = Date.now() + (o.timeoutMs ?? 90_000)
  let dead = false
  void exited.then(() => {
    dead = true
  })
  if (o.readyPath) {
    while (Date.now() < deadline && !dead) {
      const ok = await fetch(`http://127.0.0.1:${port}${o.readyPath}`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.ok)
        .catch(() => false)
      if (ok) return child
      await sleep(200)
    }
  } else {
    const ready = new Promise<void>((resolve) => {
      announced = resolve
    })
    await Promise.race([ready, exited, sleep(Math.max(0, deadline - Date.now()))])
    if (port !== 0 && !dead) return child
  }
  await child.stop()
  throw new Error(`${o.name} did not start${dead ? ' (exited)' : ' in time'}:\n${lines.join('\n')}`)
}

function makeChild(
  name: string,
  cp: ChildProcess,
  port: () => number,
  lines: string[],
  exited: Promise<number | null>,
): Child {
  const pid = cp.pid ?? -1
  return {
    name,
    pid,
    get port() {
      return port()
    },
    get url() {
      return `http://127.0.0.1:${port()}`
    },
    tail: () => lines.join('\n'),
    rssMb: () => rssMbOf(pid),
    cpuSeconds: () => cpuSecondsOf(pid),
    async stop(timeoutMs = 15_000) {
      if (cp.exitCode !== null || cp.signalCode !== null) return cp.exitCode
      cp.kill('SIGTERM')
      const code = await Promise.race([exited, sleep(timeoutMs).then(() => 'timeout' as const)])
      if (code !== 'timeout') return code
      cp.kill('SIGKILL')
      return exited
    },
  }
}

export function rssMbOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null
  } catch {
    return null
  }
}

const TICKS = 100 // USER_HZ on Linux

export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS
  } catch {
    return null
  }
}
