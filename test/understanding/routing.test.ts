import { describe, expect, it } from 'vitest'
import { loadDirectory } from '../../src/understanding/routing/directory.js'
import { type RoutingInput, routeDepartment } from '../../src/understanding/routing/routeDepartment.js'
import { type CategoryResult, emptyLocation, type LocationResult } from '../../src/understanding/types.js'

const bj = loadDirectory('北京市')

const cat = (level1: string | null, level2: string | null = null, level3: string | null = null, confidence = 0.9) =>
  ({ level1, level2, level3, confidence }) satisfies CategoryResult
const noCategory = cat(null, null, null, 0)
const loc = (p: Partial<LocationResult>): LocationResult => ({
  ...emptyLocation(),
  province: '北京市',
  city: '北京市',
  confidence: 0.9,
  ...p,
})
const route = (input: Partial<RoutingInput> & { text: string }) =>
  routeDepartment({ category: noCategory, location: emptyLocation(), intent: 'complaint', ...input }, bj)

const noise = cat('环境保护', '环境污染', '噪音污染')
const vending = cat('城乡建设', '城市建设和市政管理', '城管执法')
const wangjing = loc({ district: '朝阳区', street: '望京街道', code: '110105026' })

describe('place-bound matter with a known street → that street (直派属地)', () => {
  it('routes by the street code', () => {
    const r = route({ category: noise, location: wangjing, text: '望京街道有工地半夜施工，噪音太大' })
    expect(r).toEqual({
      rule: 'place-bound:street',
      department: { id: 'bj-street-110105026', name: '望京街道', kind: 'street' },
    })
  })

  it('routes by district + street name when there is no code, telling same-named streets apart', () => {
    const chaoyang = route({
      category: vending,
      location: loc({ district: '朝阳区', street: '八里庄街道' }),
      text: '占道',
    })
    const haidian = route({
      category: vending,
      location: loc({ district: '海淀区', street: '八里庄街道' }),
      text: '占道',
    })
    expect(chaoyang.department.id).toBe('bj-street-110105015')
    expect(haidian.department.id).toBe('bj-street-110108005')
  })

  it('accepts a street written with another suffix (后沙峪镇 → 后沙峪地区)', () => {
    const r = route({ category: vending, location: loc({ street: '后沙峪镇' }), text: '路边有人摆摊' })
    expect(r.rule).toBe('place-bound:street')
    expect(r.department.name).toBe('后沙峪地区')
  })

  it('falls back to keywords when the category is unknown', () => {
    const r = route({ location: wangjing, text: '楼下饭馆油烟太大，天天扰民' })
    expect(r.rule).toBe('place-bound:street')
  })

  it('treats a complaint that names a place as place-bound when the scope rules are silent', () => {
    const input = { category: cat('劳动和社会保障', '劳动关系'), location: wangjing, text: '公司拖欠工资三个月' }
    expect(route({ ...input, intent: 'complaint' }).rule).toBe('place-bound:street')
    // The same matter asked as a question is policy for the owning bureau.
    expect(route({ ...input, intent: 'consultation' }).rule).toBe('citywide:bureau:bj-bureau-hrss')
  })
})

describe('city-wide policy matter → its bureau', () => {
  it('sends a provident-fund question to the fund center even when the street is known', () => {
    const r = route({
      intent: 'consultation',
      category: cat('城乡建设', '住房保障与房地产', '住房公积金'),
      location: wangjing,
      text: '我住望京，想问租房怎么提取公积金',
    })
    expect(r).toEqual({
      rule: 'citywide:bureau:bj-bureau-provident-fund',
      department: { id: 'bj-bureau-provident-fund', name: '市住房公积金管理中心', kind: 'bureau' },
    })
  })

  it('finds the bureau from keywords when there is no category', () => {
    expect(route({ intent: 'consultation', text: '请问社保缴费基数在哪里查询' }).rule).toBe(
      'citywide:bureau:bj-bureau-hrss',
    )
  })

  it('answers a policy question through a bureau that otherwise works on site', () => {
    const r = route({
      intent: 'consultation',
      category: cat('环境保护', '环保管理'),
      text: '重污染天气应急预案有哪些措施',
    })
    expect(r.rule).toBe('citywide:bureau:bj-bureau-ecology')
    // A complaint in the same class with no place cannot go to a street; it waits for manual dispatch.
    expect(route({ intent: 'complaint', category: cat('环境保护', '环保管理'), text: '环保执法不到位' }).rule).toBe(
      'manual',
    )
  })

  it('prefers the most specific category path (医保 over 人社)', () => {
    const r = route({
      intent: 'consultation',
      category: cat('劳动和社会保障', '城镇职工社会保险', '职工医疗保险'),
      text: '退休后在外地看病怎么结算',
    })
    expect(r.department.id).toBe('bj-bureau-medical-insurance')
  })

  it('ignores a category below the confidence floor', () => {
    const unsure = cat('城乡建设', '住房保障与房地产', '住房公积金', 0.05)
    const r = route({ intent: 'complaint', category: unsure, location: wangjing, text: '楼上装修噪音太大' })
    expect(r.rule).toBe('place-bound:street')
  })
})

