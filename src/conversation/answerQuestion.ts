/**
 * A consultation: answered from published knowledge with its citation, or honestly declined with the offer
 * of a ticket. The answer ends with "如未解决，回复“提交工单”转人工办理", and that reply files the question
 * for a person. A question with nothing to look up is read with the one just answered.
 */
import { isVagueQuery } from '../knowledge/search/vagueQuery.js'
import type { Analysis } from '../understanding/types.js'
import { wantsTicket } from './cues.js'
import { file } from './fileOrConfirm.js'
import type { HandlerDeps } from './handleMessage.js'
import { composeAnswer, plainAnswerer } from './prepareTurn.js'
import * as say from './replies.js'
import { save, type Turn } from './turn.js'

/** A question was answered from the knowledge base; "提交工单" now files it for a person to handle. */
export const ANSWERED = 'answered'

interface AnsweredData {
  pendingQuestion?: string
  pendingAnalysis?: Analysis
  lastAnswer?: string
  answeredAt?: string
}

/** "提交工单" refers to the answer just given, not to one from days ago. */
const ANSWER_FOLLOW_UP_MS = 24 * 3_600_000
function recent(iso: string | undefined, now: Date): boolean {
  return !!iso && now.getTime() - Date.parse(iso) <= ANSWER_FOLLOW_UP_MS
}

/** Keeps the answer's promise: "提交工单" after an answer files the question as a consultation ticket. */
export async function escalateAnswered(deps: HandlerDeps, t: Turn): Promise<boolean> {
  const data = t.conversation.data as AnsweredData
  if (t.conversation.state !== ANSWERED || !data.pendingQuestion || !wantsTicket(t.text)) return false
  if (!recent(data.answeredAt, t.now)) return false
  const q = data.pendingQuestion
  const qa = data.pendingAnalysis ?? (await deps.analyzer.analyze(q, { city: deps.city, enterprise: t.enterprise }))
  const cited = data.lastAnswer ? `\n（已答复依据：${data.lastAnswer}，市民表示未解决）` : ''
  await file(deps, t, { text: `${q}${cited}`, analysis: { ...qa, intent: 'consultation' }, asked: 0 }, qa.location)
  return true
}

export async function answerQuestion(deps: HandlerDeps, t: Turn, analysis: Analysis): Promise<void> {
  let prepared = t.prepared.answer
  let asked = t.text
  if (isVagueQuery(t.text)) {
    // "需要什么材料？" right after an answer asks about that answer's subject: look up both together, with
    // the entry's own text (no model call inside the turn's transaction). Alone it names nothing to look up.
    const data = t.conversation.data as AnsweredData
    if (t.conversation.state !== ANSWERED || !data.pendingQuestion || !recent(data.answeredAt, t.now)) {
      t.replies.push({ text: say.VAGUE_QUESTION })
      return
    }
    asked = `${data.pendingQuestion}\n${t.text}`
    const res = deps.knowledge.searchNow(asked, { limit: 3, audience: t.enterprise ? 'enterprise' : 'citizen' })
    prepared = { res, reply: await plainAnswerer.compose(asked, res, { db: t.tx }) }
  }
  const { res, reply } = prepared ?? (await composeAnswer(deps, t.text, t.enterprise, t.tx))
  const top = res.results[0]
  if (reply.kind === 'answer') {
    t.replies.push({ text: reply.text, citations: reply.citations })
    save(t, {
      state: ANSWERED,
      data: {
        pendingQuestion: asked,
        pendingAnalysis: analysis,
        lastAnswer: reply.citations[0],
        answeredAt: t.now.toISOString(),
      },
    })
    return
  }
  await deps.knowledge.recordGap(asked, t.msg.channel, top ? { id: top.id, score: top.score } : null, t.tx)
  t.replies.push({ text: say.NO_ANSWER })
  save(t, {
    state: 'offer_ticket',
    data: { pendingQuestion: asked, pendingAnalysis: analysis, intent: analysis.intent },
  })
}
