/**
 * Turns a search response into the reply a citizen gets. Without a model: the top entry's answer and title.
 * With a model: a grounded answer citing the retrieved entries, or, when the model's answer fails the
 * checks, the entry's own text. When the model finds that the entries do not cover the question, the
 * gateway abstains: a confident wrong policy answer is worse than no answer.
 */
import { eq } from 'drizzle-orm'
import { answerFromKnowledge } from '../conversation/replies.js'
import { createLlmClient, type LlmClient } from '../llm/llmClient.js'
import type { Logger } from '../logger.js'
import type { DbOrTx } from '../storage/db.js'
import { knowledgeEntries } from '../storage/schema.js'
import { type GroundingSource, groundedAnswer } from './groundedAnswer.js'
import type { SearchHit, SearchResponse } from './search/types.js'

export type ComposedAnswer =
  | {
      kind: 'answer'
      text: string
      citations: string[]
      mode: 'entry' | 'grounded'
      /** Why a model answer was not used, when one was tried. */
      fallback?: string
    }
  | { kind: 'no_answer'; reason: 'not_answerable' | 'model_declined' }

export interface KnowledgeAnswerer {
  readonly model: string | null
  /** `via`: the caller's transaction, so the entry reads happen on it (PGlite has one connection). */
  compose(question: string, res: SearchResponse, via?: { db?: DbOrTx }): Promise<ComposedAnswer>
}

export interface AnswererDeps {
  llm: LlmClient | null
  /** Full entry text for the prompt (search hits carry only a passage). */
  loadSource?: (id: string, db?: DbOrTx) => Promise<GroundingSource | null>
  log?: Logger
  /** How many retrieved entries the model may draw on. */
  maxSources?: number
}

export function createKnowledgeAnswerer(deps: AnswererDeps): KnowledgeAnswerer {
  return {
    model: deps.llm?.model ?? null,
    async compose(question, res, via) {
      const top = res.results[0]
      if (!res.answerable || !top) return { kind: 'no_answer', reason: 'not_answerable' }
      const plain: ComposedAnswer = {
        kind: 'answer',
        text: answerFromKnowledge(top.title, top.answer),
        citations: [top.id],
        mode: 'entry',
      }
      if (!deps.llm) return plain
      const hits = res.results.slice(0, deps.maxSources ?? 3)
      const sources = await Promise.all(
        hits.map(async (h) => (await deps.loadSource?.(h.id, via?.db).catch(() => null)) ?? fromHit(h)),
      )
      const out = await groundedAnswer(deps.llm, question, sources)
      if (out.kind === 'grounded') {
        const titles = out.citations.map((id) => sources.find((s) => s.id === id)?.title ?? id)
        // answerFromKnowledge wraps the title in 《》; joining with 》《 lists every cited entry.
        return {
          kind: 'answer',
          text: answerFromKnowledge(titles.join('》《'), out.answer),
          citations: out.citations,
          mode: 'grounded',
        }
      }
      if (out.kind === 'declined') {
        deps.log?.info('model found no covering entry; abstaining', { top: top.id })
        return { kind: 'no_answer', reason: 'model_declined' }
      }
      deps.log?.warn('grounded answer refused; using the entry text', {
        reason: out.reason,
        detail: out.detail,
        top: top.id,
      })
      return { ...plain, fallback: `${out.reason}: ${out.detail}` }
    },
  }
}

function fromHit(h: SearchHit): GroundingSource {
  return {
    id: h.id,
    title: h.title,
    questions: h.matchedQuestion ? [h.matchedQuestion] : [],
    body: h.answer || h.snippet,
  }
}

/** The answerer the gateway runs with: grounded by the configured model, or plain entry text without one. */
export function answererFor(
  llm: { baseURL: string; apiKey: string; model: string; timeoutMs: number } | null,
  db: DbOrTx,
  log?: Logger,
): KnowledgeAnswerer {
  const loadSource = async (id: string, via?: DbOrTx) => {
    const [row] = await (via ?? db).select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id)).limit(1)
    return row ?? null
  }
  return createKnowledgeAnswerer({ llm: llm ? createLlmClient(llm, log) : null, loadSource, log })
}
