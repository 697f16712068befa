/**
 * A fake platform API on loopback (WeChat, Weibo, Telegram Bot API, a Wechaty bridge, a webhook
 * receiver): it records every request and answers with whatever the test's responder returns.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
  json: any
}

export interface Reply {
  status?: number
  json?: unknown
  text?: string
}

export type Responder = (req: Recorded) => Reply | Promise<Reply>

export interface FakePlatform {
  url: string
  requests: Recorded[]
  respond: Responder
  /** Requests whose path matches. */
  calls(path: string | RegExp): Recorded[]
  close(): Promise<void>
}

export async function startFakePlatform(respond: Responder = () => ({ json: { ok: true } })): Promise<FakePlatform> {
  const fake: FakePlatform = {
    url: '',
    requests: [],
    respond,
    calls: (p) => fake.requests.filter((r) => (typeof p === 'string' ? r.path === p : p.test(r.path))),
    close: () => new Promise((r) => server.close(() => r())),
  }
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let json: unknown = null
    try {
      json = JSON.parse(body)
    } catch {}
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      json,
    }
    fake.requests.push(rec)
    const out = await fake.respond(rec)
    res.statusCode = out.status ?? 200
    if (out.json !== undefined) {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(out.json))
    } else res.end(out.text ?? '')
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const addr = server.address()
  fake.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  return fake
}

let telegramMessageId = 0

/** Answers like each real platform does when a send succeeds. */
export const platformOk: Responder = (r) => {
  if (r.path.endsWith('/cgi-bin/stable_token') || r.path.endsWith('/cgi-bin/token'))
    return { json: { access_token: 'TOKEN-1', expires_in: 7200 } }
  if (r.path.startsWith('/cgi-bin/')) return { json: { errcode: 0, errmsg: 'ok', msgid: 1 } }
  if (r.path.startsWith('/bot')) {
    return {
      json: {
        ok: true,
        result: {
          message_id: ++telegramMessageId,
          date: 1,
          chat: { id: Number(r.json?.chat_id) || 1, type: 'private' },
          text: r.json?.text,
        },
      },
    }
  }
  if (r.path === '/2/messages/reply.json') return { json: { result: true } }
  return { json: { ok: true } }
}
