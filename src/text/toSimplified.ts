/**
 * Traditional → simplified, one character for one so that spans found in the converted text are spans of
 * the original. Citizens from Hong Kong, Macao, Taiwan and abroad write 朝陽區 for 朝阳区, 居住證怎麼辦理 and
 * 倉庫冒出濃煙; the gazetteer, the lexicons and the knowledge base are simplified.
 *
 * The table is OpenCC's character dictionary (opencc-js, `TSCharacters`: about 3,500 pairs), not a
 * hand-kept list. Its phrase tables are left out on purpose: they can change a text's length, and the
 * character table alone converts what these messages need. Left alone: 乾 (乾隆 keeps it, 乾燥 does not)
 * and characters outside the Basic Multilingual Plane (two code units, so offsets would shift).
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'

const WORD_DEPENDENT = new Set(['乾'])

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>()
  // "㑯 㑔|㑳 㑇|…": a traditional character, a space, its simplified form (the first, when several).
  for (const pair of (TS_CHARACTERS as string).split('|')) {
    const [from, to] = pair.split(' ')
    if (!from || !to || from.length !== 1 || to.length !== 1 || from === to || WORD_DEPENDENT.has(from)) continue
    table.set(from, to)
  }
  return table
})()

const TRADITIONAL = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('')}]`, 'gu')

/** The text with traditional characters replaced; same length, so offsets carry over. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c)
}
