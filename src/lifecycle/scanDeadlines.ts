/**
 * Deadline supervision, run periodically: a reminder before the deadline, then on overdue an
 * escalation to the district, and after `escalateCenterAfterHours` to the hotline center. Each step
 * is claimed by one UPDATE … WHERE id IN (… FOR UPDATE SKIP LOCKED), so several instances can scan
 * at once without double events, and the candidate lookups ride `tickets_due_idx (status, due_at)`.
 */
import { sql } from 'drizzle-orm'
import { type Db, rowsOf } from '../storage/db.js'
import { centerDepartmentId, departmentsById } from './departmentQueries.js'
import type { LifecycleSettings } from './lifecycleSettings.js'
import { addEvents, type EventInput } from './ticketTx.js'
import { HANDLING_STATUSES } from './ticketStatus.js'

const BATCH = 500
const handling = sql.raw(HANDLING_STATUSES.map((s) => `'${s}'`).join(','))

interface Claimed {
  id: string
  department_id: string | null
  due_at: Date | string
  round: number
}

export interface ScanCounts {
  reminded: number
  escalatedToDistrict: number
  escalatedToCenter: number
}

export async function scanDeadlines(db: Db, settings: LifecycleSettings, now = new Date()): Promise<ScanCounts> {
  const reminded = await remind(db, settings, now)
  const [district, center] = await escalate(db, settings, now)
  return { reminded, escalatedToDistrict: district, escalatedToCenter: center }
}

async function remind(db: Db, s: LifecycleSettings, now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + s.reminderHours * 3_600_000)
  return db.transaction(async (tx) => {
    const rows = rowsOf<Claimed>(
      await tx.execute(sql`
        update tickets set reminded_at = ${now} where id in (
          select id from tickets
          where status in (${handling}) and due_at > ${now} and due_at <= ${horizon} and reminded_at is null
            and due_at - least(${s.reminderHours}::float8 * interval '1 hour', (due_at - coalesce(dispatched_at, created_at)) / 4) <= ${now}
          order by due_at limit ${BATCH}
          for update skip locked)
        returning id, department_id, due_at, round`),
    )
    await addEvents(
      tx,
      rows.map((r) => ({
        ticketId: r.id,
        type: 'reminder',
        actor: 'system',
        departmentId: r.department_id,
        data: { dueAt: iso(r.due_at), round: r.round },
      })),
      now,
    )
    return rows.length
  })
}

/** Level 1: overdue → the department's district (bureaus and districts have none above but the center). Level 2: the center. */
async function escalate(db: Db, s: LifecycleSettings, now: Date): Promise<[number, number]> {
  const centerAfter = new Date(now.getTime() - s.escalateCenterAfterHours * 3_600_000)
  return db.transaction(async (tx) => {
    const center = await centerDepartmentId(tx)
    const overdue = rowsOf<Claimed>(
      await tx.execute(sql`
        update tickets set escalation_level = 1 where id in (
          select id from tickets
          where status in (${handling}) and due_at <= ${now} and escalation_level = 0
          order by due_at limit ${BATCH}
          for update skip locked)
        returning id, department_id, due_at, round`),
    )
    const depts = await departmentsById(
      tx,
      overdue.map((r) => r.department_id).filter((x): x is string => !!x),
    )
    const events: EventInput[] = []
    const straightToCenter: string[] = []
    for (const r of overdue) {
      const parent = r.department_id ? depts.get(r.department_id)?.parentId : null
      const base = {
        ticketId: r.id,
        actor: 'system',
        departmentId: r.department_id,
        data: { dueAt: iso(r.due_at), round: r.round },
      }
      events.push({ ...base, type: 'overdue' })
      if (parent) events.push({ ...base, type: 'escalated', data: { ...base.data, level: 'district', to: parent } })
      else {
        straightToCenter.push(r.id)
        events.push({ ...base, type: 'escalated', data: { ...base.data, level: 'center', to: center } })
      }
    }
    if (straightToCenter.length) {
      await tx.execute(
        sql`update tickets set escalation_level = 2 where id in (${sql.join(
          straightToCenter.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )
    }
    const late = rowsOf<Claimed>(
      await tx.execute(sql`
        update tickets set escalation_level = 2 where id in (
          select id from tickets
          where status in (${handling}) and due_at <= ${centerAfter} and escalation_level = 1
          order by due_at limit ${BATCH}
          for update skip locked)
        returning id, department_id, due_at, round`),
    )
    for (const r of late) {
      events.push({
        ticketId: r.id,
        type: 'escalated',
        actor: 'system',
        departmentId: r.department_id,
        data: { dueAt: iso(r.due_at), round: r.round, level: 'center', to: center },
      })
    }
    await addEvents(tx, events, now)
    return [overdue.length - straightToCenter.length, straightToCenter.length + late.length]
  })
}

function iso(d: Date | string): string {
  return (d instanceof Date ? d : new Date(d)).toISOString()
}
