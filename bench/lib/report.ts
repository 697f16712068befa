/**
 * Renders a bench run: the console table, the target checks and the markdown note written to
 * bench/results/. Only measured figures appear; a section that did not run is left out.
 */
import type { Plan } from './analytics.js'
import type { ProfileSummary } from './cpuProfile.js'
import type { Machine } from './machine.js'
import type { BenchOptions } from './options.js'
import type { PipelineResult } from './pipeline.js'
import type { QueryCount } from './queryCount.js'
import type { CeilingResult, QueueClaimRow, ScaleRow, SoakResult } from './sections.js'

export interface BenchResults {
  startedAt: string
  command: string
  options: BenchOptions
  machine: Machine
  uptimeAtStart: string
  uptimeAtEnd?: string
  postgres?: Record<string, string>
  ceiling?: CeilingResult
  pglite?: PipelineResult
  postgresPipeline?: PipelineResult
  scale?: ScaleRow[]
  scaleout?: PipelineResult[]
  soak?: SoakResult
  queries?: QueryCount
  queuePlans?: { rows: QueueClaimRow[] }
  profiles?: Record<string, ProfileSummary[]>
  targets?: Target[]
  durationSec?: number
}

export interface Target {
  name: string
  goal: string
  value: string
  met: boolean
}

const pct = (a: number, b: number) => (b > 0 ? `${Math.round((a / b) * 1000) / 10}%` : 'n/a')

/** The pipeline figures: capacity (closed loop) and sustained (open loop at 80% of capacity). */
function pipelineRow(label: string, r: PipelineResult, ceiling?: CeilingResult): string[] {
  const c = r.capacity.check
  const s = r.sustained?.check
  const ceil = ceiling?.requestsPerSec ?? 0
  return [
    label,
    String(r.instances),
    String(c.acksPerSec),
    String(c.repliesPerSec),
    s ? String(s.repliesPerSec) : '–',
    s ? `${s.ack.p50} / ${s.ack.p99}` : `${c.ack.p50} / ${c.ack.p99}*`,
    s ? `${s.reply.p50} / ${s.reply.p99}` : `${c.reply.p50} / ${c.reply.p99}*`,
    ceil ? pct(c.repliesPerSec, ceil) : '–',
    ceil && s ? pct(s.repliesPerSec, ceil) : '–',
    `${Math.max(...r.rssMbAfterLoad)}`,
    String(r.loadAvgAtStart[0]),
  ]
}

const PIPELINE_HEAD = [
  'scenario',
  'inst.',
  'acks/s (max)',
  'msgs/s processed (max)',
  'msgs/s sustained',
  'ack p50 / p99 ms',
  'reply p50 / p99 ms',
  'max ÷ ceiling',
  'sustained ÷ ceiling',
  'RSS MB',
  'load 1 min',
]

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export function evaluateTargets(r: BenchResults): Target[] {
  const t: Target[] = []
  const ceil = r.ceiling?.requestsPerSec
  const pgS = r.postgresPipeline?.sustained?.check
  if (pgS && ceil) {
    t.push({
      name: 'PostgreSQL sustained throughput',
      goal: '≥ 30% of bare Hono',
      value: `${pgS.repliesPerSec}/s = ${pct(pgS.repliesPerSec, ceil)} of ${ceil}/s`,
      met: pgS.repliesPerSec >= 0.3 * ceil,
    })
  }
  if (pgS) {
    t.push({
      name: 'PostgreSQL ack p99 (sustained)',
      goal: '< 50 ms',
      value: `${pgS.ack.p99} ms`,
      met: pgS.ack.p99 < 50,
    })
    t.push({
      name: 'PostgreSQL reply p99 (sustained)',
      goal: '< 500 ms',
      value: `${pgS.reply.p99} ms`,
      met: pgS.reply.p99 < 500 && pgS.missingReplies === 0,
    })
  }
  const pgl = r.pglite?.capacity.check
  if (pgl)
    t.push({
      name: 'PGlite throughput (processed)',
      goal: '≥ 300 msgs/s',
      value: `${pgl.repliesPerSec}/s`,
      met: pgl.repliesPerSec >= 300,
    })
  if (r.soak) {
    const growth = r.soak.rssStartMb > 0 ? r.soak.rssEndMb / r.soak.rssStartMb - 1 : 0
    t.push({
      name: `RSS over a ${r.soak.minutes}-minute soak`,
      goal: 'flat (end ≤ start + 10%)',
      value: `${r.soak.rssStartMb} → ${r.soak.rssEndMb} MB (${Math.round(growth * 1000) / 10}%)`,
      met: growth <= 0.1,
    })
  }
  const sc = r.scale
  if (sc && sc.length > 1) {
    const first = sc[0] as ScaleRow
    const last = sc[sc.length - 1] as ScaleRow
    const f = first.pipeline.capacity.check.repliesPerSec
    const l = last.pipeline.capacity.check.repliesPerSec
    t.push({
      name: `throughput ${first.size} → ${last.size} rows`,
      goal: 'within 2×',
      value: `${f} → ${l} msgs/s`,
      met: l * 2 >= f,
    })
    for (const k of Object.keys(first.analytics)) {
      const a = first.analytics[k]?.p50 ?? 0
      const b = last.analytics[k]?.p50 ?? 0
      t.push({
        name: `${k} query ${first.size} → ${last.size} rows`,
        goal: 'within 2×',
        value: `${a} → ${b} ms (p50)`,
        met: b <= 2 * Math.max(a, 1),
      })
    }
  }
  for (const p of [r.pglite, r.postgresPipeline, ...(r.scaleout ?? []), ...(r.scale ?? []).map((s) => s.pipeline)]) {
    if (!p) continue
    const c = p.counts
    const once =
      c.inboundRows === c.uniqueUpdateIds && c.outboxRows === c.outboxUniqueDeliveries && p.replies.duplicates === 0
    if (!once)
      t.push({ name: `${p.label}: processed once`, goal: 'no duplicate', value: JSON.stringify(c), met: false })
  }
  return t
}

