/**
 * "Try a question" for editors: the same search and reply composition as a chat answer, with the ranking
 * features that explain why an entry won and whether the gateway would answer at all.
 */
import type { ComposedAnswer, KnowledgeAnswerer } from './KnowledgeAnswerer.js'
import type { KnowledgeService } from './KnowledgeService.js'
import type { SearchHit } from './search/types.js'

export interface TryResult {
  question: string
  audience: 'citizen' | 'enterprise'
  results: SearchHit[]
  answerable: boolean
  confidence: number
  reply: ComposedAnswer
}

export async function tryQuestion(
  knowledge: KnowledgeService,
  answerer: KnowledgeAnswerer,
  question: string,
  opts: { audience?: 'citizen' | 'enterprise'; limit?: number } = {},
): Promise<TryResult> {
  const audience = opts.audience ?? 'citizen'
  await knowledge.refreshIfChanged(true)
  const res = await knowledge.search(question, { limit: opts.limit ?? 5, audience })
  const reply = await answerer.compose(question, res)
  return { question, audience, results: res.results, answerable: res.answerable, confidence: res.confidence, reply }
}
