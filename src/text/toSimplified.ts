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

/**
 * A code unit → replacement code unit table (0: keep), for `foldCharacters`. A regular expression with
 * the 3,500 characters as one class cost several times more per message than this lookup.
 */
export function characterTable(map: ReadonlyMap<string, string>): Uint16Array {
  const table = new Uint16Array(65536)
  for (const [from, to] of map) table[from.charCodeAt(0)] = to.charCodeAt(0)
  return table
}

/** `text` with every code unit the table maps replaced; the same string when none is. */
export function foldCharacters(text: string, table: Uint16Array): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const to = table[text.charCodeAt(i)] as number
    if (to === 0) continue
    out += text.slice(from, i) + String.fromCharCode(to)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

const TABLE = characterTable(TRADITIONAL_TO_SIMPLIFIED)

/** The text with traditional characters replaced; same length, so offsets carry over. */
export function toSimplified(text: string): string {
  return foldCharacters(text, TABLE)
}
