import { createRoute, z } from '@hono/zod-openapi'
import { ValidationError } from '../../errors.js'
import { parseNdjson } from '../../knowledge/parseNdjson.js'
import { upsertEntries } from '../../knowledge/upsertEntries.js'
import type { Services } from '../../services.js'
import { adminAuth } from '../adminAuth.js'
import type { Router } from '../appTypes.js'
import { errorResponses, SearchBody, SearchResponseSchema } from '../schemas.js'

const searchRoute = createRoute({
  method: 'post',
  path: '/api/v1/knowledge/search',
  summary: 'Search published knowledge; `answerable` says whether the top entry really answers the query',
  request: { body: { required: true, content: { 'application/json': { schema: SearchBody } } } },
  responses: {
    200: { description: 'Ranked entries', content: { 'application/json': { schema: SearchResponseSchema } } },
    400: errorResponses[400],
  },
})

const importRoute = createRoute({
  method: 'post',
  path: '/api/v1/knowledge/import',
  summary: 'Import entries as NDJSON (admin). Upserts by id; a changed entry gets a new version. All or nothing.',
  security: [{ bearer: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/x-ndjson': {
          schema: z.string().openapi({
            description:
              'One JSON object per line: {id, title, questions?, body, category?, source?, audience?, region?, state?, effectiveFrom?, expiresAt?}',
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Imported',
      content: {
        'application/json': {
          schema: z.object({ imported: z.number(), created: z.number(), updated: z.number(), unchanged: z.number() }),
        },
      },
    },
    ...errorResponses,
  },
})

export function registerKnowledgeRoutes(app: Router, s: Services) {
  app.openapi(searchRoute, async (c) => {
    const { query, limit, audience } = c.req.valid('json')
    const res = await s.knowledge.search(query, { limit, audience })
    return c.json(
      {
        results: res.results.map((r) => ({
          id: r.id,
          title: r.title,
          score: r.score,
          snippet: r.snippet,
          answer: r.answer,
        })),
        answerable: res.answerable,
        confidence: res.confidence,
      },
      200,
    )
  })

  app.use(importRoute.getRoutingPath(), adminAuth(s.config.ADMIN_TOKEN))
  // The body is NDJSON, read as text: the OpenAPI validator is not used for it.
  app.post(importRoute.getRoutingPath(), async (c) => {
    const parsed = parseNdjson(await c.req.text())
    if (!parsed.ok)
      throw new ValidationError(
        `The file has ${parsed.errors.length} bad line(s); nothing was imported.`,
        parsed.errors,
      )
    const counts = await s.db.transaction((tx) => upsertEntries(tx, parsed.entries, 'admin'))
    await s.knowledge.refreshIfChanged(true)
    return c.json({ imported: parsed.entries.length, ...counts }, 200)
  })
  app.openAPIRegistry.registerPath(importRoute)
}
