/**
 * The department event feed: what happened to a unit's tickets (dispatched to it, reminders before
 * the deadline, overdue, the citizen's supplements and callback answers, reopenings) and the
 * escalations addressed to it as the supervising district or the hotline center. A department's own
 * system polls it with the cursor it was last given, so nothing is missed and nothing repeats, and
 * reminders reach the unit without anyone opening the console. Registered under the department
 * token middleware of departmentRoutes.ts.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { asc, eq, gt, sql } from 'drizzle-orm'
import type { Services } from '../../services.js'
import { ticketEvents, tickets } from '../../storage/schema.js'
import type { Router } from '../appTypes.js'
import { departmentOf, lifecycleErrors } from './lifecycleHttp.js'

const DepartmentEvent = z
  .object({
    id: z.string().openapi({ description: 'Cursor: pass the last one seen as `after`.' }),
    ticketId: z.string(),
    ticketNumber: z.string(),
    type: z.string().openapi({ example: 'reminder' }),
    actor: z.string(),
    departmentId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .openapi('DepartmentEvent')

const route = createRoute({
  method: 'get',
  path: '/api/v1/department/events',
  summary: "Events of the calling department's tickets and escalations addressed to it, oldest first from a cursor",
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      after: z
        .string()
        .regex(/^\d{1,18}$/, 'after must be an event id')
        .optional()
        .openapi({
          description: 'The `next` of the previous page (or the last event id seen); omit to start at the beginning.',
        }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'Events, oldest first',
      content: {
        'application/json': {
          schema: z.object({ events: z.array(DepartmentEvent), next: z.string().nullable() }),
        },
      },
    },
    ...lifecycleErrors,
  },
})

export function registerDepartmentEventsRoute(app: Router, s: Services) {
  app.openapi(route, async (c) => {
    const me = departmentOf(c).departmentId
    const q = c.req.valid('query')
    const after = Number(q.after ?? 0)
    // Two index range scans (own events; escalations addressed here) merged by id.
    const mine = sql`(${ticketEvents.departmentId} = ${me} or (${ticketEvents.type} = 'escalated' and ${ticketEvents.data}->>'to' = ${me}))`
    const rows = await s.db
      .select({
        id: ticketEvents.id,
        ticketId: ticketEvents.ticketId,
        ticketNumber: tickets.number,
        type: ticketEvents.type,
        actor: ticketEvents.actor,
        departmentId: ticketEvents.departmentId,
        data: ticketEvents.data,
        createdAt: ticketEvents.createdAt,
      })
      .from(ticketEvents)
      .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
      .where(sql`${gt(ticketEvents.id, after)} and ${mine}`)
      .orderBy(asc(ticketEvents.id))
      .limit(q.limit)
    const events = rows.map((r) => ({ ...r, id: String(r.id), createdAt: r.createdAt.toISOString() }))
    const last = events.at(-1)
    return c.json({ events, next: last ? last.id : (q.after ?? null) }, 200)
  })
}
