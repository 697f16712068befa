import { describe, expect, it } from 'vitest'
import { entryDiff } from '../../src/knowledge/entryDiff.js'
import { formatDiff, lineDiff } from '../../src/knowledge/lineDiff.js'

const base = {
  title: '居住证办理',
  questions: ['居住证怎么办', '居住证需要什么材料'],
  body: '第一段\n第二段\n第三段\n第四段\n第五段\n第六段',
  category: '公安',
  source: null,
  audience: 'all' as const,
  region: null,
  state: 'draft' as const,
  effectiveFrom: null,
  expiresAt: null,
}

describe('line diff', () => {
  it('keeps common lines and marks removed and added ones', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { op: ' ', line: 'a' },
      { op: '-', line: 'b' },
      { op: '+', line: 'x' },
      { op: ' ', line: 'c' },
      { op: '+', line: 'd' },
    ])
  })
  it('shows context around changes and elides the rest', () => {
    const before = Array.from({ length: 20 }, (_, i) => `行${i}`)
    const after = [...before]
    after[10] = '改动'
    const text = formatDiff(lineDiff(before, after), 1)
    expect(text).toBe('  …\n  行9\n- 行10\n+ 改动\n  行11\n  …')
  })
})

describe('entry diff', () => {
  it('names each changed field and diffs the body by line', () => {
    const d = entryDiff(base, {
      ...base,
      title: '居住证办理指南',
      body: base.body.replace('第四段', '第四段（修订）'),
      expiresAt: '2027-12-31',
    })
    expect(d).toContain('@@ 标题 (title)\n- 居住证办理\n+ 居住证办理指南')
    expect(d).toContain('@@ 答复正文 (body)\n  …\n  第二段\n  第三段\n- 第四段\n+ 第四段（修订）\n  第五段\n  第六段')
    expect(d).toContain('@@ 失效日期 (expiresAt)\n+ 2027-12-31')
    expect(d).not.toContain('常见问法')
  })
  it('diffs questions as lines and is empty when nothing changed', () => {
    expect(entryDiff(base, { ...base, questions: ['居住证怎么办', '居住证多久能拿到'] })).toBe(
      '@@ 常见问法 (questions)\n  居住证怎么办\n- 居住证需要什么材料\n+ 居住证多久能拿到',
    )
    expect(entryDiff(base, { ...base })).toBe('')
  })
  it('shows a new entry as all added', () => {
    expect(entryDiff(null, base)).toContain('@@ 标题 (title)\n+ 居住证办理')
  })
})
