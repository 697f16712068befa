import { createRoute, z } from '@hono/zod-openapi'
import type { Router } from '../appTypes.js'

const route = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and readiness',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } } },
  },
})

export function registerHealthRoutes(app: Router) {
  app.openapi(route, (c) => c.json({ ok: true as const }, 200))
}
