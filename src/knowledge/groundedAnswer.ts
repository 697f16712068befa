/**
 * A model-written answer, grounded in the retrieved entries and nothing else. The model gets the question
 * and the entries (prompt `prompts/grounded-answer.v1.md`), and must return its answer with the ids of the
 * entries it used. The answer is refused when it cites an id that was not retrieved, cites nothing, or
 * states what the cited entries do not support; the caller then falls back to the entry's own text.
 */
import { z } from 'zod'
import type { LlmClient } from '../llm/llmClient.js'
import { renderPrompt } from '../llm/renderPrompt.js'
import { checkSupport } from './answerSupport.js'

export const GROUNDED_PROMPT = 'grounded-answer.v1'

export const groundedAnswerSchema = z.object({
  answerable: z.boolean(),
  answer: z.string().max(2000),
  citations: z.array(z.string().max(200)).max(10),
})
export type GroundedAnswerJson = z.infer<typeof groundedAnswerSchema>

export interface GroundingSource {
  id: string
  title: string
  questions: string[]
  body: string
  audience?: string | null
  region?: string | null
  effectiveFrom?: string | null
  expiresAt?: string | null
}

export type GroundedOutcome =
  | { kind: 'grounded'; answer: string; citations: string[]; coverage: number }
  | { kind: 'declined' }
  | { kind: 'rejected'; reason: 'llm_failed' | 'no_citation' | 'unknown_citation' | 'unsupported'; detail: string }

const MAX_BODY_CHARS = 2500

export function formatSources(sources: GroundingSource[]): string {
  return sources
    .map((s) => {
      const scope = [
        s.audience && s.audience !== 'all' ? `适用对象：${s.audience === 'enterprise' ? '企业' : '个人'}` : '',
        s.region ? `适用地区：${s.region}` : '',
        s.effectiveFrom || s.expiresAt ? `有效期：${s.effectiveFrom ?? '—'} 至 ${s.expiresAt ?? '—'}` : '',
      ].filter(Boolean)
      return [
        `[条目 id=${s.id}]`,
        `标题：${s.title}`,
        s.questions.length ? `常见问法：${s.questions.slice(0, 8).join('；')}` : '',
        ...scope,
        '正文：',
        s.body.length > MAX_BODY_CHARS ? `${s.body.slice(0, MAX_BODY_CHARS)}…` : s.body,
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n\n')
}

export async function groundedAnswer(
  llm: LlmClient,
  question: string,
  sources: GroundingSource[],
): Promise<GroundedOutcome> {
  const prompt = renderPrompt(GROUNDED_PROMPT, {
    question: question.slice(0, 1000),
    count: sources.length,
    entries: formatSources(sources),
  })
  const res = await llm.completeJson({
    name: 'grounded_answer',
    system: prompt.system,
    user: prompt.user,
    schema: groundedAnswerSchema,
  })
  if (!res.ok) return { kind: 'rejected', reason: 'llm_failed', detail: `${res.reason}: ${res.detail}` }
  return judgeGrounded(res.value, sources)
}

/** The checks on a model's answer, apart from the call so they can be tested on their own. */
export function judgeGrounded(v: GroundedAnswerJson, sources: GroundingSource[]): GroundedOutcome {
  if (!v.answerable) return { kind: 'declined' }
  const answer = v.answer.trim()
  const cited = [...new Set(v.citations.map((c) => c.trim()))]
  if (!answer || cited.length === 0)
    return { kind: 'rejected', reason: 'no_citation', detail: 'the answer cites no entry' }
  const byId = new Map(sources.map((s) => [s.id, s]))
  const unknown = cited.filter((c) => !byId.has(c))
  if (unknown.length)
    return { kind: 'rejected', reason: 'unknown_citation', detail: `cited ids not retrieved: ${unknown.join(', ')}` }
  const texts = cited.map((c) => {
    const s = byId.get(c) as GroundingSource
    return `${s.title}\n${s.questions.join('\n')}\n${s.body}`
  })
  const support = checkSupport(answer, texts)
  if (!support.supported) {
    const why = support.missingNumbers.length
      ? `numbers not in the cited entries: ${support.missingNumbers.join(', ')}`
      : `only ${Math.round(support.coverage * 100)}% of the answer is found in the cited entries`
    return { kind: 'rejected', reason: 'unsupported', detail: why }
  }
  return { kind: 'grounded', answer, citations: cited, coverage: support.coverage }
}
