/** The dialect and slip folds that run before the urgency lexicon (src/understanding/urgency/dialectFolds.ts). */
import { describe, expect, it } from 'vitest'
import { foldDialect } from '../../src/understanding/urgency/dialectFolds.js'

describe('foldDialect', () => {
  it('reads Cantonese, Minnan, Hakka and Wu words as Mandarin', () => {
    expect(foldDialect('叫佢都唔识应')).toBe('叫他都不应')
    expect(foldDialect('内底阁有一个囡仔')).toBe('里面还有一个小孩')
    expect(foldDialect('𠊎屋下细人仔')).toBe('我屋下小孩')
    expect(foldDialect('门锁牢了敲勿开')).toBe('门锁住了敲不开')
    expect(foldDialect('灶跤火着起来矣')).toBe('厨房火着起来了')
    expect(foldDialect('叫伊拢无应')).toBe('叫他都没反应')
  })

  it('prefers the longest fold at a position (遭水冲起走, not 遭水冲 then 起走)', () => {
    expect(foldDialect('娃儿遭水冲起走了')).toBe('娃儿被水冲走了')
    expect(foldDialect('行唔到路')).toBe('走不了路')
    // Sichuanese 水头 is 水里 only where something went into it; 水头不足 is a water supply.
    expect(foldDialect('掉到水头去了')).toBe('掉到水里去了')
    expect(foldDialect('小区水头不足')).toBe('小区水头不足')
  })

  it('leaves plain Mandarin, empty text and English alone', () => {
    for (const t of ['小区门口的路灯坏了', '', 'The fire lane is blocked']) expect(foldDialect(t)).toBe(t)
  })
})
