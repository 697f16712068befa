/**
 * `npm run bench`: the bare-Hono ceiling, the full Telegram pipeline on PGlite and on PostgreSQL,
 * scaling growth (1k/10k/100k stored rows) and scale-out (2 and 4 gateways), side by side, on
 * loopback only. Results go to bench/results/<timestamp>.json and a markdown note (latest.md for
 * the default run). See bench/README.md and `npm run bench -- --help`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeMachine, uptimeLine } from './lib/machine.js'
import { parseOptions } from './lib/options.js'
import { ensurePostgres, serverSettings } from './lib/postgres.js'
import { spawnChild } from './lib/proc.js'
import { ReplyCollector } from './lib/replies.js'
import { type BenchResults, consoleSummary, evaluateTargets, markdownReport } from './lib/report.js'
import {
  type Ctx,
  ensureDir,
  runCeiling,
  runQueryCount,
  runQueuePlans,
  runScale,
  runScaleout,
  runSoak,
  runStorage,
  summarizeProfiles,
} from './lib/sections.js'

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseOptions>
  try {
    opts = parseOptions(process.argv.slice(2))
  } catch (e) {
    console.error((e as Error).message)
    process.exit(2)
  }
  const t0 = Date.now()
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    options: opts,
    machine: describeMachine(),
    uptimeAtStart: uptimeLine(),
  }
  const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${line}`)
  log(results.uptimeAtStart)
  const needsPg = opts.sections.some((s) => s !== 'ceiling' && s !== 'pglite') || opts.mode === 'soak'
  if (needsPg) {
    await ensurePostgres()
    results.postgres = await serverSettings()
  }
  const fake = await spawnChild({ name: 'fake-telegram', script: 'bench/lib/fakeTelegram.ts', port: 0 })
  const profileRoot = opts.profile ? mkdtempSync(join(tmpdir(), 'bench-profiles-')) : null
  const ctx: Ctx = { opts, collector: new ReplyCollector(fake.url), fakeTelegramUrl: fake.url, profileRoot, log }
  try {
    for (const section of opts.sections) {
      if (section === 'ceiling') results.ceiling = await runCeiling(ctx)
      if (section === 'pglite') results.pglite = await runStorage(ctx, 'pglite')
      if (section === 'postgres') {
        results.postgresPipeline = await runStorage(ctx, 'postgres')
        results.queries = await runQueryCount(ctx)
        if (opts.mode !== 'quick') results.queuePlans = await runQueuePlans(ctx)
      }
      if (section === 'scale') results.scale = await runScale(ctx)
      if (section === 'scaleout') results.scaleout = await runScaleout(ctx)
    }
    if (opts.mode === 'soak') results.soak = await runSoak(ctx)
  } finally {
    await fake.stop()
  }
  if (profileRoot) {
    results.profiles = {}
    const runs = [
      results.pglite,
      results.postgresPipeline,
      ...(results.scale ?? []).map((s) => s.pipeline),
      ...(results.scaleout ?? []),
      results.soak?.pipeline,
    ]
    for (const r of runs)
      if (r) results.profiles[r.label] = summarizeProfiles(join(profileRoot, r.label), r.startupMs + 1000)
    log(`raw profiles: ${profileRoot}`)
  }
  results.uptimeAtEnd = uptimeLine()
  results.durationSec = Math.round((Date.now() - t0) / 1000)
  results.targets = evaluateTargets(results)
  const dir = ensureDir(opts.outDir)
  const stamp = results.startedAt.replace(/[:.]/g, '-')
  const jsonFile = join(dir, `${stamp}.json`)
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`)
  const mdFile = join(dir, opts.mode === 'full' ? 'latest.md' : `latest-${opts.mode}.md`)
  writeFileSync(mdFile, markdownReport(results))
  console.log('')
  console.log(consoleSummary(results))
  console.log('')
  console.log(`results: ${jsonFile}\n         ${mdFile}`)
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e))
  process.exit(1)
})
