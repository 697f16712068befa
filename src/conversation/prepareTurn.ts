/**
 * The slow, database-free part of a turn, done before its transaction opens: understanding the
 * text and, for a question, composing the answer. With a model configured both may call it (a
 * network round trip of seconds); inside the transaction that would hold a connection all along,
 * and on embedded PGlite, whose one connection every webhook's acknowledgement also needs, it would
 * hold the whole gateway. The turn uses what is prepared when its state calls for it, and drops it
 * otherwise. Messages that are plainly something else (a greeting, a command, an answer to the
 * satisfaction callback) are not prepared, so no model call is spent on them.
 */
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import { type ComposedAnswer, createKnowledgeAnswerer } from '../knowledge/KnowledgeAnswerer.js'
import type { SearchResponse } from '../knowledge/search/types.js'
import { parseCallbackAnswer } from '../lifecycle/callback/parseCallbackAnswer.js'
import type { Analysis } from '../understanding/types.js'
import { isGreeting } from './cues.js'
import { asksProgress } from './progressQuery.js'
import { isVagueQuery } from '../knowledge/search/vagueQuery.js'
import type { HandlerDeps } from './handleMessage.js'

export interface Prepared {
  analysis?: Analysis
  answer?: PreparedAnswer
}

export interface PreparedAnswer {
  res: SearchResponse
  reply: ComposedAnswer
}

export const plainAnswerer = createKnowledgeAnswerer({ llm: null })

export function turnText(msg: InboundMessage): string {
  return (msg.text ?? msg.location?.label ?? '').trim()
}

export async function prepareTurn(deps: HandlerDeps, msg: InboundMessage): Promise<Prepared> {
  const text = turnText(msg)
  if (!text || msg.kind === 'command' || isGreeting(text)) return {}
  const callback = parseCallbackAnswer(text)
  if (callback.resolved !== null || callback.satisfaction !== null) return {}
  const enterprise = msg.channel === 'enterprise'
  const analysis = await deps.analyzer.analyze(text, { city: deps.city, enterprise })
  if (analysis.intent !== 'consultation' || analysis.urgency === 'emergency') return { analysis }
  // Asking after one's own ticket is answered from the tickets, not the knowledge base.
  if (asksProgress(text, analysis)) return { analysis }
  // A question with nothing to look up is answered from the turn's context, or asked to be more specific.
  if (isVagueQuery(text)) return { analysis }
  return { analysis, answer: await composeAnswer(deps, text, enterprise) }
}

/** Search, then the reply from the entries found (grounded by the model when there is one). */
export async function composeAnswer(
  deps: HandlerDeps,
  text: string,
  enterprise: boolean,
  db: HandlerDeps['db'] = deps.db,
): Promise<PreparedAnswer> {
  const res = deps.knowledge.searchNow(text, { limit: 3, audience: enterprise ? 'enterprise' : 'citizen' })
  const reply = await (deps.answerer ?? plainAnswerer).compose(text, res, { db })
  return { res, reply }
}
