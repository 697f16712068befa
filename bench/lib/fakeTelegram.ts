/**
 * A fake Telegram Bot API on loopback (run as its own process, so the load generator's work does
 * not delay its clock). It answers `sendMessage` like https://core.telegram.org/bots/api#sendmessage
 * and records, for every call, the chat id, the arrival time and the knowledge entry the reply cites
 * ("（依据：《…》）"), so the bench can match replies to requests and check they are right.
 *
 *   GET  /__arrivals?from=N  → { total, arrivals: [[chatId, arrivalMs, citedTitle], …] } from index N
 *   POST /__reset            → forget everything recorded
 */
import { createServer } from 'node:http'
import { nowMs } from './clock.js'

type Arrival = [chatId: number | string, t: number, cited: string]
let arrivals: Arrival[] = []
let messageId = 0
const CITED = /依据：《(.+?)》/

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x')
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const t = nowMs()
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (url.pathname === '/__arrivals') {
      const from = Number(url.searchParams.get('from') ?? 0)
      return send(200, { total: arrivals.length, arrivals: arrivals.slice(from) })
    }
    if (url.pathname === '/__reset') {
      arrivals = []
      return send(200, { ok: true })
    }
    if (req.method === 'POST' && /^\/bot[^/]+\/sendMessage$/.test(url.pathname)) {
      let body: { chat_id?: number | string; text?: string }
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return send(400, { ok: false, error_code: 400, description: 'Bad Request: body is not JSON' })
      }
      if (body.chat_id === undefined || !body.text)
        return send(400, { ok: false, error_code: 400, description: 'Bad Request: chat_id and text are required' })
      arrivals.push([body.chat_id, t, CITED.exec(body.text)?.[1] ?? ''])
      const chatId = Number(body.chat_id)
      return send(200, {
        ok: true,
        result: {
          message_id: ++messageId,
          date: Math.floor(t / 1000),
          chat: { id: chatId, type: 'private' },
          text: body.text,
        },
      })
    }
    send(404, { ok: false, error_code: 404, description: 'Not Found' })
  })
})

server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address()
  console.log(`READY ${typeof addr === 'object' && addr ? addr.port : 0}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
