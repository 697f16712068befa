import { normalizeText } from './normalize.js'
import type { Segmenter } from './segmenter.js'
import type { SynonymTable } from './synonyms.js'

/**
 * Turns text into index terms. Chinese has no spaces, so we index overlapping character bigrams (robust to
 * unknown words and segmentation mistakes) plus segmenter words (`w:` prefix, precise for names and long
 * terms) plus synonym concepts (`s:` prefix). ASCII letters/digits form their own tokens.
 *
 * A bigram of two CJK Unified Ideographs is a small integer instead of a string: indexing 100,000 entries
 * creates tens of millions of bigrams, and integers need no allocation and hash cheaply.
 */
export type TermKey = number | string

const HAN_LO = 0x3400
const HAN_HI = 0x9fff
const SPAN = HAN_HI - HAN_LO + 1

function inHanBlock(c: number): boolean {
  return c >= HAN_LO && c <= HAN_HI
}

function isHanCode(c: number): boolean {
  return inHanBlock(c) || (c >= 0xf900 && c <= 0xfaff)
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
}

/** The key of a two-character term: an integer (< 2^30, a V8 small integer) for two ideographs, else the text. */
export function termKey(term: string): TermKey {
  if (term.length !== 2) return term
  const a = term.charCodeAt(0)
  const b = term.charCodeAt(1)
  return inHanBlock(a) && inHanBlock(b) ? (a - HAN_LO) * SPAN + (b - HAN_LO) : term
}

/** Function words and question words: frequent, and they match phrasing rather than content. */
const STOP_WORDS = new Set(
  '的 了 是 在 对 为 和 与 及 或 有 要 吗 呢 吧 啊 把 被 将 从 向 于 以 等 中 上 下 该 其 这 那 哪 哪些 什么 如何 怎么 怎样 怎么样 是否 多少 有何 哪里 哪个 哪家 何时 为什么 请问 可以 能否 需要 应该 进行'.split(
    ' ',
  ),
)

export interface TokenizerOptions {
  segmenter: Segmenter
  synonyms: SynonymTable
}

export class Tokenizer {
  readonly segmenter: Segmenter
  readonly synonyms: SynonymTable

  constructor(opts: TokenizerOptions) {
    this.segmenter = opts.segmenter
    this.synonyms = opts.synonyms
  }

  /** Index terms of a text, repeats kept for term frequency. `withWords` false skips the (slower) segmenter. */
  terms(text: string, withWords = true): TermKey[] {
    const norm = normalizeText(text)
    const out = this.units(norm)
    // Two-character words are already bigrams: indexing them again costs postings and adds nothing.
    if (withWords) for (const w of this.wordList(norm)) if (w.length !== 'w:'.length + 2) out.push(w)
    return out
  }

  /**
   * The character-level terms of an already normalised text, repeats kept: CJK bigrams (a lone ideograph as
   * itself), ASCII words and longer numbers, and synonym concepts (`s:`). `out` is appended to when given.
   */
  units(norm: string, out: TermKey[] = []): TermKey[] {
    const n = norm.length
    let i = 0
    while (i < n) {
      const c = norm.charCodeAt(i)
      if (isHanCode(c)) {
        let j = i + 1
        while (j < n && isHanCode(norm.charCodeAt(j))) j++
        if (j - i === 1) out.push(norm[i] as string)
        for (let k = i; k + 1 < j; k++) {
          const a = norm.charCodeAt(k)
          const b = norm.charCodeAt(k + 1)
          out.push(inHanBlock(a) && inHanBlock(b) ? (a - HAN_LO) * SPAN + (b - HAN_LO) : norm.slice(k, k + 2))
        }
        i = j
      } else if (isAsciiAlnum(c)) {
        let j = i + 1
        while (j < n && isAsciiAlnum(norm.charCodeAt(j))) j++
        // Single digits (dates, list numbers) are noise; keep words and longer numbers.
        if (j - i >= 2 || c >= 97) out.push(norm.slice(i, j))
        i = j
      } else {
        i++
      }
    }
    for (const concept of this.synonyms.concepts(norm)) out.push(`s:${concept}`)
    return out
  }

  /**
   * Distinct segmenter words of an already normalised text (stop words dropped) as index keys: `w:` terms, and
   * a two-character word as its bigram, which is how the index holds it.
   */
  wordKeys(norm: string): TermKey[] {
    const out = new Set<TermKey>()
    for (const w of this.wordList(norm)) out.add(w.length === 'w:'.length + 2 ? termKey(w.slice(2)) : w)
    return [...out]
  }

  private wordList(norm: string): string[] {
    const out: string[] = []
    for (const w of this.segmenter.cut(norm)) {
      if (isHanCode(w.charCodeAt(0)) && !STOP_WORDS.has(w)) out.push(`w:${w}`)
    }
    return out
  }
}
