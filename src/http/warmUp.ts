/**
 * Warms a freshly started Node gateway before it reports ready.
 *
 * V8 compiles hot code only after it has run for a while, so the first few hundred requests after a
 * start run in the interpreter: the analyze route then costs about twice its steady-state CPU,
 * and at eight concurrent callers its p99 was 47 ms on the first pass over the shared evaluation
 * sets against 28 ms on the third. Sending the same mix of requests through the real HTTP stack
 * (socket, parser, Hono, validation, understanding, JSON) before `/healthz` turns ready moves that
 * cost from the first citizens after a deploy into the start-up; a quarter of the requests are
 * knowledge searches. The texts must be varied: the same
 * few messages repeated left the first real pass as slow as before, because the cost is as much in
 * first touching the large n-gram and place tables as in compiling code. Analysis and search write
 * nothing (a search through this route records no gap), so a warm-up never leaves data behind.
 */
import { warmUpTexts } from '../understanding/warmUpTexts.js'

export interface WarmUpResult {
  requests: number
  failed: number
  ms: number
}

/**
 * Posts `requests` analyses to `base` with `concurrency` callers, as real clients would. Failures
 * are counted, never thrown: a warm-up must not stop a gateway from starting.
 */
export async function warmUp(
  base: string,
  requests: number,
  concurrency = 8,
  budgetMs = 30_000,
): Promise<WarmUpResult> {
  const texts = warmUpTexts(requests)
  const t0 = performance.now()
  let next = 0
  let failed = 0
  // A warm-up must never keep a gateway from becoming ready: each request and the whole run are bounded.
  const caller = async () => {
    while (next < requests && performance.now() - t0 < budgetMs) {
      const i = next++
      try {
        const text = texts[i % texts.length] as string
        // One in four is a knowledge search (read-only too): the first searches after a start were as slow.
        const search = i % 4 === 3
        const r = await fetch(`${base}/api/v1/${search ? 'knowledge/search' : 'analyze'}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(search ? { query: text.slice(0, 80), limit: 3 } : { text }),
          signal: AbortSignal.timeout(Math.min(5000, budgetMs)),
        })
        await r.arrayBuffer()
        if (!r.ok) failed++
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, caller))
  return { requests: next, failed, ms: Math.round(performance.now() - t0) }
}
