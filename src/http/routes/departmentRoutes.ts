/**
 * The department API (承办单位): a department token sees and moves only its own tickets. The assigned
 * department is one of the two parties allowed the citizen's phone and name (admins are the other).
 */
import { getTicket } from '../../tickets/ticketQueries.js'
import { createRoute, z } from '@hono/zod-openapi'
import { ticketHistory } from '../../tickets/ticketQueries.js'
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import { NotFoundError } from '../../errors.js'
import { type DepartmentCommand, departmentAction } from '../../lifecycle/departmentActions.js'
import type { Services } from '../../services.js'
import { tickets } from '../../storage/schema.js'
import { ticketView } from '../../tickets/ticketView.js'
import type { Router } from '../appTypes.js'
import { registerDepartmentEventsRoute } from './departmentEventsRoute.js'
import {
  departmentAuth,
  departmentOf,
  IdParam,
  jsonBody,
  lifecycleErrors,
  TicketEnvelope,
  TicketViewSchema,
  unwrap,
} from './lifecycleHttp.js'

const security = [{ bearer: [] }]
const text = (max: number) => z.string().trim().min(1).max(max)

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/department/tickets',
  summary: "The calling department's tickets, newest first (department token)",
  security,
  request: {
    query: z.object({
      status: z
        .string()
        .max(200)
        .optional()
        .openapi({ description: 'Comma-separated statuses, e.g. dispatched,reopened' }),
      before: z.iso.datetime({ offset: true }).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Tickets',
      content: {
        'application/json': {
          schema: z.object({
            department: z.unknown(),
            tickets: z.array(TicketViewSchema),
            next: z.string().nullable(),
          }),
        },
      },
    },
    ...lifecycleErrors,
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/department/tickets/{id}',
  summary: 'One of the calling department’s tickets, with its events',
  security,
  request: { params: IdParam },
  responses: {
    200: { description: 'The ticket', content: { 'application/json': { schema: TicketEnvelope } } },
    ...lifecycleErrors,
  },
})

function actionRoute(action: string, summary: string, body: z.ZodType, required = true) {
  return createRoute({
    method: 'post',
    path: `/api/v1/department/tickets/{id}/${action}`,
    summary,
    security,
    request: { params: IdParam, ...jsonBody(body, required) },
    responses: {
      200: { description: 'The ticket after the step', content: { 'application/json': { schema: TicketEnvelope } } },
      ...lifecycleErrors,
    },
  })
}

const AcceptBody = z.object({ note: text(2000).optional() }).openapi('AcceptRequest')
const ProgressBody = z.object({ note: text(2000) }).openapi('ProgressRequest')
const ReturnBody = z
  .object({ reason: text(2000).openapi({ example: '该地址属于相邻街道管辖，请改派' }) })
  .openapi('ReturnRequest')
const ExtendBody = z
  .object({ reason: text(2000), workingDays: z.number().int().min(1).max(60).default(5) })
  .openapi('ExtendRequest')
const CloseBody = z
  .object({ reply: text(4000).openapi({ example: '已联系物业于当日修复井盖，现场已恢复正常。' }) })
  .openapi('CloseRequest')

export function registerDepartmentRoutes(app: Router, s: Services) {
  const ctx = { settings: s.lifecycle, timeZone: s.config.TIMEZONE, lookupDepartment: s.lookupDepartment }
  app.use('/api/v1/department/*', departmentAuth(s.db))
  registerDepartmentEventsRoute(app, s)

  app.openapi(listRoute, async (c) => {
    const who = departmentOf(c)
    const q = c.req.valid('query')
    const where: SQL[] = [eq(tickets.departmentId, who.departmentId)]
    const statuses = q.status
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean)
    if (statuses?.length) where.push(inArray(tickets.status, statuses))
    if (q.before) where.push(lt(tickets.createdAt, new Date(q.before)))
    const rows = await s.db
      .select()
      .from(tickets)
      .where(and(...where))
      .orderBy(desc(tickets.createdAt))
      .limit(q.limit)
    const next = rows.length === q.limit ? (rows[rows.length - 1]?.createdAt.toISOString() ?? null) : null
    const views = rows.map((t) => ticketView(t, s.lookupDepartment, { revealPersonal: true }))
    return c.json({ department: s.lookupDepartment(who.departmentId), tickets: views, next }, 200)
  })

  app.openapi(getRoute, async (c) => {
    const who = departmentOf(c)
    const id = c.req.valid('param').id
    const t = await getTicket(s.db, id)
    if (!t || t.departmentId !== who.departmentId) throw new NotFoundError('No such ticket.')
    const events = await ticketHistory(s.db, t.id)
    const view = ticketView(t, s.lookupDepartment, { revealPersonal: true })
    const history = events.map((e) => ({
      type: e.type,
      actor: e.actor,
      departmentId: e.departmentId,
      data: e.data,
      at: e.createdAt.toISOString(),
    }))
    return c.json({ ticket: { ...view, events: history } }, 200)
  })

  const run = async (c: Context, id: string, cmd: DepartmentCommand) => {
    const who = departmentOf(c)
    const row = unwrap(
      await departmentAction(
        s.db,
        ctx,
        { departmentId: who.departmentId, actor: who.actor },
        id,
        cmd,
        s.handler.now?.(),
      ),
    )
    return { ticket: ticketView(row, s.lookupDepartment, { revealPersonal: true }) }
  }

  app.openapi(actionRoute('accept', 'Accept the ticket (签收)', AcceptBody, false), async (c) => {
    const body = (c.req.valid('json') ?? {}) as z.infer<typeof AcceptBody>
    return c.json(await run(c, c.req.valid('param').id, { type: 'accept', note: body.note }), 200)
  })
  app.openapi(actionRoute('progress', 'Report progress (办理中)', ProgressBody), async (c) => {
    const body = c.req.valid('json') as z.infer<typeof ProgressBody>
    return c.json(await run(c, c.req.valid('param').id, { type: 'progress', note: body.note }), 200)
  })
  app.openapi(
    actionRoute('return', 'Return the ticket to the hotline center with a reason (退单)', ReturnBody),
    async (c) => {
      const body = c.req.valid('json') as z.infer<typeof ReturnBody>
      return c.json(await run(c, c.req.valid('param').id, { type: 'return', reason: body.reason }), 200)
    },
  )
  app.openapi(
    actionRoute('extend', 'Ask for more time (延期), once per round, before the deadline', ExtendBody),
    async (c) => {
      const body = c.req.valid('json') as z.infer<typeof ExtendBody>
      return c.json(
        await run(c, c.req.valid('param').id, { type: 'extend', reason: body.reason, workingDays: body.workingDays }),
        200,
      )
    },
  )
  app.openapi(actionRoute('close', 'Close the ticket with the reply to the citizen (办结)', CloseBody), async (c) => {
    const body = c.req.valid('json') as z.infer<typeof CloseBody>
    return c.json(await run(c, c.req.valid('param').id, { type: 'close', reply: body.reply }), 200)
  })
}
