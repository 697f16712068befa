/**
 * Reporting periods in the city's time zone: a "day" or a "month" starts at local midnight, so the
 * ranking for 2026-03 in Beijing covers 2026-02-28T16:00Z … 2026-03-31T16:00Z.
 */
function offsetMs(at: Date, tz: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  if (!m) return 0
  const sign = m[1] === '-' ? -1 : 1
  return sign * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000)
}

/** Local midnight of y-m-d in `tz`, as an instant. Month and day may overflow (Date.UTC semantics). */
export function zonedMidnight(y: number, m: number, d: number, tz: string): Date {
  const guess = Date.UTC(y, m - 1, d)
  const first = guess - offsetMs(new Date(guess), tz)
  return new Date(guess - offsetMs(new Date(first), tz))
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isMonth(s: string): boolean {
  return MONTH_RE.test(s)
}

export function monthBounds(month: string, tz: string): { from: Date; to: Date } {
  const m = MONTH_RE.exec(month)
  if (!m) throw new Error(`not a month: ${month}`)
  const y = Number(m[1])
  const mo = Number(m[2])
  return { from: zonedMidnight(y, mo, 1, tz), to: zonedMidnight(y, mo + 1, 1, tz) }
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** YYYY-MM of an instant in `tz`. */
export function monthOf(at: Date, tz: string): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit' }).formatToParts(at)
  return `${p.find((x) => x.type === 'year')?.value}-${p.find((x) => x.type === 'month')?.value}`
}

/**
 * A query's `from`/`to`: a date (YYYY-MM-DD, local; `to` inclusive of that whole day) or a full
 * ISO date-time (`to` exclusive). Defaults: the last 30 days up to now.
 */
export function parsePeriod(
  from: string | undefined,
  to: string | undefined,
  tz: string,
  now = new Date(),
): { from: Date; to: Date } | { error: string } {
  const end = to ? parseBound(to, tz, true) : now
  const start = from ? parseBound(from, tz, false) : new Date(end?.getTime() ? end.getTime() - 30 * 86_400_000 : 0)
  if (!start || !end) return { error: 'from/to must be YYYY-MM-DD or an ISO date-time with offset.' }
  if (start >= end) return { error: 'from must be before to.' }
  if (end.getTime() - start.getTime() > 3 * 366 * 86_400_000) return { error: 'A period may span at most three years.' }
  return { from: start, to: end }
}

function parseBound(s: string, tz: string, isEnd: boolean): Date | null {
  const d = DATE_RE.exec(s)
  if (d) return zonedMidnight(Number(d[1]), Number(d[2]), Number(d[3]) + (isEnd ? 1 : 0), tz)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return null
  const t = new Date(s)
  return Number.isNaN(t.getTime()) ? null : t
}
