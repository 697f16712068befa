/**
 * The whole analysis (request type, urgency, category, place, department) on real-looking messages and
 * on bad input: empty text, a 20,000-character message, emoji only, traditional characters and mixed
 * English. Every component must answer something sensible, quickly, and say why.
 */
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/understanding/createAnalyzer.js'
import { silentLogger } from '../../src/logger.js'

const { analyzer } = createAnalyzer({ city: '北京市', log: silentLogger, llm: null })
const fuzhou = { city: '福州市' }

describe('analyze: real messages', () => {
  it('files a noise complaint with its place, category and department', async () => {
    const a = await analyzer.analyze('朝阳区望京街道花家地西里三区楼下餐馆半夜噪音扰民，我要投诉')
    expect(a.intent).toBe('complaint')
    expect(a.intentReasons).toContain('cue:投诉')
    expect(a.urgency).toBe('normal')
    expect(a.location).toMatchObject({ district: '朝阳区', street: '望京街道' })
    expect(a.category.level1).not.toBeNull()
    expect(a.department).not.toBeNull()
  })

  it('shows the emergency lexicon hit and the hotline in the result', async () => {
    const a = await analyzer.analyze('海淀区中关村街道有栋楼着火了，浓烟很大')
    expect(a.urgency).toBe('emergency')
    expect(a.urgencyReasons).toContain('着火')
    expect(a.emergencyHotline).toBe('119')
  })

  it('reads a Fuzhou ticket in the city it is given', async () => {
    const a = await analyzer.analyze('仓山区金港河黑臭\n金港河河水又黑又臭，请有关部门尽快处理', fuzhou)
    expect(a.location).toMatchObject({ city: '福州市', district: '仓山区' })
    expect(a.intent).toBe('complaint')
  })
})

describe('analyze: bad input', () => {
  it('answers empty text with nothing found and the center as the department', async () => {
    for (const text of ['', '   ', '\n\t']) {
      const a = await analyzer.analyze(text)
      expect(a.intentConfidence).toBe(0)
      expect(a.urgency).toBe('normal')
      expect(a.urgencyReasons).toEqual([])
      expect(a.category.level1).toBeNull()
      expect(a.location).toMatchObject({ district: null, street: null, confidence: 0 })
      expect(a.routingRule).toBeTruthy()
    }
  })

  it('finds no place, category or emergency in emoji only', async () => {
    const a = await analyzer.analyze('😡😡😡🔥🔥')
    expect(a.urgency).not.toBe('emergency')
    expect(a.category.level1).toBeNull()
    expect(a.location.district).toBeNull()
  })

  it('reads traditional characters as simplified', async () => {
    const a = await analyzer.analyze('朝陽區望京街道有人燃氣洩漏了，快來人')
    expect(a.urgency).toBe('emergency')
    expect(a.emergencyHotline).toBe('119')
    expect(a.location).toMatchObject({ district: '朝阳区', street: '望京街道' })
    expect((await analyzer.analyze('請問居住證怎麼辦理？')).intent).toBe('consultation')
  })

  it('reads Chinese mixed with English', async () => {
    const fire = await analyzer.analyze('Help! There is a fire in our building 海淀区中关村街道')
    expect(fire.urgency).toBe('emergency')
    expect(fire.location.district).toBe('海淀区')
    const wage = await analyzer.analyze('我们公司的boss拖欠工资三个月, HR也不管, I want to 投诉')
    expect(wage.intent).toBe('complaint')
    expect(wage.category.level1).toBe('劳动和社会保障')
    // "fire" in the English sense of a fire lane is no emergency.
    expect((await analyzer.analyze('The fire lane of 望京 is blocked by cars again')).urgency).not.toBe('emergency')
  })

  it('analyses a 20,000-character message within a bounded time and keeps its early facts', async () => {
    const text = `东城区东华门街道噪音扰民，我要投诉。${'施工一直持续到深夜，居民无法休息。'.repeat(1200)}`
    expect(text.length).toBeGreaterThan(20_000)
    await analyzer.analyze(text)
    const t0 = performance.now()
    const a = await analyzer.analyze(text)
    // Generous limit: the CI cores are shared; each component reads only the head of a long text.
    expect(performance.now() - t0).toBeLessThan(250)
    expect(a.intent).toBe('complaint')
    expect(a.location).toMatchObject({ district: '东城区', street: '东华门街道' })
    expect(a.urgency).toBe('normal')
  })
})
