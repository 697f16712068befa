import { describe, expect, it } from 'vitest'
import { parseNdjson } from '../../src/knowledge/parseNdjson.js'

const line = (o: object) => JSON.stringify(o)

describe('NDJSON import parsing', () => {
  it('parses entries, applying defaults and skipping blank lines', () => {
    const r = parseNdjson(
      `${line({ id: 'a1', title: '标题', body: '正文' })}\n\n${line({ id: 'a2', title: 'T', body: 'B', questions: ['问？'] })}\n`,
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.entries).toHaveLength(2)
    expect(r.entries[0]).toMatchObject({ id: 'a1', questions: [], audience: 'all', state: 'published' })
  })

  it('reports every bad line with its number and accepts nothing', () => {
    const text = [
      line({ id: 'ok', title: 't', body: 'b' }),
      '{not json',
      line({ id: 'x', body: 'no title' }),
      line({ id: 'ok', title: 't', body: 'b' }),
    ].join('\n')
    const r = parseNdjson(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4])
    expect(r.errors[0]?.message).toMatch(/not valid JSON/)
    expect(r.errors[1]?.message).toMatch(/^title:/)
    expect(r.errors[2]?.message).toMatch(/duplicate id "ok" \(first on line 1\)/)
  })

  it('rejects ids with spaces and bad dates', () => {
    const r = parseNdjson(
      [line({ id: 'a b', title: 't', body: 'b' }), line({ id: 'c', title: 't', body: 'b', expiresAt: '明年' })].join(
        '\n',
      ),
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toHaveLength(2)
  })
})
