/**
 * Node entry: `npm start`. Parses configuration once, opens storage (embedded PGlite in DATA_DIR,
 * or PostgreSQL with DATABASE_URL), applies migrations, loads `knowledge/`, and serves.
 *
 * `npm start` runs it as `node --max-semi-space-size=64 --import tsx`: one analysis allocates tens
 * of kilobytes of short-lived strings, and with V8's default 16 MB semi-space the young generation
 * was collected about every hundred requests, each pause stalling every request in flight. At
 * 64 MB it is collected a quarter as often, for about 100 MB more resident memory.
 */
import { serve } from '@hono/node-server'
import { join } from 'node:path'
import { buildServices } from './buildServices.js'
import { startChannelWorkers } from './channels/startChannelWorkers.js'
import { loadKnowledgeDir } from './cli/loadKnowledgeDir.js'
import { readNodeAsset } from './console/dashboard/nodeAssets.js'
import { startLifecycleScanner } from './lifecycle/lifecycleScanner.js'
import { parseConfig } from './config.js'
import { createApp } from './http/createApp.js'
import { createLogger } from './logger.js'
import { warmUp } from './http/warmUp.js'
import type { Storage } from './storage/db.js'
import { migrate } from './storage/migrate.js'
import { openPglite } from './storage/openPglite.js'
import { openPostgres } from './storage/openPostgres.js'

async function main() {
  const t0 = performance.now()
  const config = parseConfig(process.env)
  const log = createLogger(config.LOG_LEVEL)
  const storage: Storage = config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : await openPglite(config.DATA_DIR)
  const applied = await migrate(storage.db)
  if (applied.length) log.info('migrations applied', { applied })
  await loadKnowledgeDir(storage.db, join(config.KNOWLEDGE_DIR, 'policies'), log)
  const services = await buildServices(config, storage, log, { readAsset: readNodeAsset })
  const scanner = startLifecycleScanner(storage.db, services.lifecycle, log)
  let ready = config.WARMUP_REQUESTS === 0
  const app = createApp(services, { isReady: () => ready })
  const channelWorkers = startChannelWorkers(services)
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, async (info) => {
    if (!ready) {
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST
      const w = await warmUp(`http://${host.includes(':') ? `[${host}]` : host}:${info.port}`, config.WARMUP_REQUESTS)
      if (w.failed) log.warn('warm-up requests failed', { ...w })
      ready = true
    }
    log.info('gateway ready', {
      url: `http://${config.HOST}:${info.port}`,
      storage: storage.kind,
      city: config.CITY,
      knowledgeEntries: services.knowledge.size,
      llm: config.llm ? config.llm.model : 'off',
      startupMs: Math.round(performance.now() - t0),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    })
  })
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('shutting down', { signal })
    server.close()
    await scanner.stop().catch(() => {})
    await channelWorkers.stop().catch(() => {})
    await storage.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((e) => {
  console.error(JSON.stringify({ level: 'error', msg: 'gateway failed to start', error: String(e?.message ?? e) }))
  process.exit(1)
})
