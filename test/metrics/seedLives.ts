/**
 * Synthetic lives of tickets for two months (February and March 2026, Beijing time), driven through
 * the real lifecycle functions with explicit times. The seeded-month test checks the rates and the
 * ranking they produce against hand-computed values; the dashboard test draws them.
 */
import { expect } from 'vitest'
import type { Satisfaction } from '../../src/lifecycle/callback/parseCallbackAnswer.js'
import { recordCallbackAnswer } from '../../src/lifecycle/callback/recordCallbackAnswer.js'
import { scanCallbackTimeouts } from '../../src/lifecycle/callback/scanCallbackTimeouts.js'
import { departmentAction } from '../../src/lifecycle/departmentActions.js'
import { lockTicket } from '../../src/lifecycle/ticketTx.js'
import type { Services } from '../../src/services.js'
import { contacts, conversations } from '../../src/storage/schema.js'
import { fileTicket } from '../../src/tickets/fileTicket.js'
import { emptyLocation } from '../../src/understanding/types.js'

export const STREETS = {
  A: { id: 'bj-street-110101001', name: '东华门街道' },
  B: { id: 'bj-street-110101002', name: '景山街道' },
  C: { id: 'bj-street-110101003', name: '交道口街道' },
  D: { id: 'bj-street-110101004', name: '安定门街道' },
  E: { id: 'bj-street-110101005', name: '北新桥街道' },
} as const
type Street = keyof typeof STREETS

/** An answer: [resolved, satisfaction]; 'none' = the citizen never answers (timeout → no_answer). */
type Answer = [boolean, Satisfaction] | 'none'
const S: Answer = [true, 'satisfied']
const B: Answer = [true, 'basically_satisfied']
const U: Answer = [false, 'unsatisfied']

interface Life {
  street: Street
  /** Local (Beijing) time of filing = dispatch. */
  at: string
  /** Hours until the department accepts; over 24 is late for a normal ticket. */
  acceptAfter: number
  /** Callback answers, one per round: an unhappy first answer reopens, and a second answer closes round 2. */
  answers: Answer[]
}

const day = (month: string, d: number, h = 9) =>
  `${month}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`

export const MARCH: Life[] = [
  // A: 6 dispatched, 6 in time; 6 answered, 6 resolved, 5 satisfied + 1 basically. One filed 00:30 on the 1st (Feb 28 UTC).
  { street: 'A', at: '2026-03-01T00:30:00+08:00', acceptAfter: 2, answers: [S] },
  ...[2, 3, 4, 5].map((d) => ({ street: 'A' as const, at: day('2026-03', d), acceptAfter: 2, answers: [S] })),
  { street: 'A', at: day('2026-03', 6), acceptAfter: 2, answers: [B] },
  // B: 5 dispatched, 4 in time; 6 answered (one ticket twice): 5 resolved, 4 satisfied, 1 basically, 1 unsatisfied.
  { street: 'B', at: day('2026-03', 2), acceptAfter: 2, answers: [U, S] },
  { street: 'B', at: day('2026-03', 3), acceptAfter: 2, answers: [S] },
  { street: 'B', at: day('2026-03', 4), acceptAfter: 2, answers: [S] },
  { street: 'B', at: day('2026-03', 5), acceptAfter: 2, answers: [B] },
  { street: 'B', at: day('2026-03', 6), acceptAfter: 30, answers: [S] },
  // C: 5 dispatched, 3 in time; 4 answered: 2 resolved, 1 satisfied, 1 basically, 2 unsatisfied (reopened, left open); 1 no answer.
  { street: 'C', at: day('2026-03', 2), acceptAfter: 2, answers: [S] },
  { street: 'C', at: day('2026-03', 3), acceptAfter: 2, answers: [B] },
  { street: 'C', at: day('2026-03', 4), acceptAfter: 2, answers: [U] },
  { street: 'C', at: day('2026-03', 5), acceptAfter: 30, answers: [U] },
  { street: 'C', at: day('2026-03', 6), acceptAfter: 30, answers: ['none'] },
  // D: only 3 dispatched: too few to be ranked.
  ...[2, 3, 4].map((d) => ({ street: 'D' as const, at: day('2026-03', d), acceptAfter: 1, answers: [S] })),
  // E: 8 dispatched, 8 in time; 5 answered: 4 resolved, 2 satisfied, 2 basically, 1 unsatisfied; 3 no answer.
  { street: 'E', at: day('2026-03', 2), acceptAfter: 1, answers: [S] },
  { street: 'E', at: day('2026-03', 3), acceptAfter: 1, answers: [S] },
  { street: 'E', at: day('2026-03', 4), acceptAfter: 1, answers: [B] },
  { street: 'E', at: day('2026-03', 5), acceptAfter: 1, answers: [B] },
  { street: 'E', at: day('2026-03', 6), acceptAfter: 1, answers: [U] },
  ...[7, 8, 9].map((d) => ({
    street: 'E' as const,
    at: day('2026-03', d),
    acceptAfter: 1,
    answers: ['none' as const],
  })),
]

