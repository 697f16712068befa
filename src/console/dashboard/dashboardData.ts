/**
 * Everything the dashboard shows, gathered server-side from the same functions as the metrics API:
 * daily rates over a window, the month's ranking, hot topics, and the overdue tickets. Personal data
 * never reaches the page: titles are masked and no phone or name is selected.
 */
import { and, asc, inArray, lte } from 'drizzle-orm'
import { HANDLING_STATUSES, statusLabel } from '../../lifecycle/ticketStatus.js'
import { maskPii } from '../../logger.js'
import { computeRates, type RateRow } from '../../metrics/computeRates.js'
import { type HotTopic, hotTopics } from '../../metrics/hotTopics.js'
import { type MonthlyRanking, monthlyRanking } from '../../metrics/monthlyRanking.js'
import { zonedMidnight } from '../../metrics/periods.js'
import type { Services } from '../../services.js'
import { tickets } from '../../storage/schema.js'

export interface OverdueItem {
  number: string
  title: string
  status: string
  department: string | null
  place: string
  /** Local time in the city's time zone, `YYYY-MM-DD HH:mm`. */
  dueAt: string
  overdueHours: number
  escalation: string
}

export interface DashboardData {
  /** Local time in the city's time zone, `YYYY-MM-DD HH:mm`. */
  generatedAt: string
  days: {
    key: string
    requests: number
    responseRate: number | null
    resolutionRate: number | null
    satisfactionRate: number | null
  }[]
  total: RateRow | null
  ranking: MonthlyRanking
  hot: HotTopic[]
  overdue: OverdueItem[]
}

const ESCALATION = ['未升级', '已升级至区', '已升级至热线中心']

/** `YYYY-MM-DD HH:mm` in `tz` (the sv-SE locale writes ISO-like dates). */
export function localTime(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at)
}

/** The last `days` local days up to today, each as YYYY-MM-DD. */
function dayKeys(now: Date, days: number, tz: string): { keys: string[]; from: Date; to: Date } {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const keys: string[] = []
  for (let i = days - 1; i >= 0; i--) keys.push(new Date(Date.UTC(y, m - 1, d - i)).toISOString().slice(0, 10))
  return { keys, from: zonedMidnight(y, m, d - days + 1, tz), to: zonedMidnight(y, m, d + 1, tz) }
}

export async function dashboardData(
  s: Services,
  opts: { month: string; days: number; now: Date },
): Promise<DashboardData> {
  const tz = s.config.TIMEZONE
  const accept = s.lifecycle.acceptHours
  const w = dayKeys(opts.now, opts.days, tz)
  const daily = await computeRates(
    s.db,
    { from: w.from, to: w.to, groupBy: 'day', timeZone: tz, acceptHours: accept },
    s.lookupDepartment,
  )
  const [total] = await computeRates(
    s.db,
    { from: w.from, to: w.to, groupBy: 'all', timeZone: tz, acceptHours: accept },
    s.lookupDepartment,
  )
  const byDay = new Map(daily.map((r) => [r.key, r]))
  const ranking = await monthlyRanking(
    s.db,
    { month: opts.month, timeZone: tz, acceptHours: accept },
    s.lookupDepartment,
  )
  const hot = await hotTopics(s.db, { from: w.from, to: w.to, limit: 10 }, s.lookupDepartment)
  const late = await s.db
    .select({
      number: tickets.number,
      title: tickets.title,
      status: tickets.status,
      departmentId: tickets.departmentId,
      district: tickets.district,
      street: tickets.street,
      dueAt: tickets.dueAt,
      escalationLevel: tickets.escalationLevel,
    })
    .from(tickets)
    .where(and(inArray(tickets.status, [...HANDLING_STATUSES]), lte(tickets.dueAt, opts.now)))
    .orderBy(asc(tickets.dueAt))
    .limit(50)
  return {
    generatedAt: localTime(opts.now, tz),
    days: w.keys.map((key) => {
      const r = byDay.get(key)
      return {
        key,
        requests: r?.requests ?? 0,
        responseRate: r?.responseRate ?? null,
        resolutionRate: r?.resolutionRate ?? null,
        satisfactionRate: r?.satisfactionRate ?? null,
      }
    }),
    total: total ?? null,
    ranking,
    hot,
    overdue: late.map((t) => ({
      number: t.number,
      title: maskPii(t.title),
      status: statusLabel(t.status),
      department: s.lookupDepartment(t.departmentId)?.name ?? null,
      place: [t.district, t.street].filter(Boolean).join(' ') || '待核实',
      dueAt: t.dueAt ? localTime(t.dueAt, tz) : '',
      overdueHours: t.dueAt ? Math.floor((opts.now.getTime() - t.dueAt.getTime()) / 3_600_000) : 0,
      escalation: ESCALATION[t.escalationLevel] ?? String(t.escalationLevel),
    })),
  }
}
