/**
 * POST Service Request: an Open311 client files a ticket. The service code fixes the category; the
 * address string (or else the description) gives the place; the description gives urgency. Routing,
 * numbering, dispatch and duplicate linking are the same as for a chat message. Open311 reports are
 * issues to fix, so a text that reads as a question or praise is filed as help (求助).
 */
import { fileTicket, type TicketRow } from '../tickets/fileTicket.js'
import type { Services } from '../services.js'
import type { Analysis } from '../understanding/types.js'
import { serviceByCode } from './open311Services.js'
import { serviceNotice } from './requestView.js'

export type CreateOutcome =
  | { kind: 'created'; ticket: TicketRow; notice: string }
  | { kind: 'error'; status: 400 | 404; description: string }

const MOBILE = /^1[3-9]\d{9}$/

export async function createRequest(
  s: Services,
  client: string,
  f: Record<string, string>,
  now = new Date(),
): Promise<CreateOutcome> {
  if (!f.service_code) return { kind: 'error', status: 400, description: 'service_code was not provided' }
  const service = serviceByCode(f.service_code)
  if (!service) return { kind: 'error', status: 404, description: `service_code ${f.service_code} was not found` }
  const lat = f.lat ? Number(f.lat) : null
  const lng = f.long ? Number(f.long) : null
  const point =
    lat !== null &&
    lng !== null &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
      ? { lat, lng }
      : null
  const address = f.address_string?.trim() || null
  if (!point && !address && !f.address_id)
    return {
      kind: 'error',
      status: 400,
      description: 'A location is required: lat & long, address_string or address_id',
    }
  const description = (f.description ?? '').trim().slice(0, 4000) || service.service_name
  const text = address ? `${description}\n地点：${address}` : description
  const a = await s.analyzer.analyze(text, { city: s.config.CITY })
  const place = address ? s.analyzer.locate(address, { city: s.config.CITY }) : null
  const location = place && (place.district || place.street) ? place : a.location
  const [level1, level2] = service.path
  const category = {
    level1,
    level2: level2 ?? null,
    level3: level2 && a.category.level1 === level1 && a.category.level2 === level2 ? a.category.level3 : null,
    confidence: 1,
  }
  const intent = a.intent === 'consultation' || a.intent === 'praise' ? 'help' : a.intent
  const routing = s.analyzer.route({ category, location, intent, text, enterprise: false })
  const analysis: Analysis = {
    ...a,
    intent,
    category,
    location,
    department: routing.department,
    routingRule: routing.rule,
  }
  const name = [f.last_name, f.first_name].filter(Boolean).join('') || null
  const phone = f.phone && MOBILE.test(f.phone.replace(/[\s-]/g, '')) ? f.phone.replace(/[\s-]/g, '') : null
  const ticket = await s.db.transaction((tx) =>
    fileTicket(
      tx,
      {
        analysis,
        title: description.split(/[。！？!?\n]/)[0]?.slice(0, 40) || service.service_name,
        description: text,
        location,
        point,
        channel: 'open311',
        account: client,
        citizenName: name,
        phone,
        actor: `open311:${client}`,
      },
      s.handler.tickets,
      now,
    ),
  )
  const dept = ticket.status === 'manual' ? null : (s.lookupDepartment(ticket.departmentId)?.name ?? null)
  const urgent = a.emergencyHotline ? `情况紧急请立即拨打${a.emergencyHotline}。` : ''
  return { kind: 'created', ticket, notice: urgent + serviceNotice(ticket, s.lifecycle.timeLimits, dept) }
}
