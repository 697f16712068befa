/**
 * A seeded month of synthetic activity (and the month before it), driven through the real lifecycle
 * functions with a controlled clock, so every rate comes from events the code itself wrote. The
 * expected rates and ranking below are computed by hand from the table of lives, not by the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeRates } from '../../src/metrics/computeRates.js'
import { monthBounds } from '../../src/metrics/periods.js'
import { storageKind } from '../helpers/testStorage.js'
import { type LifecycleGateway, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'
import { seedTwoMonths, STREETS } from './seedLives.js'

describe(`a seeded month of activity on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway()
    await seedTwoMonths(gw.s)
  }, 240_000)
  afterAll(async () => gw?.close())

  it('per street: the rates match the hand-computed values', async () => {
    const r = await gw.get('/api/v1/metrics/rates?from=2026-03-01&to=2026-03-31&groupBy=street', gw.admin)
    expect(r.status).toBe(200)
    const by = (name: string) => r.json.groups.find((g: { street: string }) => g.street === name)
    expect(by('东华门街道')).toMatchObject({
      requests: 6,
      dispatched: 6,
      acceptedInTime: 6,
      callbacksAnswered: 6,
      resolved: 6,
      satisfied: 5,
      basicallySatisfied: 1,
      noAnswer: 0,
      responseRate: 1,
      resolutionRate: 1,
      satisfactionRate: 1,
    })
    expect(by('景山街道')).toMatchObject({
      requests: 5,
      dispatched: 5,
      acceptedInTime: 4,
      callbacksAnswered: 6,
      resolved: 5,
      satisfied: 4,
      basicallySatisfied: 1,
      unsatisfied: 1,
      responseRate: 0.8,
      resolutionRate: 0.8333,
      satisfactionRate: 0.8333,
    })
    expect(by('交道口街道')).toMatchObject({
      requests: 5,
      dispatched: 5,
      acceptedInTime: 3,
      callbacksAnswered: 4,
      resolved: 2,
      satisfied: 1,
      basicallySatisfied: 1,
      unsatisfied: 2,
      noAnswer: 1,
      responseRate: 0.6,
      resolutionRate: 0.5,
      satisfactionRate: 0.5,
    })
    expect(by('安定门街道')).toMatchObject({
      requests: 3,
      dispatched: 3,
      acceptedInTime: 3,
      callbacksAnswered: 3,
      responseRate: 1,
      resolutionRate: 1,
      satisfactionRate: 1,
    })
    expect(by('北新桥街道')).toMatchObject({
      requests: 8,
      dispatched: 8,
      acceptedInTime: 8,
      callbacksAnswered: 5,
      resolved: 4,
      satisfied: 2,
      basicallySatisfied: 2,
      unsatisfied: 1,
      noAnswer: 3,
      responseRate: 1,
      resolutionRate: 0.8,
      satisfactionRate: 0.8,
    })
  })

  it('per district and per department the same events add up', async () => {
    const d = await gw.get('/api/v1/metrics/rates?from=2026-03-01&to=2026-03-31&groupBy=district', gw.admin)
    // 27 dispatched (6+5+5+3+8), 24 in time (6+4+3+3+8); 24 answered (6+6+4+3+5), 20 resolved, 20 (basically) satisfied; 4 no answer.
    expect(d.json.groups).toEqual([
      expect.objectContaining({
        key: '东城区',
        requests: 27,
        dispatched: 27,
        acceptedInTime: 24,
        callbacksAnswered: 24,
        resolved: 20,
        noAnswer: 4,
        responseRate: 0.8889,
        resolutionRate: 0.8333,
        satisfactionRate: 0.8333,
      }),
    ])
    expect(d.json.total).toMatchObject({ dispatched: 27, callbacksAnswered: 24 })
    const dept = await gw.get('/api/v1/metrics/rates?from=2026-03-01&to=2026-03-31&groupBy=department', gw.admin)
    expect(dept.json.groups.find((g: { key: string }) => g.key === STREETS.C.id)).toMatchObject({
      name: '交道口街道',
      responseRate: 0.6,
      resolutionRate: 0.5,
      satisfactionRate: 0.5,
    })
    // The month boundary is Beijing midnight: A's ticket filed 00:30 on March 1st is in March, not February.
    const feb = await computeRates(
      gw.s.db,
      {
        ...monthBounds('2026-02', 'Asia/Shanghai'),
        groupBy: 'street',
        timeZone: 'Asia/Shanghai',
        acceptHours: gw.s.lifecycle.acceptHours,
      },
      gw.s.lookupDepartment,
    )
    expect(feb.find((g) => g.street === '东华门街道')).toBeUndefined()
    expect(feb.find((g) => g.street === '北新桥街道')).toMatchObject({
      dispatched: 5,
      responseRate: 1,
      resolutionRate: 0.8,
      satisfactionRate: 1,
    })
  })

  it('the four-class ranking matches the hand-computed one', async () => {
    const r = await gw.get('/api/v1/metrics/ranking?month=2026-03&size=2', gw.admin)
    expect(r.status).toBe(200)
    const names = (list: { street: string }[]) => list.map((s) => s.street)
    // Scores: 东华门 100, 景山 83 (60 in Feb), 北新桥 82 (91 in Feb), 交道口 51 (40 in Feb); 安定门 not eligible.
    expect(names(r.json.classes.advanced)).toEqual(['东华门街道', '景山街道'])
    expect(names(r.json.classes.improved)).toEqual(['交道口街道'])
    expect(names(r.json.classes.rectify)).toEqual(['交道口街道', '北新桥街道'])
    expect(names(r.json.classes.governance)).toEqual(['北新桥街道', '东华门街道'])
    const by = new Map(r.json.streets.map((s: { street: string }) => [s.street, s]))
    expect(by.get('景山街道')).toMatchObject({ score: 83, previousScore: 60, gain: 23, rank: 2 })
    expect(by.get('北新桥街道')).toMatchObject({ score: 82, previousScore: 91, gain: -9, rank: 3 })
    expect(by.get('交道口街道')).toMatchObject({ score: 51, previousScore: 40, gain: 11, rank: 4 })
    expect(by.get('安定门街道')).toMatchObject({ eligible: false, score: null })
    expect(r.json.labels).toEqual({ advanced: '先进', improved: '进步', rectify: '整改', governance: '治理' })
    expect(r.json.rules.length).toBeGreaterThan(0)
    expect((await gw.get('/api/v1/metrics/ranking?month=2026-13', gw.admin)).status).toBe(400)
  })
})
