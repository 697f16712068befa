import { createRoute, z } from '@hono/zod-openapi'
import type { Router } from '../appTypes.js'

const route = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and readiness',
  description: 'Answers 503 while a Node gateway is still warming up after its start (see WARMUP_REQUESTS).',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } } },
    503: {
      description: 'Started, not ready yet',
      content: { 'application/json': { schema: z.object({ ok: z.literal(false), status: z.literal('warming') }) } },
    },
  },
})

export function registerHealthRoutes(app: Router, isReady: () => boolean = () => true) {
  app.openapi(route, (c) =>
    isReady() ? c.json({ ok: true as const }, 200) : c.json({ ok: false as const, status: 'warming' as const }, 503),
  )
}
