/**
 * Category: the taxonomy is complete, raw citizen messages land in the right first-level class,
 * levels 2/3 appear only with keyword evidence, bad input is harmless, and the model keeps its
 * accuracy on the shared dev set (skipped without ../shared).
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { charNgramCounts } from '../../src/understanding/category/charNgrams.js'
import { classifyCategory, loadCategoryModel } from '../../src/understanding/category/classifyCategory.js'
import { vectorize, vectorizeText } from '../../src/understanding/category/linearModel.js'
import { accuracy, macroF1, type Pair } from '../../src/understanding/category/metrics.js'
import { normalizeText } from '../../src/understanding/category/normalizeText.js'
import { getTaxonomy, level1Names } from '../../src/understanding/category/taxonomy.js'

describe('taxonomy', () => {
  it('has the 15 first-level classes and all 517 leaves of the source table', () => {
    const tree = getTaxonomy()
    expect(level1Names()).toHaveLength(15)
    expect(level1Names()).toContain('城乡建设')
    expect(level1Names()).toContain('纪检监察')
    const leaves = tree.flatMap((l1) => l1.children.flatMap((l2) => l2.children))
    expect(leaves).toHaveLength(517)
    expect(leaves.every((l) => l.level === 3 && l.path.length === 3)).toBe(true)
  })

  it('carries editable keywords on the nodes', () => {
    const l1 = getTaxonomy().find((n) => n.name === '城乡建设')!
    const l2 = l1.children.find((n) => n.name === '住房保障与房地产')!
    expect(l2.children.find((n) => n.name === '物业服务')!.keywords).toContain('物业费')
  })
})

describe('classifyCategory: raw messages', () => {
  it.each([
    ['城乡建设', '小区楼顶水箱长年不清洗，自来水有股霉味'],
    ['城乡建设', '小区暖气不热，室温只有15度'],
    ['劳动和社会保障', '我们公司拖欠了三个月工资，社保也没交'],
    ['教育文体', '孩子上小学划片不合理，学位太紧张'],
    ['环境保护', '附近工厂夜里偷排废气，味道刺鼻'],
    ['卫生计生', '医院乱收费，做个检查收了好几千'],
    ['交通运输', '出租车司机拒载还绕路'],
    ['商贸旅游', '旅游景区门票涨价太离谱'],
  ])('%s ← %s', (level1, text) => {
    const r = classifyCategory(text)
    expect(r.level1).toBe(level1)
    expect(r.confidence).toBeGreaterThan(0.5)
    expect(r.confidence).toBeLessThanOrEqual(1)
  })

  it('fills level 2 and 3 only where a keyword supports them', () => {
    const water = classifyCategory('小区楼顶水箱长年不清洗，自来水有股霉味')
    expect(water).toMatchObject({ level2: '城市建设和市政管理', level3: '自来水供应' })
    const vague = classifyCategory('这个问题一直没有人解决')
    expect(vague.level3).toBeNull()
  })

  it('predicts a class the model never saw from strong taxonomy keywords', () => {
    const r = classifyCategory('举报村支书贪污扶贫款，收受贿赂')
    expect(r.level1).toBe('纪检监察')
    expect(r.level2).toBe('贪污贿赂')
    expect(r.confidence).toBeLessThan(0.8)
  })

  it('gives segmented and raw forms of the same message the same class', () => {
    const seg = classifyCategory('小区 高层 二次 供水 楼顶 水箱 长年 不洗 自来水 霉味')
    const raw = classifyCategory('我们小区高层的二次供水，楼顶水箱长年都不洗，自来水有霉味')
    expect(raw.level1).toBe(seg.level1)
  })
})

describe('classifyCategory: bad input', () => {
  it('returns nulls for empty and symbol-only text', () => {
    expect(classifyCategory('')).toEqual({ level1: null, level2: null, level3: null, confidence: 0 })
    expect(classifyCategory('   ').level1).toBeNull()
    expect(classifyCategory('😀😀😀').level1).toBeNull()
    expect(classifyCategory('!!!???').level1).toBeNull()
  })

  it('reads traditional characters and mixed English', () => {
    expect(normalizeText('燃氣洩漏 ＡＢＣ１２３')).toBe('燃气泄漏 abc123')
    // Beyond the everyday characters: OpenCC's whole character table, same length, 著 read as 着.
    expect(normalizeText('倉庫濃煙 兩個師傅 著火了')).toBe('仓库浓烟 两个师傅 着火了')
    expect(classifyCategory('醫院亂收費，做個檢查收了好幾千').level1).toBe('卫生计生')
    expect(classifyCategory('我们公司的boss拖欠工资三个月, HR也不管').level1).toBe('劳动和社会保障')
  })

  it('stays fast on a 20,000-character message', () => {
    const huge = '小区楼顶水箱长年不清洗，自来水有霉味。'.repeat(1100)
    expect(huge.length).toBeGreaterThanOrEqual(20000)
    classifyCategory(huge)
    const t0 = performance.now()
    const r = classifyCategory(huge)
    // Only the head of the message is read, so the cost is bounded (generous limit: shared CI cores).
    expect(performance.now() - t0).toBeLessThan(100)
    expect(r.level1).toBe('城乡建设')
  })

  it('vectorizes text exactly as the training features do', () => {
    const m = loadCategoryModel()
    for (const text of ['我们小区的高层二次供水水压不足', 'A1 区 2019 年 公交车 司机 态度 恶劣', '']) {
      const norm = normalizeText(text)
      const slow = vectorize(charNgramCounts(norm, m.minN, m.maxN, true), m.index, m.idf)
      const fast = vectorizeText(m, norm, true)
      expect([...fast.idx]).toEqual([...slow.idx])
      expect([...fast.val]).toEqual([...slow.val])
    }
  })

  it('drops spaces and folds digits in features', () => {
    const counts = charNgramCounts('A1 区 2019 年')
    expect(counts.has('a0区')).toBe(true)
    expect(counts.has(' ')).toBe(false)
  })
})

const DEV = new URL('../../../shared/data/eval/categories.jsonl', import.meta.url).pathname

describe.skipIf(!existsSync(DEV))('classifyCategory: shared dev set', () => {
  it('keeps level-1 macro-F1 ≥ 0.88 on segmented and de-spaced text', () => {
    const rows = readFileSync(DEV, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; category: string })
    const seg: Pair[] = rows.map((r) => [classifyCategory(r.text).level1, r.category])
    const raw: Pair[] = rows.map((r) => [classifyCategory(r.text.replace(/\s+/g, '')).level1, r.category])
    expect(macroF1(seg)).toBeGreaterThanOrEqual(0.88)
    expect(macroF1(raw)).toBeGreaterThanOrEqual(0.88)
    expect(accuracy(raw)).toBeGreaterThanOrEqual(0.88)
  })
})
