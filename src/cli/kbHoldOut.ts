/**
 * Training questions made from the knowledge base alone, the way the held-out questions of the policy
 * sets were made: each entry gathers the question/answer pairs about one policy document.
 * - Covered: hold one pair out of an entry with several; the rest of the entry must answer its question.
 * - Uncovered: hold a whole entry out; none of the others covers its questions.
 *
 * `src/cli/calibrateAnswerability.ts` fits a re-rank and an answerability model on these queries only and
 * scores them on every dev question: a figure that no dev question went into.
 */
import type { KnowledgeIndex } from '../knowledge/search/KnowledgeIndex.js'
import { parseQaPairs } from '../knowledge/search/passages.js'
import type { SearchableEntry } from '../knowledge/search/types.js'
import type { Query } from './rankFitting.js'

const asBody = (pairs: Array<{ question: string; answer: string }>) =>
  pairs.map((p) => `问：${p.question}\n答：${p.answer}`).join('\n')

/**
 * Every hold-out query of `entries` (already in `index`), with candidate features `x` named by `features`.
 * The index is changed while a query runs and restored after it.
 */
export function kbHoldOutQueries(index: KnowledgeIndex, entries: SearchableEntry[], features: string[]): Query[] {
  const query = (text: string, expected: string | null): Query => ({
    covered: expected !== null,
    cands: index.explain(text).map((c) => ({
      y: c.id === expected,
      x: features.map((n) => c.features[n] ?? 0),
      f: c.features,
    })),
  })
  const out: Query[] = []
  for (const e of entries) {
    const pairs = parseQaPairs(e.body)
    if (pairs.length < 2) continue
    pairs.forEach((held, i) => {
      const rest = pairs.filter((_, j) => j !== i)
      const title = e.title === held.question ? (rest[0]?.question ?? e.title) : e.title
      index.upsert({ ...e, title, questions: rest.map((p) => p.question), body: asBody(rest) })
      out.push(query(held.question, e.id))
    })
    index.upsert(e)
  }
  for (const e of entries) {
    index.remove(e.id)
    for (const p of parseQaPairs(e.body)) out.push(query(p.question, null))
    index.upsert(e)
  }
  return out
}
