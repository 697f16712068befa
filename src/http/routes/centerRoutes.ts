/**
 * The hotline center's admin API (ADMIN_TOKEN): the manual-dispatch queue, dispatch and re-dispatch
 * with a reason, and department tokens.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { and, desc, eq, inArray, lt, lte, type SQL } from 'drizzle-orm'
import { NotFoundError } from '../../errors.js'
import { centerDispatch } from '../../lifecycle/centerDispatch.js'
import { createDepartmentToken, revokeDepartmentToken } from '../../lifecycle/departmentTokens.js'
import { HANDLING_STATUSES } from '../../lifecycle/ticketStatus.js'
import type { Services } from '../../services.js'
import { tickets } from '../../storage/schema.js'
import { ticketView } from '../../tickets/ticketView.js'
import { adminAuth } from '../adminAuth.js'
import type { Router } from '../appTypes.js'
import { IdParam, jsonBody, lifecycleErrors, TicketEnvelope, TicketViewSchema, unwrap } from './lifecycleHttp.js'

const security = [{ bearer: [] }]
const ADMIN_ACTOR = 'center:admin'

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/admin/tickets',
  summary: 'Tickets for the hotline center: the manual queue (status=manual), overdue ones (overdue=true)… (admin)',
  security,
  request: {
    query: z.object({
      status: z.string().max(200).optional().openapi({ description: 'Comma-separated statuses' }),
      department: z.string().max(100).optional(),
      overdue: z.enum(['true', 'false']).optional(),
      before: z.iso.datetime({ offset: true }).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Tickets',
      content: {
        'application/json': { schema: z.object({ tickets: z.array(TicketViewSchema), next: z.string().nullable() }) },
      },
    },
    ...lifecycleErrors,
  },
})

const DispatchBody = z
  .object({
    departmentId: z.string().min(1).max(100).openapi({ example: 'bj-street-110105010' }),
    note: z.string().max(2000).optional(),
  })
  .openapi('DispatchRequest')
const RedispatchBody = z
  .object({
    departmentId: z.string().min(1).max(100),
    reason: z.string().trim().min(2).max(2000).openapi({ example: '地址属相邻街道，改派属地' }),
  })
  .openapi('RedispatchRequest')

const dispatchRoute = createRoute({
  method: 'post',
  path: '/api/v1/admin/tickets/{id}/dispatch',
  summary: 'Dispatch a ticket from the manual queue to a department (admin)',
  security,
  request: { params: IdParam, ...jsonBody(DispatchBody) },
  responses: {
    200: { description: 'Dispatched', content: { 'application/json': { schema: TicketEnvelope } } },
    ...lifecycleErrors,
  },
})

const redispatchRoute = createRoute({
  method: 'post',
  path: '/api/v1/admin/tickets/{id}/redispatch',
  summary: 'Re-dispatch a ticket to another department, with the reason (admin)',
  security,
  request: { params: IdParam, ...jsonBody(RedispatchBody) },
  responses: {
    200: { description: 'Re-dispatched', content: { 'application/json': { schema: TicketEnvelope } } },
    ...lifecycleErrors,
  },
})

const TokenBody = z
  .object({ label: z.string().max(200).optional().openapi({ example: '望京街道 接诉即办专班' }) })
  .openapi('DepartmentTokenRequest')
const tokenRoute = createRoute({
  method: 'post',
  path: '/api/v1/admin/departments/{id}/tokens',
  summary: 'Issue a department token; it is shown only in this response (admin)',
  security,
  request: { params: z.object({ id: z.string().min(1).max(100) }), ...jsonBody(TokenBody, false) },
  responses: {
    201: {
      description: 'The new token',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            token: z.string(),
            departmentId: z.string(),
            label: z.string().nullable(),
          }),
        },
      },
    },
    ...lifecycleErrors,
  },
})

const revokeRoute = createRoute({
  method: 'post',
  path: '/api/v1/admin/departments/{id}/tokens/{tokenId}/revoke',
  summary: 'Revoke a department token (admin)',
  security,
  request: { params: z.object({ id: z.string().min(1).max(100), tokenId: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'Revoked', content: { 'application/json': { schema: z.object({ revoked: z.boolean() }) } } },
    ...lifecycleErrors,
  },
})

export function registerCenterRoutes(app: Router, s: Services) {
  const ctx = { settings: s.lifecycle, timeZone: s.config.TIMEZONE, lookupDepartment: s.lookupDepartment }
  const now = () => s.handler.now?.() ?? new Date()
  for (const path of ['/api/v1/admin/tickets', '/api/v1/admin/tickets/*', '/api/v1/admin/departments/*'])
    app.use(path, adminAuth(s.config.ADMIN_TOKEN))

  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const where: SQL[] = []
    const statuses = q.status
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean)
    if (statuses?.length) where.push(inArray(tickets.status, statuses))
    if (q.department) where.push(eq(tickets.departmentId, q.department))
    if (q.overdue === 'true') where.push(inArray(tickets.status, [...HANDLING_STATUSES]), lte(tickets.dueAt, now()))
    if (q.before) where.push(lt(tickets.createdAt, new Date(q.before)))
    const rows = await s.db
      .select()
      .from(tickets)
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(tickets.createdAt))
      .limit(q.limit)
    const next = rows.length === q.limit ? (rows[rows.length - 1]?.createdAt.toISOString() ?? null) : null
    return c.json({ tickets: rows.map((t) => ticketView(t, s.lookupDepartment, { revealPersonal: true })), next }, 200)
  })

  // Dispatch and re-dispatch differ only in the action's kind and where its reason comes from.
  const dispatched = async (id: string, kind: 'dispatch' | 'redispatch', departmentId: string, reason?: string) => {
    const r = await centerDispatch(s.db, ctx, id, { kind, departmentId, reason, actor: ADMIN_ACTOR }, now())
    return { ticket: ticketView(unwrap(r), s.lookupDepartment, { revealPersonal: true }) }
  }
  app.openapi(dispatchRoute, async (c) => {
    const b = c.req.valid('json')
    return c.json(await dispatched(c.req.valid('param').id, 'dispatch', b.departmentId, b.note), 200)
  })
  app.openapi(redispatchRoute, async (c) => {
    const b = c.req.valid('json')
    return c.json(await dispatched(c.req.valid('param').id, 'redispatch', b.departmentId, b.reason), 200)
  })

  app.openapi(tokenRoute, async (c) => {
    const body = (c.req.valid('json') ?? {}) as z.infer<typeof TokenBody>
    const r = await createDepartmentToken(s.db, c.req.valid('param').id, body.label ?? null, now())
    if (r.kind === 'no_department') throw new NotFoundError('No such department.')
    return c.json({ id: r.id, token: r.token, departmentId: r.departmentId, label: r.label }, 201)
  })

  app.openapi(revokeRoute, async (c) => {
    const p = c.req.valid('param')
    if (!(await revokeDepartmentToken(s.db, p.id, p.tokenId, now()))) throw new NotFoundError('No such active token.')
    return c.json({ revoked: true }, 200)
  })
}
