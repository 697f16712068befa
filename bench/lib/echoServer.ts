/**
 * The ceiling: a bare Hono app on @hono/node-server that parses the same Telegram update and echoes
 * it as JSON. Same framework, same server adapter, same request body as the gateway, no work.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/channels/telegram/webhook', async (c) => c.json(await c.req.json()))
app.get('/healthz', (c) => c.json({ ok: true }))

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`READY ${info.port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
