import { describe, expect, it } from 'vitest'
import { isComplete, merge, parseCallbackAnswer } from '../../src/lifecycle/callback/parseCallbackAnswer.js'

describe('callback answers in free text', () => {
  it.each([
    ['解决了，挺满意', true, 'satisfied'],
    ['已解决，满意', true, 'satisfied'],
    ['问题已经处理好了，非常满意，谢谢', true, 'satisfied'],
    ['没解决，不满意', false, 'unsatisfied'],
    ['还没修好，很不满意', false, 'unsatisfied'],
    ['问题还在，敷衍了事', false, 'unsatisfied'],
    ['基本解决了，还行吧', true, 'basically_satisfied'],
    ['修好了，一般吧', true, 'basically_satisfied'],
    ['未解决，基本满意吧', false, 'basically_satisfied'],
    ['处理了但是不太满意', true, 'unsatisfied'],
  ])('%s → resolved %s, %s', (text, resolved, satisfaction) => {
    expect(parseCallbackAnswer(text)).toEqual({ resolved, satisfaction })
  })

  it('keeps what a half answer does not say as null', () => {
    expect(parseCallbackAnswer('没解决')).toEqual({ resolved: false, satisfaction: null })
    expect(parseCallbackAnswer('一般吧')).toEqual({ resolved: null, satisfaction: 'basically_satisfied' })
    expect(parseCallbackAnswer('满意')).toEqual({ resolved: null, satisfaction: 'satisfied' })
  })

  it('does not read unrelated messages or bare digits as answers', () => {
    for (const text of ['北京供暖期是几月开始？', '1', '2', '你好', '']) {
      expect(parseCallbackAnswer(text)).toEqual({ resolved: null, satisfaction: null })
    }
  })

  it('merges a follow-up into the earlier half', () => {
    const first = parseCallbackAnswer('没解决')
    expect(isComplete(first)).toBe(false)
    const both = merge(first, parseCallbackAnswer('不满意'))
    expect(both).toEqual({ resolved: false, satisfaction: 'unsatisfied' })
    expect(isComplete(both)).toBe(true)
  })
})
