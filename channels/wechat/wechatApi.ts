/**
 * The Official Account server API: access token, customer-service messages, template messages.
 * The token comes from `stable_token` (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/getStableAccessToken.html),
 * which hands every caller the same valid token instead of revoking the previous one, so several
 * gateway instances can each cache it without knocking each other out.
 */
import type { SendResult } from '../../src/contract/ChannelAdapter.js'
import { httpFailure, networkFailure } from '../shared/httpFailure.js'

export interface WechatApiConfig {
  base: string
  appId: string
  appSecret: string
}

/** A send that failed because the 48-hour / message-count window is closed (45015, 45047). */
export type ApiResult = SendResult | { ok: false; windowClosed: true; error: string }

interface WechatReply {
  errcode?: number
  errmsg?: string
  access_token?: string
  expires_in?: number
}

const TOKEN_ERRORS = new Set([40001, 40014, 42001, 42007])
const WINDOW_ERRORS = new Set([45015, 45047])
const RETRYABLE_ERRORS = new Set([-1, 45009, 45011])

export function createWechatApi(cfg: WechatApiConfig) {
  const base = cfg.base.replace(/\/+$/, '')
  let cached: { token: string; expiresAt: number } | null = null

  async function token(
    f: typeof fetch,
    force: boolean,
  ): Promise<{ ok: true; token: string } | Extract<SendResult, { ok: false }>> {
    if (!force && cached && cached.expiresAt > Date.now()) return { ok: true, token: cached.token }
    let res: Response
    try {
      res = await f(`${base}/cgi-bin/stable_token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: cfg.appId,
          secret: cfg.appSecret,
          force_refresh: force,
        }),
      })
    } catch (e) {
      return networkFailure(e)
    }
    if (!res.ok) return httpFailure(res.status, `access token: HTTP ${res.status}`)
    const body = (await res.json().catch(() => ({}))) as WechatReply
    if (!body.access_token)
      return { ok: false, retryable: true, error: `access token: ${body.errcode ?? '?'} ${body.errmsg ?? ''}`.trim() }
    // Refresh five minutes early: WeChat keeps an old token valid for five minutes after a refresh.
    cached = { token: body.access_token, expiresAt: Date.now() + Math.max(60, (body.expires_in ?? 7200) - 300) * 1000 }
    return { ok: true, token: body.access_token }
  }

  async function call(path: string, payload: unknown, f: typeof fetch): Promise<ApiResult> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const t = await token(f, attempt > 0)
      if (!t.ok) return t
      let res: Response
      try {
        res = await f(`${base}${path}?access_token=${encodeURIComponent(t.token)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
        })
      } catch (e) {
        return networkFailure(e)
      }
      if (!res.ok) return httpFailure(res.status, `${path}: HTTP ${res.status}`)
      const body = (await res.json().catch(() => ({ errcode: -1, errmsg: 'unreadable response' }))) as WechatReply
      const code = body.errcode ?? 0
      if (code === 0) return { ok: true }
      const error = `${path}: ${code} ${body.errmsg ?? ''}`.trim()
      if (TOKEN_ERRORS.has(code)) {
        cached = null
        if (attempt === 0) continue
        return { ok: false, retryable: true, error }
      }
      if (WINDOW_ERRORS.has(code)) return { ok: false, windowClosed: true, error }
      return { ok: false, retryable: RETRYABLE_ERRORS.has(code), error }
    }
    return { ok: false, retryable: true, error: `${path}: token refresh did not help` }
  }

  return {
    /** Customer-service text message (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html). */
    sendText(openId: string, content: string, f: typeof fetch): Promise<ApiResult> {
      return call('/cgi-bin/message/custom/send', { touser: openId, msgtype: 'text', text: { content } }, f)
    },
    /** Template message (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html). */
    sendTemplate(
      openId: string,
      templateId: string,
      data: Record<string, { value: string }>,
      f: typeof fetch,
    ): Promise<ApiResult> {
      return call('/cgi-bin/message/template/send', { touser: openId, template_id: templateId, data }, f)
    },
  }
}
