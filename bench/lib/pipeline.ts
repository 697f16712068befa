/**
 * One full-pipeline scenario: gateways on fresh storage, a warm-up, then
 *  1. capacity: closed-loop autocannon load for `capacitySec`, then wait until every acknowledged
 *     update has been answered at the fake Telegram API: acknowledgements/s and replies/s;
 *  2. sustained: open-loop load at `pacedFraction` of the measured reply rate for `pacedSec`:
 *     acknowledgement and reply latency at a rate the pipeline keeps up with;
 * and the count check (stored once, processed once, answered once) from the database.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nowMs } from './clock.js'
import { closedLoad, type ClosedLoadResult } from './closedLoad.js'
import { type DbCounts, pgliteCounts, postgresCounts } from './dbCounts.js'
import { type GatewayStorage, startGateways, stopAll } from './gateways.js'
import { pacedLoad, type PacedLoadResult } from './pacedLoad.js'
import { loadAvg } from './machine.js'
import { backendCpu, cpuBetween, createDatabase } from './postgres.js'
import type { Child } from './proc.js'
import { matchReplies, type ReplyCheck, type ReplyCollector } from './replies.js'
import { UpdateStream } from './telegramUpdates.js'

export interface PipelineOptions {
  label: string
  storage: 'pglite' | 'postgres'
  instances: number
  connections: number
  capacitySec: number
  /** 0 skips the sustained phase. */
  pacedSec: number
  pacedFraction: number
  warmupSec: number
  /** The capacity phase stops early once this many acknowledged messages wait for their reply. */
  maxBacklog: number
  collector: ReplyCollector
  fakeTelegramUrl: string
  /** Runs against the fresh PostgreSQL database before the gateways start (scaling runs). */
  prepare?: (databaseUrl: string) => Promise<Record<string, unknown>>
  /** Runs while the gateways are up and idle, after the load (analytics timings). */
  inspect?: (ctx: { gateways: Child[]; databaseUrl: string | null }) => Promise<Record<string, unknown>>
  profileDir?: string
  env?: Record<string, string>
  /** Hooks for the soak: sampling starts with the sustained phase and stops after it. */
  onPhase?: (phase: 'sustained:start' | 'sustained:end', gateways: Child[]) => void
  onRate?: (rate: number) => void
  log: (line: string) => void
}

export interface PhaseResult {
  load: ClosedLoadResult | PacedLoadResult
  check: ReplyCheck
  drainMs: number
  drained: boolean
  /** CPU seconds in the phase: the gateway processes, the PostgreSQL backends of the bench database, the load generator. */
  cpu?: { gatewaySec: number; postgresSec: number; benchSec: number; wallSec: number }
}

export interface PipelineResult {
  label: string
  /** 1-, 5- and 15-minute load averages when the scenario began (before its gateways started). */
  loadAvgAtStart: [number, number, number]
  storage: string
  instances: number
  connections: number
  startupMs: number
  rssMbAfterStart: number[]
  rssMbAfterLoad: number[]
  warmup: PhaseResult
  capacity: PhaseResult
  sustained: PhaseResult | null
  counts: DbCounts
  /** At the fake Telegram API over the whole scenario (warm-up included). */
  replies: { arrivals: number; distinctChats: number; duplicates: number }
  prepared?: Record<string, unknown>
  inspected?: Record<string, unknown>
}

let nextUpdateId = 100_000_000
const CHAT_BASE = 5_000_000_000

