/**
 * `npm run kb:bench-file -- OUT.ndjson [N]` writes N (default 100,000) synthetic knowledge entries for the
 * import benchmark: realistic sizes (a title, three question variants, ~600 characters of body with Q/A
 * pairs), made-up content. Then: `time DATA_DIR=/tmp/bench npm run kb:import -- OUT.ndjson`.
 */
import { createWriteStream } from 'node:fs'

const TOPICS = [
  '社保',
  '公积金',
  '居住证',
  '供暖',
  '加装电梯',
  '垃圾分类',
  '营业执照',
  '增值税',
  '医保报销',
  '养老补贴',
]
const ACTIONS = ['怎么申请', '需要哪些材料', '在哪里办理', '多久能办好', '有什么条件', '可以网上办吗']
const FILLER =
  '办理人应当携带本人有效身份证件及相关证明材料，到所在区政务服务中心综合窗口提交申请，工作人员受理后在规定时限内办结并告知结果。'

const [out, nArg] = process.argv.slice(2)
if (!out) {
  console.error('usage: npm run kb:bench-file -- OUT.ndjson [N]')
  process.exit(2)
}
const n = Number(nArg ?? 100_000)
const stream = createWriteStream(out)
for (let i = 0; i < n; i++) {
  const topic = `${TOPICS[i % TOPICS.length]}${Math.floor(i / TOPICS.length)}号事项`
  const qs = ACTIONS.slice(0, 3).map((a, k) => `${topic}${ACTIONS[(i + k) % ACTIONS.length] ?? a}？`)
  const body = qs.map((q) => `问：${q}\n答：${FILLER}${FILLER.slice(0, 40 + (i % 60))}`).join('\n')
  const entry = {
    id: `bench-${i}`,
    title: `${topic}办理指南`,
    questions: qs,
    body,
    category: TOPICS[i % TOPICS.length],
    source: 'synthetic',
  }
  if (!stream.write(`${JSON.stringify(entry)}\n`)) await new Promise<void>((r) => stream.once('drain', () => r()))
}
stream.end(() => console.error(`wrote ${n} entries to ${out}`))
