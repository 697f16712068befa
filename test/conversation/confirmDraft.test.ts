import { describe, expect, it } from 'vitest'
import { categoryChoices, placeIsUnsure, readChoice, withCategory } from '../../src/conversation/confirmDraft.js'
import type { Analysis, LocationResult } from '../../src/understanding/types.js'

const place = (confidence: number, district: string | null = '朝阳区'): LocationResult => ({
  province: '北京市',
  city: '北京市',
  district,
  street: null,
  community: null,
  address: null,
  confidence,
  code: null,
  span: null,
})

const analysis = (level1: string | null, confidence: number, alternatives: string[] = []): Analysis => ({
  intent: 'complaint',
  intentConfidence: 0.8,
  intentReasons: [],
  urgency: 'normal',
  urgencyReasons: [],
  emergencyHotline: null,
  category: { level1, level2: level1 ? '子类' : null, level3: null, confidence, alternatives },
  location: place(0.9),
  department: { id: 'd', name: 'd', kind: 'street' },
  routingRule: 'x',
})

describe('confirming what understanding is unsure of', () => {
  it('confirms a weakly matched place, but not a sure one, a pinned one or none', () => {
    expect(placeIsUnsure(place(0.3), false)).toBe(true)
    expect(placeIsUnsure(place(0.77), false)).toBe(false)
    expect(placeIsUnsure(place(0.3), true)).toBe(false)
    expect(placeIsUnsure(place(0.3, null), false)).toBe(false)
  })

  it('offers the detected class first, then the alternatives, only when unsure and there are some', () => {
    expect(categoryChoices(analysis('商贸旅游', 0.29, ['城乡建设', '环境保护']))).toEqual([
      '商贸旅游',
      '城乡建设',
      '环境保护',
    ])
    expect(categoryChoices(analysis('城乡建设', 0.9, ['环境保护']))).toBeNull()
    expect(categoryChoices(analysis('城乡建设', 0.3, []))).toBeNull()
    expect(categoryChoices({ ...analysis('城乡建设', 0.3, ['环境保护']), urgency: 'emergency' })).toBeNull()
  })

  it('reads a number (also full-width or in words) or a class name, and nothing else', () => {
    const options = ['商贸旅游', '城乡建设', '环境保护']
    expect(readChoice('2', options)).toBe('城乡建设')
    expect(readChoice('２。', options)).toBe('城乡建设')
    expect(readChoice('第三个', options)).toBe('环境保护')
    expect(readChoice('选1', options)).toBe('商贸旅游')
    expect(readChoice('应该算城乡建设吧', options)).toBe('城乡建设')
    expect(readChoice('4', options)).toBeNull()
    expect(readChoice('不清楚', options)).toBeNull()
    expect(readChoice('', options)).toBeNull()
  })

  it('keeps sub-levels only when the citizen keeps the detected class', () => {
    const a = analysis('城乡建设', 0.3, ['环境保护'])
    expect(withCategory(a, '城乡建设').category).toEqual({
      level1: '城乡建设',
      level2: '子类',
      level3: null,
      confidence: 1,
    })
    expect(withCategory(a, '环境保护').category).toEqual({
      level1: '环境保护',
      level2: null,
      level3: null,
      confidence: 1,
    })
  })
})
