/** Everything a request handler may use, built once per process (or per Workers isolate). */
import type { Config } from './config.js'
import type { ConsoleAuthSettings } from './console/consoleAuth.js'
import type { ChannelAdapter } from './contract/ChannelAdapter.js'
import type { HandlerDeps } from './conversation/handleMessage.js'
import type { KnowledgeService } from './knowledge/KnowledgeService.js'
import type { LifecycleSettings } from './lifecycle/lifecycleSettings.js'
import type { Logger } from './logger.js'
import type { Db, Storage } from './storage/db.js'
import type { DepartmentLookup } from './tickets/ticketView.js'
import type { Analyzer } from './understanding/Analyzer.js'

export interface Services {
  config: Config
  storage: Storage
  db: Db
  log: Logger
  analyzer: Analyzer
  knowledge: KnowledgeService
  lookupDepartment: DepartmentLookup
  handler: HandlerDeps
  channels: ChannelAdapter[]
  /** Identity checks for the console and the editor, reviewer and admin APIs. */
  consoleAuth: ConsoleAuthSettings
  /** Time limits, reminders, escalation, callbacks and duplicate linking after filing (src/lifecycle). */
  lifecycle: LifecycleSettings
  /** Static files the gateway serves itself (the dashboard's chart library); Node supplies a reader. */
  readAsset?: (name: string) => Promise<string | null>
  /** Runs work after the response (Workers `waitUntil`; on Node a tracked promise). */
  defer(task: Promise<unknown>): void
}
