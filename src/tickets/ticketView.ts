/** The public shape of a ticket. Phone and name are masked unless the caller may see them. */
import { maskPii } from '../logger.js'
import type { DepartmentRef } from '../understanding/types.js'
import type { TicketRow } from './fileTicket.js'

export type DepartmentLookup = (id: string | null) => DepartmentRef | null

export function maskName(name: string | null): string | null {
  if (!name) return null
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 3))}`
}

/** The place columns of a ticket, as understanding reports a location. */
export function ticketPlace(t: TicketRow) {
  return {
    province: t.province,
    city: t.city,
    district: t.district,
    street: t.street,
    community: t.community,
    address: t.address,
  }
}

export function ticketView(t: TicketRow, lookup: DepartmentLookup, opts: { revealPersonal?: boolean } = {}) {
  const reveal = opts.revealPersonal === true
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    intent: t.intent,
    urgency: t.urgency,
    title: reveal ? t.title : maskPii(t.title),
    description: reveal ? t.description : maskPii(t.description),
    category: { level1: t.category1, level2: t.category2, level3: t.category3, confidence: t.categoryConfidence },
    location: {
      ...ticketPlace(t),
      lat: t.lat,
      lng: t.lng,
      confidence: t.locationConfidence,
    },
    department: lookup(t.departmentId),
    firstDepartment: lookup(t.firstDepartmentId),
    dispatchRule: t.dispatchRule,
    channel: t.channel,
    enterprise: t.enterprise,
    companyName: t.companyName,
    citizenName: reveal ? t.citizenName : maskName(t.citizenName),
    phone: t.phone ? (reveal ? t.phone : maskPii(t.phone)) : null,
    round: t.round,
    duplicateOf: t.duplicateOf,
    followers: t.followers,
    dueAt: t.dueAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
    reply: t.reply,
    resolved: t.resolved,
    satisfaction: t.satisfaction,
  }
}

export type TicketView = ReturnType<typeof ticketView>
