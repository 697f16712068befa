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
import { RateLimitedError } from '../../errors.js'
import { clientKey } from '../../console/loginThrottle.js'
import { WindowLimiter } from '../WindowLimiter.js'

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
  const perCitizen = new WindowLimiter(s.config.WEB_MESSAGES_PER_MINUTE, 60_000)
  const perClient = new WindowLimiter(s.config.WEB_MESSAGES_PER_MINUTE_PER_CLIENT, 60_000)
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const account =
      body.channel === 'enterprise' ? authorizeEnterprise(c.req.header('authorization'), body, s.config) : 'web'
    if (account === 'web') {
      // Enterprise portals authenticate with their key; the open web chat is limited per citizen and per client.
      // A client address the gateway cannot see (no socket, no proxy header) would put everyone in one bucket.
      const client = clientKey(c, s.config.CLIENT_IP_HEADER)
      const wait = perCitizen.take(`u:${body.userId}`) || (client === 'unknown' ? 0 : perClient.take(client))
      if (wait > 0) throw new RateLimitedError(wait)
    }
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
