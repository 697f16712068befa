import { describe, expect, it } from 'vitest'
import { loadJiebaSegmenter } from '../../src/knowledge/search/jiebaSegmenter.js'
import { KnowledgeIndex } from '../../src/knowledge/search/KnowledgeIndex.js'
import { bigramOverlap } from '../../src/knowledge/search/bigramOverlap.js'
import { parseQaPairs } from '../../src/knowledge/search/passages.js'
import { findPlaces, placeRelation } from '../../src/knowledge/search/regions.js'
import { MaxMatchSegmenter } from '../../src/knowledge/search/segmenter.js'
import { SynonymTable } from '../../src/knowledge/search/synonyms.js'
import { termKey } from '../../src/knowledge/search/tokenizer.js'
import type { SearchableEntry } from '../../src/knowledge/search/types.js'

/** A published, everywhere, all-audience entry unless overridden. */
function entry(id: string, title: string, answer: string, extra: Partial<SearchableEntry> = {}): SearchableEntry {
  return {
    id,
    title,
    questions: [title],
    body: `问：${title}\n答：${answer}`,
    audience: 'all',
    region: null,
    state: 'published',
    ...extra,
  }
}

const SOCIAL = entry(
  'social',
  '灵活就业人员如何缴纳社会保险？',
  '持本市户籍的灵活就业人员可在社保经办机构办理参保登记，按月缴纳基本养老保险费和基本医疗保险费。',
)
const RESIDENCE = entry(
  'residence',
  '居住证如何申领？',
  '在本市居住满半年，并有合法稳定就业、合法稳定住所或连续就读条件之一的，可向居住地派出所申领居住证。',
)
const HEATING = entry(
  'heating',
  '供暖不热可以找谁？',
  '供暖期内室温低于18摄氏度的，可拨打供热单位的报修电话，也可拨打12345市民服务热线反映。',
)
const TAX = entry(
  'tax',
  '小型微利企业所得税有哪些优惠？',
  '对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。',
  { audience: 'enterprise' },
)
const ELEVATOR = entry(
  'elevator',
  '老楼加装电梯需要哪些条件？',
  '本楼门业主协商一致、具备加装条件的，可申请既有住宅加装电梯，政府给予每部电梯一定的财政补贴。',
)
const BASE = [SOCIAL, RESIDENCE, HEATING, TAX, ELEVATOR]

function indexOf(entries: SearchableEntry[], opts: ConstructorParameters<typeof KnowledgeIndex>[0] = {}) {
  const index = new KnowledgeIndex(opts)
  for (const e of entries) index.upsert(e)
  return index
}

describe('KnowledgeIndex ranking', () => {
  it('finds the entry whose title answers the question', () => {
    const res = indexOf(BASE).search('灵活就业怎么交社会保险')
    expect(res.results[0]?.id).toBe('social')
    expect(res.results[0]?.title).toBe(SOCIAL.title)
  })

  it('ranks a title/question match above the same words in another entry body', () => {
    const inTitle = entry('title', '公积金贷款额度怎么计算？', '按借款人缴存余额的倍数确定，并设有上限。')
    const inBody = entry('body', '购房资格如何审核？', '审核时会核验社保记录，并说明公积金贷款额度怎么计算。')
    const index = indexOf([...BASE, inBody, inTitle])
    expect(
      index
        .search('公积金贷款额度怎么计算')
        .results.map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['title', 'body'])
  })

  it('meets a synonym: 医保 finds an entry that only says 医疗保险', () => {
    const medical = entry(
      'medical',
      '基本医疗保险待遇如何享受？',
      '参保人员在定点医疗机构就医发生的费用，按规定比例结算。',
    )
    // No segmenter words, so only bigrams (none shared) and synonym concepts can match.
    const segmenter = { name: 'none', cut: () => [] }
    const ids = (synonyms: SynonymTable) =>
      indexOf([RESIDENCE, HEATING, medical], { synonyms, segmenter })
        .search('医保')
        .results.map((r) => r.id)
    expect(ids(new SynonymTable([['医保', '医疗保险']]))).toEqual(['medical'])
    expect(ids(new SynonymTable([]))).toEqual([])
  })

  it('ships the editable alias table with the common policy abbreviations', () => {
    expect(SynonymTable.fromJson(null).concepts('社保')).toEqual([])
    const s = new KnowledgeIndex().tokenizer.synonyms // the default: knowledge/synonyms.json
    expect(s.concepts('社保')).toHaveLength(1)
    expect(s.concepts('社会保险')).toEqual(s.concepts('社保'))
    expect(s.concepts('医疗保险')).toEqual(s.concepts('医保'))
    expect(s.concepts('住房公积金')).toEqual(s.concepts('公积金'))
    expect(s.concepts('暂住证')).toEqual(s.concepts('居住证'))
    expect(s.concepts('新型冠状病毒肺炎')).toContain(s.concepts('新冠')[0])
    expect(s.concepts('复产')).toEqual(s.concepts('复工'))
  })

  it('abstains on a question no entry covers, answers one an entry covers', () => {
    const index = indexOf(BASE)
    const off = index.search('明天天气怎么样，适合去爬山吗')
    expect(off.answerable).toBe(false)
    const on = index.search('老楼加装电梯需要哪些条件')
    expect(on.results[0]?.id).toBe('elevator')
    expect(on.answerable).toBe(true)
    expect(on.confidence).toBeGreaterThan(off.confidence)
  })

  it('returns nothing answerable from an empty index', () => {
    expect(new KnowledgeIndex().search('社保怎么交')).toEqual({ results: [], answerable: false, confidence: 0 })
  })

  it('tells entries apart by the place a question names', () => {
    const henan = entry('henan', '河南省对中小企业有哪些减免政策？', '减免中小企业房租三个月。')
    const tianjin = entry('tianjin', '天津市对中小企业有哪些减免政策？', '减免中小企业房租三个月。')
    const index = indexOf([henan, tianjin])
    expect(index.search('天津市对中小企业的减免政策是什么')?.results[0]?.id).toBe('tianjin')
    expect(index.search('河南对中小企业的减免政策是什么')?.results[0]?.id).toBe('henan')
  })
})

