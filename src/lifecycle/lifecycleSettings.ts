/**
 * Everything time-bound after filing: handling limits (办理时限) per request type and urgency, the
 * acceptance (签收) limit behind the response rate, reminders, escalation, the callback timeout.
 * Defaults follow common 12345 practice; `TIME_LIMITS_JSON` overrides any part, e.g.
 * `{"urgent":{"hours":12},"byIntent":{"consultation":{"days":3}},"callbackTimeoutHours":48}`.
 */
import { z } from 'zod'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import { DEFAULT_TIME_LIMITS, type TimeLimits } from '../tickets/timeLimits.js'
import { INTENTS } from '../understanding/types.js'

export interface LifecycleSettings {
  timeLimits: TimeLimits
  /** A dispatched ticket counts as responded to when accepted within this many hours (response rate). */
  acceptHours: { emergency: number; urgent: number; normal: number }
  /** Remind the department this long before the deadline (at most a quarter of the whole limit). */
  reminderHours: number
  /** Overdue tickets go to the district at once, and to the hotline center after this many hours. */
  escalateCenterAfterHours: number
  /** No callback answer after this many hours is recorded as `no_answer` (never counted as satisfied). */
  callbackTimeoutHours: number
  /** Rounds of handling: an unresolved or unsatisfied callback reopens the ticket while round < maxRounds. */
  maxRounds: number
  /** One extension per round, of at most this many working days. */
  maxExtensionWorkingDays: number
  /** A new ticket is linked to an open one with the same category and place filed within this many days… */
  duplicateWindowDays: number
  /** …when their texts' character-bigram similarity reaches this. */
  duplicateThreshold: number
  /** How often the Node process scans deadlines and callbacks. */
  scanIntervalMs: number
}

export const DEFAULT_LIFECYCLE: LifecycleSettings = {
  timeLimits: DEFAULT_TIME_LIMITS,
  acceptHours: { emergency: 0.5, urgent: 2, normal: 24 },
  reminderHours: 24,
  escalateCenterAfterHours: 24,
  callbackTimeoutHours: 72,
  maxRounds: 2,
  maxExtensionWorkingDays: 15,
  duplicateWindowDays: 30,
  duplicateThreshold: 0.3,
  scanIntervalMs: 60_000,
}

const positive = z.number().positive()
const limit = z.union([
  z.object({ hours: positive }).strict(),
  z.object({ days: positive }).strict(),
  z.object({ workingDays: z.number().int().positive() }).strict(),
])

const overrideSchema = z
  .object({
    emergency: limit,
    urgent: limit,
    default: limit,
    byIntent: z.partialRecord(z.enum(INTENTS), limit),
    acceptHours: z.object({ emergency: positive, urgent: positive, normal: positive }).partial(),
    reminderHours: positive,
    escalateCenterAfterHours: positive,
    callbackTimeoutHours: positive,
    maxRounds: z.number().int().min(1).max(5),
    maxExtensionWorkingDays: z.number().int().min(1).max(60),
    duplicateWindowDays: z.number().int().min(1).max(365),
    duplicateThreshold: z.number().min(0.05).max(1),
    scanIntervalMs: z.number().int().min(1000),
  })
  .partial()
  .strict()

/** Parses `TIME_LIMITS_JSON` over the defaults; a bad value stops start-up with a clear message. */
export function parseLifecycleSettings(json: string | undefined): LifecycleSettings {
  if (!json) return DEFAULT_LIFECYCLE
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new Error('TIME_LIMITS_JSON is not valid JSON')
  }
  const parsed = overrideSchema.safeParse(raw)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new Error(`Invalid TIME_LIMITS_JSON:\n${lines.join('\n')}`)
  }
  const o = parsed.data
  const d = DEFAULT_LIFECYCLE
  return {
    timeLimits: {
      emergency: o.emergency ?? d.timeLimits.emergency,
      urgent: o.urgent ?? d.timeLimits.urgent,
      default: o.default ?? d.timeLimits.default,
      byIntent: { ...d.timeLimits.byIntent, ...o.byIntent },
    },
    acceptHours: { ...d.acceptHours, ...o.acceptHours },
    reminderHours: o.reminderHours ?? d.reminderHours,
    escalateCenterAfterHours: o.escalateCenterAfterHours ?? d.escalateCenterAfterHours,
    callbackTimeoutHours: o.callbackTimeoutHours ?? d.callbackTimeoutHours,
    maxRounds: o.maxRounds ?? d.maxRounds,
    maxExtensionWorkingDays: o.maxExtensionWorkingDays ?? d.maxExtensionWorkingDays,
    duplicateWindowDays: o.duplicateWindowDays ?? d.duplicateWindowDays,
    duplicateThreshold: o.duplicateThreshold ?? d.duplicateThreshold,
    scanIntervalMs: o.scanIntervalMs ?? d.scanIntervalMs,
  }
}

/** What lifecycle steps need besides the database. */
export interface LifecycleContext {
  settings: LifecycleSettings
  timeZone: string
  lookupDepartment: DepartmentLookup
}
