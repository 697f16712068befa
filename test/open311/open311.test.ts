/**
 * Open311 GeoReport v2 conformance, built from the specification's own example requests and
 * responses (https://wiki.open311.org/GeoReport_v2/): the same calls, the same response fields,
 * the same error shapes and status codes, in both formats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storageKind } from '../helpers/testStorage.js'
import { clockAt, type LifecycleGateway, OPEN311_KEY, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'

const JURISDICTION = 'bj12345.example.cn'
const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }
const W3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** The fields of a request in the spec's GET Service Requests example response, in its order. */
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
]

/** The spec's POST example body, with its values replaced by ours where the spec's would not resolve here. */
function specPostBody(over: Record<string, string>): string {
  const p = new URLSearchParams({
    api_key: 'xyz',
    jurisdiction_id: 'city.gov',
    service_code: '001',
    lat: '37.76524078',
    long: '-122.4212043',
    address_string: '1234 5th street',
    email: 'smit333@sfgov.edu',
    device_id: 'tt222111',
    account_id: '123456',
    first_name: 'john',
    last_name: 'smith',
    phone: '111111111',
    description: 'A large sinkhole is destroying the street',
    media_url: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
    'attribute[WHISPAWN]': '123456',
    'attribute[WHISDORN]': 'COISL001',
    ...over,
  })
  return p.toString()
}

