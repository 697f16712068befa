/**
 * Entry bodies are written as question/answer pairs ("问：…\n答：…", possibly several). These helpers split a
 * body into pairs and pick the passage that best matches a query, for the answer text and the snippet.
 */
export interface QaPair {
  question: string
  answer: string
}

const Q = /^\s*(?:问|Q)\s*[:：]\s*/u
const A = /^\s*(?:答|A)\s*[:：]\s*/u

export function parseQaPairs(body: string): QaPair[] {
  const pairs: QaPair[] = []
  let cur: QaPair | null = null
  let inAnswer = false
  for (const line of body.split(/\r?\n/)) {
    if (Q.test(line)) {
      cur = { question: line.replace(Q, '').trim(), answer: '' }
      pairs.push(cur)
      inAnswer = false
    } else if (A.test(line) && cur) {
      cur.answer = line.replace(A, '').trim()
      inAnswer = true
    } else if (cur && line.trim()) {
      if (inAnswer) cur.answer += `\n${line.trim()}`
      else cur.question += line.trim()
    }
  }
  return pairs.filter((p) => p.question && p.answer)
}

/** The body without its question lines: what the entry says, as opposed to what it is asked. */
export function answerText(body: string, pairs: QaPair[]): string {
  return pairs.length > 0 ? pairs.map((p) => p.answer).join('\n') : body
}

/** Sentences (split after 。！？；! ? ; and newlines), whitespace collapsed. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n+/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 0)
}

/**
 * The best passage of at most `max` characters: the best-scoring sentence, extended with the following
 * sentences while they fit, or cut to `max` when the sentence alone is too long.
 */
export function bestPassage(text: string, score: (s: string) => number, max = 120): string {
  const ss = sentences(text)
  if (ss.length === 0) return ''
  let best = 0
  let bestScore = Number.NEGATIVE_INFINITY
  ss.forEach((s, i) => {
    const v = score(s)
    if (v > bestScore) {
      bestScore = v
      best = i
    }
  })
  let out = ss[best] as string
  if (out.length > max) return `${out.slice(0, max - 1)}…`
  for (let i = best + 1; i < ss.length && out.length + (ss[i] as string).length <= max; i++) out += ss[i]
  return out
}
