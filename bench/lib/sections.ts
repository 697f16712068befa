/**
 * The sections of a bench run. Each returns plain JSON-able results; `report.ts` renders them.
 */
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { explainMetrics, type Plan, timeMetrics } from './analytics.js'
import { closedLoad, type ClosedLoadResult } from './closedLoad.js'
import { nowMs, sleep } from './clock.js'
import { type ProfileSummary, summarizeProfile } from './cpuProfile.js'
import { loadAvg } from './machine.js'
import type { BenchOptions } from './options.js'
import { type PipelineOptions, type PipelineResult, runPipeline } from './pipeline.js'
import { spawnChild } from './proc.js'
import type { ReplyCollector } from './replies.js'
import { countQueries, type QueryCount } from './queryCount.js'
import { explainQueueClaims } from './queuePlans.js'
import { type SeedResult, seedScale } from './seed.js'
import type { Summary } from './stats.js'
import { UpdateStream } from './telegramUpdates.js'

export interface Ctx {
  opts: BenchOptions
  collector: ReplyCollector
  fakeTelegramUrl: string
  /** Where raw .cpuprofile files go when --profile is on. */
  profileRoot: string | null
  log: (line: string) => void
}

export interface CeilingResult {
  loadAvgAtStart: [number, number, number]
  requestsPerSec: number
  latencyP50: number
  latencyP99: number
  requests: number
  errors: number
  connections: number
  load: ClosedLoadResult
}

export async function runCeiling(ctx: Ctx): Promise<CeilingResult> {
  const loadAvgAtStart = loadAvg()
  const echo = await spawnChild({ name: 'echo', script: 'bench/lib/echoServer.ts', port: 0 })
  try {
    ctx.log(`ceiling: bare Hono echo, ${ctx.opts.connections} connections, ${ctx.opts.ceilingSec}s`)
    await closedLoad({
      urls: [echo.url],
      durationSec: 1,
      connections: ctx.opts.connections,
      stream: new UpdateStream(1, 1),
    })
    const stream = new UpdateStream(1_000_000, 1_000_000)
    const load = await closedLoad({
      urls: [echo.url],
      durationSec: ctx.opts.ceilingSec,
      connections: ctx.opts.connections,
      stream,
    })
    const ok = stream.records.filter((r) => r.status === 200).length
    return {
      loadAvgAtStart,
      requestsPerSec: Math.round(ok / load.durationSec),
      latencyP50: load.autocannon.latencyP50,
      latencyP99: load.autocannon.latencyP99,
      requests: ok,
      errors: load.errors + load.non2xx,
      connections: ctx.opts.connections,
      load,
    }
  } finally {
    await echo.stop()
  }
}

function pipelineOpts(ctx: Ctx, label: string, p: Partial<PipelineOptions>): PipelineOptions {
  return {
    label,
    storage: 'postgres',
    instances: 1,
    connections: ctx.opts.connections,
    capacitySec: ctx.opts.capacitySec,
    pacedSec: ctx.opts.pacedSec,
    pacedFraction: ctx.opts.pacedFraction,
    warmupSec: ctx.opts.warmupSec,
    maxBacklog: ctx.opts.maxBacklog,
    collector: ctx.collector,
    fakeTelegramUrl: ctx.fakeTelegramUrl,
    ...(ctx.profileRoot ? { profileDir: join(ctx.profileRoot, label) } : {}),
    log: ctx.log,
    ...p,
  }
}

export async function runStorage(ctx: Ctx, storage: 'pglite' | 'postgres'): Promise<PipelineResult> {
  return runPipeline(pipelineOpts(ctx, storage, { storage }))
}

export interface QueueClaimRow {
  backlog: number
  statement: string
  executionMs: number
  seqScans: string[]
}

/** The queue claims explained under a surge backlog, with the schema's partial queue indexes. */
export async function runQueuePlans(ctx: Ctx, backlogs = [1000, 10_000]): Promise<{ rows: QueueClaimRow[] }> {
  ctx.log(`explaining the queue claims at backlogs ${backlogs.join(', ')}`)
  const rows: QueueClaimRow[] = []
  for (const backlog of backlogs) {
    const plans = await explainQueueClaims(backlog)
    for (const [statement, p] of Object.entries(plans))
      rows.push({ backlog, statement, executionMs: p.executionMs, seqScans: p.seqScans })
  }
  return { rows }
}

/** SQL statements per Telegram message (in-process, drizzle logger): explains the per-message cost. */
export async function runQueryCount(ctx: Ctx): Promise<QueryCount> {
  ctx.log('counting SQL statements per message (in-process, PostgreSQL)')
  return countQueries(ctx.fakeTelegramUrl, 10)
}