export const FEBRUARY: Life[] = [
  // B: 5 dispatched, 3 in time; 5 answered: 3 resolved, 2 satisfied + 1 basically → 0.6 / 0.6 / 0.6 → score 60.
  ...[S, S, B, U, U].map((a, i) => ({
    street: 'B' as const,
    at: day('2026-02', 2 + i),
    acceptAfter: i < 3 ? 2 : 30,
    answers: [a],
  })),
  // C: 5 dispatched, 2 in time; 5 answered: 2 resolved, 1 satisfied + 1 basically → 0.4 / 0.4 / 0.4 → score 40.
  ...[S, B, U, U, U].map((a, i) => ({
    street: 'C' as const,
    at: day('2026-02', 2 + i),
    acceptAfter: i < 2 ? 2 : 30,
    answers: [a],
  })),
  // E: 5 dispatched, 5 in time; 5 answered: 4 resolved, 5 satisfied → 1 / 0.8 / 1 → score 91.
  ...([S, S, S, S, [false, 'satisfied']] as Answer[]).map((a, i) => ({
    street: 'E' as const,
    at: day('2026-02', 2 + i),
    acceptAfter: 1,
    answers: [a],
  })),
]

export async function live(s: Services, life: Life, n: number): Promise<void> {
  const street = STREETS[life.street]
  const ctx = { settings: s.lifecycle, timeZone: s.config.TIMEZONE, lookupDepartment: s.lookupDepartment }
  const caller = { departmentId: street.id, actor: `department:${street.id}:seed` }
  const contactId = crypto.randomUUID()
  const conversationId = crypto.randomUUID()
  await s.db.insert(contacts).values({ id: contactId, channel: 'web', account: 'web', externalUserId: `seed-${n}` })
  await s.db.insert(conversations).values({ id: conversationId, contactId, channel: 'web', account: 'web' })
  let t = new Date(life.at)
  const hours = (h: number) => {
    t = new Date(t.getTime() + h * 3_600_000)
    return t
  }
  const ticket = await fileTicket(
    s.db,
    {
      analysis: {
        intent: 'complaint',
        intentConfidence: 1,
        intentReasons: [],
        urgency: 'normal',
        urgencyReasons: [],
        emergencyHotline: null,
        category: { level1: '城乡建设', level2: '城市建设和市政管理', level3: '城市公共设施', confidence: 1 },
        location: emptyLocation(),
        department: { id: street.id, name: street.name, kind: 'street' },
        routingRule: 'place-bound:street',
      },
      title: `合成诉求 ${n}`,
      description: `合成诉求 ${n}`,
      location: {
        ...emptyLocation(),
        province: '北京市',
        city: '北京市',
        district: '东城区',
        street: street.name,
        confidence: 1,
      },
      channel: 'web',
      account: 'web',
      conversationId,
      contactId,
      actor: `citizen:${contactId}`,
    },
    { ...s.handler.tickets, duplicates: undefined },
    t,
  )
  for (const [round, answer] of life.answers.entries()) {
    const accepted = await departmentAction(
      s.db,
      ctx,
      caller,
      ticket.id,
      { type: 'accept' },
      hours(round === 0 ? life.acceptAfter : 1),
    )
    expect(accepted.kind).toBe('ok')
    const closed = await departmentAction(s.db, ctx, caller, ticket.id, { type: 'close', reply: '已处理' }, hours(2))
    expect(closed.kind).toBe('ok')
    if (answer === 'none') return
    const at = hours(1)
    const outcome = await s.db.transaction(async (tx) => {
      const row = await lockTicket(tx, ticket.id)
      if (!row) throw new Error('ticket vanished')
      return recordCallbackAnswer(
        tx,
        ctx,
        row,
        { resolved: answer[0], satisfaction: answer[1] },
        `citizen:${contactId}`,
        at,
      )
    })
    expect(outcome.kind).toBe(answer[0] && answer[1] !== 'unsatisfied' ? 'recorded' : 'reopened')
  }
}

/** February, its callback timeouts, then March and its timeouts. */
export async function seedTwoMonths(s: Services): Promise<void> {
  let n = 0
  for (const life of FEBRUARY) await live(s, life, n++)
  await scanCallbackTimeouts(s.db, s.lifecycle, new Date('2026-02-26T12:00:00+08:00'))
  for (const life of MARCH) await live(s, life, n++)
  await scanCallbackTimeouts(s.db, s.lifecycle, new Date('2026-03-28T12:00:00+08:00'))
}
