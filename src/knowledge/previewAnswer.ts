/**
 * What a citizen would receive from an entry, before it is saved: the entry is searched alone in a throwaway
 * index with its own first question, so the preview shows the same passage selection (a Q/A pair, or the
 * start of the body) that the live search would use.
 */
import { answerFromKnowledge } from '../conversation/replies.js'
import type { Editable } from './editableEntry.js'
import { KnowledgeIndex } from './search/KnowledgeIndex.js'
import { parseQaPairs } from './search/passages.js'

export interface AnswerPreview {
  question: string
  reply: string
  /** The body is cut for the reply when it has no Q/A pairs: editors should see that. */
  truncated: boolean
}

export function previewAnswer(e: Editable): AnswerPreview {
  const index = new KnowledgeIndex()
  index.upsert({ id: 'preview', ...e, category: e.category ?? null, state: 'draft' })
  const question = e.questions[0] ?? e.title
  const hit = index.search(question, { includeUnpublished: true, limit: 1 }).results[0]
  const answer = hit?.answer ?? e.body
  // With Q/A pairs the reply is one pair's answer by design; without them it is a cut of the body.
  const truncated = parseQaPairs(e.body).length === 0 && answer.trim().length < e.body.trim().length
  return { question, reply: answerFromKnowledge(e.title, answer), truncated }
}
