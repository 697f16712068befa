/** The four-class rules on hand-made street rates (pure: no database). */
import { describe, expect, it } from 'vitest'
import { type RateRow, withRates } from '../../src/metrics/computeRates.js'
import { rankStreets, scoreOf } from '../../src/metrics/ranking.js'

function street(
  name: string,
  c: {
    requests: number
    dispatched: number
    inTime: number
    answered: number
    resolved: number
    satisfied: number
    basic: number
  },
): RateRow {
  return withRates(`东城区|${name}`, `东城区${name}`, {
    district: '东城区',
    street: name,
    requests: c.requests,
    dispatched: c.dispatched,
    acceptedInTime: c.inTime,
    callbacksAnswered: c.answered,
    resolved: c.resolved,
    satisfied: c.satisfied,
    basicallySatisfied: c.basic,
    unsatisfied: c.answered - c.satisfied - c.basic,
    noAnswer: 0,
  })
}

describe('monthly four-class ranking', () => {
  it('score = 100 × (0.10 response + 0.45 resolution + 0.45 satisfaction)', () => {
    expect(scoreOf({ responseRate: 1, resolutionRate: 1, satisfactionRate: 1 })).toBe(100)
    expect(scoreOf({ responseRate: 0.6, resolutionRate: 0.5, satisfactionRate: 0.5 })).toBe(51)
    expect(scoreOf({ responseRate: 0.8, resolutionRate: 0.8333, satisfactionRate: 0.8333 })).toBe(83)
    expect(scoreOf({ responseRate: 1, resolutionRate: null, satisfactionRate: null })).toBeNull()
  })

  it('先进 top, 进步 most improved (not 先进), 整改 bottom (not 先进), 治理 most requests; small streets are not ranked', () => {
    const cur = [
      street('甲街道', { requests: 6, dispatched: 6, inTime: 6, answered: 6, resolved: 6, satisfied: 5, basic: 1 }), // 100
      street('乙街道', { requests: 5, dispatched: 5, inTime: 4, answered: 6, resolved: 5, satisfied: 4, basic: 1 }), // 83
      street('丙街道', { requests: 5, dispatched: 5, inTime: 3, answered: 4, resolved: 2, satisfied: 1, basic: 1 }), // 51
      street('丁街道', { requests: 3, dispatched: 3, inTime: 3, answered: 3, resolved: 3, satisfied: 3, basic: 0 }), // too few dispatches
      street('戊街道', { requests: 8, dispatched: 8, inTime: 8, answered: 5, resolved: 4, satisfied: 2, basic: 2 }), // 82
    ]
    const prev = [
      street('乙街道', { requests: 5, dispatched: 5, inTime: 3, answered: 5, resolved: 3, satisfied: 2, basic: 1 }), // 60
      street('丙街道', { requests: 5, dispatched: 5, inTime: 2, answered: 5, resolved: 2, satisfied: 1, basic: 1 }), // 40
      street('戊街道', { requests: 5, dispatched: 5, inTime: 5, answered: 5, resolved: 4, satisfied: 5, basic: 0 }), // 91
    ]
    const r = rankStreets(cur, prev, 2)
    const names = (list: { street: string | null }[]) => list.map((s) => s.street)
    expect(names(r.classes.advanced)).toEqual(['甲街道', '乙街道'])
    expect(names(r.classes.improved)).toEqual(['丙街道'])
    expect(names(r.classes.rectify)).toEqual(['丙街道', '戊街道'])
    expect(names(r.classes.governance)).toEqual(['戊街道', '甲街道'])
    const byName = new Map(r.streets.map((s) => [s.street, s]))
    expect(byName.get('乙街道')).toMatchObject({ score: 83, previousScore: 60, gain: 23, rank: 2 })
    expect(byName.get('丙街道')).toMatchObject({ score: 51, previousScore: 40, gain: 11, rank: 4 })
    expect(byName.get('戊街道')).toMatchObject({ score: 82, previousScore: 91, gain: -9, rank: 3 })
    expect(byName.get('丁街道')).toMatchObject({ eligible: false, score: null, rank: null })
  })

  it('ties break on more requests, then on the name', () => {
    const same = { dispatched: 5, inTime: 5, answered: 5, resolved: 5, satisfied: 5, basic: 0 }
    const r = rankStreets(
      [
        street('乙街道', { ...same, requests: 5 }),
        street('甲街道', { ...same, requests: 5 }),
        street('丙街道', { ...same, requests: 9 }),
      ],
      [],
      3,
    )
    expect(r.streets.map((s) => [s.street, s.rank])).toEqual([
      ['丙街道', 1],
      ['甲街道', 2],
      ['乙街道', 3],
    ])
  })

  it('先进 and 整改 each take at most half the eligible streets, so a small city gets both', () => {
    const mk = (name: string, resolved: number) =>
      street(name, { requests: 5, dispatched: 5, inTime: 5, answered: 5, resolved, satisfied: resolved, basic: 0 })
    const r = rankStreets([mk('甲街道', 5), mk('乙街道', 4), mk('丙街道', 3), mk('丁街道', 2), mk('戊街道', 1)], [])
    expect(r.classes.advanced.map((s) => s.street)).toEqual(['甲街道', '乙街道'])
    expect(r.classes.rectify.map((s) => s.street)).toEqual(['戊街道', '丁街道'])
    expect(rankStreets([mk('甲街道', 5)], []).classes.advanced).toEqual([])
  })
})
