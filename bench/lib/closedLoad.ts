/**
 * Closed-loop load with autocannon: `connections` clients, each sending its next request when the
 * previous one is answered, for `durationSec` (and at most `maxRequests`). Several URLs are served
 * round-robin by connection (autocannon assigns client i to url i % n).
 */
import autocannon from 'autocannon'
import { nowMs } from './clock.js'
import { type SentRecord, type UpdateStream, WEBHOOK_PATH, webhookHeaders } from './telegramUpdates.js'

export interface ClosedLoadResult {
  startedAt: number
  endedAt: number
  durationSec: number
  /** The backlog bound ended the run before `durationSec`. */
  stoppedEarly: boolean
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  /** autocannon's own figures, for cross-checking ours. */
  autocannon: { requestsPerSec: number; latencyP50: number; latencyP99: number }
}

export interface ClosedLoadOptions {
  urls: string[]
  durationSec: number
  connections: number
  maxRequests?: number
  stream: UpdateStream
  /** Checked every 250 ms; true ends the run early (bounds the backlog the drain must wait for). */
  stopWhen?: () => Promise<boolean>
}

export async function closedLoad(o: ClosedLoadOptions): Promise<ClosedLoadResult> {
  const startedAt = nowMs()
  const run = autocannon({
    url: o.urls.length === 1 ? (o.urls[0] as string) : o.urls,
    connections: o.connections,
    duration: o.durationSec,
    ...(o.maxRequests ? { amount: o.maxRequests } : {}),
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: WEBHOOK_PATH,
        headers: webhookHeaders(),
        setupRequest: (req: Record<string, unknown>, ctx: Record<string, unknown>) => {
          const { body, rec } = o.stream.next()
          ctx.rec = rec
          return { ...req, body }
        },
        onResponse: (status: number, _body: string, ctx: Record<string, unknown>) => {
          const rec = ctx.rec as SentRecord | undefined
          if (!rec) return
          rec.ackAt = nowMs()
          rec.status = status
        },
      },
    ],
  } as autocannon.Options)
  let stoppedEarly = false
  let checking = false
  const timer = setInterval(() => {
    if (!o.stopWhen || checking) return
    checking = true
    o.stopWhen()
      .then((stop) => {
        if (stop && !stoppedEarly) {
          stoppedEarly = true
          run.stop()
        }
      })
      .catch(() => {})
      .finally(() => {
        checking = false
      })
  }, 250)
  let result: autocannon.Result
  try {
    result = await run
  } finally {
    clearInterval(timer)
  }
  const endedAt = nowMs()
  return {
    startedAt,
    endedAt,
    durationSec: (endedAt - startedAt) / 1000,
    stoppedEarly,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    autocannon: {
      requestsPerSec: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
    },
  }
}

/** The ceiling run: the same closed loop against the echo server, same body shape. */
export async function echoLoad(
  url: string,
  durationSec: number,
  connections: number,
  stream: UpdateStream,
): Promise<ClosedLoadResult> {
  return closedLoad({ urls: [url], durationSec, connections, stream })
}
