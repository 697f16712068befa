/**
 * Configuration is parsed once, at the entry point (Node `main.ts` or the Workers `worker.ts`),
 * from whatever environment object the runtime provides. Nothing deeper reads `process.env`.
 */
import { z } from 'zod'

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined))

const int = (def: number) => z.coerce.number().int().nonnegative().default(def)

/** `a:secret1,b:secret2` → { a: 'secret1', b: 'secret2' } */
const keyValueList = optionalString.transform((v) => {
  const out: Record<string, string> = {}
  for (const pair of (v ?? '').split(',')) {
    const i = pair.indexOf(':')
    if (i > 0) out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim()
  }
  return out
})

export const configSchema = z.object({
  PORT: int(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: optionalString,
  ADMIN_TOKEN: optionalString,
  /** Signs console session cookies; defaults to a key derived from ADMIN_TOKEN. */
  SESSION_SECRET: optionalString,
  CITY: z.string().default('北京市'),
  TICKET_PREFIX: optionalString.refine((v) => v === undefined || /^[A-Z]{1,8}$/.test(v), {
    message: 'TICKET_PREFIX must be 1 to 8 capital letters (ticket numbers look like BJ-20261122-000123).',
  }),
  TIMEZONE: z.string().default('Asia/Shanghai'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  KNOWLEDGE_DIR: z.string().default('./knowledge'),
  MAX_BODY_BYTES: int(1_048_576),
  OPENAI_BASE_URL: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: optionalString,
  LLM_TIMEOUT_MS: int(8000),
  WORKER_POLL_MS: int(250),
  /** Longest wait between background sweeps while the queues stay idle (Node); a webhook resets it to WORKER_POLL_MS. */
  WORKER_IDLE_POLL_MS: int(2000),
  // Channels. Each adapter reads only its own slice.
  WECHAT_TOKEN: optionalString,
  WECHAT_APPID: optionalString,
  WECHAT_APPSECRET: optionalString,
  WECHAT_ENCODING_AES_KEY: optionalString,
  WECHAT_API_BASE: z.string().default('https://api.weixin.qq.com'),
  WECHAT_TEMPLATE_ID: optionalString,
  /** WeChat retries after 5 s without an answer: wait this long for a passive reply, then answer `success`. */
  WECHAT_PASSIVE_REPLY_MS: int(3500),
  WEIBO_APP_SECRET: optionalString,
  WEIBO_ACCESS_TOKEN: optionalString,
  WEIBO_API_BASE: z.string().default('https://m.api.weibo.com'),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_API_ROOT: z.string().default('https://api.telegram.org'),
  WECHATY_SECRET: optionalString,
  WECHATY_BRIDGE_URL: optionalString,
  WEBHOOK_SECRETS: keyValueList,
  WEBHOOK_OUTBOUND_URLS: keyValueList,
  ENTERPRISE_API_KEYS: keyValueList,
  // Channel queues (src/channels): inbound processing and outbound delivery.
  /** Messages processed (and replies delivered) at once per process, each on its own connection. */
  CHANNEL_CONCURRENCY: int(4),
  INBOUND_MAX_ATTEMPTS: int(5),
  OUTBOX_MAX_ATTEMPTS: int(8),
  /** First retry delay; doubled on every attempt up to OUTBOX_BACKOFF_MAX_MS, with jitter. */
  OUTBOX_BACKOFF_MS: int(2000),
  OUTBOX_BACKOFF_MAX_MS: int(600_000),
  /** A platform call that has not answered by then counts as failed (and is retried). */
  OUTBOX_SEND_TIMEOUT_MS: int(10_000),
  /**
   * Public web chat (POST /api/v1/messages without an enterprise key): messages per minute allowed per
   * citizen id and per client address, counted in each process (0: no limit).
   */
  WEB_MESSAGES_PER_MINUTE: int(20),
  WEB_MESSAGES_PER_MINUTE_PER_CLIENT: int(120),
  /** Console login: failed attempts allowed per client in 15 minutes before it must wait. */
  CONSOLE_LOGIN_MAX_FAILURES: int(10),
  /**
   * The request header that carries the client's address when a trusted proxy sets it
   * (`x-real-ip`, or `cf-connecting-ip` on Cloudflare); unset, the TCP peer address is used.
   */
  CLIENT_IP_HEADER: optionalString,
  /** Node only: analyses the gateway sends itself after start, before /healthz reports ready (0: none). */
  WARMUP_REQUESTS: int(1000),
  /** Embedded PGlite only: how long a turn may wait while webhooks are being stored before it runs anyway. */
  PGLITE_TURN_MAX_YIELD_MS: int(1000),
  // Ticket lifecycle (src/lifecycle): JSON overriding time limits, reminders, escalation and callback timeout.
  TIME_LIMITS_JSON: optionalString,
  /** Open311 GeoReport v2 POST keys, `client:key,…`; with none set, Open311 is read-only. */
  OPEN311_API_KEYS: keyValueList,
  /** The jurisdiction_id Open311 clients may send; any other is answered 404. */
  OPEN311_JURISDICTION: optionalString,
})

export type Config = z.infer<typeof configSchema> & {
  llm: { baseURL: string; apiKey: string; model: string; timeoutMs: number } | null
  ticketPrefix: string
}

/** Short city codes for ticket numbers; other cities set TICKET_PREFIX. */
const CITY_PREFIX: Record<string, string> = {
  北京市: 'BJ',
  上海市: 'SH',
  天津市: 'TJ',
  重庆市: 'CQ',
  福州市: 'FZ',
  广州市: 'GZ',
  深圳市: 'SZ',
  成都市: 'CD',
  杭州市: 'HZ',
  武汉市: 'WH',
}

export function parseConfig(env: Record<string, unknown>): Config {
  const parsed = configSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const c = parsed.data
  const llm =
    c.OPENAI_API_KEY && c.OPENAI_MODEL
      ? {
          baseURL: c.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
          apiKey: c.OPENAI_API_KEY,
          model: c.OPENAI_MODEL,
          timeoutMs: c.LLM_TIMEOUT_MS,
        }
      : null
  const ticketPrefix = c.TICKET_PREFIX ?? CITY_PREFIX[c.CITY] ?? 'GW'
  return { ...c, llm, ticketPrefix }
}
