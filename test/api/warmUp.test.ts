import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/createApp.js'
import { warmUp } from '../../src/http/warmUp.js'
import { rowsOf } from '../../src/storage/db.js'
import { warmUpTexts } from '../../src/understanding/warmUpTexts.js'
import { serveOnLoopback } from '../helpers/browser.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe('warm-up texts', () => {
  it('are deterministic, varied, and include long messages', () => {
    const a = warmUpTexts(300)
    expect(a).toHaveLength(300)
    expect(warmUpTexts(300)).toEqual(a)
    expect(new Set(a).size).toBeGreaterThan(280)
    expect(a.some((t) => t.length > 1000)).toBe(true)
    expect(a.filter((t) => t.length < 300).length).toBeGreaterThan(150)
  })
})

describe('warm-up of a served gateway', () => {
  let gw: TestGateway
  let srv: Awaited<ReturnType<typeof serveOnLoopback>>
  let ready = false
  beforeAll(async () => {
    gw = await startTestGateway()
    srv = await serveOnLoopback(createApp(gw.services, { isReady: () => ready }).fetch)
  })
  afterAll(async () => {
    await srv.close()
    await gw.close()
  })

  it('reports 503 "warming" until ready, then 200', async () => {
    const before = await fetch(`${srv.base}/healthz`)
    expect(before.status).toBe(503)
    expect(await before.json()).toEqual({ ok: false, status: 'warming' })
    const w = await warmUp(srv.base, 40, 4)
    expect(w).toMatchObject({ requests: 40, failed: 0 })
    ready = true
    const after = await fetch(`${srv.base}/healthz`)
    expect(after.status).toBe(200)
  })

  it('counts failures instead of throwing when the gateway cannot be reached', async () => {
    const w = await warmUp('http://127.0.0.1:9', 3, 2)
    expect(w).toMatchObject({ requests: 3, failed: 3 })
  })

  it('stops at its time budget, so a gateway that does not answer still becomes ready', async () => {
    const { createServer } = await import('node:net')
    // Accepts connections and never answers.
    const silent = createServer(() => {})
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()))
    const port = (silent.address() as { port: number }).port
    const t0 = performance.now()
    const w = await warmUp(`http://127.0.0.1:${port}`, 1000, 2, 300)
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(w.requests).toBeLessThanOrEqual(4)
    expect(w.failed).toBe(w.requests)
    silent.close()
  })

  it('leaves no data behind: analysis and search write nothing', async () => {
    const tickets = await gw.get('/api/v1/tickets', gw.admin)
    expect(tickets.status).toBe(200)
    expect(tickets.json.items ?? tickets.json.tickets ?? tickets.json).toHaveLength(0)
    const counts = rowsOf<{ n: number }>(
      await gw.services.db.execute(
        sql`select (select count(*) from knowledge_gaps)::int + (select count(*) from messages)::int as n`,
      ),
    )
    expect(counts[0]?.n).toBe(0)
  })
})
