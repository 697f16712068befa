/**
 * Files a ticket and dispatches it in the same transaction: the responsible department is assigned
 * the moment the ticket exists, and the directory rule that chose it is recorded (首接负责 starts here).
 */
import { tickets, ticketEvents } from '../storage/schema.js'
import { attachFollower, type DuplicateSettings, findDuplicate } from '../lifecycle/duplicates/linkDuplicate.js'
import type { DbOrTx } from '../storage/db.js'
import type { Analysis, Intent, LocationResult } from '../understanding/types.js'
import { nextTicketNumber } from './ticketNumber.js'
import { addLimit, limitFor, type TimeLimits } from './timeLimits.js'

export type TicketRow = typeof tickets.$inferSelect

export interface FileTicketInput {
  analysis: Analysis
  /** Overrides the analysed intent, e.g. an unanswered question becomes a consultation ticket. */
  intent?: Intent
  title: string
  description: string
  location: LocationResult
  point?: { lat: number; lng: number } | null
  channel: string
  account: string
  conversationId?: string | null
  contactId?: string | null
  citizenName?: string | null
  phone?: string | null
  enterprise?: { companyName?: string | null; creditCode?: string | null } | null
  actor: string
}

export interface TicketSettings {
  prefix: string
  timeZone: string
  timeLimits: TimeLimits
  /** When set, a ticket like an open one is linked to it instead of dispatched again (src/lifecycle). */
  duplicates?: DuplicateSettings
}

export async function fileTicket(db: DbOrTx, input: FileTicketInput, settings: TicketSettings, now = new Date()) {
  const a = input.analysis
  const intent = input.intent ?? a.intent
  const manual = a.routingRule === 'manual'
  const id = crypto.randomUUID()
  const number = await nextTicketNumber(db, settings.prefix, now, settings.timeZone)
  const loc = input.location
  const dup = settings.duplicates
    ? await findDuplicate(
        db,
        {
          category1: a.category.level1,
          category2: a.category.level2,
          category3: a.category.level3,
          district: loc.district,
          street: loc.street,
          community: loc.community,
          urgency: a.urgency,
          text: input.description,
        },
        settings.duplicates,
        now,
      )
    : null
  const [row] = await db
    .insert(tickets)
    .values({
      id,
      number,
      status: dup ? 'linked' : manual ? 'manual' : 'dispatched',
      intent,
      urgency: a.urgency,
      title: input.title.slice(0, 120),
      description: input.description,
      category1: a.category.level1,
      category2: a.category.level2,
      category3: a.category.level3,
      categoryConfidence: a.category.confidence,
      province: loc.province,
      city: loc.city,
      district: loc.district,
      street: loc.street,
      community: loc.community,
      address: loc.address,
      lat: input.point?.lat ?? null,
      lng: input.point?.lng ?? null,
      locationConfidence: loc.confidence,
      departmentId: dup ? dup.parent.departmentId : a.department.id,
      firstDepartmentId: a.department.id,
      dispatchRule: a.routingRule,
      channel: input.channel,
      account: input.account,
      conversationId: input.conversationId ?? null,
      contactId: input.contactId ?? null,
      citizenName: input.citizenName ?? null,
      phone: input.phone ?? null,
      enterprise: !!input.enterprise,
      companyName: input.enterprise?.companyName ?? null,
      creditCode: input.enterprise?.creditCode ?? null,
      duplicateOf: dup?.parent.id ?? null,
      dueAt: dup?.parent.dueAt ?? addLimit(now, limitFor(intent, a.urgency, settings.timeLimits), settings.timeZone),
      dispatchedAt: manual || dup ? null : now,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
  await db.insert(ticketEvents).values([
    {
      ticketId: id,
      type: 'created',
      actor: input.actor,
      data: { channel: input.channel, intent, urgency: a.urgency, urgencyReasons: a.urgencyReasons },
      createdAt: now,
    },
    dup
      ? {
          ticketId: id,
          type: 'linked',
          actor: 'system',
          departmentId: dup.parent.departmentId,
          data: {
            parentId: dup.parent.id,
            parentNumber: dup.parent.number,
            similarity: Math.round(dup.similarity * 1000) / 1000,
            rule: a.routingRule,
          },
          createdAt: now,
        }
      : {
          ticketId: id,
          type: manual ? 'queued_manual' : 'dispatched',
          actor: 'system',
          departmentId: a.department.id,
          data: { rule: a.routingRule, department: a.department.name },
          createdAt: now,
        },
  ])
  if (dup && row) await attachFollower(db, dup, row, input.actor, now)
  return row as TicketRow
}