function newStream(): UpdateStream {
  const first = nextUpdateId
  nextUpdateId += 10_000_000
  return new UpdateStream(first, CHAT_BASE + (first - 100_000_000))
}

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const loadAvgAtStart = loadAvg()
  let storage: GatewayStorage
  let cleanup: () => Promise<void>
  let databaseUrl: string | null = null
  let databaseName: string | null = null
  let prepared: Record<string, unknown> | undefined
  if (o.storage === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'))
    storage = { kind: 'pglite', dataDir }
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true })
  } else {
    const db = await createDatabase('bench')
    databaseUrl = db.url
    databaseName = db.name
    storage = { kind: 'postgres', url: db.url }
    cleanup = () => db.drop()
    if (o.prepare) prepared = await o.prepare(db.url)
  }
  let gateways: Child[] = []
  try {
    o.log(`${o.label}: starting ${o.instances} gateway(s)`)
    await o.collector.reset()
    const started = await startGateways({
      storage,
      fakeTelegramUrl: o.fakeTelegramUrl,
      instances: o.instances,
      profileDir: o.profileDir,
      env: o.env,
    })
    gateways = started.gateways
    const urls = gateways.map((g) => g.url)
    const rssMbAfterStart = gateways.map((g) => g.rssMb() ?? 0)
    o.log(`${o.label}: up in ${started.startupMs} ms (RSS ${rssMbAfterStart.join(', ')} MB); warm-up ${o.warmupSec}s`)

    const warmup = await phase(o, urls, gateways, databaseName, {
      kind: 'closed',
      sec: o.warmupSec,
      connections: Math.min(4, o.connections),
    })
    const capacity = await phase(o, urls, gateways, databaseName, {
      kind: 'closed',
      sec: o.capacitySec,
      connections: o.connections,
    })
    o.log(
      `${o.label}: capacity ${capacity.check.acksPerSec} acks/s, ${capacity.check.repliesPerSec} replies/s (drained in ${capacity.drainMs} ms)`,
    )
    let sustained: PhaseResult | null = null
    if (o.pacedSec > 0 && capacity.check.repliesPerSec > 0) {
      const rate = Math.max(1, Math.floor(capacity.check.repliesPerSec * o.pacedFraction))
      o.onRate?.(rate)
      o.log(`${o.label}: sustained phase at ${rate}/s for ${o.pacedSec}s`)
      o.onPhase?.('sustained:start', gateways)
      sustained = await phase(o, urls, gateways, databaseName, {
        kind: 'paced',
        sec: o.pacedSec,
        rate,
        maxInFlight: Math.max(64, o.connections * 4),
      })
      o.onPhase?.('sustained:end', gateways)
      o.log(
        `${o.label}: sustained ${rate}/s → ack p99 ${sustained.check.ack.p99} ms, reply p99 ${sustained.check.reply.p99} ms`,
      )
    }
    const rssMbAfterLoad = gateways.map((g) => g.rssMb() ?? 0)
    const replies = o.collector.tally()
    const inspected = o.inspect ? await o.inspect({ gateways, databaseUrl }) : undefined
    await stopAll(gateways)
    const counts = databaseUrl
      ? await postgresCounts(databaseUrl)
      : await pgliteCounts((storage as { dataDir: string }).dataDir)
    return {
      label: o.label,
      loadAvgAtStart,
      storage: o.storage,
      instances: gateways.length,
      connections: o.connections,
      startupMs: started.startupMs,
      rssMbAfterStart,
      rssMbAfterLoad,
      warmup,
      capacity,
      sustained,
      counts,
      replies,
      ...(prepared ? { prepared } : {}),
      ...(inspected ? { inspected } : {}),
    }
  } catch (e) {
    for (const g of gateways) o.log(`--- ${g.name} output:\n${g.tail()}`)
    throw e
  } finally {
    await stopAll(gateways)
    await cleanup().catch((e) => o.log(`cleanup failed: ${e}`))
  }
}

type PhaseSpec =
  | { kind: 'closed'; sec: number; connections: number }
  | { kind: 'paced'; sec: number; rate: number; maxInFlight: number }

async function phase(
  o: PipelineOptions,
  urls: string[],
  gateways: Child[],
  database: string | null,
  p: PhaseSpec,
): Promise<PhaseResult> {
  const from = await o.collector.mark()
  const stream = newStream()
  const pg0 = database ? await backendCpu(database) : new Map<number, number>()
  const cpu0 = { gw: gateways.map((g) => g.cpuSeconds() ?? 0), bench: process.cpuUsage(), t: nowMs() }
  // A closed loop acknowledges faster than turns finish: stop sending once `maxBacklog` messages
  // wait, so the drain (and the run) stays bounded however fast acknowledgements are.
  const stopWhen = async () =>
    stream.records.filter((r) => r.status === 200).length - (await o.collector.answered(stream)) >= o.maxBacklog
  const load =
    p.kind === 'closed'
      ? await closedLoad({ urls, durationSec: p.sec, connections: p.connections, stream, stopWhen })
      : await pacedLoad({ urls, rate: p.rate, durationSec: p.sec, maxInFlight: p.maxInFlight, stream })
  const drain = await o.collector.drain(stream)
  const bench = process.cpuUsage(cpu0.bench)
  const cpu = {
    gatewaySec: round2(gateways.reduce((s, g, i) => s + ((g.cpuSeconds() ?? 0) - (cpu0.gw[i] ?? 0)), 0)),
    postgresSec: database ? cpuBetween(pg0, await backendCpu(database)) : 0,
    benchSec: round2((bench.user + bench.system) / 1e6),
    wallSec: round2((nowMs() - cpu0.t) / 1000),
  }
  return {
    load,
    check: matchReplies(stream, o.collector.all, from),
    drainMs: drain.waitedMs,
    drained: drain.complete,
    cpu,
  }
}

function round2(v: number): number {
  return Math.round(v * 100) / 100
}
