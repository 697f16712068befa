/**
 * Cloudflare Workers entry. Storage is PostgreSQL through a Hyperdrive binding or DATABASE_URL
 * (PGlite is Node-only). A Workers connection may only serve the request that opened it, so each
 * request opens its own small pool, while the knowledge index and configuration live for the
 * isolate. Slow work continues after the response through `ctx.waitUntil`.
 */
import { buildServices, type IsolateCache } from './buildServices.js'
import { type Config, parseConfig } from './config.js'
import { sweepChannels } from './channels/startChannelWorkers.js'
import { createApp } from './http/createApp.js'
import { runLifecycleScan } from './lifecycle/lifecycleScanner.js'
import type { Services } from './services.js'
import { KnowledgeState } from './knowledge/KnowledgeService.js'
import { createLogger, type Logger } from './logger.js'
import { migrate } from './storage/migrate.js'
import { openPostgres } from './storage/openPostgres.js'

interface Env {
  HYPERDRIVE?: { connectionString: string }
  [key: string]: unknown
}

interface ExecutionContext {
  waitUntil(p: Promise<unknown>): void
  passThroughOnException(): void
  props: unknown
}

let isolate: { config: Config; log: Logger; cache: IsolateCache; migrated: Promise<unknown> | null } | null = null

function errorResponse(message: string): Response {
  return Response.json({ error: { code: 'not_ready', message, requestId: null } }, { status: 503 })
}

/** Opens storage and services for one request or one cron run, and closes them after deferred work. */
async function withServices<T>(
  env: Env,
  ctx: ExecutionContext,
  fn: (s: Services) => Promise<T>,
): Promise<T | Response> {
  if (!isolate) {
    const config = parseConfig(env as Record<string, unknown>)
    isolate = {
      config,
      log: createLogger(config.LOG_LEVEL),
      cache: { knowledge: new KnowledgeState(), seeded: false },
      migrated: null,
    }
  }
  const { config, log, cache } = isolate
  const url = env.HYPERDRIVE?.connectionString ?? config.DATABASE_URL
  if (!url) return errorResponse('Set DATABASE_URL or bind HYPERDRIVE: the Workers build stores data in PostgreSQL.')
  const storage = openPostgres(url, { max: 2 })
  const deferred: Promise<unknown>[] = []
  try {
    isolate.migrated ??= migrate(storage.db).catch((e) => {
      if (isolate) isolate.migrated = null
      throw e
    })
    await isolate.migrated
    const services = await buildServices(config, storage, log, {
      isolate: cache,
      defer: (p) => deferred.push(p.catch((e) => log.error('deferred task failed', { error: String(e) }))),
    })
    return await fn(services)
  } finally {
    ctx.waitUntil(Promise.allSettled(deferred).then(() => storage.close()))
  }
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return withServices(env, ctx, (s) => Promise.resolve(createApp(s).fetch(request, env, ctx))) as Promise<Response>
  },

  /**
   * Cron trigger (wrangler.toml `[triggers]`): there is no long-running worker loop on Workers, so
   * queued inbound messages, outbox retries, deadlines and callback time-outs are swept here.
   * https://developers.cloudflare.com/workers/configuration/cron-triggers/
   */
  async scheduled(_event: unknown, env: Env, ctx: ExecutionContext): Promise<void> {
    await withServices(env, ctx, async (s) => {
      await sweepChannels(s)
      await runLifecycleScan(s.db, s.lifecycle, s.log)
    })
  },
}
