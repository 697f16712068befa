import { normalizeText } from './normalize.js'
import { answerText, parseQaPairs } from './passages.js'
import type { TermKey, Tokenizer } from './tokenizer.js'
import { topicVector } from './topics.js'

/**
 * What the re-rank features need of one entry, as dense term ids of the inverted index: built once per entry
 * (the first time it is a candidate) so a query compares integer arrays instead of re-reading, normalising and
 * segmenting every candidate's text each time.
 */
export interface EntryProfile {
  /** Distinct title and question variants as written (one of them is the matched question), and normalised. */
  questions: string[]
  normQuestions: string[]
  /** Per question: its distinct character-level term ids (bigrams, concepts), and its word ids. */
  questionUnits: Int32Array[]
  questionWords: Int32Array[]
  /**
   * Per Q/A pair: the distinct term ids of its question and answer together. Entries gather the pairs of one
   * policy document and a citizen asks about one part of it, so a match within one passage says more than
   * scattered matches over the whole entry. A body without pairs is one passage.
   */
  passages: Int32Array[]
  /** The topics the whole entry is about (topics.ts). */
  topics: Float32Array
  /** Word ids of the whole entry (questions and answers): words are precise where bigrams are not (服务). */
  words: Int32Array
  /**
   * Per question: the idf sum of its units and of its words, valid while the index version is `idfVersion`.
   * Dice needs the idf of every unit of the text; summing it once per index change keeps logs out of queries.
   */
  unitIdfSums: Float64Array
  wordIdfSums: Float64Array
  idfVersion: number
}

export function buildProfile(
  e: { title: string; questions: string[]; body: string },
  tokenizer: Tokenizer,
  termId: (key: TermKey) => number,
): EntryProfile {
  const pairs = parseQaPairs(e.body)
  const questions = [...new Set([e.title, ...e.questions, ...pairs.map((p) => p.question)])]
  const normQuestions = questions.map(normalizeText)
  const ids = (keys: TermKey[]): Int32Array => {
    const out = new Set<number>()
    for (const k of keys) {
      const id = termId(k)
      if (id >= 0) out.add(id)
    }
    return Int32Array.from(out)
  }
  const questionUnits = normQuestions.map((q) => ids(tokenizer.units(q)))
  const questionWords = normQuestions.map((q) => ids(tokenizer.wordKeys(q)))
  const passages =
    pairs.length > 0
      ? pairs.map((p) => ids(tokenizer.units(normalizeText(p.answer), tokenizer.units(normalizeText(p.question)))))
      : [ids(tokenizer.units(normalizeText(answerText(e.body, pairs))))]
  const texts = pairs.length > 0 ? pairs.map((p) => normalizeText(p.answer)) : [normalizeText(e.body)]
  const words = ids([...normQuestions, ...texts].flatMap((t) => tokenizer.wordKeys(t)))
  const n = questions.length
  return {
    questions,
    normQuestions,
    questionUnits,
    questionWords,
    passages,
    words,
    topics: topicVector(normalizeText(`${e.title}\n${e.questions.join('\n')}\n${e.body}`)),
    unitIdfSums: new Float64Array(n),
    wordIdfSums: new Float64Array(n),
    idfVersion: -1,
  }
}
