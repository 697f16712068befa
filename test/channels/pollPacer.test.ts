import { describe, expect, it } from 'vitest'
import { PollPacer } from '../../src/channels/PollPacer.js'

describe('PollPacer', () => {
  it('polls quickly at first, then doubles while sweeps find nothing, up to the idle pace', () => {
    const p = new PollPacer(250, 2000)
    expect([0, 0, 0, 0, 0, 0].map(() => p.next(0))).toEqual([250, 500, 1000, 2000, 2000, 2000])
  })

  it('drains at once while there is a backlog, and starts over from the quick pace after it', () => {
    const p = new PollPacer(250, 2000)
    p.next(0)
    p.next(0)
    expect(p.next(3)).toBe(0)
    expect(p.next(0)).toBe(250)
  })

  it('reports activity only when it was backing off, and resets the pace', () => {
    const p = new PollPacer(250, 2000)
    expect(p.activity()).toBe(false)
    p.next(0)
    p.next(0)
    expect(p.activity()).toBe(true)
    expect(p.next(0)).toBe(250)
  })

  it('never waits longer than configured, even when the idle pace is set below the quick one', () => {
    const p = new PollPacer(500, 100)
    expect([p.next(0), p.next(0)]).toEqual([500, 500])
  })
})
