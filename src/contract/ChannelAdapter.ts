/**
 * The one contract every channel implements (channels/<name>/). A channel only verifies, parses and
 * sends; the conversation handler, storage and queues are shared. Channels import `src/contract/*`
 * and nothing else from `src/`.
 *
 * Flow for a webhook: verify (constant time, before parsing) → handshake (echostr) → parse into
 * normalized inbound messages (keeping `raw`) → the gateway stores them idempotently and
 * acknowledges at once → a worker runs the conversation handler → replies go through the outbox →
 * `send`.
 */

export interface GeoPoint {
  lat: number
  lng: number
  label?: string
}

/** What the citizen (or enterprise) told us about themselves on this channel, if anything. */
export interface SenderProfile {
  name?: string
  phone?: string
  companyName?: string
  creditCode?: string
}

export interface InboundMessage {
  channel: string
  /** The receiving account: official-account id, bot id, enterprise portal id, webhook source. */
  account: string
  /** The platform's id for the sender (OpenID, Telegram chat id, …). */
  externalUserId: string
  /** The platform's message id; the dedupe key together with channel and account. */
  externalId: string
  kind: 'text' | 'location' | 'command' | 'event'
  text?: string
  location?: GeoPoint
  /** For `command` messages, e.g. `start` for Telegram's /start. */
  command?: string
  profile?: SenderProfile
  /**
   * When the gateway received it (not the platform's second-resolution timestamp, which stays in
   * `raw`): it orders a citizen's messages in the processing queue.
   */
  receivedAt: Date
  /** The platform payload as received, kept for audit and replays. */
  raw: unknown
}

/** Parsing yields values, never exceptions: "ignored" and "invalid" are ordinary outcomes. */
export type ParseResult =
  | { kind: 'messages'; messages: InboundMessage[] }
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; reason: string }

export type VerifyResult = { ok: true } | { ok: false; reason: string }

/** A request as adapters see it: the body already read once (verification needs the exact bytes). */
export interface ChannelRequest {
  method: string
  url: URL
  headers: Headers
  body: string
  params: Record<string, string>
}

export interface OutboundMessage {
  /** Stable across retries, so receivers can dedupe. */
  deliveryId: string
  channel: string
  account: string
  recipient: string
  text: string
  /** What caused it: a reply in the conversation, a ticket status change, a satisfaction callback, a reminder. */
  kind?: 'reply' | 'status' | 'callback' | 'reminder'
  conversationId?: string
  /** Set when the reply window is closed and the adapter should use its fallback (template, SMS mark). */
  outsideWindow?: boolean
  ticket?: { id: string; number: string; status: string }
  createdAt?: Date
}

export type SendResult =
  | { ok: true; externalId?: string }
  | {
      ok: false
      retryable: boolean
      error: string
      status?: number
      /**
       * `callback`: the platform cannot reach the citizen now (reply window closed, no template
       * configured); the gateway marks the ticket for an SMS or phone callback instead.
       */
      fallback?: 'callback'
    }

/** A reply that is ready while the platform still waits for the webhook's HTTP response (WeChat). */
export interface PassiveReply {
  text: string
}

export interface ReplyWindow {
  /** How long after the citizen's last message the platform lets us write to them. */
  hours: number
  /** How many messages we may send in that window (WeChat: 5). */
  maxMessages?: number
}

export interface ChannelAdapter {
  readonly name: string
  readonly replyWindow?: ReplyWindow
  /**
   * Platforms that accept the answer in the webhook's own response (WeChat's passive reply) say
   * how long the gateway may wait for it and how long it may be; past either, the gateway
   * acknowledges at once and the reply goes out through the platform's API.
   */
  readonly passiveReply?: { budgetMs: number; maxChars: number }
  /** Checks the request is the platform's, in constant time, before anything parses the body. */
  verify(req: ChannelRequest): Promise<VerifyResult>
  /** Platform handshakes (WeChat/Weibo `echostr`), answered after `verify`, or null when not one. */
  handshake?(req: ChannelRequest): Promise<Response | null>
  parse(req: ChannelRequest): Promise<ParseResult>
  /** The fast acknowledgement the platform expects once messages are safely stored. */
  acknowledge(req: ChannelRequest, result: ParseResult, passive?: PassiveReply): Response | Promise<Response>
  send(msg: OutboundMessage, fetchImpl?: typeof fetch): Promise<SendResult>
}
