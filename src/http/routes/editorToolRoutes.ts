/**
 * Editors' tools: who am I, try a question (which entry answers and why), the gaps report (what to write
 * next), NDJSON export, and the audit log (reviewers).
 */
import { createRoute, z } from '@hono/zod-openapi'
import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import { requireRole } from '../../console/consoleAuth.js'
import { ValidationError } from '../../errors.js'
import { exportRows, rowToImportObject } from '../../knowledge/exportEntries.js'
import { gapReport } from '../../knowledge/gapQueries.js'
import { tryQuestion } from '../../knowledge/tryQuestion.js'
import type { Services } from '../../services.js'
import { auditLog } from '../../storage/schema.js'
import type { Router } from '../appTypes.js'
import { errorResponses } from '../schemas.js'
import { answererOf, who } from './editorContext.js'
import { GapReportSchema, TryBody, TryResponse } from './editorSchemas.js'

const tags = ['editor']
const security = [{ bearer: [] }]
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date or date-time')
  .optional()

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/editor/me',
  tags,
  security,
  summary: 'The logged-in editor',
  responses: {
    200: {
      description: 'Identity',
      content: {
        'application/json': {
          schema: z.object({ id: z.string(), name: z.string(), role: z.enum(['editor', 'reviewer', 'admin']) }),
        },
      },
    },
    ...errorResponses,
  },
})

const tryRoute = createRoute({
  method: 'post',
  path: '/api/v1/editor/try',
  tags,
  security,
  summary:
    'Try a question: ranked entries with scores and features, the answerability decision, and the reply a chat would get',
  request: { body: { required: true, content: { 'application/json': { schema: TryBody } } } },
  responses: {
    200: { description: 'Result', content: { 'application/json': { schema: TryResponse } } },
    ...errorResponses,
  },
})

const gapsRoute = createRoute({
  method: 'get',
  path: '/api/v1/editor/gaps',
  tags,
  security,
  summary: 'Questions the gateway could not answer, grouped into topics with counts and examples',
  request: {
    query: z.object({ from: dateTime, to: dateTime, topics: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responses: {
    200: { description: 'Topics, largest first', content: { 'application/json': { schema: GapReportSchema } } },
    ...errorResponses,
  },
})

const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/editor/export',
  tags,
  security,
  summary: 'Export entries as NDJSON (the import format of POST /api/v1/knowledge/import)',
  request: { query: z.object({ state: z.enum(['draft', 'review', 'published', 'archived']).optional() }) },
  responses: {
    200: { description: 'One entry per line', content: { 'application/x-ndjson': { schema: z.string() } } },
    ...errorResponses,
  },
})

const auditRoute = createRoute({
  method: 'get',
  path: '/api/v1/editor/audit',
  tags,
  security,
  summary: 'The audit log, newest first (reviewers and admins)',
  request: {
    query: z.object({
      target: z.string().max(200).optional(),
      before: z.coerce.number().int().positive().optional().openapi({ description: 'Page: rows with a smaller id.' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'Audit rows',
      content: {
        'application/json': {
          schema: z.object({
            rows: z.array(
              z.object({
                id: z.number(),
                actor: z.string(),
                action: z.string(),
                target: z.string().nullable(),
                data: z.record(z.string(), z.unknown()),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    ...errorResponses,
  },
})

export function registerEditorToolRoutes(app: Router, s: Services) {
  app.openapi(meRoute, (c) => c.json(who(c), 200))

  app.openapi(tryRoute, async (c) => {
    const { question, audience } = c.req.valid('json')
    return c.json(await tryQuestion(s.knowledge, answererOf(s), question, { audience }), 200)
  })

  app.openapi(gapsRoute, async (c) => {
    const q = c.req.valid('query')
    const from = q.from ? new Date(q.from) : undefined
    const to = q.to ? new Date(q.to) : undefined
    if ((from && Number.isNaN(from.getTime())) || (to && Number.isNaN(to.getTime())))
      throw new ValidationError('from/to: not a date')
    return c.json(await gapReport(s.db, { from, to, maxTopics: q.topics }), 200)
  })

  app.get(exportRoute.getRoutingPath(), async (c) => {
    const state = c.req.query('state')
    if (state && !['draft', 'review', 'published', 'archived'].includes(state))
      throw new ValidationError('state: invalid')
    const me = who(c)
    await s.db.insert(auditLog).values({ actor: me.id, action: 'knowledge.export', data: { state: state ?? 'all' } })
    const enc = new TextEncoder()
    const rows = exportRows(s.db, { state: state as 'published' | undefined })
    const stream = new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        const next = await rows.next()
        if (next.done) return ctrl.close()
        ctrl.enqueue(enc.encode(next.value.map((r) => `${JSON.stringify(rowToImportObject(r))}\n`).join('')))
      },
    })
    return new Response(stream, {
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'content-disposition': 'attachment; filename="knowledge.ndjson"',
      },
    })
  })
  app.openAPIRegistry.registerPath(exportRoute)

  app.use(auditRoute.getRoutingPath(), requireRole(s.consoleAuth, 'reviewer'))
  app.openapi(auditRoute, async (c) => {
    const q = c.req.valid('query')
    const where: SQL[] = []
    if (q.target) where.push(eq(auditLog.target, q.target))
    if (q.before) where.push(lt(auditLog.id, q.before))
    const rows = await s.db
      .select()
      .from(auditLog)
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(q.limit)
    return c.json({ rows: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200)
  })
}
