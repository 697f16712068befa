/**
 * Builds the services shared by every request. Runtime-agnostic: Node's `main.ts` and the Workers
 * entry both call this with storage they opened themselves.
 */
import { buildChannels } from './channels/buildChannels.js'
import type { Config } from './config.js'
import type { ChannelAdapter } from './contract/ChannelAdapter.js'
import { answererFor } from './knowledge/KnowledgeAnswerer.js'
import { KnowledgeService, type KnowledgeState } from './knowledge/KnowledgeService.js'
import type { Logger } from './logger.js'
import type { Services } from './services.js'
import type { Storage } from './storage/db.js'
import { seedDepartments } from './tickets/seedDepartments.js'
import { parseLifecycleSettings } from './lifecycle/lifecycleSettings.js'
import { createAnalyzer } from './understanding/createAnalyzer.js'

/** State that outlives one request on Workers (where a database connection does not). */
export interface IsolateCache {
  knowledge: KnowledgeState
  seeded: boolean
}

export interface BuildOptions {
  channels?: ChannelAdapter[]
  isolate?: IsolateCache
  defer?: (task: Promise<unknown>) => void
  now?: () => Date
  readAsset?: (name: string) => Promise<string | null>
}

export async function buildServices(
  config: Config,
  storage: Storage,
  log: Logger,
  opts: BuildOptions = {},
): Promise<Services> {
  const { analyzer, directory } = createAnalyzer({ city: config.CITY, llm: config.llm, log })
  const isolate = opts.isolate
  if (!isolate?.seeded) await seedDepartments(storage.db, directory.departments, config.CITY)
  if (isolate) isolate.seeded = true
  const knowledge = new KnowledgeService(storage.db, { region: config.CITY }, isolate?.knowledge)
  if (!knowledge.state.loaded) await knowledge.load()
  const lookupDepartment = directory.lookup
  const lifecycle = parseLifecycleSettings(config.TIME_LIMITS_JSON)
  const pending = new Set<Promise<unknown>>()
  const defer =
    opts.defer ??
    ((task: Promise<unknown>) => {
      const p = task
        .catch((e) => log.error('deferred task failed', { error: String(e) }))
        .finally(() => pending.delete(p))
      pending.add(p)
    })
  return {
    config,
    storage,
    db: storage.db,
    log,
    analyzer,
    knowledge,
    lookupDepartment,
    handler: {
      db: storage.db,
      analyzer,
      knowledge,
      answerer: answererFor(config.llm, storage.db, log),
      tickets: {
        prefix: config.ticketPrefix,
        timeZone: config.TIMEZONE,
        timeLimits: lifecycle.timeLimits,
        duplicates: { windowDays: lifecycle.duplicateWindowDays, threshold: lifecycle.duplicateThreshold },
      },
      lifecycle,
      lookupDepartment,
      city: config.CITY,
      log,
      now: opts.now,
    },
    channels: opts.channels ?? buildChannels(config),
    lifecycle,
    readAsset: opts.readAsset,
    consoleAuth: {
      db: storage.db,
      adminToken: config.ADMIN_TOKEN,
      sessionSecret:
        config.SESSION_SECRET ?? (config.ADMIN_TOKEN ? `console-session:${config.ADMIN_TOKEN}` : undefined),
    },
    defer,
  }
}
