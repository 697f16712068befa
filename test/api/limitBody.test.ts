import { request as httpRequest } from 'node:http'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { limitBody } from '../../src/http/limitBody.js'
import { makeOnError } from '../../src/http/onError.js'
import { silentLogger } from '../../src/logger.js'
import { serveOnLoopback } from '../helpers/browser.js'

function tinyApp() {
  const app = new Hono()
  app.use(
    '*',
    limitBody((path) => (path === '/big' ? 1000 : 10)),
  )
  app.onError(makeOnError(silentLogger))
  app.post('*', async (c) => c.json({ got: await c.req.text() }))
  app.get('*', (c) => c.text('ok'))
  return app
}

/** Sends `chunks` with Transfer-Encoding: chunked, so no Content-Length is declared. */
function postChunked(base: string, path: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
      let body = ''
      res.on('data', (d) => {
        body += d
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    for (const c of chunks) req.write(c)
    req.end()
  })
}

describe('limitBody over real HTTP', () => {
  let srv: Awaited<ReturnType<typeof serveOnLoopback>>
  beforeAll(async () => {
    srv = await serveOnLoopback(tinyApp().fetch)
  })
  afterAll(() => srv.close())

  it('passes a body within its declared length, intact', async () => {
    const r = await fetch(`${srv.base}/x`, { method: 'POST', body: '一二三' })
    expect(r.status).toBe(200)
    expect(await r.json()).toEqual({ got: '一二三' })
  })

  it('refuses a declared length over the limit with the standard error body', async () => {
    const r = await fetch(`${srv.base}/x`, { method: 'POST', body: 'x'.repeat(11) })
    expect(r.status).toBe(413)
    const body = (await r.json()) as { error: { code: string; requestId?: string } }
    expect(body.error.code).toBe('payload_too_large')
  })

  it('applies the per-path limit', async () => {
    const r = await fetch(`${srv.base}/big`, { method: 'POST', body: 'x'.repeat(500) })
    expect(r.status).toBe(200)
  })

  it('counts a chunked body without a declared length', async () => {
    const over = await postChunked(srv.base, '/x', ['12345', '67890', 'abc'])
    expect(over.status).toBe(413)
    expect(JSON.parse(over.body).error.code).toBe('payload_too_large')
    const within = await postChunked(srv.base, '/x', ['12345', '678'])
    expect(within.status).toBe(200)
    expect(JSON.parse(within.body)).toEqual({ got: '12345678' })
  })

  it('lets GET through untouched', async () => {
    const r = await fetch(`${srv.base}/x`)
    expect(await r.text()).toBe('ok')
  })
})
