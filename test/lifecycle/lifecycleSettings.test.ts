import { describe, expect, it } from 'vitest'
import { DEFAULT_LIFECYCLE, parseLifecycleSettings } from '../../src/lifecycle/lifecycleSettings.js'
import { limitFor } from '../../src/tickets/timeLimits.js'

describe('time limits configuration (TIME_LIMITS_JSON)', () => {
  it('defaults: emergency 2 h, urgent 24 h, consultation 3 days, others 15 working days', () => {
    const s = parseLifecycleSettings(undefined)
    expect(s).toBe(DEFAULT_LIFECYCLE)
    expect(limitFor('complaint', 'emergency', s.timeLimits)).toEqual({ hours: 2 })
    expect(limitFor('help', 'urgent', s.timeLimits)).toEqual({ hours: 24 })
    expect(limitFor('consultation', 'normal', s.timeLimits)).toEqual({ days: 3 })
    expect(limitFor('complaint', 'normal', s.timeLimits)).toEqual({ workingDays: 15 })
  })

  it('overrides any part per request type and urgency, keeping the rest', () => {
    const s = parseLifecycleSettings(
      '{"urgent":{"hours":12},"byIntent":{"suggestion":{"workingDays":20}},"acceptHours":{"normal":12},"callbackTimeoutHours":48}',
    )
    expect(limitFor('complaint', 'urgent', s.timeLimits)).toEqual({ hours: 12 })
    expect(limitFor('suggestion', 'normal', s.timeLimits)).toEqual({ workingDays: 20 })
    expect(limitFor('consultation', 'normal', s.timeLimits)).toEqual({ days: 3 })
    expect(s.acceptHours).toEqual({ emergency: 0.5, urgent: 2, normal: 12 })
    expect(s.callbackTimeoutHours).toBe(48)
    expect(s.maxRounds).toBe(2)
  })

  it('refuses bad values with a clear message', () => {
    expect(() => parseLifecycleSettings('{')).toThrow(/not valid JSON/)
    expect(() => parseLifecycleSettings('{"urgent":{"minutes":5}}')).toThrow(/Invalid TIME_LIMITS_JSON/)
    expect(() => parseLifecycleSettings('{"byIntent":{"gossip":{"days":1}}}')).toThrow(/Invalid TIME_LIMITS_JSON/)
    expect(() => parseLifecycleSettings('{"callbackTimeoutHours":-1}')).toThrow(/callbackTimeoutHours/)
  })
})
