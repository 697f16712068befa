import { describe, expect, it } from 'vitest'
import { TICKET_STATUSES, type TicketAction, transition } from '../../src/lifecycle/ticketStatus.js'

const ACTIONS: TicketAction[] = ['dispatch', 'redispatch', 'accept', 'progress', 'return', 'extend', 'close']

/** The whole table, spelled out: status → action → next status (absent = illegal, answered 409). */
const LEGAL: Record<string, Partial<Record<TicketAction, string>>> = {
  manual: { dispatch: 'dispatched' },
  dispatched: { redispatch: 'dispatched', accept: 'accepted', return: 'manual' },
  accepted: {
    redispatch: 'dispatched',
    progress: 'in_progress',
    return: 'manual',
    extend: 'accepted',
    close: 'closed',
  },
  in_progress: {
    redispatch: 'dispatched',
    progress: 'in_progress',
    return: 'manual',
    extend: 'in_progress',
    close: 'closed',
  },
  reopened: { redispatch: 'dispatched', accept: 'accepted', return: 'manual' },
  closed: {},
  linked: {},
}

describe('ticket state machine', () => {
  for (const status of TICKET_STATUSES) {
    for (const action of ACTIONS) {
      const expected = LEGAL[status]?.[action]
      it(`${status} --${action}--> ${expected ?? '409'}`, () => {
        const r = transition(action, status)
        if (expected) expect(r).toEqual({ ok: true, to: expected })
        else expect(r.ok).toBe(false)
      })
    }
  }
})
