/** The ranking for one month: street rates for it and for the month before, then `rankStreets`. */
import type { DbOrTx } from '../storage/db.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import { computeRates } from './computeRates.js'
import { monthBounds, previousMonth } from './periods.js'
import { type Ranking, rankStreets } from './ranking.js'

export interface MonthlyRanking extends Ranking {
  month: string
  previousMonth: string
  from: string
  to: string
}

export async function monthlyRanking(
  db: DbOrTx,
  opts: {
    month: string
    timeZone: string
    acceptHours: { emergency: number; urgent: number; normal: number }
    size?: number
  },
  lookup: DepartmentLookup,
): Promise<MonthlyRanking> {
  const cur = monthBounds(opts.month, opts.timeZone)
  const prevMonth = previousMonth(opts.month)
  const prev = monthBounds(prevMonth, opts.timeZone)
  const base = { groupBy: 'street' as const, timeZone: opts.timeZone, acceptHours: opts.acceptHours }
  const current = await computeRates(db, { ...base, ...cur }, lookup)
  const previous = await computeRates(db, { ...base, ...prev }, lookup)
  return {
    month: opts.month,
    previousMonth: prevMonth,
    from: cur.from.toISOString(),
    to: cur.to.toISOString(),
    ...rankStreets(current, previous, opts.size),
  }
}
