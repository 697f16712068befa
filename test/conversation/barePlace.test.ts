import { describe, expect, it } from 'vitest'
import { isBarePlace } from '../../src/conversation/barePlace.js'
import { createAnalyzer } from '../../src/understanding/createAnalyzer.js'
import { silentLogger } from '../../src/logger.js'

const { analyzer } = createAnalyzer({ city: '北京市', llm: null, log: silentLogger })
const bare = async (text: string) => isBarePlace(text, await analyzer.analyze(text))

describe('a message that only names a place', () => {
  it('is recognised in the forms citizens send an address', async () => {
    expect(await bare('朝阳区望京街道花家地西里三区')).toBe(true)
    expect(await bare('朝阳区望京街道')).toBe(true)
    expect(await bare('我住在海淀区学院路街道')).toBe(true)
    expect(await bare('丰台区方庄芳古园一区3号楼2单元')).toBe(true)
  })

  it('is not a place followed by what happened there, a question, an emergency or English words', async () => {
    expect(await bare('朝阳区望京街道花家地西里三区门口垃圾没人清运')).toBe(false)
    expect(await bare('海淀区学院路街道怎么办理居住证')).toBe(false)
    expect(await bare('丰台区方庄芳古园一区着火了')).toBe(false)
    expect(await bare('Wangjing no hot water for three days')).toBe(false)
    expect(await bare('路灯坏了')).toBe(false)
  })
})
