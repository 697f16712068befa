import { describe, expect, it } from 'vitest'
import { KnowledgeIndex } from '../../src/knowledge/search/KnowledgeIndex.js'
import { findIssuers, issuerRelation } from '../../src/knowledge/search/issuers.js'
import { longestCommonRun } from '../../src/knowledge/search/longestCommonRun.js'
import { topicAgreement, topicVector } from '../../src/knowledge/search/topics.js'
import { findPlaces, placeRelation, specificPlaces } from '../../src/knowledge/search/regions.js'
import { qaEntry as entry } from '../helpers/qaEntry.js'

const PLACES = [
  ...'河北省 山西省 辽宁省 吉林省 江苏省 浙江省 安徽省 江西省 山东省 河南省 湖北省 湖南省 广东省 四川省'.split(' '),
  ...'贵州省 云南省 陕西省 甘肃省 青海省 海南省 石家庄市 太原市 沈阳市 长春市 南京市 杭州市 合肥市 南昌市'.split(' '),
  ...'济南市 郑州市 武汉市 长沙市 广州市 成都市 贵阳市 昆明市 西安市 兰州市 西宁市 海口市 南宁市 银川市'.split(' '),
]

describe('document cues in knowledge search', () => {
  it('measures the longest run two texts share', () => {
    expect(longestCommonRun('泰州市海陵区为企业提供什么防疫用品', '泰州市海陵区设立区级疫情防控专项资金多少元')).toBe(6)
    expect(longestCommonRun('国家知识产权局', '知识产权')).toBe(4)
    expect(longestCommonRun('河南', '天津')).toBe(0)
    expect(longestCommonRun('', '天津')).toBe(0)
  })

  it('knows the short names of the autonomous regions and 地区 (广西, 新疆, 阿克苏)', () => {
    expect(findPlaces('截至2月14日，广西金融机构新发放贷款').map((p) => p.name)).toEqual(['广西壮族自治区'])
    expect(findPlaces('到达新疆的旅客有何文件需要填写').map((p) => p.name)).toEqual(['新疆维吾尔自治区'])
    expect(findPlaces('在西藏网上怎么办').map((p) => p.name)).toEqual(['西藏自治区'])
    expect(findPlaces('阿克苏农村商业银行').map((p) => p.province)).toEqual(['新疆维吾尔自治区'])
    // Districts still need their full name: 西城 alone is not a place.
    expect(findPlaces('西城的政策')).toEqual([])
  })

  it('reads the issuing body of a question by any of its names', () => {
    expect(findIssuers('国家发改委提出要做好两条线作战的准备')).toEqual(['国家发展改革委'])
    expect(findIssuers('国家发展改革委办公厅为加快推行网上审批')).toEqual(['国家发展改革委'])
    // The longest name wins: 国务院办公厅 is not also 国务院, 国家税务总局 not also a local 税务局.
    expect(findIssuers('国务院办公厅关于延长春节假期的通知')).toEqual(['国务院办公厅'])
    expect(findIssuers('国家税务总局西藏自治区税务局')).toEqual(['国家税务总局', '税务局'])
    expect(issuerRelation(findIssuers('人社部出台了什么政策'), findIssuers('人力资源社会保障部印发通知'))).toBe(1)
    expect(issuerRelation(findIssuers('税务总局延长申报期'), findIssuers('财政部公告'))).toBe(-1)
    expect(issuerRelation(findIssuers('延长申报期'), findIssuers('财政部公告'))).toBe(0)
  })

  it('tells the re-rank whether an entry is from the issuer a question names', () => {
    // 发改委 shares no bigram with 国家发展改革委: only the issuer table relates them.
    const index = new KnowledgeIndex()
    index.upsert(entry('mof', [['财政部如何保障重点项目？', '提前下达专项资金。']]))
    index.upsert(entry('ndrc', [['国家发展改革委如何保障重点项目？', '开通网上审批绿色通道。']]))
    index.upsert(entry('any', [['如何保障重点项目？', '加强调度。']]))
    const issuer = Object.fromEntries(index.explain('发改委如何保障重点项目？').map((c) => [c.id, c.features.issuer]))
    expect(issuer).toEqual({ ndrc: 1, mof: -1, any: 0 })
    expect(index.search('发改委如何保障重点项目？', { limit: 1 }).results[0]?.id).toBe('ndrc')
  })

  it('relates a question and an entry on the same policy topic that share no word', () => {
    const question = topicVector('青海省失业人员失业金在哪里申领')
    const jobs = topicVector('青海省有哪些线上就业服务平台？青海人社网上办事大厅、青海人才市场网')
    const school = topicVector('青海省对于支援湖北的医疗人员子女教育有何优待？子女入学、升学考试加分')
    expect(topicAgreement(question, jobs)).toBeGreaterThan(0.5)
    expect(topicAgreement(question, jobs)).toBeGreaterThan(topicAgreement(question, school))
    expect(topicAgreement(question, topicVector('今天天气很好'))).toBe(0)
  })

  it('prefers, among the entries of one place, the one on the question topic', () => {
    const index = new KnowledgeIndex()
    // The question shares 青海省 with both; the jobs entry shares no other word with it, only its topic (人社).
    index.upsert(entry('school', [['青海省对于支援湖北的医生子女有何政策？', '子女入学、升学考试加分。']]))
    index.upsert(entry('jobs', [['青海省有哪些线上就业服务平台？', '青海人社网上办事大厅、青海人才市场网。']]))
    const ranked = index.explain('青海省失业人员失业金在哪里申领？')
    expect(ranked.map((c) => c.id)).toEqual(['jobs', 'school'])
    expect(ranked[0]?.features.topic).toBeGreaterThan(ranked[1]?.features.topic ?? 1)
  })

  it('keeps the most specific places a question names', () => {
    const places = findPlaces('北京市西城区为中小微企业提供了哪些贷款贴息')
    expect(places.map((p) => p.name)).toEqual(['北京市', '西城区'])
    expect(specificPlaces(places).map((p) => p.name)).toEqual(['西城区'])
    // Against an entry on 北京市 as a whole, the district question is only contained, not the same place.
    expect(placeRelation(places, findPlaces('北京市对中小微企业'))).toBe(1)
    expect(placeRelation(specificPlaces(places), findPlaces('北京市对中小微企业'))).toBe(0.5)
    expect(specificPlaces(findPlaces('郑州市和开封市')).map((p) => p.name)).toEqual(['郑州市', '开封市'])
  })

  it("finds a city's entry for a question about its province, among forty places asking the same", () => {
    // The entry names 泉州市 only; nothing in its text spells 福建. The place is a search term with its
    // province, so the entry is a candidate at all: forty other places tie with it on every other word.
    const others = PLACES.map((p, i) => entry(`other-${i}`, [[`${p}对餐饮业有何禁令？`, '暂停堂食。']]))
    const quanzhou = entry('quanzhou', [['泉州市对餐饮业有何禁令？', '暂停堂食。']])
    const index = new KnowledgeIndex()
    for (const e of [...others, quanzhou]) index.upsert(e)
    expect(index.search('福建省对餐饮业有何禁令？', { limit: 3 }).results[0]?.id).toBe('quanzhou')
    expect(index.search('河南省对餐饮业有何禁令？', { limit: 1 }).results[0]?.id).toBe('other-9')
  })
})