describe('place-bound matter with only the district known → district government', () => {
  it('routes to the district', () => {
    const r = route({ category: vending, location: loc({ district: '朝阳区' }), text: '路口有人占道经营' })
    expect(r).toEqual({
      rule: 'place-bound:district',
      department: { id: 'bj-district-110105', name: '朝阳区人民政府', kind: 'district' },
    })
  })

  it('keeps the district when the street name is not in it', () => {
    const r = route({ category: noise, location: loc({ district: '海淀区', street: '望京街道' }), text: '噪音' })
    expect(r.rule).toBe('place-bound:district')
    expect(r.department.id).toBe('bj-district-110108')
  })

  it('does not guess between two same-named streets without the district', () => {
    const r = route({ category: vending, location: loc({ street: '八里庄街道' }), text: '占道经营' })
    expect(r.rule).toBe('manual')
  })
})

describe('otherwise → manual dispatch at the center', () => {
  it('routes an unclassifiable matter with no place to the center', () => {
    expect(route({ text: '有个事情想反映一下' })).toEqual({
      rule: 'manual',
      department: { id: 'bj-center', name: '北京市12345市民服务热线（人工派单）', kind: 'center' },
    })
  })

  it('routes a place-bound matter without any place to the center', () => {
    expect(route({ category: noise, text: '晚上施工噪音很大' }).rule).toBe('manual')
  })

  it('ignores a place in another city, even one with a same-named district', () => {
    const changchun = loc({ province: '吉林省', city: '长春市', district: '朝阳区' })
    expect(route({ category: noise, location: changchun, text: '噪音' }).rule).toBe('manual')
    expect(route({ category: noise, location: { ...changchun, city: '北京' }, text: '噪音' }).rule).toBe(
      'place-bound:district',
    )
  })
})

describe('enterprise channel → enterprise service desk', () => {
  it('routes an enterprise matter to the desk, even a policy or place-bound one', () => {
    const policy = route({ enterprise: true, intent: 'consultation', text: '我们公司能申请稳岗补贴吗' })
    expect(policy).toEqual({
      rule: 'enterprise:desk',
      department: { id: 'bj-enterprise-desk', name: '北京12345企业服务专席（亲清在线）', kind: 'enterprise' },
    })
    expect(route({ enterprise: true, category: noise, location: wangjing, text: '园区噪音' }).rule).toBe(
      'enterprise:desk',
    )
  })

  it('sends an emergency at a known place to the place instead', () => {
    const text = '公司楼下燃气泄漏，味道很大'
    expect(route({ enterprise: true, location: wangjing, text }).rule).toBe('place-bound:street')
    expect(route({ enterprise: true, location: wangjing, text: '园区消防通道被堵', urgency: 'emergency' }).rule).toBe(
      'place-bound:street',
    )
    // Without a place there is nowhere closer to send it.
    expect(route({ enterprise: true, text }).rule).toBe('enterprise:desk')
  })
})

describe('an emergency with no place yet', () => {
  it('goes to the center, which coordinates with 110/119/120, not to the bureau its category suggests', () => {
    const labour = cat('劳动和社会保障', null, null, 0.9)
    const r = route({ category: labour, text: '我父亲突然晕倒了怎么办', urgency: 'emergency', intent: 'help' })
    expect(r.rule).toBe('manual')
    expect(r.department?.kind).toBe('center')
    // With a place it goes to that street at once.
    const placed = route({ category: labour, location: wangjing, text: '望京街道有老人晕倒了', urgency: 'emergency' })
    expect(placed.rule).toBe('place-bound:street')
  })
})