describe('KnowledgeIndex filters', () => {
  const now = new Date('2026-03-01T00:00:00Z')

  it('shows only published entries unless asked for all', () => {
    const index = indexOf([
      { ...HEATING, state: 'draft' },
      { ...ELEVATOR, state: 'archived' },
    ])
    expect(index.search('供暖不热找谁', { now }).results).toEqual([])
    expect(index.search('老楼加装电梯', { now }).results).toEqual([])
    expect(index.search('供暖不热找谁', { now, includeUnpublished: true }).results[0]?.id).toBe('heating')
  })

  it('honours effective and expiry dates', () => {
    const expired = { ...HEATING, id: 'old', expiresAt: '2026-01-01' }
    const future = { ...HEATING, id: 'future', effectiveFrom: '2026-06-01' }
    const current = { ...HEATING, id: 'current', effectiveFrom: '2025-11-15', expiresAt: '2026-03-15' }
    const ids = indexOf([expired, future, current])
      .search('供暖不热可以找谁', { now })
      .results.map((r) => r.id)
    expect(ids).toEqual(['current'])
  })

  it('matches region: everywhere, the same place, a place within it; never another city', () => {
    const beijing = { ...HEATING, id: 'beijing', region: '北京市' }
    const chaoyang = { ...HEATING, id: 'chaoyang', region: '朝阳区' }
    const tianjin = { ...HEATING, id: 'tianjin', region: '天津市' }
    const everywhere = { ...HEATING, id: 'everywhere' }
    const index = indexOf([beijing, chaoyang, tianjin, everywhere])
    const ids = (region?: string) =>
      index
        .search('供暖不热可以找谁', { now, region, limit: 10 })
        .results.map((r) => r.id)
        .sort()
    expect(ids('朝阳区')).toEqual(['beijing', 'chaoyang', 'everywhere'])
    expect(ids('北京市朝阳区')).toEqual(['beijing', 'chaoyang', 'everywhere'])
    expect(ids('北京市')).toEqual(['beijing', 'everywhere'])
    expect(ids('天津市')).toEqual(['everywhere', 'tianjin'])
    expect(ids()).toEqual(['beijing', 'chaoyang', 'everywhere', 'tianjin'])
  })

  it('prefers the asking audience without hiding the other', () => {
    const forCitizens = entry('c', '个体工商户可以享受哪些房租减免？', '承租国有房屋的个体工商户免收两个月房租。', {
      audience: 'citizen',
    })
    const forBusiness = entry('b', '个体工商户可以享受哪些房租减免？', '承租国有房屋的个体工商户免收两个月房租。', {
      audience: 'enterprise',
    })
    const index = indexOf([forCitizens, forBusiness])
    const q = '个体工商户房租减免'
    expect(index.search(q, { audience: 'enterprise' }).results.map((r) => r.id)).toEqual(['b', 'c'])
    expect(index.search(q, { audience: 'citizen' }).results.map((r) => r.id)).toEqual(['c', 'b'])
  })
})

