import { describe, expect, it } from 'vitest'
import { localDay } from '../../src/tickets/ticketNumber.js'
import { addLimit, describeLimit, limitFor } from '../../src/tickets/timeLimits.js'

describe('time limits', () => {
  it('picks by urgency first, then request type', () => {
    expect(limitFor('complaint', 'emergency')).toEqual({ hours: 2 })
    expect(limitFor('help', 'urgent')).toEqual({ hours: 24 })
    expect(limitFor('consultation', 'normal')).toEqual({ days: 3 })
    expect(limitFor('complaint', 'normal')).toEqual({ workingDays: 15 })
  })

  it('counts working days, skipping weekends in Beijing time', () => {
    // Friday 2026-11-20 10:00 Beijing time; 1 working day later is Monday the 23rd.
    const friday = new Date('2026-11-20T02:00:00Z')
    expect(addLimit(friday, { workingDays: 1 }).toISOString()).toBe('2026-11-23T02:00:00.000Z')
    // 15 working days = 3 calendar weeks.
    expect(addLimit(friday, { workingDays: 15 }).toISOString()).toBe('2026-12-11T02:00:00.000Z')
  })

  it('adds hours exactly and describes limits in Chinese', () => {
    const t = new Date('2026-11-22T00:00:00Z')
    expect(addLimit(t, { hours: 2 }).toISOString()).toBe('2026-11-22T02:00:00.000Z')
    expect(describeLimit({ workingDays: 15 })).toBe('15个工作日内')
    expect(describeLimit({ hours: 2 })).toBe('2小时内')
  })

  it('dates ticket numbers by the city’s day, not UTC', () => {
    // 23:30 UTC on the 21st is already the 22nd in Beijing.
    expect(localDay(new Date('2026-11-21T23:30:00Z'), 'Asia/Shanghai')).toBe('20261122')
    expect(localDay(new Date('2026-11-21T23:30:00Z'), 'UTC')).toBe('20261121')
  })
})
