/**
 * The periodic lifecycle work: deadline reminders and escalation, callback timeouts. On Node,
 * `main.ts` starts it with `startLifecycleScanner`; a Workers deployment would call
 * `runLifecycleScan` from a cron trigger. Safe to run on several instances at once.
 */
import type { Logger } from '../logger.js'
import type { Db } from '../storage/db.js'
import { scanCallbackTimeouts } from './callback/scanCallbackTimeouts.js'
import type { LifecycleSettings } from './lifecycleSettings.js'
import { scanDeadlines } from './scanDeadlines.js'

export async function runLifecycleScan(db: Db, settings: LifecycleSettings, log: Logger, now = new Date()) {
  const deadlines = await scanDeadlines(db, settings, now)
  const noAnswer = await scanCallbackTimeouts(db, settings, now)
  const result = { ...deadlines, callbacksNoAnswer: noAnswer }
  if (Object.values(result).some((n) => n > 0)) log.info('lifecycle scan', result)
  return result
}

export function startLifecycleScanner(db: Db, settings: LifecycleSettings, log: Logger): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null
  const tick = () => {
    if (running) return
    running = runLifecycleScan(db, settings, log)
      .catch((e) => log.error('lifecycle scan failed', { error: String(e) }))
      .finally(() => {
        running = null
      })
  }
  const timer = setInterval(tick, settings.scanIntervalMs)
  timer.unref?.()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