export function consoleSummary(r: BenchResults): string {
  const lines: string[] = []
  lines.push(`machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`)
  lines.push(`at start: ${r.uptimeAtStart}`)
  if (r.uptimeAtEnd) lines.push(`at end:   ${r.uptimeAtEnd}`)
  lines.push('')
  lines.push(markdownTables(r))
  if (r.targets?.length) {
    lines.push('')
    lines.push(
      table(
        ['target', 'goal', 'measured', 'met'],
        r.targets.map((t) => [t.name, t.goal, t.value, t.met ? 'yes' : 'NO']),
      ),
    )
  }
  return lines.join('\n')
}

function markdownTables(r: BenchResults): string {
  const out: string[] = []
  const rows: string[][] = []
  if (r.ceiling) {
    const c = r.ceiling
    rows.push([
      'bare Hono echo (ceiling)',
      '1',
      String(c.requestsPerSec),
      '–',
      '–',
      `${c.latencyP50} / ${c.latencyP99}`,
      '–',
      '100%',
      '–',
      '–',
      String(c.loadAvgAtStart[0]),
    ])
  }
  if (r.pglite) rows.push(pipelineRow('full pipeline, PGlite', r.pglite, r.ceiling))
  if (r.postgresPipeline) rows.push(pipelineRow('full pipeline, PostgreSQL', r.postgresPipeline, r.ceiling))
  for (const s of r.scaleout ?? []) rows.push(pipelineRow(`scale-out, PostgreSQL`, s, r.ceiling))
  if (rows.length) out.push(table(PIPELINE_HEAD, rows))
  if (r.scale?.length) {
    out.push('')
    out.push('Scaling growth (PostgreSQL, one gateway; stored tickets = knowledge entries = N):')
    out.push('')
    out.push(
      table(
        [
          'N',
          'seed s',
          'start-up s',
          'msgs/s processed',
          'ack p99 ms',
          'reply p50 ms',
          'wrong answers',
          'rates p50 / max ms',
          'hot-topics p50 / max ms',
          'RSS MB',
          'load 1 min',
        ],
        r.scale.map((s) => {
          const c = s.pipeline.capacity.check
          const a = s.analytics
          return [
            String(s.size),
            String(Math.round(s.seed.seedMs / 100) / 10),
            String(Math.round(s.pipeline.startupMs / 100) / 10),
            String(c.repliesPerSec),
            String(c.ack.p99),
            String(c.reply.p50),
            String(c.wrongAnswers),
            a.rates ? `${a.rates.p50} / ${a.rates.max}` : '–',
            a.hotTopics ? `${a.hotTopics.p50} / ${a.hotTopics.max}` : '–',
            String(Math.max(...s.pipeline.rssMbAfterLoad)),
            String(s.pipeline.loadAvgAtStart[0]),
          ]
        }),
      ),
    )
  }
  const counted = [r.pglite, r.postgresPipeline, ...(r.scaleout ?? [])].filter((p): p is PipelineResult => !!p)
  if (counted.length) {
    out.push('')
    out.push(
      'Count check over each whole scenario (warm-up included; every request is a new update_id from a new chat, so each must give one inbound row, one outbox row and one reply):',
    )
    out.push('')
    out.push(
      table(
        [
          'scenario',
          'sent',
          'inbound rows',
          'unique update_ids',
          'inbound done',
          'outbox rows',
          'unique deliveries',
          'sent by outbox',
          'replies at fake API',
          'distinct chats',
          'duplicates',
          'wrong answers',
        ],
        counted.map((p) => {
          const phases = [p.warmup, p.capacity, p.sustained]
          const sent = phases.reduce((s, ph) => s + (ph?.check.sent ?? 0), 0)
          const wrong = phases.reduce((s, ph) => s + (ph?.check.wrongAnswers ?? 0), 0)
          return [
            p.label,
            String(sent),
            String(p.counts.inboundRows),
            String(p.counts.uniqueUpdateIds),
            String(p.counts.inboundDone),
            String(p.counts.outboxRows),
            String(p.counts.outboxUniqueDeliveries),
            String(p.counts.outboxSent),
            String(p.replies.arrivals),
            String(p.replies.distinctChats),
            String(p.replies.duplicates),
            String(wrong),
          ]
        }),
      ),
    )
  }
  const withCpu = [
    r.pglite,
    r.postgresPipeline,
    ...(r.scale ?? []).map((x) => x.pipeline),
    ...(r.scaleout ?? []),
  ].filter((p): p is PipelineResult => !!p?.capacity.cpu)
  if (withCpu.length) {
    out.push('')
    out.push(
      'CPU per processed message in the capacity phase (gateway processes; PostgreSQL backends serving the bench database; the load generator), and how many of the 2 cores each kept busy on average:',
    )
    out.push('')
    out.push(
      table(
        [
          'scenario',
          'gateway ms/msg',
          'PostgreSQL ms/msg',
          'load gen. ms/msg',
          'gateway cores',
          'PostgreSQL cores',
          'wall s',
        ],
        withCpu.map((p) => {
          const c = p.capacity.cpu as NonNullable<PipelineResult['capacity']['cpu']>
          const n = Math.max(1, p.capacity.check.replies)
          const per = (sec: number) => String(Math.round((sec * 10_000) / n) / 10)
          const cores = (sec: number) => String(Math.round((sec / Math.max(0.01, c.wallSec)) * 100) / 100)
          return [
            p.label,
            per(c.gatewaySec),
            per(c.postgresSec),
            per(c.benchSec),
            cores(c.gatewaySec),
            cores(c.postgresSec),
            String(c.wallSec),
          ]
        }),
      ),
    )
  }
  if (r.queries) {
    const q = r.queries
    out.push('')
    out.push(
      `SQL statements per Telegram message (PostgreSQL, mean of ${q.messages}): ${q.ackStatements} before the acknowledgement, ${q.afterAckStatements} after it (turn + outbox), not counting the background poll loops.`,
    )
  }
  if (r.soak) {
    const s = r.soak
    out.push('')
    out.push(
      `Soak: ${s.minutes} min at ${s.rate} msgs/s on PostgreSQL. RSS start ${s.rssStartMb} MB, end ${s.rssEndMb} MB, max ${s.rssMaxMb} MB.`,
    )
    const ph = s.pipeline.sustained?.check
    if (ph)
      out.push(
        `Over the soak: ${ph.sent} sent, ${ph.replies} replies, ack p50/p99 ${ph.ack.p50}/${ph.ack.p99} ms, reply p50/p99 ${ph.reply.p50}/${ph.reply.p99} ms.`,
      )
    const perMinute = s.samples.filter((x) => x.atSec % 60 < 10)
    out.push(`RSS (MB) each minute: ${perMinute.map((x) => `${Math.round(x.atSec / 60)}′ ${x.rssMb}`).join(', ')}.`)
  }
  return out.join('\n')
}

