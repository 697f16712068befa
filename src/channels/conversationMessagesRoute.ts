/**
 * `GET /api/v1/conversations/:id/messages?after=` lets web-chat and enterprise-portal clients fetch
 * what arrived since they last looked (department replies, status changes): those channels have no
 * push. The conversation id (an unguessable UUID, returned by POST /api/v1/messages) is the
 * capability for web chat; enterprise conversations also need their portal's API key; other
 * channels' conversations are for admins only.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { and, asc, eq, gt, sql } from 'drizzle-orm'
import { timingSafeEqual } from '../contract/crypto.js'
import { NotFoundError, UnauthorizedError } from '../errors.js'
import { bearerToken } from '../http/adminAuth.js'
import type { Router } from '../http/appTypes.js'
import { errorResponses } from '../http/schemas.js'
import type { Services } from '../services.js'
import { conversations, messages } from '../storage/schema.js'

const Message = z
  .object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    kind: z.string(),
    text: z.string().nullable(),
    status: z.string(),
    createdAt: z.string(),
  })
  .openapi('ConversationMessage')

const route = createRoute({
  method: 'get',
  path: '/api/v1/conversations/{id}/messages',
  summary: 'Messages of a conversation, oldest first, after a cursor',
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    query: z.object({
      after: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'A message id from an earlier page, or an ISO 8601 time' }),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Messages after the cursor; `next` is the cursor for the following call',
      content: {
        'application/json': {
          schema: z.object({ conversationId: z.string(), messages: z.array(Message), next: z.string().nullable() }),
        },
      },
    },
    ...errorResponses,
    404: errorResponses[403],
  },
})

export function registerConversationMessagesRoute(app: Router, s: Services): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const { after, limit = 50 } = c.req.valid('query')
    const [conv] = await s.db.select().from(conversations).where(eq(conversations.id, id)).limit(1)
    if (!conv) throw new NotFoundError('No such conversation.')
    authorize(c.req.header('authorization'), conv, s)
    const cursor = after ? await cursorOf(s, id, after) : null
    const rows = await s.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, id), cursor ?? undefined))
      .orderBy(asc(messages.createdAt), asc(messages.id))
      .limit(limit)
    const last = rows[rows.length - 1]
    return c.json(
      {
        conversationId: id,
        messages: rows.map((m) => ({
          id: m.id,
          direction: m.direction,
          kind: m.kind,
          text: m.text,
          status: m.status,
          createdAt: m.createdAt.toISOString(),
        })),
        next: last?.id ?? after ?? null,
      },
      200,
    )
  })
}

function authorize(header: string | undefined, conv: { channel: string; account: string }, s: Services): void {
  const token = bearerToken(header)
  if (token && s.config.ADMIN_TOKEN && timingSafeEqual(token, s.config.ADMIN_TOKEN)) return
  if (conv.channel === 'web') return
  if (conv.channel === 'enterprise') {
    const key = s.config.ENTERPRISE_API_KEYS[conv.account]
    if (token && key && timingSafeEqual(token, key)) return
    throw new UnauthorizedError("This conversation needs its enterprise portal's API key.")
  }
  throw new UnauthorizedError('Only admins may read conversations of this channel here.')
}

async function cursorOf(s: Services, conversationId: string, after: string) {
  const [m] = await s.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, after), eq(messages.conversationId, conversationId)))
    .limit(1)
  // Compared in SQL: PostgreSQL keeps microseconds that a JS Date would round away.
  if (m) return sql`(${messages.createdAt}, ${messages.id}) > (select created_at, id from messages where id = ${m.id})`
  const t = Date.parse(after)
  if (Number.isNaN(t)) return sql`false`
  return gt(messages.createdAt, new Date(t))
}
