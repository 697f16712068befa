/**
 * Small pieces the workbench's pages share with the center's dispatch desk: status colours, the deadline
 * cell, the place line, the ticket's heading and its history.
 */
import { localTime } from '../console/render.js'
import { HANDLING_STATUSES, statusLabel } from '../lifecycle/ticketStatus.js'
import type { ticketEvents } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { eventDetail, eventLabel } from './deskLabels.js'

export function statusClass(status: string): string {
  if (status === 'dispatched' || status === 'reopened') return 's-open'
  if (status === 'accepted' || status === 'in_progress') return 's-doing'
  return status === 'closed' ? 's-closed' : 's-other'
}

export function Due(props: { t: TicketRow; now: Date; tz: string }) {
  const { t, now } = props
  if (!t.dueAt || !(HANDLING_STATUSES as readonly string[]).includes(t.status)) return <span class="muted">—</span>
  const left = t.dueAt.getTime() - now.getTime()
  const when = localTime(t.dueAt.toISOString(), props.tz)
  if (left < 0) return <span class="overdue">{`${when}（已超期 ${Math.ceil(-left / 3_600_000)} 小时）`}</span>
  if (left < 24 * 3_600_000) return <span class="soon">{`${when}（即将到期）`}</span>
  return <span>{when}</span>
}

export function placeOf(t: TicketRow): string {
  return [t.district, t.street, t.community, t.address].filter(Boolean).join(' ') || '待核实'
}

export function TicketHeading(props: { t: TicketRow }) {
  return (
    <h1>
      {`工单 ${props.t.number} `}
      <span class={`badge ${statusClass(props.t.status)}`}>{statusLabel(props.t.status)}</span>
    </h1>
  )
}

/** Every step of the ticket, oldest first, in the city's time. */
export function Timeline(props: { events: (typeof ticketEvents.$inferSelect)[]; tz: string }) {
  return (
    <ol class="timeline">
      {props.events.map((e) => (
        <li>
          <span class="when">{localTime(e.createdAt.toISOString(), props.tz)}</span>
          <strong>{eventLabel(e.type, e.data)}</strong>
          {eventDetail(e.type, e.data) ? `：${eventDetail(e.type, e.data)}` : ''}
        </li>
      ))}
    </ol>
  )
}

/**
 * The location pin the citizen sent, as numbers: the channel's own coordinates (WeChat sends GCJ-02, a
 * browser WGS-84), so staff read them in the map they use rather than a link that may assume the other datum.
 */
export function PinRow(props: { t: TicketRow }) {
  const { lat, lng } = props.t
  if (lat === null || lng === null) return null
  return (
    <>
      <dt>位置坐标</dt>
      <dd>{`纬度 ${lat.toFixed(6)}，经度 ${lng.toFixed(6)}（市民发送的定位）`}</dd>
    </>
  )
}
