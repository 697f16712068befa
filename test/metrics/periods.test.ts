import { describe, expect, it } from 'vitest'
import { monthBounds, monthOf, parsePeriod, previousMonth } from '../../src/metrics/periods.js'

describe('reporting periods in the city time zone', () => {
  it('a Beijing month starts at local midnight', () => {
    const m = monthBounds('2026-03', 'Asia/Shanghai')
    expect(m.from.toISOString()).toBe('2026-02-28T16:00:00.000Z')
    expect(m.to.toISOString()).toBe('2026-03-31T16:00:00.000Z')
    expect(monthBounds('2026-12', 'Asia/Shanghai').to.toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(monthBounds('2026-03', 'UTC').from.toISOString()).toBe('2026-03-01T00:00:00.000Z')
  })

  it('previous month and the month of an instant', () => {
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(previousMonth('2026-10')).toBe('2026-09')
    expect(monthOf(new Date('2026-02-28T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-03')
  })

  it('from/to as local dates (to inclusive) or date-times; defaults to the last 30 days', () => {
    const p = parsePeriod('2026-03-01', '2026-03-31', 'Asia/Shanghai')
    expect(p).toEqual({ from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') })
    const q = parsePeriod('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', 'Asia/Shanghai')
    expect(q).toEqual({ from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-02T00:00:00Z') })
    const now = new Date('2026-03-31T00:00:00Z')
    expect(parsePeriod(undefined, undefined, 'Asia/Shanghai', now)).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: now,
    })
    expect(parsePeriod('2026-03-05', '2026-03-01', 'Asia/Shanghai')).toHaveProperty('error')
    expect(parsePeriod('yesterday', undefined, 'Asia/Shanghai')).toHaveProperty('error')
  })
})