function explainExcerpt(plans: Record<string, Plan[]>): string {
  const out: string[] = []
  for (const [name, list] of Object.entries(plans)) {
    list.forEach((p, i) => {
      out.push(
        `${name} #${i + 1}: ${p.executionMs} ms, sequential scans: ${p.seqScans.length ? p.seqScans.join(', ') : 'none'}`,
      )
      out.push('```')
      out.push(
        p.plan
          .split('\n')
          .filter((l) => /Scan|Join|Nested Loop|Aggregate|Execution Time|Index Cond|SubPlan/.test(l))
          .slice(0, 14)
          .join('\n'),
      )
      out.push('```')
    })
  }
  return out.join('\n')
}

function profileText(profiles: Record<string, ProfileSummary[]>): string {
  const out: string[] = []
  for (const [label, list] of Object.entries(profiles)) {
    list.forEach((p, i) => {
      out.push(`**${label}** gateway ${i}: ${p.busyMs} ms on CPU of ${p.totalMs} ms sampled after start-up.`)
      out.push('')
      out.push(
        table(
          ['area', 'ms', '% of busy'],
          p.byArea.slice(0, 10).map((a) => [a.area, String(a.ms), String(a.pctOfBusy)]),
        ),
      )
      out.push('')
      out.push(
        table(
          ['function', 'where', 'ms', '% of busy'],
          p.topFunctions.slice(0, 10).map((f) => [f.fn, f.where, String(f.ms), String(f.pctOfBusy)]),
        ),
      )
      out.push('')
    })
  }
  return out.join('\n')
}