describe('KnowledgeIndex answers and snippets', () => {
  const multi: SearchableEntry = {
    id: 'hukou',
    title: '北京市积分落户怎么申请？',
    questions: ['北京市积分落户怎么申请？', '积分落户的申报时间是什么时候？'],
    body: [
      '问：北京市积分落户怎么申请？',
      '答：申请人通过北京市积分落户在线申报系统填报信息，由用人单位确认后提交。',
      '问：积分落户的申报时间是什么时候？',
      '答：每年申报时间以市人力资源社会保障局公告为准，一般在上半年集中受理。逾期不再受理。',
    ].join('\n'),
    audience: 'citizen',
    state: 'published',
  }

  it('answers with the answer of the best-matching question', () => {
    const hit = indexOf([multi, HEATING]).search('积分落户什么时候申报').results[0]
    expect(hit?.id).toBe('hukou')
    expect(hit?.matchedQuestion).toBe('积分落户的申报时间是什么时候？')
    expect(hit?.answer).toBe('每年申报时间以市人力资源社会保障局公告为准，一般在上半年集中受理。逾期不再受理。')
    expect(hit?.snippet.length).toBeLessThanOrEqual(120)
    expect(hit?.snippet).toContain('申报时间')
  })

  it('falls back to the start of the body when it has no question/answer pairs', () => {
    const prose = { ...HEATING, id: 'prose', body: '供暖期内室温低于18摄氏度的，可拨打供热单位报修电话。'.repeat(20) }
    const hit = indexOf([prose]).search('供暖不热').results[0]
    expect(hit?.answer.startsWith('供暖期内室温低于18摄氏度的')).toBe(true)
    expect(hit?.answer.length).toBeLessThanOrEqual(300)
    expect(hit?.snippet.length).toBeLessThanOrEqual(120)
  })

  it('explains a ranking with features', () => {
    const ex = indexOf(BASE).explain('供暖不热找谁')
    expect(ex[0]?.id).toBe('heating')
    expect(ex[0]?.features).toHaveProperty('norm')
    expect(ex[0]?.features).toHaveProperty('p1')
  })

  it('parses several question/answer pairs, multi-line answers included', () => {
    expect(parseQaPairs('问：甲？\n答：一。\n二。\n问：乙？\n答：三。')).toEqual([
      { question: '甲？', answer: '一。\n二。' },
      { question: '乙？', answer: '三。' },
    ])
  })
})

describe('KnowledgeIndex per-query scratch and entry profiles', () => {
  it('gives the same ranking and features for a query however many other queries ran before', () => {
    const index = indexOf(BASE)
    const first = index.explain('灵活就业怎么交社会保险')
    for (const q of ['供暖不热找谁', '居住证', '小型微利企业所得税优惠', '加装电梯条件']) index.search(q)
    expect(index.explain('灵活就业怎么交社会保险')).toEqual(first)
  })

  it('ranks the same when only a few entry profiles may be kept at once', () => {
    const queries = ['灵活就业怎么交社会保险', '供暖不热找谁', '居住证', '小型微利企业所得税优惠', '加装电梯条件']
    const roomy = indexOf(BASE)
    const tight = indexOf(BASE, { maxProfiles: 2 })
    for (let round = 0; round < 2; round++) for (const q of queries) expect(tight.explain(q)).toEqual(roomy.explain(q))
  })

  it('scores a question against the passage it matches, not the whole entry', () => {
    const twoPairs = entry('two', '积分落户怎么申请？', '通过在线申报系统填报。', {
      body: '问：积分落户怎么申请？\n答：通过在线申报系统填报。\n问：供暖费怎么交？\n答：到供热单位营业厅缴纳。',
    })
    const f = indexOf([twoPairs, TAX]).explain('积分落户供暖费')[0]?.features ?? {}
    // Both halves of the query are in the entry (all but the bigram 户供 across them), but no single Q/A pair
    // holds both: the best passage covers about half of what the whole entry covers.
    expect(f.coverage).toBeGreaterThan(0.6)
    expect(f.passage).toBeGreaterThan(0.2)
    expect(f.passage).toBeLessThan((f.coverage ?? 0) - 0.2)
  })

  it('answers from the new text after an entry is replaced in place', () => {
    const index = indexOf(BASE)
    expect(index.search('居住证如何申领').results[0]?.answer).toContain('派出所')
    index.upsert({ ...RESIDENCE, body: '问：居住证如何申领？\n答：在政务服务网在线申领，证件邮寄到家。' })
    expect(index.search('居住证如何申领').results[0]?.answer).toBe('在政务服务网在线申领，证件邮寄到家。')
  })
})

