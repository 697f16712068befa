/**
 * Handling time limits (办理时限) by request type and urgency. Defaults follow common 12345 practice:
 * emergencies within 2 hours, urgent matters within 24 hours, consultations answered within
 * 3 days, everything else within 15 working days.
 */
import type { Intent, Urgency } from '../understanding/types.js'

export type TimeLimit = { hours: number } | { workingDays: number } | { days: number }

export interface TimeLimits {
  emergency: TimeLimit
  urgent: TimeLimit
  byIntent: Partial<Record<Intent, TimeLimit>>
  default: TimeLimit
}

export const DEFAULT_TIME_LIMITS: TimeLimits = {
  emergency: { hours: 2 },
  urgent: { hours: 24 },
  byIntent: { consultation: { days: 3 } },
  default: { workingDays: 15 },
}

export function limitFor(intent: Intent, urgency: Urgency, limits: TimeLimits = DEFAULT_TIME_LIMITS): TimeLimit {
  if (urgency === 'emergency') return limits.emergency
  if (urgency === 'urgent') return limits.urgent
  return limits.byIntent[intent] ?? limits.default
}

/** Working days skip Saturdays and Sundays in the city's time zone (public holidays are not modelled). */
export function addLimit(from: Date, limit: TimeLimit, tz = 'Asia/Shanghai'): Date {
  if ('hours' in limit) return new Date(from.getTime() + limit.hours * 3_600_000)
  if ('days' in limit) return new Date(from.getTime() + limit.days * 86_400_000)
  let t = from.getTime()
  let left = limit.workingDays
  while (left > 0) {
    t += 86_400_000
    const wd = new Intl.DateTimeFormat('en-US', { timeZone: tz, weekday: 'short' }).format(new Date(t))
    if (wd !== 'Sat' && wd !== 'Sun') left--
  }
  return new Date(t)
}

/** "2小时内" / "15个工作日内" — how the limit is told to the citizen. */
export function describeLimit(limit: TimeLimit): string {
  if ('hours' in limit) return `${limit.hours}小时内`
  if ('days' in limit) return `${limit.days}日内`
  return `${limit.workingDays}个工作日内`
}