describe(`Open311 GeoReport v2 on ${storageKind}`, () => {
  let gw: LifecycleGateway
  let lampCode: string
  beforeAll(async () => {
    gw = await startLifecycleGateway({
      clock: clockAt('2026-03-10T09:00:00+08:00'),
      env: { OPEN311_JURISDICTION: JURISDICTION },
    })
  })
  afterAll(async () => gw?.close())

  it('GET Service List: services.json and services.xml with the spec fields', async () => {
    const r = await gw.get(`/open311/v2/services.json?jurisdiction_id=${JURISDICTION}`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/)
    expect(Array.isArray(r.json)).toBe(true)
    for (const s of r.json) {
      expect(Object.keys(s).sort()).toEqual([
        'description',
        'group',
        'keywords',
        'metadata',
        'service_code',
        'service_name',
        'type',
      ])
      expect(typeof s.metadata).toBe('boolean')
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type)
    }
    const lamp = r.json.find(
      (s: { service_name: string; group: string }) => s.service_name === '城市建设和市政管理' && s.group === '城乡建设',
    )
    expect(lamp).toBeDefined()
    lampCode = lamp.service_code
    expect(new Set(r.json.map((s: { service_code: string }) => s.service_code)).size).toBe(r.json.length)

    const x = await gw.get('/open311/v2/services.xml')
    expect(x.headers.get('content-type')).toMatch(/^text\/xml; charset=utf-8/)
    expect(x.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<services><service><service_code>/)
    expect(x.text).toContain(`<service_code>${lampCode}</service_code>`)
    expect(x.text.match(/<service>/g)?.length).toBe(r.json.length)
  })

  it('GET Service Definition: known code, unknown code → 404 in the error shape', async () => {
    const r = await gw.get(`/open311/v2/services/${lampCode}.json`)
    expect(r.json).toEqual({ service_code: lampCode, attributes: [] })
    const missing = await gw.get('/open311/v2/services/033.xml')
    expect(missing.status).toBe(404)
    expect(missing.text).toMatch(
      /<errors><error><code>404<\/code><description>service_code 033 was not found<\/description><\/error><\/errors>/,
    )
  })

  it('POST Service Request: the spec example with its api_key "xyz" → 403, as in the spec error example', async () => {
    const r = await gw.call('POST', '/open311/v2/requests.json', specPostBody({}), FORM)
    expect(r.status).toBe(403)
    expect(r.json).toEqual([
      { code: 403, description: "Invalid api_key received -- can't proceed with create_request." },
    ])
  })

  it('POST Service Request: unknown jurisdiction → 404, unknown service_code → 404, no location → 400', async () => {
    const j = await gw.call('POST', '/open311/v2/requests.json', specPostBody({ api_key: OPEN311_KEY }), FORM)
    expect(j.status).toBe(404)
    expect(j.json[0]).toMatchObject({ code: 404, description: expect.stringContaining('jurisdiction_id') })
    const s = await gw.call(
      'POST',
      `/open311/v2/requests.json?jurisdiction_id=${JURISDICTION}`,
      specPostBody({ api_key: OPEN311_KEY, jurisdiction_id: JURISDICTION }),
      FORM,
    )
    expect(s.status).toBe(404)
    expect(s.json[0].description).toMatch(/service_code/)
    const noPlace = await gw.call(
      'POST',
      '/open311/v2/requests.json',
      specPostBody({
        api_key: OPEN311_KEY,
        jurisdiction_id: '',
        service_code: lampCode,
        lat: '',
        long: '',
        address_string: '',
      }),
      FORM,
    )
    expect(noPlace.status).toBe(400)
  })

  let requestId: string
  it('POST Service Request: the spec example with our key, code and place → [{service_request_id, service_notice, account_id}]', async () => {
    const body = specPostBody({
      api_key: OPEN311_KEY,
      jurisdiction_id: '',
      service_code: lampCode,
      lat: '39.9320',
      long: '116.4170',
      address_string: '东城区东四街道东四北大街200号',
      phone: '13912345678',
      first_name: '小明',
      last_name: '王',
      description: '东四北大街200号门口的路灯坏了，晚上很黑，联系我13912345678',
    })
    const r = await gw.call('POST', '/open311/v2/requests.json', body, FORM)
    expect(r.status).toBe(200)
    expect(r.json).toHaveLength(1)
    expect(Object.keys(r.json[0])).toEqual(['service_request_id', 'service_notice', 'account_id'])
    expect(r.json[0].service_request_id).toMatch(/^BJ-\d{8}-\d{6}$/)
    expect(r.json[0].service_notice).toMatch(/办理时限/)
    expect(r.json[0].account_id).toBe('123456')
    requestId = r.json[0].service_request_id

    // Filed, routed and dispatched like any other ticket; the admin sees the citizen's phone.
    const t = (await gw.get(`/api/v1/tickets/${requestId}`, gw.admin)).json
    expect(t).toMatchObject({
      channel: 'open311',
      status: 'dispatched',
      phone: '13912345678',
      category: { level1: '城乡建设', level2: '城市建设和市政管理' },
    })
    expect(t.location.street).toBe('东四街道')

    const x = await gw.call(
      'POST',
      '/open311/v2/requests.xml',
      body.replace('description=', 'description=%E5%8F%A6'),
      FORM,
    )
    expect(x.text).toMatch(
      /<service_requests><request><service_request_id>BJ-\d{8}-\d{6}<\/service_request_id><service_notice>[^<]+<\/service_notice><account_id>123456<\/account_id><\/request><\/service_requests>$/,
    )
  })

  it('GET Service Request: one request in an array, every spec field, no personal data', async () => {
    const r = await gw.get(`/open311/v2/requests/${requestId}.json?jurisdiction_id=${JURISDICTION}`)
    expect(r.status).toBe(200)
    expect(r.json).toHaveLength(1)
    const q = r.json[0]
    expect(Object.keys(q)).toEqual(REQUEST_FIELDS)
    expect(q).toMatchObject({
      service_request_id: requestId,
      status: 'open',
      service_code: lampCode,
      lat: 39.932,
      long: 116.417,
    })
    for (const k of ['requested_datetime', 'updated_datetime', 'expected_datetime']) expect(q[k]).toMatch(W3)
    expect(q.agency_responsible).toMatch(/东四街道/)
    expect(q.address).toMatch(/东四街道, 东城区/)
    expect(r.text).not.toContain('13912345678')
    expect(r.text).not.toContain('小明')
    expect(q.description).toContain('139****5678')
    expect((await gw.get('/open311/v2/requests/BJ-20000101-000001.json')).status).toBe(404)
  })

  it('GET Service Requests: the spec sample URL (start_date, end_date, status, jurisdiction_id), and status after closing', async () => {
    const url = `/open311/v2/requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-03-31T00:00:00Z&status=open&jurisdiction_id=${JURISDICTION}`
    const open = await gw.get(url)
    expect(open.status).toBe(200)
    expect(open.json.map((q: { service_request_id: string }) => q.service_request_id)).toContain(requestId)
    for (const q of open.json) expect(Object.keys(q)).toEqual(REQUEST_FIELDS)

    const dept = await gw.departmentToken('bj-street-110101006')
    await gw.post(`/api/v1/department/tickets/${requestId}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${requestId}/close`, { reply: '路灯已修复，恢复照明。' }, dept)

    const closed = await gw.get(url.replace('status=open', 'status=closed'))
    const mine = closed.json.find((q: { service_request_id: string }) => q.service_request_id === requestId)
    expect(mine).toMatchObject({ status: 'closed', status_notes: '路灯已修复，恢复照明。' })
    expect((await gw.get(url)).json.map((q: { service_request_id: string }) => q.service_request_id)).not.toContain(
      requestId,
    )

    const byId = await gw.get(`/open311/v2/requests.xml?service_request_id=${requestId},BJ-20000101-000001`)
    expect(byId.text).toContain(`<status>closed</status><status_notes>路灯已修复，恢复照明。</status_notes>`)
    expect(byId.text.match(/<request>/g)).toHaveLength(1)

    const byCode = await gw.get(
      `/open311/v2/requests.json?service_code=${lampCode}&start_date=2026-03-01T00:00:00Z&end_date=2026-03-31T00:00:00Z`,
    )
    expect(byCode.json.every((q: { service_code: string }) => q.service_code === lampCode)).toBe(true)
    expect(byCode.json.length).toBeGreaterThan(0)
  })

  it('GET Service Requests: more than 90 days, or a date without a time zone → 400', async () => {
    const wide = await gw.get('/open311/v2/requests.json?start_date=2025-01-01T00:00:00Z&end_date=2026-03-31T00:00:00Z')
    expect(wide.status).toBe(400)
    expect(wide.json[0].code).toBe(400)
    expect((await gw.get('/open311/v2/requests.json?start_date=2026-03-01')).status).toBe(400)
    expect((await gw.get('/open311/v2/requests.json?jurisdiction_id=other.gov')).status).toBe(404)
  })

  it('service discovery lists the endpoint and both formats', async () => {
    const d = await gw.get('/open311/v2/discovery.json')
    expect(d.json.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: ['text/xml', 'application/json'],
    })
    const x = await gw.get('/open311/v2/discovery.xml')
    expect(x.text).toContain('<formats><format>text/xml</format><format>application/json</format></formats>')
  })

  it('is documented in /openapi.json', async () => {
    const doc = await gw.get('/openapi.json')
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/open311/v2/requests.json',
        '/open311/v2/requests/{service_request_id}.json',
        '/open311/v2/services.json',
      ]),
    )
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/department/tickets/{id}/accept',
        '/api/v1/admin/tickets/{id}/redispatch',
        '/api/v1/metrics/ranking',
        '/api/v1/admin/departments/{id}/tokens',
      ]),
    )
  })
})
