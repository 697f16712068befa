/**
 * The ticket state machine after filing. Pure: which action may happen in which status, and where it
 * leads. Anything else is an illegal transition, answered with 409 by the HTTP layer.
 *
 *   manual ──dispatch──▶ dispatched ──accept──▶ accepted ──progress──▶ in_progress ──close──▶ closed
 *     ▲                     │  ▲                   │                      │                  │
 *     └───────return────────┴──┼───────return──────┴──────return──────────┘                  │
 *                              └──redispatch (center, any open status, other department)     │
 *   closed ──callback: unresolved or unsatisfied, round < maxRounds──▶ reopened ──accept──▶ …
 *   linked: a duplicate follower; it rides on its parent and closes with it.
 */
export const TICKET_STATUSES = [
  'manual',
  'dispatched',
  'accepted',
  'in_progress',
  'reopened',
  'closed',
  'linked',
] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** Every status but closed: the citizen's request is still open (a linked follower rides on its parent). */
export const OPEN_STATUSES = TICKET_STATUSES.filter((st) => st !== 'closed')

/** Statuses in which a department is working on the ticket (deadlines run, escalation applies). */
export const HANDLING_STATUSES = ['dispatched', 'accepted', 'in_progress', 'reopened'] as const

export type TicketAction = 'dispatch' | 'redispatch' | 'accept' | 'progress' | 'return' | 'extend' | 'close'

const ALLOWED: Record<TicketAction, { from: readonly string[]; to: TicketStatus | 'same' }> = {
  dispatch: { from: ['manual'], to: 'dispatched' },
  redispatch: { from: HANDLING_STATUSES, to: 'dispatched' },
  accept: { from: ['dispatched', 'reopened'], to: 'accepted' },
  progress: { from: ['accepted', 'in_progress'], to: 'in_progress' },
  return: { from: HANDLING_STATUSES, to: 'manual' },
  extend: { from: ['accepted', 'in_progress'], to: 'same' },
  close: { from: ['accepted', 'in_progress'], to: 'closed' },
}

export type Transition = { ok: true; to: string } | { ok: false; reason: string }

const LABEL: Record<string, string> = {
  manual: '待人工派单',
  dispatched: '已派单待签收',
  accepted: '已签收',
  in_progress: '办理中',
  reopened: '二次办理待签收',
  closed: '已办结',
  linked: '已合并至同类工单',
}

export function statusLabel(status: string): string {
  return LABEL[status] ?? status
}

export function transition(action: TicketAction, status: string): Transition {
  const rule = ALLOWED[action]
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      reason: `Cannot ${action} a ticket in status ${status}; allowed from: ${rule.from.join(', ')}.`,
    }
  }
  return { ok: true, to: rule.to === 'same' ? status : rule.to }
}
