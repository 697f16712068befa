/**
 * A fake OpenAI-compatible server on loopback: POST /v1/chat/completions answers with whatever the test's
 * `reply` function returns for the request (content string, an HTTP error, or a delay). Records requests.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ChatRequest {
  model: string
  messages: { role: string; content: string }[]
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } }
}

export type FakeReply = { content: string; delayMs?: number } | { status: number; error: string }

export interface FakeOpenAI {
  url: string
  requests: ChatRequest[]
  reply: (req: ChatRequest) => FakeReply | Promise<FakeReply>
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeOpenAI(reply: FakeOpenAI['reply']): Promise<FakeOpenAI> {
  const fake: FakeOpenAI = { url: '', requests: [], reply, close: async () => {} }
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end()
      return
    }
    const body = JSON.parse(await readBody(req)) as ChatRequest
    fake.requests.push(body)
    const r = await fake.reply(body)
    if ('status' in r) {
      res
        .writeHead(r.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: r.error, type: 'invalid_request_error' } }))
      return
    }
    if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs))
    if (res.destroyed) return
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: r.content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    )
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  fake.close = () =>
    new Promise((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    })
  return fake
}

/** The entry ids the prompt offered the model, read back from the user message. */
export function offeredIds(req: ChatRequest): string[] {
  const user = req.messages.find((m) => m.role === 'user')?.content ?? ''
  return [...user.matchAll(/\[条目 id=([^\]]+)\]/g)].map((m) => m[1] as string)
}
