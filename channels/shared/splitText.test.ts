import { describe, expect, it } from 'vitest'
import { splitText } from './splitText.js'

describe('splitText', () => {
  it('keeps short text whole and drops empty text', () => {
    expect(splitText('您好', 300)).toEqual(['您好'])
    expect(splitText('  ', 300)).toEqual([])
  })

  it('counts code points, so an emoji or a Chinese character is one', () => {
    expect(splitText('😀'.repeat(10), 10)).toEqual(['😀'.repeat(10)])
    expect(splitText('😀'.repeat(11), 10)).toHaveLength(2)
  })

  it('breaks at paragraph, then sentence, then comma, and loses nothing', () => {
    const text = `${'甲'.repeat(150)}。${'乙'.repeat(120)}，${'丙'.repeat(100)}\n${'丁'.repeat(50)}`
    const parts = splitText(text, 200)
    for (const p of parts) expect(Array.from(p).length).toBeLessThanOrEqual(200)
    expect(parts[0]?.endsWith('。')).toBe(true)
    expect(parts.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''))
  })

  it('hard-breaks a text with no break at all', () => {
    const parts = splitText('字'.repeat(650), 300)
    expect(parts.map((p) => p.length)).toEqual([300, 300, 50])
  })
})
