/**
 * The three rates (三率), computed from `ticket_events` for any period, per department, district,
 * street, day or month:
 *   response     = dispatches accepted by that department within the acceptance limit / dispatches;
 *   resolution   = callbacks answered "resolved" / callbacks answered;
 *   satisfaction = callbacks answered satisfied or basically satisfied / callbacks answered.
 * A dispatch belongs to the period of its `dispatched` event, a callback to its answer's event. Callbacks
 * nobody answered (`callback_no_answer`) are reported but are in no denominator: silence is not
 * satisfaction. Department = the event's department; district/street = the ticket's place.
 * Each query is a range scan of `ticket_events_type_idx (type, created_at)`, then one primary-key lookup
 * of the ticket per event, so its cost follows the period's activity, not the table's size.
 */
import { type SQL, sql } from 'drizzle-orm'
import { type DbOrTx, rowsOf } from '../storage/db.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'

export const GROUP_BYS = ['department', 'district', 'street', 'day', 'month', 'all'] as const
export type GroupBy = (typeof GROUP_BYS)[number]

export interface RateCounts {
  requests: number
  dispatched: number
  acceptedInTime: number
  callbacksAnswered: number
  resolved: number
  satisfied: number
  basicallySatisfied: number
  unsatisfied: number
  noAnswer: number
}

export interface RateRow extends RateCounts {
  key: string
  name: string
  district: string | null
  street: string | null
  responseRate: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
}

export interface RateQuery {
  from: Date
  to: Date
  groupBy: GroupBy
  timeZone: string
  acceptHours: { emergency: number; urgent: number; normal: number }
}

function keyOf(groupBy: GroupBy, deptExpr: SQL, tz: string): SQL {
  switch (groupBy) {
    case 'department':
      return sql`coalesce(${deptExpr}, '')`
    case 'district':
      return sql`coalesce(t.district, '')`
    case 'street':
      return sql`coalesce(t.district, '') || '|' || coalesce(t.street, '')`
    case 'day':
      return sql`to_char(e.created_at at time zone ${tz}, 'YYYY-MM-DD')`
    case 'month':
      return sql`to_char(e.created_at at time zone ${tz}, 'YYYY-MM')`
    case 'all':
      return sql`'all'`
  }
}

/**
 * The event's ticket, looked up by primary key per event. `offset 0` keeps the planner from turning
 * this into a hash join over the whole tickets table: the cost follows the events in the period,
 * not the size of the table.
 */
const TICKET_OF_EVENT = sql`select district, street, urgency, department_id from tickets where id = e.ticket_id offset 0`

interface Raw {
  key: string
  district: string | null
  street: string | null
  [k: string]: unknown
}

export async function computeRates(db: DbOrTx, q: RateQuery, lookup: DepartmentLookup): Promise<RateRow[]> {
  const eventKey = keyOf(q.groupBy, sql`e.department_id`, q.timeZone)
  const ticketKey = keyOf(q.groupBy, sql`t.department_id`, q.timeZone)
  const range = sql`e.created_at >= ${q.from} and e.created_at < ${q.to}`
  const h = q.acceptHours
  const [created, dispatched, callbacks] = await Promise.all([
    db.execute(sql`
      select ${ticketKey} as key, min(t.district) as district, min(t.street) as street, count(*)::int as requests
      from ticket_events e cross join lateral (${TICKET_OF_EVENT}) t
      where e.type = 'created' and ${range}
      group by 1`),
    db.execute(sql`
      select ${eventKey} as key, min(t.district) as district, min(t.street) as street,
        count(*)::int as dispatched,
        (count(*) filter (where exists (
          select 1 from ticket_events a
          where a.ticket_id = e.ticket_id and a.type = 'accepted' and a.department_id = e.department_id
            and a.created_at >= e.created_at
            and a.created_at <= e.created_at + (case t.urgency when 'emergency' then ${h.emergency}::float8
              when 'urgent' then ${h.urgent}::float8 else ${h.normal}::float8 end) * interval '1 hour')))::int as accepted_in_time
      from ticket_events e cross join lateral (${TICKET_OF_EVENT}) t
      where e.type = 'dispatched' and ${range}
      group by 1`),
    db.execute(sql`
      select ${eventKey} as key, min(t.district) as district, min(t.street) as street,
        (count(*) filter (where e.type = 'callback_answered'))::int as answered,
        (count(*) filter (where e.type = 'callback_answered' and (e.data->>'resolved')::boolean))::int as resolved,
        (count(*) filter (where e.type = 'callback_answered' and e.data->>'satisfaction' = 'satisfied'))::int as satisfied,
        (count(*) filter (where e.type = 'callback_answered' and e.data->>'satisfaction' = 'basically_satisfied'))::int as basically,
        (count(*) filter (where e.type = 'callback_answered' and e.data->>'satisfaction' = 'unsatisfied'))::int as unsatisfied,
        (count(*) filter (where e.type = 'callback_no_answer'))::int as no_answer
      from ticket_events e cross join lateral (${TICKET_OF_EVENT}) t
      where e.type in ('callback_answered', 'callback_no_answer') and ${range}
      group by 1`),
  ])
  const rows = new Map<string, RateCounts & { district: string | null; street: string | null }>()
  const at = (r: Raw) => {
    let row = rows.get(r.key)
    if (!row) {
      row = {
        district: r.district,
        street: r.street,
        requests: 0,
        dispatched: 0,
        acceptedInTime: 0,
        callbacksAnswered: 0,
        resolved: 0,
        satisfied: 0,
        basicallySatisfied: 0,
        unsatisfied: 0,
        noAnswer: 0,
      }
      rows.set(r.key, row)
    }
    return row
  }
  for (const r of rowsOf<Raw>(created)) at(r).requests = Number(r.requests)
  for (const r of rowsOf<Raw>(dispatched)) {
    const row = at(r)
    row.dispatched = Number(r.dispatched)
    row.acceptedInTime = Number(r.accepted_in_time)
  }
  for (const r of rowsOf<Raw>(callbacks)) {
    const row = at(r)
    row.callbacksAnswered = Number(r.answered)
    row.resolved = Number(r.resolved)
    row.satisfied = Number(r.satisfied)
    row.basicallySatisfied = Number(r.basically)
    row.unsatisfied = Number(r.unsatisfied)
    row.noAnswer = Number(r.no_answer)
  }
  return [...rows.entries()]
    .map(([key, c]) => withRates(key, nameOf(q.groupBy, key, c, lookup), c))
    .sort((a, b) => a.key.localeCompare(b.key))
}

export function withRates(
  key: string,
  name: string,
  c: RateCounts & { district: string | null; street: string | null },
): RateRow {
  const answered = c.callbacksAnswered
  return {
    key,
    name,
    ...c,
    responseRate: ratio(c.acceptedInTime, c.dispatched),
    resolutionRate: ratio(c.resolved, answered),
    satisfactionRate: ratio(c.satisfied + c.basicallySatisfied, answered),
  }
}

export function ratio(n: number, d: number): number | null {
  return d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null
}

function nameOf(
  groupBy: GroupBy,
  key: string,
  c: { district: string | null; street: string | null },
  lookup: DepartmentLookup,
): string {
  if (groupBy === 'department') return lookup(key || null)?.name ?? (key || '未知')
  if (groupBy === 'district') return key || '未知'
  if (groupBy === 'street') return c.street ? `${c.district ?? ''}${c.street}` : `${c.district ?? ''}（街道未知）`
  return key
}
