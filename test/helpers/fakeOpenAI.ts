/**
 * A fake OpenAI-compatible server on loopback: POST /v1/chat/completions answers with whatever the
 * test's `reply` function returns (a JSON value becomes the message content), or stalls, or fails.
 * Records every request so tests can assert what the gateway asked.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ChatRequest {
  model: string
  messages: { role: string; content: string }[]
  response_format?: { type: string }
}

export type FakeReply = { content: unknown } | { status: number; body?: unknown } | { stall: true }

export interface FakeOpenAI {
  baseURL: string
  requests: ChatRequest[]
  setReply(fn: (req: ChatRequest) => FakeReply): void
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeOpenAI(initial: (req: ChatRequest) => FakeReply): Promise<FakeOpenAI> {
  let reply = initial
  const requests: ChatRequest[] = []
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end()
      return
    }
    const body = JSON.parse(await readBody(req)) as ChatRequest
    requests.push(body)
    const r = reply(body)
    if ('stall' in r) return // never answers: the client's timeout must fire
    if ('status' in r) {
      res
        .writeHead(r.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(r.body ?? { error: { message: 'fake failure' } }))
      return
    }
    const content = typeof r.content === 'string' ? r.content : JSON.stringify(r.content)
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setReply: (fn) => {
      reply = fn
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
