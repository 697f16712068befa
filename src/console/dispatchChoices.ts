/** What the dispatch desk offers: the units to choose from (the suggestion first) and why a ticket came back. */
import { and, asc, desc, eq, ne } from 'drizzle-orm'
import type { Services } from '../services.js'
import { departments, ticketEvents } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { ticketPlace } from '../tickets/ticketView.js'
import type { Intent } from '../understanding/types.js'

/** Why a ticket came back: the unit's reason on its latest 退单. */
export async function lastReturnReasons(s: Services, rows: TicketRow[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const t of rows.filter((r) => r.firstDepartmentId)) {
    const [ev] = await s.db
      .select({ data: ticketEvents.data })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, t.id), eq(ticketEvents.type, 'returned')))
      .orderBy(desc(ticketEvents.id))
      .limit(1)
    const reason = ev?.data.reason
    if (typeof reason === 'string') out.set(t.id, `退单：${reason}`)
  }
  return out
}

interface Option {
  id: string
  label: string
}

/** The units to choose from: the suggestion first, then the ticket's own district, then the rest. */
export async function choices(s: Services, t: TicketRow): Promise<{ group: string; options: Option[] }[]> {
  const all = await s.db
    .select({ id: departments.id, name: departments.name, kind: departments.kind, district: departments.district })
    .from(departments)
    .where(ne(departments.kind, 'center'))
    .orderBy(asc(departments.kind), asc(departments.district), asc(departments.name))
  const routed = s.analyzer.route({
    category: { level1: t.category1, level2: t.category2, level3: t.category3, confidence: t.categoryConfidence },
    location: { ...ticketPlace(t), confidence: t.locationConfidence, code: null, span: null },
    intent: t.intent as Intent,
    text: t.description,
    enterprise: t.enterprise,
  })
  const suggested = routed.department && routed.department.kind !== 'center' ? routed.department : null
  const label = (d: { name: string; district: string | null }) => (d.district ? `${d.name}（${d.district}）` : d.name)
  const local = all.filter((d) => t.district && d.district === t.district && d.kind !== 'bureau')
  const bureaus = all.filter((d) => d.kind === 'bureau' || d.kind === 'enterprise')
  const rest = all.filter((d) => !local.includes(d) && !bureaus.includes(d))
  const groups = [
    { group: '建议', options: suggested ? [{ id: suggested.id, label: `${suggested.name}（按类别和地点）` }] : [] },
    { group: `${t.district ?? '本区'}街乡镇和区政府`, options: local.map((d) => ({ id: d.id, label: label(d) })) },
    { group: '市级部门', options: bureaus.map((d) => ({ id: d.id, label: d.name })) },
    { group: '其他区', options: rest.map((d) => ({ id: d.id, label: label(d) })) },
  ]
  return groups.filter((g) => g.options.length > 0)
}
