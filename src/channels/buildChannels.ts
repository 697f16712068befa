/**
 * The channel adapters this deployment has credentials for. A channel without its secret is not
 * registered at all, so its route answers 404 rather than accepting unverified messages.
 */
import { createTelegramAdapter } from '../../channels/telegram/telegramAdapter.js'
import { createWebhookAdapter } from '../../channels/webhook/webhookAdapter.js'
import { createWechatAdapter } from '../../channels/wechat/wechatAdapter.js'
import { createWechatyAdapter } from '../../channels/wechaty/wechatyAdapter.js'
import { createWeiboAdapter } from '../../channels/weibo/weiboAdapter.js'
import type { Config } from '../config.js'
import type { ChannelAdapter } from '../contract/ChannelAdapter.js'

export function buildChannels(c: Config): ChannelAdapter[] {
  const out: ChannelAdapter[] = []
  if (c.WECHAT_TOKEN) {
    out.push(
      createWechatAdapter({
        token: c.WECHAT_TOKEN,
        apiBase: c.WECHAT_API_BASE,
        passiveReplyMs: c.WECHAT_PASSIVE_REPLY_MS,
        ...(c.WECHAT_APPID ? { appId: c.WECHAT_APPID } : {}),
        ...(c.WECHAT_APPSECRET ? { appSecret: c.WECHAT_APPSECRET } : {}),
        ...(c.WECHAT_ENCODING_AES_KEY ? { encodingAesKey: c.WECHAT_ENCODING_AES_KEY } : {}),
        ...(c.WECHAT_TEMPLATE_ID ? { templateId: c.WECHAT_TEMPLATE_ID } : {}),
      }),
    )
  }
  if (c.WEIBO_APP_SECRET) {
    out.push(
      createWeiboAdapter({
        appSecret: c.WEIBO_APP_SECRET,
        apiBase: c.WEIBO_API_BASE,
        ...(c.WEIBO_ACCESS_TOKEN ? { accessToken: c.WEIBO_ACCESS_TOKEN } : {}),
      }),
    )
  }
  if (c.TELEGRAM_BOT_TOKEN && c.TELEGRAM_WEBHOOK_SECRET) {
    out.push(
      createTelegramAdapter({
        botToken: c.TELEGRAM_BOT_TOKEN,
        webhookSecret: c.TELEGRAM_WEBHOOK_SECRET,
        apiRoot: c.TELEGRAM_API_ROOT,
      }),
    )
  }
  if (c.WECHATY_SECRET) {
    out.push(
      createWechatyAdapter({
        secret: c.WECHATY_SECRET,
        ...(c.WECHATY_BRIDGE_URL ? { bridgeUrl: c.WECHATY_BRIDGE_URL } : {}),
      }),
    )
  }
  if (Object.keys(c.WEBHOOK_SECRETS).length > 0) {
    out.push(createWebhookAdapter({ secrets: c.WEBHOOK_SECRETS, outboundUrls: c.WEBHOOK_OUTBOUND_URLS }))
  }
  return out
}