export function markdownReport(r: BenchResults): string {
  const m = r.machine
  const out: string[] = []
  out.push(`# Benchmark: ${r.options.mode} run, ${r.startedAt}`)
  out.push('')
  out.push(`Command: \`${r.command}\` (took ${r.durationSec ?? '?'} s).`)
  out.push('')
  out.push(
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; ${Object.entries(m.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  )
  if (r.postgres)
    out.push(
      `PostgreSQL: ${Object.entries(r.postgres)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}.`,
    )
  out.push('')
  out.push(`Load at start: \`${r.uptimeAtStart}\``)
  if (r.uptimeAtEnd) out.push(`Load at end: \`${r.uptimeAtEnd}\``)
  out.push('')
  out.push(
    `Method: every request is a Telegram update with a new update_id from a new chat, signed with the webhook secret, asking a policy question the committed knowledge answers (供暖 / 居住证). "acks/s (max)": closed loop, ${r.options.connections} connections, ${r.options.capacitySec} s (ended early once ${r.options.maxBacklog} acknowledged messages await their reply, so the drain stays bounded). "msgs/s processed (max)": replies received by the fake Telegram API per second, from the first request to the last reply (the backlog drained). "sustained": an open-loop run at ${Math.round(r.options.pacedFraction * 100)}% of that rate for ${r.options.pacedSec} s; its ack and reply latencies are the ones reported (figures marked * come from the closed loop). Reply latency = arrival at the fake API − request send time.`,
  )
  out.push('')
  out.push(markdownTables(r))
  if (r.targets?.length) {
    out.push('')
    out.push('## Targets')
    out.push('')
    out.push(
      table(
        ['target', 'goal', 'measured', 'met'],
        r.targets.map((t) => [t.name, t.goal, t.value, t.met ? 'yes' : '**no**']),
      ),
    )
  }
  const largest = r.scale?.find((s) => s.plans)
  if (largest?.plans) {
    out.push('')
    out.push(`## EXPLAIN ANALYZE at ${largest.size} tickets (last 30 days)`)
    out.push('')
    out.push(explainExcerpt(largest.plans))
  }
  if (r.queuePlans?.rows.length) {
    const q = r.queuePlans
    out.push('')
    out.push('## Queue claims under a surge backlog (EXPLAIN ANALYZE execution ms)')
    out.push('')
    out.push(
      'Pending inbound messages (one per citizen) and queued replies, then the statements src/channels uses to claim work, with the partial queue indexes of the schema (`messages_inbound_*queue_idx`, `outbox_*queue_idx`).',
    )
    out.push('')
    const backlogs = [...new Set(q.rows.map((x) => x.backlog))]
    const statements = [...new Set(q.rows.map((x) => x.statement))]
    const cell = (st: string, b: number) => {
      const x = q.rows.find((y) => y.statement === st && y.backlog === b)
      return x ? `${x.executionMs}${x.seqScans.length ? ' (seq scan)' : ''}` : '–'
    }
    out.push(
      table(
        ['claim', ...backlogs.map((b) => `${b} waiting`)],
        statements.map((st) => [st, ...backlogs.map((b) => cell(st, b))]),
      ),
    )
  }
  if (r.profiles && Object.keys(r.profiles).length) {
    out.push('')
    out.push('## CPU profiles (node --cpu-prof, main thread, start-up excluded)')
    out.push('')
    out.push(profileText(r.profiles))
  }
  return `${out.join('\n')}\n`
}