export interface ScaleRow {
  size: number
  seed: SeedResult
  pipeline: PipelineResult
  analytics: Record<string, Summary & { status: number }>
  plans?: Record<string, Plan[]>
}

export async function runScale(ctx: Ctx): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = []
  const largest = Math.max(...ctx.opts.scaleSizes)
  for (const size of ctx.opts.scaleSizes) {
    let seed: SeedResult | undefined
    let analytics: ScaleRow['analytics'] = {}
    let plans: ScaleRow['plans']
    const pipeline = await runPipeline(
      pipelineOpts(ctx, `scale-${size}`, {
        capacitySec: ctx.opts.scaleSec,
        pacedSec: 0,
        prepare: async (url) => {
          ctx.log(`scale-${size}: seeding ${size} tickets and ${size} knowledge entries`)
          seed = await seedScale(url, size)
          ctx.log(`scale-${size}: seeded in ${seed.seedMs} ms`)
          return { ...seed }
        },
        inspect: async ({ gateways, databaseUrl }) => {
          const g = gateways[0]
          if (g) analytics = await timeMetrics(g.url)
          if (size === largest && databaseUrl) plans = await explainMetrics(databaseUrl)
          return {}
        },
      }),
    )
    if (!seed) throw new Error('seed did not run')
    rows.push({ size, seed, pipeline, analytics, ...(plans ? { plans } : {}) })
  }
  return rows
}

export async function runScaleout(ctx: Ctx): Promise<PipelineResult[]> {
  const out: PipelineResult[] = []
  for (const n of ctx.opts.scaleoutInstances) {
    out.push(
      await runPipeline(
        pipelineOpts(ctx, `scaleout-${n}`, { instances: n, capacitySec: ctx.opts.scaleoutSec, pacedSec: 0 }),
      ),
    )
  }
  return out
}

export interface SoakResult {
  minutes: number
  rate: number
  samples: { atSec: number; rssMb: number; replies: number }[]
  rssStartMb: number
  rssEndMb: number
  rssMaxMb: number
  pipeline: PipelineResult
}

/**
 * Ten minutes at a steady rate on PostgreSQL: a short capacity phase picks the rate (60% of it),
 * then the sustained phase runs for the whole soak while RSS is sampled every 10 s.
 */
export async function runSoak(ctx: Ctx): Promise<SoakResult> {
  const samples: SoakResult['samples'] = []
  let timer: ReturnType<typeof setInterval> | undefined
  let rate = 0
  const pipeline = await runPipeline(
    pipelineOpts(ctx, 'soak', {
      capacitySec: 5,
      pacedSec: ctx.opts.soakMin * 60,
      pacedFraction: 0.6,
      onPhase: (phase, gateways) => {
        if (phase !== 'sustained:start') {
          if (timer) clearInterval(timer)
          return
        }
        const t0 = nowMs()
        const sample = () => {
          const g = gateways[0]
          samples.push({
            atSec: Math.round((nowMs() - t0) / 1000),
            rssMb: g?.rssMb() ?? 0,
            replies: ctx.collector.all.length,
          })
        }
        sample()
        timer = setInterval(sample, 10_000)
      },
      onRate: (r) => {
        rate = r
      },
    }),
  )
  if (timer) clearInterval(timer)
  await sleep(0)
  const rss = samples.map((s) => s.rssMb)
  return {
    minutes: ctx.opts.soakMin,
    rate,
    samples,
    rssStartMb: rss[0] ?? 0,
    rssEndMb: rss[rss.length - 1] ?? 0,
    rssMaxMb: Math.max(0, ...rss),
    pipeline,
  }
}

/** Summaries of each gateway's main-thread profile (the file with the most busy time), start-up left out. */
export function summarizeProfiles(dir: string, skipMs: number): ProfileSummary[] {
  const out: ProfileSummary[] = []
  let gateways: string[] = []
  try {
    gateways = readdirSync(dir).filter((d) => d.startsWith('gateway-'))
  } catch {
    return out
  }
  for (const g of gateways) {
    const files = readdirSync(join(dir, g)).filter((f) => f.endsWith('.cpuprofile'))
    const sums = files.map((f) => summarizeProfile(join(dir, g, f), { skipMs, top: 12 }))
    const main = sums.sort((a, b) => b.busyMs - a.busyMs)[0]
    if (main) out.push(main)
  }
  return out
}

export function ensureDir(d: string): string {
  mkdirSync(d, { recursive: true })
  return d
}
