import { describe, expect, it } from 'vitest'
import { bigrams, cosine, textSimilarity } from '../../src/lifecycle/duplicates/textSimilarity.js'

const PLACE = ['东城区', '东四街道', '东四']

describe('text similarity for duplicate linking', () => {
  it('counts character bigrams, ignoring punctuation, digits and the given place names', () => {
    expect([...bigrams('东四路灯不亮！100号', PLACE).entries()]).toEqual([
      ['路灯', 1],
      ['灯不', 1],
      ['不亮', 1],
    ])
    expect(cosine(new Map(), bigrams('路灯'))).toBe(0)
    expect(textSimilarity('路灯不亮', '路灯不亮')).toBeCloseTo(1)
  })

  it.each([
    ['东城区东四街道东四北大街100号附近的路灯不亮了，晚上特别黑', '东四北大街100号那边路灯坏了不亮，晚上太黑了不安全'],
    ['东四北大街有饭店油烟直排，熏得家里窗户都不敢开', '东四北大街那家烧烤店油烟太大了，直排到居民楼'],
    ['小区门口的路灯坏了好几天了', '小区门口路灯一直不亮'],
  ])('same problem: %s ~ %s', (a, b) => {
    expect(textSimilarity(a, b, PLACE)).toBeGreaterThanOrEqual(0.3)
  })

  it.each([
    ['东城区东四街道东四北大街100号附近的路灯不亮了，晚上特别黑', '东四北大街100号门口井盖丢了，很危险'],
    ['东四北大街有饭店油烟直排，熏得家里窗户都不敢开', '东四北大街饭店晚上噪音扰民，吵得睡不着'],
    ['小区门口的路灯坏了好几天了', '小区门口的垃圾桶满了没人清理'],
  ])('different problems at the same place: %s ≁ %s', (a, b) => {
    expect(textSimilarity(a, b, PLACE)).toBeLessThan(0.3)
  })
})
