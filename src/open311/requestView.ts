/**
 * A ticket as a GeoReport v2 service request. Open311 is public: the description is masked and the
 * citizen's name and phone never appear. `status_notes` says where the ticket is in its handling,
 * or carries the department's reply once closed (the double feedback, readable by the filing app).
 */
import { statusLabel } from '../lifecycle/ticketStatus.js'
import { maskPii } from '../logger.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import { describeLimit, limitFor, type TimeLimits } from '../tickets/timeLimits.js'
import type { Intent, Urgency } from '../understanding/types.js'
import { serviceForCategory } from './open311Services.js'

export interface GeoReportRequest {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string | null
  service_code: string | null
  description: string | null
  agency_responsible: string | null
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  address: string | null
  address_id: string | null
  zipcode: string | null
  lat: number | null
  long: number | null
  media_url: string | null
}

export function statusNotes(t: TicketRow): string | null {
  if (t.status === 'closed') return t.reply ? maskPii(t.reply) : statusLabel(t.status)
  if (t.status === 'reopened') return `${statusLabel(t.status)}（第${t.round}轮）`
  return statusLabel(t.status)
}

/** Most specific to most general, as the spec asks. */
export function addressOf(t: Pick<TicketRow, 'address' | 'community' | 'street' | 'district' | 'city'>): string | null {
  const parts = [t.address, t.community, t.street, t.district, t.city].filter((p): p is string => !!p)
  return parts.length ? maskPii(parts.join(', ')) : null
}

export function serviceNotice(
  t: Pick<TicketRow, 'intent' | 'urgency'>,
  limits: TimeLimits,
  department: string | null,
): string {
  const limit = describeLimit(limitFor(t.intent as Intent, t.urgency as Urgency, limits))
  return `${department ? `承办单位：${department}；` : ''}办理时限：${limit}`
}

export function requestView(t: TicketRow, lookup: DepartmentLookup, limits: TimeLimits): GeoReportRequest {
  const service = serviceForCategory(t.category1, t.category2)
  const dept = t.status === 'manual' ? null : (lookup(t.departmentId)?.name ?? null)
  const closed = t.status === 'closed'
  return {
    service_request_id: t.number,
    status: closed ? 'closed' : 'open',
    status_notes: statusNotes(t),
    service_name: service?.service_name ?? null,
    service_code: service?.service_code ?? null,
    description: maskPii(t.description).slice(0, 4000),
    agency_responsible: dept,
    service_notice: serviceNotice(t, limits, dept),
    requested_datetime: t.createdAt.toISOString(),
    updated_datetime: (closed && t.closedAt ? t.closedAt : t.updatedAt).toISOString(),
    expected_datetime: t.dueAt?.toISOString() ?? null,
    address: addressOf(t),
    address_id: null,
    zipcode: null,
    lat: t.lat,
    long: t.lng,
    media_url: null,
  }
}
