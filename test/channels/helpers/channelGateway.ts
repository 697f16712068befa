/**
 * A gateway with real channel adapters on test storage, for channel tests: every channel points at
 * one fake platform on loopback, deferred work is captured so a test can wait for it (`drain`),
 * and requests go through the Hono app in process.
 */
import { buildServices } from '../../../src/buildServices.js'
import { sweepChannels } from '../../../src/channels/startChannelWorkers.js'
import { parseConfig } from '../../../src/config.js'
import { createApp } from '../../../src/http/createApp.js'
import { createLogger, silentLogger } from '../../../src/logger.js'
import type { Services } from '../../../src/services.js'
import { rowsOf } from '../../../src/storage/db.js'
import { sql } from 'drizzle-orm'
import { openTestStorage } from '../../helpers/testStorage.js'
import { type FakePlatform, platformOk, startFakePlatform } from './fakePlatform.js'

export const SECRETS = {
  wechatToken: 'wechat-test-token',
  wechatAppId: 'wx-test-appid',
  // 43 characters, as WeChat issues them.
  wechatAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  weiboSecret: 'weibo-app-secret',
  telegramToken: '123456789:TEST-bot-token',
  telegramSecret: 'telegram-webhook-secret',
  wechatySecret: 'wechaty-bridge-secret',
  webhookSecret: 'source-a-secret',
}

export function channelEnv(platformUrl: string): Record<string, string> {
  return {
    WECHAT_TOKEN: SECRETS.wechatToken,
    WECHAT_APPID: SECRETS.wechatAppId,
    WECHAT_APPSECRET: 'wechat-app-secret',
    WECHAT_ENCODING_AES_KEY: SECRETS.wechatAesKey,
    WECHAT_API_BASE: platformUrl,
    WEIBO_APP_SECRET: SECRETS.weiboSecret,
    WEIBO_ACCESS_TOKEN: 'weibo-access-token',
    WEIBO_API_BASE: platformUrl,
    TELEGRAM_BOT_TOKEN: SECRETS.telegramToken,
    TELEGRAM_WEBHOOK_SECRET: SECRETS.telegramSecret,
    TELEGRAM_API_ROOT: platformUrl,
    WECHATY_SECRET: SECRETS.wechatySecret,
    WECHATY_BRIDGE_URL: `${platformUrl}/send`,
    WEBHOOK_SECRETS: `source-a:${SECRETS.webhookSecret}`,
    WEBHOOK_OUTBOUND_URLS: `source-a:${platformUrl}/hook`,
    OUTBOX_BACKOFF_MS: '20',
    OUTBOX_BACKOFF_MAX_MS: '200',
  }
}

export interface RequestSpec {
  method: string
  /** Path with query string. */
  path: string
  headers: Record<string, string>
  body: string
}

export interface ChannelGateway {
  s: Services
  app: ReturnType<typeof createApp>
  send(spec: RequestSpec): Promise<Response>
  /** Waits until every deferred task (and any task it deferred) has finished. */
  drain(): Promise<void>
  /** Sweeps the queues (as the Node loop does) until nothing is due; for retries. */
  settle(maxMs?: number): Promise<void>
  count(query: ReturnType<typeof sql>): Promise<number>
  close(): Promise<void>
}

export async function startChannelGateway(
  platform: FakePlatform,
  env: Record<string, string> = {},
): Promise<ChannelGateway> {
  const storage = await openTestStorage()
  const log = process.env.TEST_LOG ? createLogger(process.env.TEST_LOG as 'error') : silentLogger
  const pending = new Set<Promise<unknown>>()
  const defer = (task: Promise<unknown>) => {
    const p: Promise<unknown> = task
      .catch((e) => log.error('deferred task failed', { error: String(e) }))
      .finally(() => pending.delete(p))
    pending.add(p)
  }
  const s = await buildServices(
    parseConfig({ LOG_LEVEL: 'silent', ...channelEnv(platform.url), ...env }),
    storage,
    log,
    { defer },
  )
  const app = createApp(s)
  const gw: ChannelGateway = {
    s,
    app,
    send: async (spec) =>
      app.request(spec.path, {
        method: spec.method,
        headers: spec.headers,
        ...(spec.method === 'GET' ? {} : { body: spec.body }),
      }),
    drain: async () => {
      while (pending.size) await Promise.allSettled([...pending])
    },
    settle: async (maxMs = 10_000) => {
      const until = Date.now() + maxMs
      await gw.drain()
      while (Date.now() < until) {
        const due = await gw.count(sql`select count(*)::int as n from outbox where status in ('pending', 'sending')`)
        const waiting = await gw.count(
          sql`select count(*)::int as n from messages where direction = 'in' and status in ('pending', 'processing')`,
        )
        if (due === 0 && waiting === 0) return
        await sweepChannels(s)
        await gw.drain()
        await new Promise((r) => setTimeout(r, 10))
      }
    },
    count: async (q) => Number(rowsOf<{ n: number }>(await s.db.execute(q))[0]?.n ?? 0),
    close: async () => {
      await gw.drain()
      await storage.close()
    },
  }
  return gw
}

/** A fake platform answering 200 and a channel gateway pointed at it: what most channel tests start with. */
export async function startChannelTestBed(
  env: Record<string, string> = {},
): Promise<{ platform: FakePlatform; gw: ChannelGateway }> {
  const platform = await startFakePlatform(platformOk)
  return { platform, gw: await startChannelGateway(platform, env) }
}

export async function stopChannelTestBed(bed: { platform?: FakePlatform; gw?: ChannelGateway }): Promise<void> {
  await bed.gw?.close()
  await bed.platform?.close()
}
