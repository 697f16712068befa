/**
 * `npm run wechaty`: the Wechaty bridge for personal WeChat accounts and groups, as its own process.
 *
 *   WECHATY_PUPPET        puppet module, e.g. wechaty-puppet-service (a paid token service),
 *                         wechaty-puppet-wechat4u (web protocol), or wechaty-puppet-mock (no account)
 *   WECHATY_PUPPET_SERVICE_TOKEN   token for wechaty-puppet-service (read by Wechaty itself)
 *   WECHATY_SECRET        shared with the gateway: signs both directions
 *   GATEWAY_URL           the gateway's base URL (default http://127.0.0.1:8787)
 *   WECHATY_BRIDGE_HOST / WECHATY_BRIDGE_PORT   where the gateway posts replies (default 127.0.0.1:8788);
 *                         the gateway's WECHATY_BRIDGE_URL is then http://127.0.0.1:8788/send
 *   WECHATY_ROOMS         `mention` (default): group messages only when they @ the bot; `all`
 *   WECHATY_NAME          session name (Wechaty keeps the login in <name>.memory-card.json)
 */
import { WechatyBuilder } from 'wechaty'
import { startWechatyBridge } from '../../channels/wechaty/wechatyBridge.js'

const env = process.env
const log = (msg: string, data?: Record<string, unknown>) =>
  console.log(JSON.stringify({ t: new Date().toISOString(), msg, ...data }))

async function main() {
  const secret = env.WECHATY_SECRET
  if (!secret) throw new Error('Set WECHATY_SECRET (the same value as the gateway).')
  const puppet = env.WECHATY_PUPPET ?? 'wechaty-puppet-wechat4u'
  const bot = WechatyBuilder.build({ name: env.WECHATY_NAME ?? 'citizen-gateway', puppet: puppet as never })
  bot.on('scan', (qrcode, status) => log('scan the QR code with the WeChat account to log in', { status, qrcode }))
  bot.on('login', (user) => log('logged in', { id: user.id, name: user.name() }))
  bot.on('logout', (user) => log('logged out', { id: user.id }))
  bot.on('error', (e) => log('wechaty error', { error: String(e) }))
  await bot.start()
  const bridge = await startWechatyBridge({
    bot,
    gatewayUrl: env.GATEWAY_URL ?? 'http://127.0.0.1:8787',
    secret,
    host: env.WECHATY_BRIDGE_HOST ?? '127.0.0.1',
    port: Number(env.WECHATY_BRIDGE_PORT ?? 8788),
    rooms: env.WECHATY_ROOMS === 'all' ? 'all' : 'mention',
    log,
  })
  log('wechaty bridge ready', { puppet, sendUrl: bridge.url })
  const stop = async () => {
    await bridge.stop()
    await bot.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((e) => {
  console.error(JSON.stringify({ msg: 'wechaty bridge failed to start', error: String(e?.message ?? e) }))
  process.exit(1)
})
