import { describe, expect, it } from 'vitest'
import { groupGaps, mergeBigrams, normalizeQuestion } from '../../src/knowledge/gapTopics.js'

const at = (q: string, channel = 'web', topEntryId: string | null = null) => ({
  query: q,
  createdAt: new Date('2026-03-01T08:00:00Z'),
  channel,
  topEntryId,
})

describe('gap topics', () => {
  it('groups paraphrases of one topic and keeps different topics apart', () => {
    const topics = groupGaps([
      at('老楼加装电梯怎么申请？'),
      at('老楼加装电梯怎么申请？', 'wechat'),
      at('请问老旧小区加装电梯需要多少业主同意'),
      at('加装电梯补贴标准是多少', 'web', 'elevator-retrofit'),
      at('我想咨询一下加装电梯的补贴', 'web', 'elevator-retrofit'),
      at('共享单车押金退不了怎么办'),
      at('共享单车押金一直不退'),
      at('怎么办理护照'),
    ])
    expect(topics.map((t) => t.count)).toEqual([5, 2, 1])
    const [elevator, bikes, passport] = topics
    expect(elevator?.label).toBe('老楼加装电梯怎么申请？')
    expect(elevator?.keywords.some((k) => k.includes('加装电梯'))).toBe(true)
    expect(elevator?.channels).toEqual({ web: 4, wechat: 1 })
    expect(elevator?.nearestEntryId).toBe('elevator-retrofit')
    // Distinct questions only, most frequent first.
    expect(elevator?.examples[0]).toBe('老楼加装电梯怎么申请？')
    expect(new Set(elevator?.examples).size).toBe(elevator?.examples.length)
    expect(bikes?.keywords[0]).toBe('共享单车押金')
    expect(passport?.label).toBe('怎么办理护照')
  })

  it('ignores filler words when comparing', () => {
    expect(normalizeQuestion('请问，我想咨询一下居住证怎么办理？')).toBe('居住证')
    const topics = groupGaps([at('居住证'), at('请问居住证怎么办理呢')])
    expect(topics).toHaveLength(1)
  })

  it('does not merge questions that share only a common word', () => {
    const topics = groupGaps([at('小区停车收费太贵'), at('小区加装电梯申请'), at('小区垃圾分类怎么做')])
    expect(topics).toHaveLength(3)
  })

  it('chains overlapping bigrams into words', () => {
    expect(mergeBigrams(['加装', '装电', '电梯', '补贴'], '加装电梯补贴')).toEqual(['加装电梯', '补贴'])
    expect(mergeBigrams(['押金', '单车'], '共享单车押金')).toEqual(['押金', '单车'])
  })
})
