/**
 * Open-loop load at a fixed rate: requests leave on schedule whether or not earlier ones were
 * answered, as webhooks from a platform do. (autocannon's rate limit releases each second's quota
 * in a burst at the start of the second, which measures bursts, not a steady rate.) Bounded in time,
 * in count and in requests in flight; requests the in-flight cap would have exceeded are counted
 * as `skipped`, never silently dropped.
 */
import http from 'node:http'
import { nowMs, sleep } from './clock.js'
import { type UpdateStream, WEBHOOK_PATH, webhookHeaders } from './telegramUpdates.js'

export interface PacedLoadResult {
  startedAt: number
  endedAt: number
  durationSec: number
  targetRate: number
  requests: number
  skipped: number
  errors: number
}

export interface PacedLoadOptions {
  urls: string[]
  rate: number
  durationSec: number
  maxInFlight: number
  stream: UpdateStream
}

export async function pacedLoad(o: PacedLoadOptions): Promise<PacedLoadResult> {
  const agents = o.urls.map(
    () => new http.Agent({ keepAlive: true, maxSockets: Math.ceil(o.maxInFlight / o.urls.length) }),
  )
  const targets = o.urls.map((u) => new URL(u))
  const headers = webhookHeaders()
  const total = Math.floor(o.rate * o.durationSec)
  let issued = 0
  let inFlight = 0
  let skipped = 0
  let errors = 0
  const startedAt = nowMs()
  const fire = () => {
    const i = issued % targets.length
    const target = targets[i] as URL
    const { body, rec } = o.stream.next()
    inFlight++
    const req = http.request(
      {
        agent: agents[i],
        host: target.hostname,
        port: target.port,
        path: WEBHOOK_PATH,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: 10_000,
      },
      (res) => {
        res.resume()
        res.on('end', () => {
          rec.ackAt = nowMs()
          rec.status = res.statusCode
          inFlight--
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => {
      errors++
      inFlight--
    })
    req.end(body)
  }
  while (issued + skipped < total) {
    const due = Math.min(total, Math.floor(((nowMs() - startedAt) / 1000) * o.rate))
    while (issued + skipped < due) {
      if (inFlight >= o.maxInFlight) skipped++
      else {
        fire()
        issued++
      }
    }
    await sleep(2)
  }
  const sentUntil = nowMs()
  // Let the last acknowledgements come back (bounded).
  for (let i = 0; i < 200 && inFlight > 0; i++) await sleep(50)
  for (const a of agents) a.destroy()
  return {
    startedAt,
    endedAt: sentUntil,
    durationSec: (sentUntil - startedAt) / 1000,
    targetRate: o.rate,
    requests: issued,
    skipped,
    errors,
  }
}
