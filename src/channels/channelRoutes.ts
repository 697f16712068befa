/**
 * The channel webhooks. Every route runs the same ingest step with its channel's adapter; a
 * channel without credentials is not registered and its route answers 404.
 */
import type { Context } from 'hono'
import { NotFoundError } from '../errors.js'
import type { Router } from '../http/appTypes.js'
import type { Services } from '../services.js'
import { channelRequest } from './channelRequest.js'
import { registerConversationMessagesRoute } from './conversationMessagesRoute.js'
import { ingestWebhook } from './ingestWebhook.js'
import { registerWebhookDocs } from './webhookDocs.js'

export function registerChannelRoutes(app: Router, s: Services): void {
  const handle = (name: string) => async (c: Context) => {
    const adapter = s.channels.find((a) => a.name === name)
    if (!adapter) throw new NotFoundError(`The ${name} channel is not configured on this gateway.`)
    return ingestWebhook(s, adapter, () => channelRequest(c))
  }
  app.on(['GET', 'POST'], '/channels/wechat/webhook', handle('wechat'))
  app.on(['GET', 'POST'], '/channels/weibo/webhook', handle('weibo'))
  app.post('/channels/telegram/webhook', handle('telegram'))
  app.post('/channels/wechaty/inbound', handle('wechaty'))
  app.post('/channels/webhook/:source', handle('webhook'))
  registerWebhookDocs(app)
  registerConversationMessagesRoute(app, s)
}
