/** The entry edit form as strings (what the browser posts) and its validation into editable content. */
import { type Editable, editableSchema } from '../knowledge/editableEntry.js'
import type { EntryContent } from '../knowledge/entryDiff.js'
import { entryInputSchema } from '../knowledge/entrySchema.js'

export interface FormValues {
  id: string
  title: string
  questions: string
  body: string
  category: string
  source: string
  audience: string
  region: string
  effectiveFrom: string
  expiresAt: string
  note: string
}

export const EMPTY_FORM: FormValues = {
  id: '',
  title: '',
  questions: '',
  body: '',
  category: '',
  source: '',
  audience: 'all',
  region: '',
  effectiveFrom: '',
  expiresAt: '',
  note: '',
}

export function formFromContent(id: string, c: EntryContent): FormValues {
  return {
    id,
    title: c.title,
    questions: c.questions.join('\n'),
    body: c.body,
    category: c.category ?? '',
    source: c.source ?? '',
    audience: c.audience,
    region: c.region ?? '',
    effectiveFrom: c.effectiveFrom?.slice(0, 10) ?? '',
    expiresAt: c.expiresAt?.slice(0, 10) ?? '',
    note: '',
  }
}

export function formFromBody(b: Record<string, unknown>): FormValues {
  const v = (k: keyof FormValues) => (typeof b[k] === 'string' ? (b[k] as string) : '')
  return {
    id: v('id').trim(),
    title: v('title'),
    questions: v('questions'),
    body: v('body').replace(/\r\n/g, '\n'),
    category: v('category'),
    source: v('source'),
    audience: v('audience') || 'all',
    region: v('region'),
    effectiveFrom: v('effectiveFrom'),
    expiresAt: v('expiresAt'),
    note: v('note').trim().slice(0, 500),
  }
}

const FIELD_NAMES: Record<string, string> = {
  id: '编号',
  title: '标题',
  questions: '常见问法',
  body: '答复正文',
  category: '分类',
  source: '来源',
  audience: '适用对象',
  region: '适用地区',
  effectiveFrom: '生效日期',
  expiresAt: '失效日期',
}

export type FormCheck = { ok: true; content: Editable } | { ok: false; errors: string[] }

export function checkForm(f: FormValues, opts: { requireId?: boolean } = {}): FormCheck {
  const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim())
  const input = {
    title: f.title,
    questions: f.questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
    body: f.body,
    category: blankToNull(f.category),
    source: blankToNull(f.source),
    audience: f.audience,
    region: blankToNull(f.region),
    effectiveFrom: blankToNull(f.effectiveFrom),
    expiresAt: blankToNull(f.expiresAt),
  }
  const errors: string[] = []
  if (opts.requireId) {
    const id = entryInputSchema.shape.id.safeParse(f.id)
    if (!id.success) errors.push(`编号：${id.error.issues[0]?.message}（只能包含字母、数字、_、-、.、:）`)
  }
  const parsed = editableSchema.safeParse(input)
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      errors.push(`${FIELD_NAMES[String(i.path[0])] ?? i.path.join('.')}：${i.message}`)
  }
  if (parsed.success && input.effectiveFrom && input.expiresAt && input.expiresAt < input.effectiveFrom) {
    errors.push('失效日期不能早于生效日期')
  }
  return errors.length || !parsed.success ? { ok: false, errors } : { ok: true, content: parsed.data }
}
