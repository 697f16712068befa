import { describe, expect, it } from 'vitest'
import { PairBits } from '../../src/understanding/PairBits.js'

const pair = (s: string) => [s.charCodeAt(0), s.charCodeAt(1)] as const

describe('PairBits', () => {
  it('never misses a pair it holds, rarely claims one it does not, and empties on clear', () => {
    const bits = new PairBits(16)
    const held = ['望京', '朝阳', '路灯', '噪音', 'ab']
    for (const p of held) bits.add(...pair(p))
    for (const p of held) expect(bits.mayHave(...pair(p))).toBe(true)
    let falseHits = 0
    for (let c = 0x4e00; c < 0x4e00 + 2000; c++) if (bits.mayHave(c, 0x5b57)) falseHits++
    expect(falseHits).toBeLessThan(20)
    bits.clear()
    expect(held.some((p) => bits.mayHave(...pair(p)))).toBe(false)
  })
})
