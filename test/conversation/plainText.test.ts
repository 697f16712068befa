import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/conversation/plainText.js'

describe('plainText', () => {
  it('drops Markdown markup from an entry answer and keeps its words, lines and links', () => {
    const md = [
      '## 办理方式',
      '**简要回答：** 婴儿出生后一个月以内申报出生登记。',
      '',
      '**细节：**',
      '- 可以随父或随母落户；',
      '* 材料见 [北京市政务服务网](https://banshi.beijing.gov.cn)。',
      '1. 第一步',
      '> 以派出所告知为准',
      '---',
      '费用：`0` 元，面积按 3*4 米计。',
    ].join('\n')
    expect(plainText(md)).toBe(
      [
        '办理方式',
        '简要回答： 婴儿出生后一个月以内申报出生登记。',
        '',
        '细节：',
        '• 可以随父或随母落户；',
        '• 材料见 北京市政务服务网（https://banshi.beijing.gov.cn）。',
        '1. 第一步',
        '以派出所告知为准',
        '',
        '费用：0 元，面积按 3*4 米计。',
      ].join('\n'),
    )
  })

  it('leaves plain text as it is', () => {
    const s = '问：河南省有哪些政策？\n答：对农业生产者销售的自产农产品免征增值税。'
    expect(plainText(s)).toBe(s)
  })
})
