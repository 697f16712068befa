/**
 * The web-chat channel and the business-service channel: synchronous, the replies come back in
 * the response. Other channels arrive through their webhooks and are processed asynchronously.
 */
import { createRoute } from '@hono/zod-openapi'
import type { InboundMessage } from '../../contract/ChannelAdapter.js'
import { handleMessage } from '../../conversation/handleMessage.js'
import type { Services } from '../../services.js'
import type { Router } from '../appTypes.js'
import { errorResponses, MessageBody, MessageResponse } from '../schemas.js'
import { authorizeEnterprise } from './enterpriseAuth.js'

const route = createRoute({
  method: 'post',
  path: '/api/v1/messages',
  summary: 'Send a chat message (web chat, or the business-service channel with an enterprise API key)',
  request: { body: { required: true, content: { 'application/json': { schema: MessageBody } } } },
  responses: {
    200: {
      description: 'Replies, and the ticket if one was filed or updated',
      content: { 'application/json': { schema: MessageResponse } },
    },
    ...errorResponses,
  },
})

export function registerMessageRoutes(app: Router, s: Services) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const account =
      body.channel === 'enterprise' ? authorizeEnterprise(c.req.header('authorization'), body, s.config) : 'web'
    const msg: InboundMessage = {
      channel: body.channel,
      account,
      externalUserId: body.userId,
      externalId: body.messageId ?? crypto.randomUUID(),
      kind: body.text ? 'text' : 'location',
      text: body.text,
      location: body.location,
      profile: { name: body.name, phone: body.phone, companyName: body.companyName, creditCode: body.creditCode },
      receivedAt: new Date(),
      raw: body,
    }
    const result = await handleMessage(s.handler, msg)
    return c.json({ conversationId: result.conversationId, replies: result.replies, ticket: result.ticket }, 200)
  })
}
