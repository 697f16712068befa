import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type KnowledgeEntry, parseMarkdownEntry, toMarkdown } from '../../src/knowledge/markdown.js'

const POLICIES = join(import.meta.dirname, '../../knowledge/policies')

const sample = `---
id: heating-demo
title: 供暖期
questions:
  - 什么时候供暖
  - "暖气不热: 找谁"
category: 城乡建设
source: 北京市城市管理委员会
updated: 2026-11-22
audience: citizen
region: 北京市
state: published
---

北京供暖期为11月15日至次年3月15日。
`

describe('parseMarkdownEntry', () => {
  it('parses front matter and body', () => {
    const r = parseMarkdownEntry(sample, 'heating-demo.md')
    expect(r).toEqual({
      ok: true,
      entry: {
        id: 'heating-demo',
        title: '供暖期',
        questions: ['什么时候供暖', '暖气不热: 找谁'],
        body: '北京供暖期为11月15日至次年3月15日。',
        category: '城乡建设',
        source: '北京市城市管理委员会',
        updated: '2026-11-22',
        audience: 'citizen',
        region: '北京市',
        effectiveFrom: null,
        expiresAt: null,
        state: 'published',
      },
    })
  })

  it('fills defaults for optional fields and accepts CRLF', () => {
    const r = parseMarkdownEntry('---\r\nid: a1\r\ntitle: 标题\r\n---\r\n正文\r\n')
    expect(r.ok && r.entry).toMatchObject({ questions: [], audience: 'all', state: 'published', category: null })
  })

  it('reports a missing opening fence on line 1', () => {
    expect(parseMarkdownEntry('id: x\n')).toEqual({
      ok: false,
      error: { line: 1, message: expect.stringContaining('---') },
    })
  })

  it('reports an unclosed front matter', () => {
    const r = parseMarkdownEntry('---\nid: x\ntitle: y\n')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toMatch(/not closed/)
  })

  it('points at the line of a bad field', () => {
    const text = sample.replace('audience: citizen', 'audience: everyone')
    const r = parseMarkdownEntry(text)
    expect(r).toEqual({ ok: false, error: { line: 10, message: expect.stringContaining('audience') } })
  })

  it('points at an unknown (misspelt) field', () => {
    const r = parseMarkdownEntry(sample.replace('category:', 'catagory:'))
    expect(r).toEqual({ ok: false, error: { line: 7, message: expect.stringContaining('unknown field "catagory"') } })
  })

  it('reports YAML syntax errors with the file line', () => {
    const r = parseMarkdownEntry('---\nid: a\ntitle: [unclosed\n---\nbody\n')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.line).toBeGreaterThanOrEqual(3)
    expect(!r.ok && r.error.message).toMatch(/^YAML/)
  })

  it('rejects a non-ascii id, an invalid date and an empty body', () => {
    expect(parseMarkdownEntry(sample.replace('id: heating-demo', 'id: 供暖')).ok).toBe(false)
    const badDate = parseMarkdownEntry(sample.replace('updated: 2026-11-22', 'updated: 22/11/2026'))
    expect(badDate).toEqual({ ok: false, error: { line: 9, message: expect.stringContaining('ISO date') } })
    const noBody = parseMarkdownEntry('---\nid: a\ntitle: t\n---\n\n  \n')
    expect(noBody).toEqual({ ok: false, error: { line: 5, message: expect.stringContaining('no body') } })
  })

  it('requires the id to match the file name', () => {
    const r = parseMarkdownEntry(sample, 'knowledge/policies/heating.md')
    expect(r).toEqual({ ok: false, error: { line: 2, message: expect.stringContaining('heating.md') } })
  })
})

describe('toMarkdown', () => {
  const entry: KnowledgeEntry = {
    id: 'round-trip',
    title: '2024',
    questions: ['问题一: 冒号', '- 以短横开头', '#号'],
    body: '**答：** 第一段。\n\n---\n\n- 列表',
    category: null,
    source: '来源 "引号"',
    updated: '2026-01-31',
    audience: 'enterprise',
    region: null,
    effectiveFrom: '2023-01-01',
    expiresAt: '2027-12-31',
    state: 'review',
  }

  it('round-trips awkward values', () => {
    expect(parseMarkdownEntry(toMarkdown(entry), 'round-trip.md')).toEqual({ ok: true, entry })
  })

  it('round-trips every committed policy file', () => {
    for (const file of readdirSync(POLICIES).filter((f) => f.endsWith('.md'))) {
      const r = parseMarkdownEntry(readFileSync(join(POLICIES, file), 'utf8'), file)
      if (!r.ok) throw new Error(`${file}:${r.error.line}: ${r.error.message}`)
      expect(parseMarkdownEntry(toMarkdown(r.entry))).toEqual(r)
    }
  })
})

describe('knowledge/policies', () => {
  const files = readdirSync(POLICIES).filter((f) => f.endsWith('.md'))
  const entries = files.map((file) => {
    const r = parseMarkdownEntry(readFileSync(join(POLICIES, file), 'utf8'), file)
    if (!r.ok) throw new Error(`${file}:${r.error.line}: ${r.error.message}`)
    return r.entry
  })
  const LEVEL1 = new Set(
    '城乡建设 环境保护 交通运输 教育文体 劳动和社会保障 商贸旅游 卫生计生 农村农业 政法 民政 党务政务 经济管理 纪检监察 国土资源 科技与信息产业'.split(
      ' ',
    ),
  )

  it('has at least 35 entries with unique ids matching file names', () => {
    expect(entries.length).toBeGreaterThanOrEqual(35)
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    expect(entries.map((e) => `${e.id}.md`).sort()).toEqual([...files].sort())
  })

  it('follows the editorial rules', () => {
    for (const e of entries) {
      const where = `${e.id}.md`
      expect(e.questions.length, where).toBeGreaterThanOrEqual(3)
      expect(e.questions.length, where).toBeLessThanOrEqual(6)
      expect(LEVEL1.has(e.category ?? ''), `${where} category ${e.category}`).toBe(true)
      expect(e.source, where).toBeTruthy()
      expect(e.updated, where).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(e.region, where).toBe('北京市')
      expect(e.state, where).toBe('published')
      expect(e.body.length, where).toBeGreaterThanOrEqual(150)
      expect(e.body.length, where).toBeLessThanOrEqual(500)
    }
  })

  it('has enterprise entries', () => {
    expect(entries.filter((e) => e.audience === 'enterprise').length).toBeGreaterThanOrEqual(4)
  })
})
