import { describe, expect, it } from 'vitest'
import { previewAnswer } from '../../src/knowledge/previewAnswer.js'

const base = {
  title: '阳台光伏发电备案',
  questions: ['阳台装光伏板需要备案吗'],
  audience: 'citizen' as const,
  category: null,
}

describe('answer preview', () => {
  it('shows the matching Q/A answer with the title, without a truncation hint', () => {
    const p = previewAnswer({
      ...base,
      body: '问：阳台装光伏板需要备案吗？\n答：向属地供电公司提交并网申请。\n问：要收费吗？\n答：免费。',
    })
    expect(p.reply).toContain('向属地供电公司提交并网申请。')
    expect(p.reply).not.toContain('免费')
    expect(p.reply).toContain('《阳台光伏发电备案》')
    expect(p.truncated).toBe(false)
  })
  it('warns when a long plain body would be cut', () => {
    const p = previewAnswer({
      ...base,
      body: `${'向属地供电公司提交并网申请，供电公司受理备案。'.repeat(30)}最后一句。`,
    })
    expect(p.truncated).toBe(true)
    expect(p.reply).not.toContain('最后一句')
  })
})
