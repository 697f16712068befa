import { describe, expect, it } from 'vitest'
import { kbHoldOutQueries } from '../../src/cli/kbHoldOut.js'
import { KnowledgeIndex } from '../../src/knowledge/search/KnowledgeIndex.js'
import { qaEntry as entry } from '../helpers/qaEntry.js'

const SOCIAL = entry('social', [
  ['灵活就业人员如何缴纳社会保险？', '灵活就业人员可在社保经办机构办理参保登记，按月缴纳养老保险费。'],
  ['灵活就业人员社会保险缴费基数怎么定？', '灵活就业人员在缴费基数上下限之间自行选择缴费基数。'],
])
const RESIDENCE = entry('residence', [['居住证如何申领？', '在本市居住满半年的，可向居住地派出所申领居住证。']])
const HEATING = entry('heating', [['供暖不热可以找谁？', '室温低于18摄氏度的，可拨打供热单位的报修电话。']])

describe('kbHoldOutQueries', () => {
  it('asks each held-out question of a multi-question entry against the rest of it, and each entry of the others', () => {
    const index = new KnowledgeIndex()
    for (const e of [SOCIAL, RESIDENCE, HEATING]) index.upsert(e)
    const before = index.search('灵活就业人员社会保险缴费基数怎么定？', { limit: 3 })

    const qs = kbHoldOutQueries(index, [SOCIAL, RESIDENCE, HEATING], ['norm', 'qsim'])

    // Two covered queries (one per pair of the two-pair entry), four uncovered ones (every pair of every entry).
    expect(qs.filter((q) => q.covered)).toHaveLength(2)
    expect(qs.filter((q) => !q.covered)).toHaveLength(4)
    for (const q of qs.filter((x) => x.covered)) {
      // The remaining pair of the same entry is found, and features come in the order asked for.
      expect(q.cands.some((c) => c.y)).toBe(true)
      expect(q.cands[0]?.x).toEqual([q.cands[0]?.f.norm ?? 0, q.cands[0]?.f.qsim ?? 0])
    }
    // An uncovered query never has a right candidate: its entry was out of the index.
    for (const q of qs.filter((x) => !x.covered)) expect(q.cands.every((c) => !c.y)).toBe(true)
    // The index is as it was: same size, same answer.
    expect(index.size).toBe(3)
    expect(index.search('灵活就业人员社会保险缴费基数怎么定？', { limit: 3 })).toEqual(before)
  })
})
