/**
 * Open311 GeoReport v2 at /open311/v2/, so existing civic-tech clients can list services, file
 * requests and follow them. Both formats of the spec (XML, required; JSON) by file extension.
 * Errors use the spec's own shape `[{code, description}]`: 403 for a bad api_key, 404 for unknown
 * resources, 400 otherwise. POST needs an api_key from OPEN311_API_KEYS; reading is public (and masked).
 * https://wiki.open311.org/GeoReport_v2/
 */
import { z } from '@hono/zod-openapi'
import { and, desc, eq, gte, inArray, lt, ne, type SQL } from 'drizzle-orm'
import type { Context } from 'hono'
import { timingSafeEqual } from '../contract/crypto.js'
import type { Router } from '../http/appTypes.js'
import type { Services } from '../services.js'
import { tickets } from '../storage/schema.js'
import { createRequest } from './createRequest.js'
import { listServices, publicService, serviceByCode } from './open311Services.js'
import { requestView } from './requestView.js'
import { toXml } from './xml.js'

type Format = 'json' | 'xml'
const BASE = '/open311/v2'
const MAX_SPAN_MS = 90 * 86_400_000
const W3_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

function reply(c: Context, fmt: Format, root: string, value: unknown, status: 200 | 201 | 400 | 403 | 404 = 200) {
  if (fmt === 'xml') return c.body(toXml(root, value), status, { 'content-type': 'text/xml; charset=utf-8' })
  return c.body(JSON.stringify(value), status, { 'content-type': 'application/json; charset=utf-8' })
}

function fail(c: Context, fmt: Format, status: 400 | 403 | 404, description: string) {
  return reply(c, fmt, 'errors', [{ code: status, description }], status)
}

/** `BJ-….json` → ['BJ-…', 'json']. */
function splitFormat(file: string): [string, Format] {
  const i = file.lastIndexOf('.')
  return [decodeURIComponent(file.slice(0, i)), file.slice(i + 1) as Format]
}

export function registerOpen311Routes(app: Router, s: Services) {
  const jurisdictionOk = (c: Context) => {
    const j = c.req.query('jurisdiction_id')
    return !j || !s.config.OPEN311_JURISDICTION || j === s.config.OPEN311_JURISDICTION
  }
  const guarded = (fmt: Format, fn: (c: Context) => Promise<Response> | Response) => async (c: Context) => {
    if (!jurisdictionOk(c)) return fail(c, fmt, 404, 'jurisdiction_id provided was not found')
    try {
      return await fn(c)
    } catch (e) {
      s.log.error('open311 request failed', { path: c.req.path, error: String(e) })
      return fail(c, fmt, 400, 'General service error; please try again later.')
    }
  }

  for (const fmt of ['json', 'xml'] as const) {
    app.get(`${BASE}/discovery.${fmt}`, (c) => reply(c, fmt, 'discovery', discovery(c, s)))
    app.get(
      `${BASE}/services.${fmt}`,
      guarded(fmt, (c) => reply(c, fmt, 'services', listServices().map(publicService))),
    )
    app.get(
      `${BASE}/requests.${fmt}`,
      guarded(fmt, (c) => listRequests(c, s, fmt)),
    )
    app.post(
      `${BASE}/requests.${fmt}`,
      guarded(fmt, (c) => postRequest(c, s, fmt)),
    )
  }
  app.get(`${BASE}/services/:file{.+\\.(json|xml)}`, (c) => {
    const [code, fmt] = splitFormat(c.req.param('file'))
    return guarded(fmt, () => {
      const svc = serviceByCode(code)
      if (!svc) return fail(c, fmt, 404, `service_code ${code} was not found`)
      return reply(c, fmt, 'service_definition', { service_code: svc.service_code, attributes: [] })
    })(c)
  })
  app.get(`${BASE}/requests/:file{.+\\.(json|xml)}`, (c) => {
    const [id, fmt] = splitFormat(c.req.param('file'))
    return guarded(fmt, async () => {
      const [t] = await s.db.select().from(tickets).where(eq(tickets.number, id)).limit(1)
      if (!t) return fail(c, fmt, 404, `service_request_id ${id} was not found`)
      return reply(c, fmt, 'service_requests', [requestView(t, s.lookupDepartment, s.lifecycle.timeLimits)])
    })(c)
  })
  documentOpen311(app)
}

