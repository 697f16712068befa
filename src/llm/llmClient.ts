/**
 * A thin wrapper over the `openai` client for OpenAI-compatible chat endpoints: one JSON answer per call,
 * validated by a zod schema, within a hard timeout, never retried (a citizen is waiting). Failures are
 * values, so callers fall back to the offline path instead of catching.
 */
import OpenAI from 'openai'
import { z } from 'zod'
import type { Logger } from '../logger.js'

export interface LlmSettings {
  baseURL: string
  apiKey: string
  model: string
  timeoutMs: number
}

export type LlmFailure = {
  ok: false
  reason: 'timeout' | 'http' | 'no_content' | 'invalid_json' | 'invalid_shape'
  detail: string
}
export type LlmResult<T> = { ok: true; value: T; ms: number } | LlmFailure

export interface JsonRequest<T> {
  /** Names the schema for the endpoint (letters, digits, "_"). */
  name: string
  system: string
  user: string
  schema: z.ZodType<T>
  timeoutMs?: number
  maxTokens?: number
}

export interface LlmClient {
  readonly model: string
  completeJson<T>(req: JsonRequest<T>): Promise<LlmResult<T>>
}

export function createLlmClient(cfg: LlmSettings, log?: Logger, fetchImpl?: typeof fetch): LlmClient {
  const client = new OpenAI({
    baseURL: cfg.baseURL,
    apiKey: cfg.apiKey,
    timeout: cfg.timeoutMs,
    maxRetries: 0,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
  return {
    model: cfg.model,
    async completeJson<T>(req: JsonRequest<T>): Promise<LlmResult<T>> {
      const t0 = Date.now()
      const timeoutMs = req.timeoutMs ?? cfg.timeoutMs
      const signal = AbortSignal.timeout(timeoutMs)
      const messages = [
        { role: 'system' as const, content: req.system },
        { role: 'user' as const, content: req.user },
      ]
      const call = (format: 'json_schema' | 'json_object') =>
        client.chat.completions.create(
          {
            model: cfg.model,
            messages,
            temperature: 0,
            max_tokens: req.maxTokens ?? 800,
            response_format:
              format === 'json_schema'
                ? {
                    type: 'json_schema',
                    json_schema: { name: req.name, strict: true, schema: strictJsonSchema(req.schema) },
                  }
                : { type: 'json_object' },
          },
          { signal, timeout: timeoutMs, maxRetries: 0 },
        )
      let content: string | null | undefined
      try {
        let res: OpenAI.Chat.Completions.ChatCompletion
        try {
          res = await call('json_schema')
        } catch (e) {
          // Some compatible servers know only JSON mode; the zod check below keeps the contract either way.
          if (!(e instanceof OpenAI.BadRequestError) || signal.aborted) throw e
          res = await call('json_object')
        }
        content = res.choices[0]?.message?.content
      } catch (e) {
        const timedOut =
          signal.aborted || e instanceof OpenAI.APIConnectionTimeoutError || e instanceof OpenAI.APIUserAbortError
        const failure: LlmFailure = { ok: false, reason: timedOut ? 'timeout' : 'http', detail: describe(e) }
        log?.warn('llm call failed', {
          name: req.name,
          reason: failure.reason,
          detail: failure.detail,
          ms: Date.now() - t0,
        })
        return failure
      }
      const parsed = parseJsonContent(content, req.schema)
      if (!parsed.ok) log?.warn('llm answer rejected', { name: req.name, reason: parsed.reason, detail: parsed.detail })
      return parsed.ok ? { ok: true, value: parsed.value, ms: Date.now() - t0 } : parsed
    },
  }
}

/** The model's text → validated value. Tolerates a ```json fence or prose around one JSON object. */
export function parseJsonContent<T>(content: string | null | undefined, schema: z.ZodType<T>): LlmResult<T> {
  if (!content?.trim()) return { ok: false, reason: 'no_content', detail: 'empty message' }
  const start = content.indexOf('{')
  const end = content.lastIndexOf('}')
  if (start < 0 || end < start) return { ok: false, reason: 'invalid_json', detail: content.slice(0, 200) }
  let json: unknown
  try {
    json = JSON.parse(content.slice(start, end + 1))
  } catch (e) {
    return { ok: false, reason: 'invalid_json', detail: (e as Error).message }
  }
  const r = schema.safeParse(json)
  if (!r.success) {
    const i = r.error.issues[0]
    return { ok: false, reason: 'invalid_shape', detail: `${i?.path.join('.') || 'value'}: ${i?.message}` }
  }
  return { ok: true, value: r.data, ms: 0 }
}

// Structured-output "strict" mode rejects length and size keywords; zod still enforces them on the answer.
const UNSUPPORTED = new Set(['$schema', 'maxLength', 'minLength', 'maxItems', 'minItems', 'pattern', 'format'])

export function strictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (!v || typeof v !== 'object') return v
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !UNSUPPORTED.has(k))
        .map(([k, x]) => [k, strip(x)]),
    )
  }
  return strip(z.toJSONSchema(schema)) as Record<string, unknown>
}

function describe(e: unknown): string {
  if (e instanceof OpenAI.APIError) return `${e.status ?? 'no status'}: ${e.message}`.slice(0, 300)
  return String((e as Error)?.message ?? e).slice(0, 300)
}
