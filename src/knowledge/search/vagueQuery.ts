/**
 * A question with nothing to look up: "怎么办？", "需要什么材料？", "多少钱？". Such a question shares its few
 * words with many entries, so any match is chance; answering it would state a policy the citizen never
 * asked about. What remains once question words and everyday verbs are taken out must name something.
 */
import { normalizeText } from './normalize.js'

const FUNCTION_WORDS = new RegExp(
  [
    '请问|麻烦问一下|问一下|想问|咨询一下|咨询',
    '怎么办|怎么样|怎样|怎么|如何|什么|啥|哪些|哪里|哪儿|哪个|哪家|多少|多久|几个|几天|几月|几号|是否|能否|可不可以|能不能|可以|需不需要|需要|要不要',
    '吗|呢|吧|啊|呀|哦|嘛|的|了|得|地|着|过',
    '我们|你们|他们|我|你|您|他|她|它|这个|那个|这些|那些|这|那|自己|大家',
    '有没有|没有|有|是|在|去|到|给|让|把|被|和|跟|与|或|还|也|都|就|又|再|才|一下|一些|一点|现在|今天',
    '办理|办|申请|处理|弄|搞|做|交|领|查|找|问|说|用|要|能|会|该|应该|想|修|修好|好|行',
    '时候|时间|钱|费用|材料|手续|流程|条件|政策|电话|号码|地址|地方|部门|单位|规定|标准|事情|事|问题|情况',
  ].join('|'),
  'gu',
)
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu
const LATIN_WORD = /[a-z0-9]{2,}/gu

export function isVagueQuery(query: string): boolean {
  const rest = normalizeText(query).replace(FUNCTION_WORDS, '')
  const han = rest.match(HAN)?.length ?? 0
  const latin = rest.match(LATIN_WORD)?.length ?? 0
  return han + 2 * latin < 2
}

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/gu

/** The character pairs of what a question is about: its text without question words and everyday verbs. */
export function contentPairs(query: string): string[] {
  const out = new Set<string>()
  for (const run of normalizeText(query).replace(FUNCTION_WORDS, ' ').match(HAN_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
  return [...out]
}

/**
 * Share of the question's content pairs that an entry's text (normalised) contains. "离婚需要什么手续" shares
 * only 需要/手续 with an entry on building noise: its content, 离婚, is not there at all. A property of the
 * question and one entry, so it means the same on a base of forty entries as on one of a hundred thousand.
 */
export function contentCoverage(pairs: string[], entryText: string): number {
  if (pairs.length === 0) return 1
  let hit = 0
  for (const p of pairs) if (entryText.includes(p)) hit++
  return hit / pairs.length
}