describe('bigramOverlap', () => {
  it('adds the weight of each distinct CJK bigram once and ignores other characters', () => {
    const w = new Map([
      [termKey('社保') as number, 2],
      [termKey('缴纳') as number, 1],
    ])
    expect(bigramOverlap('社保社保缴纳 abc 社保', w)).toBe(3)
    expect(bigramOverlap('abc123', w)).toBe(0)
  })
})

describe('KnowledgeIndex updates', () => {
  it('removes and replaces entries', () => {
    const index = indexOf(BASE)
    expect(index.size).toBe(5)
    index.remove('heating')
    expect(index.size).toBe(4)
    expect(index.search('供暖不热可以找谁').results.map((r) => r.id)).not.toContain('heating')
    index.upsert({
      ...ELEVATOR,
      title: '老旧小区加装电梯补贴标准是多少？',
      questions: ['老旧小区加装电梯补贴标准是多少？'],
    })
    expect(index.size).toBe(4)
    expect(index.search('加装电梯补贴标准').results[0]?.title).toBe('老旧小区加装电梯补贴标准是多少？')
  })

  it('stays correct after many removals purge dead postings', () => {
    const index = new KnowledgeIndex()
    for (let i = 0; i < 1500; i++)
      index.upsert(entry(`e${i}`, `第${i}号通知的办理流程是什么？`, `按第${i}号通知办理。`))
    for (let i = 0; i < 1300; i++) index.remove(`e${i}`)
    index.upsert(HEATING)
    expect(index.size).toBe(201)
    expect(index.search('第1400号通知的办理流程').results[0]?.id).toBe('e1400')
    expect(index.search('供暖不热可以找谁').results[0]?.id).toBe('heating')
  })
})

describe('Chinese text handling', () => {
  it('segments with a dictionary when jieba is not available', () => {
    const seg = new MaxMatchSegmenter(['住房公积金', '公积金', '提取'])
    expect(seg.cut('住房公积金提取')).toEqual(['住房公积金', '提取'])
    expect(seg.cut('怎么')).toEqual(['怎', '么'])
  })

  it('loads jieba on Node and segments words', async () => {
    const jieba = await loadJiebaSegmenter()
    expect(jieba?.name).toBe('jieba')
    expect(jieba?.cut('国家税务总局')).toContain('国家税务总局')
  })

  it('normalises full-width text on both sides', () => {
    const index = indexOf([entry('hotline', '１２３４５热线怎么反映问题？', '拨打12345或登录网站留言。')])
    expect(index.search('12345热线怎么反映问题').results[0]?.id).toBe('hotline')
  })

  it('finds place names and relates them', () => {
    const zz = findPlaces('郑州市的政策')
    const henan = findPlaces('河南省的政策')
    expect(zz.map((p) => p.name)).toEqual(['郑州市'])
    expect(placeRelation(zz, henan)).toBe(0.5)
    expect(placeRelation(henan, findPlaces('天津的政策'))).toBe(-1)
    expect(placeRelation(henan, findPlaces('河南'))).toBe(1)
    expect(placeRelation(henan, [])).toBe(0)
  })
})

describe('settling the index after a bulk import', () => {
  const topIds = (idx: KnowledgeIndex, q: string) => idx.search(q, { limit: 3 }).results.map((r) => r.id)
  const bulk = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      entry(`bulk-${i}`, `第${i}号政策事项怎么办理？`, `到第${i}号窗口办理，需带身份证。`),
    )

  it('gives the same results after compact, and keeps taking upserts and removals', () => {
    const idx = new KnowledgeIndex()
    for (const e of [SOCIAL, RESIDENCE, HEATING, ...bulk(300)]) idx.upsert(e)
    const queries = ['灵活就业怎么交社保', '居住证在哪里办', '暖气不热找谁', '第7号政策事项怎么办理']
    const before = queries.map((q) => topIds(idx, q))
    idx.compact()
    expect(queries.map((q) => topIds(idx, q))).toEqual(before)
    idx.upsert(entry('late', '充电桩安装需要物业同意吗？', '在自有车位安装充电桩，物业应当配合。'))
    idx.remove('heating')
    expect(topIds(idx, '小区充电桩安装物业不同意')[0]).toBe('late')
    expect(topIds(idx, '暖气不热找谁')).not.toContain('heating')
    idx.compact()
    expect(topIds(idx, '小区充电桩安装物业不同意')[0]).toBe('late')
  })
})