async function listRequests(c: Context, s: Services, fmt: Format): Promise<Response> {
  const q = c.req.query()
  const limits = s.lifecycle.timeLimits
  if (q.service_request_id) {
    const ids = q.service_request_id
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .slice(0, 1000)
    const rows = ids.length ? await s.db.select().from(tickets).where(inArray(tickets.number, ids)) : []
    return reply(
      c,
      fmt,
      'service_requests',
      rows.map((t) => requestView(t, s.lookupDepartment, limits)),
    )
  }
  for (const k of ['start_date', 'end_date'] as const) {
    if (q[k] && !W3_DATETIME.test(q[k]))
      return fail(c, fmt, 400, `${k} must be a w3 date-time with a time zone, e.g. 2010-01-01T00:00:00Z`)
  }
  const now = s.handler.now?.() ?? new Date()
  let end = q.end_date ? new Date(q.end_date) : null
  let start = q.start_date ? new Date(q.start_date) : null
  if (!end)
    end = start ? new Date(Math.min(start.getTime() + MAX_SPAN_MS, now.getTime() + 1)) : new Date(now.getTime() + 1)
  if (!start) start = new Date(end.getTime() - MAX_SPAN_MS)
  if (start > end) return fail(c, fmt, 400, 'start_date must be before end_date')
  if (end.getTime() - start.getTime() > MAX_SPAN_MS)
    return fail(c, fmt, 400, 'A date range may not span more than 90 days')
  const where: SQL[] = [gte(tickets.createdAt, start), lt(tickets.createdAt, end)]
  const codes = q.service_code
    ? q.service_code
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : []
  const services = codes.map(serviceByCode).filter((x) => x !== null)
  if (codes.length && services.length === 0) return reply(c, fmt, 'service_requests', [])
  if (services.length) where.push(inArray(tickets.category1, [...new Set(services.map((x) => x.path[0]))]))
  const statuses = new Set(
    (q.status ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  if (statuses.size === 1 && statuses.has('closed')) where.push(eq(tickets.status, 'closed'))
  if (statuses.size === 1 && statuses.has('open')) where.push(ne(tickets.status, 'closed'))
  const rows = await s.db
    .select()
    .from(tickets)
    .where(and(...where))
    .orderBy(desc(tickets.createdAt))
    .limit(1000)
  const wanted = new Set(services.map((x) => x.service_code))
  const views = rows
    .map((t) => requestView(t, s.lookupDepartment, limits))
    .filter((v) => wanted.size === 0 || (v.service_code && wanted.has(v.service_code)))
  return reply(c, fmt, 'service_requests', views)
}

async function postRequest(c: Context, s: Services, fmt: Format): Promise<Response> {
  const fields = await readFields(c)
  if (!fields) return fail(c, fmt, 400, 'Send the request as application/x-www-form-urlencoded')
  const client = clientForKey(s.config.OPEN311_API_KEYS, fields.api_key)
  if (!client) return fail(c, fmt, 403, "Invalid api_key received -- can't proceed with create_request.")
  const j = s.config.OPEN311_JURISDICTION
  if (j && fields.jurisdiction_id && fields.jurisdiction_id !== j)
    return fail(c, fmt, 404, 'jurisdiction_id provided was not found')
  const r = await createRequest(s, client, fields, s.handler.now?.() ?? new Date())
  if (r.kind === 'error') return fail(c, fmt, r.status, r.description)
  return reply(c, fmt, 'service_requests', [
    { service_request_id: r.ticket.number, service_notice: r.notice, account_id: fields.account_id ?? null },
  ])
}

async function readFields(c: Context): Promise<Record<string, string> | null> {
  const type = c.req.header('content-type') ?? ''
  try {
    const raw: Record<string, unknown> = type.includes('application/json')
      ? await c.req.json()
      : await c.req.parseBody()
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v)
    return out
  } catch {
    return null
  }
}

function clientForKey(keys: Record<string, string>, given: string | undefined): string | null {
  if (!given) return null
  let found: string | null = null
  // Compare against every key so the time taken says nothing about which one nearly matched.
  for (const [name, key] of Object.entries(keys)) if (timingSafeEqual(given, key) && !found) found = name
  return found
}

function discovery(c: Context, s: Services) {
  const url = new URL(c.req.url)
  return {
    changeset: '2026-01-01T00:00:00Z',
    contact: `${s.config.CITY} 12345 市民服务热线`,
    key_service: 'API keys for POST are issued by the hotline center (OPEN311_API_KEYS).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${url.origin}${BASE}`,
        changeset: '2026-01-01T00:00:00Z',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  }
}

/** Plain Hono routes (the spec's `.json`/`.xml` suffixes), documented in /openapi.json by hand. */
function documentOpen311(app: Router) {
  const json = (description: string) => ({
    description,
    content: { 'application/json': { schema: z.array(z.record(z.string(), z.unknown())) } },
  })
  const errors = { 400: json('[{code, description}]'), 403: json('Invalid api_key'), 404: json('Not found') }
  const tags = ['Open311 GeoReport v2']
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: `${BASE}/services.json`,
    tags,
    summary: 'GET Service List',
    responses: { 200: json('Services'), ...errors },
  })
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: `${BASE}/services/{service_code}.json`,
    tags,
    summary: 'GET Service Definition',
    request: { params: z.object({ service_code: z.string() }) },
    responses: { 200: json('Service definition'), ...errors },
  })
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: `${BASE}/requests.json`,
    tags,
    summary: 'POST Service Request (form-encoded; api_key required)',
    responses: { 200: json('[{service_request_id, service_notice, account_id}]'), ...errors },
  })
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: `${BASE}/requests.json`,
    tags,
    summary: 'GET Service Requests (service_request_id, service_code, start_date, end_date, status)',
    responses: { 200: json('Requests'), ...errors },
  })
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: `${BASE}/requests/{service_request_id}.json`,
    tags,
    summary: 'GET Service Request',
    request: { params: z.object({ service_request_id: z.string() }) },
    responses: { 200: json('One request, in an array'), ...errors },
  })
}
