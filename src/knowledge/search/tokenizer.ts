import { isHan, normalizeText, RUNS } from './normalize'
import type { Segmenter } from './segmenter'
import type { SynonymTable } from './synonyms'

/**
 * Turns text into index terms. Chinese has no spaces, so we index overlapping character bigrams (robust to
 * unknown words and segmentation mistakes) plus segmenter words (`w:` prefix, precise for long terms) plus
 * synonym concepts (`s:` prefix). ASCII letters/digits form their own tokens.
 */
/** Function words and question words: frequent, and they match phrasing rather than content. */
const STOP_WORDS = new Set(
  '的 了 是 在 对 为 和 与 及 或 有 要 吗 呢 吧 啊 把 被 将 从 向 于 以 等 中 上 下 该 其 这 那 哪 哪些 什么 如何 怎么 怎样 怎么样 是否 多少 有何 哪里 哪个 哪家 何时 为什么 请问 可以 能否 需要 应该 进行'.split(' '),
)

export interface TokenizerOptions {
  segmenter: Segmenter
  synonyms: SynonymTable
  /** Shortest segmenter word kept as a `w:` term. */
  minWordLength?: number
}

export class Tokenizer {
  readonly segmenter: Segmenter
  readonly synonyms: SynonymTable
  private readonly minWord: number

  constructor(opts: TokenizerOptions) {
    this.segmenter = opts.segmenter
    this.synonyms = opts.synonyms
    this.minWord = opts.minWordLength ?? 1
  }

  /** Index terms of a text; repeats are kept so callers can count term frequency. */
  terms(text: string, withWords = true): string[] {
    const norm = normalizeText(text)
    const out: string[] = []
    for (const m of norm.matchAll(RUNS)) {
      const run = m[0]
      const first = run.charCodeAt(0)
      if (first < 128) {
        // Single digits (dates, list numbers) are noise; keep words and longer numbers.
        if (run.length >= 2 || first >= 97) out.push(run)
        continue
      }
      if (run.length === 1) out.push(run)
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
    }
    if (withWords) {
      for (const w of this.segmenter.cut(norm)) {
        if (w.length >= this.minWord && isHan(w[0] as string) && !STOP_WORDS.has(w)) out.push(`w:${w}`)
      }
    }
    for (const c of this.synonyms.concepts(norm)) out.push(`s:${c}`)
    return out
  }

  /** Distinct `w:` word terms of a text (segmenter words minus stop words). */
  words(text: string): Set<string> {
    const out = new Set<string>()
    for (const w of this.segmenter.cut(normalizeText(text))) {
      if (w.length >= this.minWord && isHan(w[0] as string) && !STOP_WORDS.has(w)) out.add(`w:${w}`)
    }
    return out
  }

  /** Distinct Han bigrams of a text: the unit of the overlap features, independent of the segmenter. */
  bigrams(text: string): Set<string> {
    const out = new Set<string>()
    for (const m of normalizeText(text).matchAll(RUNS)) {
      const run = m[0]
      if (run.charCodeAt(0) < 128) {
        if (run.length >= 2) out.add(run)
        continue
      }
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
    }
    return out
  }
}
