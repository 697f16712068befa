import { createRoute } from '@hono/zod-openapi'
import type { Services } from '../../services.js'
import type { Router } from '../appTypes.js'
import { AnalyzeBody, AnalyzeResponse, errorResponses } from '../schemas.js'

const route = createRoute({
  method: 'post',
  path: '/api/v1/analyze',
  summary: 'Understand one message: intent, urgency, category, location and responsible department',
  request: { body: { required: true, content: { 'application/json': { schema: AnalyzeBody } } } },
  responses: {
    200: { description: 'Analysis', content: { 'application/json': { schema: AnalyzeResponse } } },
    400: errorResponses[400],
  },
})

export function registerAnalyzeRoutes(app: Router, s: Services) {
  app.openapi(route, async (c) => {
    const { text, city } = c.req.valid('json')
    const a = await s.analyzer.analyze(text, { city: city ?? s.config.CITY })
    return c.json(
      {
        ...a,
        category: a.category,
        location: a.location,
      },
      200,
    )
  })
}
