import { createRoute, z } from '@hono/zod-openapi'
import { NotFoundError } from '../../errors.js'
import type { Services } from '../../services.js'
import { getTicket, listTickets, ticketHistory } from '../../tickets/ticketQueries.js'
import { ticketView } from '../../tickets/ticketView.js'
import { adminAuth } from '../adminAuth.js'
import type { Router } from '../appTypes.js'
import { errorResponses } from '../schemas.js'

const TicketSchema = z.record(z.string(), z.unknown()).openapi('Ticket')

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/tickets/{id}',
  summary: 'One ticket by id or number (admin)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The ticket with its events', content: { 'application/json': { schema: TicketSchema } } },
    404: {
      description: 'No such ticket',
      content: { 'application/json': { schema: errorResponses[400].content['application/json'].schema } },
    },
    ...errorResponses,
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/tickets',
  summary: 'List tickets, newest first (admin)',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      status: z.string().max(40).optional(),
      district: z.string().max(40).optional(),
      category: z.string().max(40).optional(),
      department: z.string().max(100).optional(),
      before: z.iso.datetime({ offset: true }).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Tickets',
      content: {
        'application/json': { schema: z.object({ tickets: z.array(TicketSchema), next: z.string().nullable() }) },
      },
    },
    ...errorResponses,
  },
})

export function registerTicketRoutes(app: Router, s: Services) {
  app.use('/api/v1/tickets', adminAuth(s.config.ADMIN_TOKEN))
  app.use('/api/v1/tickets/*', adminAuth(s.config.ADMIN_TOKEN))
  app.openapi(getRoute, async (c) => {
    const t = await getTicket(s.db, c.req.valid('param').id)
    if (!t) throw new NotFoundError('No such ticket.')
    const events = await ticketHistory(s.db, t.id)
    return c.json(
      {
        ...ticketView(t, s.lookupDepartment, { revealPersonal: true }),
        events: events.map((e) => ({
          type: e.type,
          actor: e.actor,
          departmentId: e.departmentId,
          data: e.data,
          at: e.createdAt.toISOString(),
        })),
      },
      200,
    )
  })
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const rows = await listTickets(s.db, {
      status: q.status,
      district: q.district,
      category: q.category,
      departmentId: q.department,
      before: q.before ? new Date(q.before) : undefined,
      limit: q.limit,
    })
    const next = rows.length === q.limit ? (rows[rows.length - 1]?.createdAt.toISOString() ?? null) : null
    return c.json({ tickets: rows.map((t) => ticketView(t, s.lookupDepartment, { revealPersonal: true })), next }, 200)
  })
}
