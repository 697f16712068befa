/**
 * Urgency of a citizen message: `emergency` (call 119/120/110 first), `urgent` (same-day
 * handling) or `normal`, with the lexicon hits as reasons.
 *
 * Each hit is checked in its clause (text between sentence/comma punctuation): a past, hypothetical,
 * preventive, habitual or negated mention ("上次着火的事", "防火宣传", "容易引发火灾",
 * "没有着火") does not count. Missing an emergency is worse than a false alarm, so the blockers
 * are deliberately narrow.
 */
import { normalizeText } from '../category/normalizeText.js'
import type { UrgencyResult } from '../types.js'
import {
  AFTERMATH,
  ALWAYS_BEFORE,
  DISCLAIMER,
  HABIT_INSIDE,
  HANDLED_LATER,
  JOKING,
  LATE_REVEAL,
  LIKE_AFTER,
  LIKE_BEFORE,
  ANIMAL_BEFORE,
  ANIMAL_OPENS,
  ANIMAL_TROUBLE,
  AT_LEISURE,
  NAMED_QUOTE_BEFORE,
  NOT_FICTION,
  OLD_THING,
  PAST_INSIDE,
  QUOTED_NAME_AFTER,
  QUOTE_OPENS,
  RESOLVED,
  SIMILE_AFTER,
  SIMILE_BEFORE,
  WHAT_IF_INSIDE,
} from './clauseSignals.js'
import { defaultEmergencyModel } from './defaultEmergencyModel.js'
import { foldDialect } from './dialectFolds.js'
import { type EmergencyModel, emergencyProbability, modelCanJudge } from './emergencyModel.js'
import { TermPrefilter } from './TermPrefilter.js'
import {
  BLOCK_AFTER,
  BLOCK_BEFORE,
  HYPOTHETICAL_AFTER,
  PAST_SENTENCE,
  type Hotline,
  NEGATED_BEFORE,
  PRESENT,
  PRESENT_STRICT,
  REPORTED_BEFORE,
  URGENCY_TERMS,
} from './urgencyLexicon.js'

export interface UrgencyOptions {
  /** Date used for the heating season (停暖 is urgent in winter); defaults to now. */
  now?: Date
  /**
   * The second opinion asked when the lexicon finds nothing (emergencyModel.ts); the committed model by
   * default, `null` for the lexicon alone.
   */
  model?: EmergencyModel | null
}

const MAX_CHARS = 6000
const CLAUSE_BREAK = /[,，。!?;；\n]/
const SENTENCE_BREAK = /[。!?;；\n]/
/**
 * A past frame opens a clause ("上个月我们楼道里…", "之前我在河边…"); inside one it is only an attribute
 * ("现在有一个前几天被辞退的员工").
 */
const PAST_FRAME = new RegExp(
  `(?:^|[,，])(?:投诉|反映|举报)?(?:我们|我|他们|他|她)?(?:昨天|昨晚|前天)?(?:${PAST_SENTENCE.source})`,
)
/** A time of life long gone governs its sentence wherever it stands ("我阿爸讲他年轻时上山砍柴，被毒蛇咬到"). */
const LIFE_AGO = /年轻时|年轻的时候|小时候|那些年/
const AGAIN = /(?:又|再次|重新)$/
/** A turn to the present that ends a message's leisure ("建议…以后装个红绿灯，不过现在先派车"); "!" alone does not. */
const LEISURE_ENDS = /正在|正(?:拿|用|往|朝|把|对)|现在|还在|此刻|刚才|刚刚|快来|赶快|救命|派车|先不说/
const YEAR = /((?:19|20)\d{2})年/g
/** A year before this one governs its sentence ("我替我外婆问一下，1998年她家老房子着火烧了"). */
function pastYear(frame: string, today: Date): boolean {
  for (const m of frame.matchAll(YEAR)) if (Number(m[1]) < today.getFullYear()) return true
  return false
}
/** A sign of "now" that ends a past frame earlier in the sentence ("之前反映过…今天晚上…发现门口躺着个人"). */
// "到现在也没说清楚" means "still not": it does not bring a past frame to the present.
const NOW_MARK =
  /这回|这次|正在|(?:(?<=想到)|(?<!到))现在|还在|此刻|目前|今天|今晚|今早|刚才|刚刚|刚(?=收到|接到|发现|看到|看见|听到)|这会儿|快来|赶快|救命|结果呢|天哪|天啊|不好了|糟了|就在(?:我)?(?:写|打字|发)[^,。!?;]{0,6}时候|!/g
/**
 * A message that opens in the past and never says "now" ("上周邻居家孩子走丢了…", "琴日…撞咗电灯柱") is told
 * after the fact: the model, which reads n-grams and not tense, is not asked about it. Fifteen of the
 * 4,490 hand-written emergencies (examples and fixture, rounds to 106) open this way, most from round 94, written
 * to trap it ("2019年我们家装修的时候电线就是私拉的…配电箱那边啪的一声，冒出了火苗"), and the lexicon finds all of them;
 * 333 of the 4,382 ordinary ones do.
 */
const OPENS_IN_PAST = new RegExp(`^(?:我们|我|他们|他|她)?(?:${PAST_SENTENCE.source}|昨天|昨晚|前天)`)
const SAYS_NOW = new RegExp(NOW_MARK.source)
/**
 * A date in the past anywhere, and no "now" ("我屋头老汉儿去年摔了一跤 到现在腰杆都直不起来"): told after the fact
 * too. Of the 4,400 hand-written emergencies (rounds to 106), 21 read this way (most from round 94, written to
 * trap it), and the lexicon finds all of them; 405 of the 4,292 tricky ordinary ones do.
 */
const DATED_PAST =
  /去年|前年|上个月|几年前|多年前|年前|上周|上星期|上个?礼拜|前几天|前些天|前两天|那年|当年|小时候|年轻时/
/**
 * What ends a report's hold on the sentence: a sign of now, or a date that opens a clause of its own. A
 * date inside the report ("新闻说今天早上高速连环追尾，好几辆车着火") is part of what was reported;
 * "以前总听人说电动车会起火，今天真碰上了" moves on, and so does a clause in the writer's own voice
 * ("新闻里才说要下暴雨，俺村这河已经漫上来了").
 */
const REPORT_RESET =
  /(?:^|[,，])(?:今天|今晚|今早)|[,，](?:俺|我们|我|咱)|(?<!以为|不是|跟|像)真的(?!一样|似的)|结果真|这回真|真出事|不是(?:演(?:练|习)|电影|特效|戏|梦)|醒来|(?<!新闻)一看|(?<!真的)(?:一样|似的)[,，]|真在|确实在|正在|(?:(?<=想到)|(?<!到))现在|还在|此刻|目前|刚才|刚刚|这会儿|快来|赶快|救命|!/g
/**
 * What beside a term ends a past or reported frame: a strict sign of now, but not a cry, which the story itself
 * may hold ("我刚看完一部电影，主角被困…他拼命砸门喊救命").
 */
const FRAME_ENDS = new RegExp(PRESENT_STRICT.source.replace('救命(?!钱)|', ''))
/** The writer's own moment, which ends hearsay even inside one long unpunctuated clause. */
const OWN_MOMENT = /刚才|刚刚|这会儿|(?<!新闻)一看|真在|亲眼|此刻|等一下|不对不对|先不说|(?:你|他|她)怎么了/g
const MORNING_AFTER_NIGHT = /早上|今早|一早|早晨|天亮|今天/
const SOFT_BLOCKER =
  /^(?:经常|天天|每天|每晚|总是|老是|时常|常常|每次|每逢|想问|想咨询|想了解|学习|新闻|报道|刷到|听说|消防|知识|宣传|隐患|演习|演练|模拟|培训|讲座|示范|演示|密室|鬼屋)$/
/** A drill or a habit that turned real ("演习刚结束，三楼真的冒烟了", "结果真有个罐子漏了，不是演练"). */
const TURNED_REAL = /(?<!以为|不是|跟|像)真的(?!一样|似的)|结果真|这回真|真出事|不是演(?:练|习)/
/** Past times that can open an ongoing state (`sinceOk` terms). */
const SINCE = /^(?:昨天|昨晚|昨夜|前天|前晚)$/
const BLOCK_BEFORE_ALL = new RegExp(BLOCK_BEFORE.source, 'g')
/** Characters kept before the blocker window for look-behinds to read. */
const LOOK_BEHIND = 3
/** How far back in the clause a past/hypothetical marker still governs the term. */
const BEFORE_WINDOW = 12
/** How near a sign of "now" must be (unpunctuated text can run for hundreds of characters). */
const PRESENT_BEFORE = 15
const PRESENT_AFTER = 10
/** Minutes ago, or missing for an hour now: what a narrative says when it turns to a live emergency. */
const JUST_NOW =
  /至今不到[^,。!?;]{0,4}分钟|不到[一二三四五六七八九十\d]+分钟|先不说|先不问|先放一放|不是最要紧|最要紧的是|说个急事|刚才|刚刚|这会儿|已经(?:[一二三四五六七八九十两半几\d]+)(?:个)?(?:多)?(?:半)?(?:小时|钟头|分钟)了|(?:快|都)(?:[一二三四五六七八九十两半几\d]+)(?:个)?(?:多)?(?:小时|钟头|分钟)(?:了|都没)/
const JUST_NOW_SENTENCE = 150
/** Beyond this length a message is a written narrative: emergencies then need an explicit "now". */
const NARRATIVE_CHARS = 300
/** How far either side of a match a `needsContext` concept may be. */
const CONTEXT_CHARS = 30
/** Beijing's heating season runs 15 November – 15 March. */
const inHeatingSeason = (d: Date) => {
  const m = d.getMonth() + 1
  const day = d.getDate()
  return m === 12 || m === 1 || m === 2 || (m === 11 && day >= 15) || (m === 3 && day <= 15)
}
const MENTIONS_COLD = /冬天|寒冷|零下|冻|很冷|太冷|好冷|冷得/
/** 119 (fire, gas, rescue) outranks 110 (violence), which outranks 120 (medical). */
const HOTLINE_RANK: Record<Hotline, number> = { '119': 3, '110': 2, '120': 1 }

// `any` (non-global) rules out the many absent terms without the allocations of `matchAll`.
const GLOBAL_TERMS = URGENCY_TERMS.map((t) => ({
  term: t,
  any: new RegExp(t.pattern.source),
  re: new RegExp(t.pattern.source, 'g'),
}))
/**
 * Most messages match none of the terms: a term whose required characters are all absent is skipped
 * without running its pattern (2,051 evaluation messages: 67 of 79 µs per message went on those scans).
 */
const PREFILTER = new TermPrefilter(URGENCY_TERMS.map((t) => t.pattern))

/** The parts of the match's clause before and after it; `after` keeps the closing mark ("着火了!"). */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let s = start
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1]!)) s--
  let e = end
  while (e < text.length && !CLAUSE_BREAK.test(text[e]!)) e++
  return { before: text.slice(s, start), after: text.slice(end, Math.min(text.length, e + 1)) }
}

/**
 * Whether a blocker in the window before a term makes it something else. A past time that the window then
 * moves on from ("从上周就一直跟着我现在就站在门口不走") no longer governs the term; other blockers (如果,
 * 演练, 担心…) do whatever follows them.
 */
function blockedBefore(window: string, sinceOk = false, later = '', lead = 0): boolean {
  const m = firstBlocker(window, lead)
  if (!m) return false
  const rest = window.slice(m.index + m[0].length)
  if ((PAST_SENTENCE.test(m[0]) || (sinceOk && SINCE.test(m[0]))) && (sinceOk || SAYS_NOW.test(rest)))
    return blockedBefore(rest, sinceOk, later)
  // A habit, a question or a topic that the message then moves on from to now, before the term or just
  // after it ("经常去的那家店现在着火了", "想问下我家煤气漏了现在怎么办"), or that turned real ("演练…结果真…");
  // what-ifs, warnings and fiction keep blocking.
  if (SOFT_BLOCKER.test(m[0]) && (SAYS_NOW.test(rest + later) || TURNED_REAL.test(rest + later)))
    return blockedBefore(rest, sinceOk, later)
  // "昨晚烧炕 早上咋叫也叫不醒": last night's cause, this morning's state.
  if (/^(?:昨晚|昨夜)$/.test(m[0]) && MORNING_AFTER_NIGHT.test(rest)) return blockedBefore(rest)
  return true
}

/**
 * The first blocker that reaches into the window past its `lead` characters: those few characters are there
 * only so that look-behinds see what comes before the window ("刚发完朋友圈就看见…" is not 朋友圈 as hearsay).
 */
function firstBlocker(text: string, lead: number): RegExpExecArray | null {
  BLOCK_BEFORE_ALL.lastIndex = 0
  for (let m = BLOCK_BEFORE_ALL.exec(text); m; m = BLOCK_BEFORE_ALL.exec(text)) {
    if (m.index + m[0].length > lead) return m
    if (m[0].length === 0) BLOCK_BEFORE_ALL.lastIndex++
  }
  return null
}

function pastInside(match: string): boolean {
  const m = PAST_INSIDE.exec(match)
  return m !== null && !SAYS_NOW.test(match.slice(m.index + m[0].length))
}

/**
 * An animal in trouble earlier in the sentence and no person named since ("河里有一头野猪掉进去了，在水里扑腾"):
 * the term is about the animal.
 */
function animalSubject(sentence: string): boolean {
  let last = -1
  for (const m of sentence.matchAll(ANIMAL_TROUBLE_ALL)) last = m.index + m[0].length
  return last >= 0 && !PERSON_WORD.test(sentence.slice(last))
}
const ANIMAL_TROUBLE_ALL = new RegExp(ANIMAL_TROUBLE.source, 'g')
/** A sentence that opens with a pet and names no person after it ("狗狗被蜜蜂蜇了嘴巴 肿了一点"). */
function animalClause(before: string): boolean {
  const m = ANIMAL_OPENS.exec(before)
  return m !== null && !PERSON_WORD.test(before.slice(m[0].length))
}
const PERSON_WORD =
  /人|孩子|小孩|老人|娃|他|她|爸|妈|爷|奶|儿|女|哥|姐|弟|妹|婆婆|公公|老公|老婆|姨|叔|伯|师傅|员|客|生|汉|自己/

/** The whole sentence the match stands in. */
function sentenceAround(text: string, start: number, end: number): string {
  let e = end
  while (e < text.length && !SENTENCE_BREAK.test(text[e]!)) e++
  return sentenceBefore(text, start) + text.slice(start, e)
}

/** The sentence before the match. */
function sentenceBefore(text: string, start: number): string {
  let s = start
  while (s > 0 && !SENTENCE_BREAK.test(text[s - 1]!)) s--
  return text.slice(s, start)
}

/**
 * The sentence before the match, from its last sign of "now" (`marks`): a past or reported frame set up a
 * clause earlier still governs the match, unless the sentence moved on to the present since.
 */
function sentenceFrame(text: string, start: number, marks: RegExp = NOW_MARK): string {
  return sinceLastMark(sentenceBefore(text, start), marks)
}

/** `text` after the last of `marks` in it (all of it when there is none). */
function sinceLastMark(text: string, marks: RegExp): string {
  let from = 0
  for (const m of text.matchAll(marks)) from = m.index + m[0].length
  return text.slice(from)
}

/** The text the lexicon reads: normalized, spaces dropped between Chinese characters, dialect folded. */
function urgencyText(text: string): string {
  // Spaces carry no meaning in Chinese; dropping them keeps the context windows in characters.
  // Spaces between Latin words stay, so the few English terms still see word boundaries.
  const norm = normalizeText(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).replace(
    /(?<![A-Za-z])[ \t]+|[ \t]+(?![A-Za-z])/g,
    '',
  )
  // An ellipsis ends a thought ("之前投诉的路灯还没修……算了先不说这个，楼下车库往外冒烟"): a sentence break.
  return foldDialect(norm).replace(/\.{2,}|…+/g, '。')
}

/** A month of this year, or a time that names one occasion ("今年三月份…", "三年前七月那场大水"). */
const PAST_OCCASION =
  /今年[^,。!?;]{0,3}(?:[一二三四五六七八九十]+|\d+)月|今年(?:春天|夏天|秋天|冬天|清明|端午|中秋|春节|国庆|五一|年初)|(?:[一二三四五六七八九十两几]+|\d+)年前|旧年|那场|当时/
/** Below this length a message is a chat line, where a date more likely says when a live thing began. */
const TOLD_AFTER_CHARS = 80
/**
 * A letter that opens in the past or dates its events, and never says "now" ("去年腊月二十三晚上，我们楼下一楼的车库着了
 * 火，火苗子蹿起来有两层楼高…"): it is read like a narrative, where an emergency needs a sign of now beside it.
 */
function toldAfterTheFact(norm: string): boolean {
  return (
    norm.length >= TOLD_AFTER_CHARS &&
    (OPENS_IN_PAST.test(norm) || DATED_PAST.test(norm) || PAST_OCCASION.test(norm)) &&
    !SAYS_NOW.test(norm)
  )
}

/**
 * Whether the model is asked about a message the lexicon found nothing in: enough Chinese to judge, and nothing
 * that makes it told after the fact (dated in the past with no "now", over, a joke, fiction revealed, an animal).
 * Training chooses the model's threshold on the messages that pass this, as they are the only ones it answers.
 */
export function modelMayJudge(text: string): boolean {
  if (!text?.trim() || !modelCanJudge(text)) return false
  return gatePasses(urgencyText(text))
}

function gatePasses(norm: string): boolean {
  const fictionRuledOut = NOT_FICTION.test(norm)
  return (
    (fictionRuledOut || !DISCLAIMER.test(norm)) &&
    !((OPENS_IN_PAST.test(norm) || DATED_PAST.test(norm)) && !SAYS_NOW.test(norm)) &&
    !RESOLVED.test(norm) &&
    !JOKING.test(norm) &&
    !ANIMAL_TROUBLE.test(norm) &&
    !(AT_LEISURE.test(norm) && !LEISURE_ENDS.test(norm)) &&
    !animalClause(norm) &&
    (fictionRuledOut || !LATE_REVEAL.test(norm))
  )
}

export function detectUrgency(text: string, options: UrgencyOptions = {}): UrgencyResult {
  if (!text?.trim()) return { urgency: 'normal', reasons: [], hotline: null }
  const norm = urgencyText(text)
  const fictionRuledOut = NOT_FICTION.test(norm)
  if (DISCLAIMER.test(norm) && !fictionRuledOut) return { urgency: 'normal', reasons: [], hotline: null }
  const today = options.now ?? new Date()
  const winter = inHeatingSeason(today) || MENTIONS_COLD.test(norm)
  const narrative = norm.length > NARRATIVE_CHARS || toldAfterTheFact(norm)
  const emergency = new Set<string>()
  const urgent = new Set<string>()
  let hotline: Hotline | null = null
  let cryHotline: Hotline | null = null
  const candidate = PREFILTER.candidates(norm)
  for (let i = 0; i < GLOBAL_TERMS.length; i++) {
    if (!candidate[i]) continue
    const { term, any, re } = GLOBAL_TERMS[i]!
    if (term.winterOnly && !winter) continue
    if (term.requires && !term.requires.test(norm)) continue
    if (!any.test(norm)) continue
    re.lastIndex = 0
    for (const m of norm.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (WHAT_IF_INSIDE.test(m[0]) || HABIT_INSIDE.test(m[0]) || pastInside(m[0])) continue
      const { before, after } = clauseAround(norm, start, end)
      if (ALWAYS_BEFORE.test(before) && !OLD_THING.test(m[0])) continue
      if (SIMILE_BEFORE.test(before) && SIMILE_AFTER.test(after)) continue
      if (LIKE_BEFORE.test(before) && LIKE_AFTER.test(after)) continue
      if (QUOTE_OPENS.test(before) && QUOTED_NAME_AFTER.test(norm.slice(end))) continue
      if (NAMED_QUOTE_BEFORE.test(before)) continue
      if (
        ANIMAL_BEFORE.test(before) ||
        animalSubject(sentenceBefore(norm, start) + m[0]) ||
        animalClause(sentenceBefore(norm, start))
      )
        continue
      if (HANDLED_LATER.test(norm.slice(end, end + 40)) || AFTERMATH.test(sentenceBefore(norm, start))) continue
      if (!fictionRuledOut && LATE_REVEAL.test(norm.slice(end))) continue
      if (
        NEGATED_BEFORE.test(before) ||
        blockedBefore(
          before.slice(-(BEFORE_WINDOW + LOOK_BEHIND)),
          term.sinceOk,
          after.slice(0, PRESENT_AFTER),
          Math.min(LOOK_BEHIND, Math.max(0, before.length - BEFORE_WINDOW)),
        )
      )
        continue
      // From the clause's last turn to the writer's own moment: in voice input with no punctuation, "听说要在手机上弄"
      // early on does not make "我老伴刚才…捂着胸口蹲地上了" hearsay.
      if (REPORTED_BEFORE.test(sinceLastMark(before, OWN_MOMENT))) continue
      // "上个月楼道里有人的电动车电池自燃": the frame may open the sentence, beyond BLOCK_BEFORE's window;
      // "现在" or "!" beside the term overrides it.
      const frame = sentenceFrame(norm, start)
      const reported = REPORTED_BEFORE.test(sentenceFrame(norm, start, REPORT_RESET))
      if (
        ((!term.sinceOk && PAST_FRAME.test(frame)) || reported || LIFE_AGO.test(frame) || pastYear(frame, today)) &&
        !FRAME_ENDS.test(m[0] + after)
      )
        continue
      if (BLOCK_AFTER.test(after) || HYPOTHETICAL_AFTER.test(after)) continue
      if (
        term.needsContext &&
        !term.needsContext.test(norm.slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS))
      )
        continue
      const around = norm.slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS)
      // What was put out and flared up again ("…盖灭了，结果刚才又烧起来了") is not over.
      if ((term.excludeNear?.test(around) && !AGAIN.test(before)) || JOKING.test(around)) continue
      if (term.excludeAfter?.test(after) || term.excludeBefore?.test(before.slice(-BEFORE_WINDOW))) continue
      let tier: 'emergency' | 'urgent' | null = term.tier
      // The term itself is left out of the strict check: "救命" must not vouch for itself.
      const near = before.slice(-PRESENT_BEFORE) + after.slice(0, PRESENT_AFTER)
      const now = term.nowSuffix?.test(after) === true
      if (term.tier === 'emergency' && narrative) {
        // A retold emergency in a petition is history, not a call for help; but a long message that turns to
        // what happened minutes ago ("…先不问了，我儿子刚才还在广场…一抬头人就不见了") is a call for help.
        // Only a punctuated sentence says so: an unpunctuated petition is one "sentence" of hundreds of characters.
        const sentence = sentenceAround(norm, start, end)
        if (!PRESENT_STRICT.test(near) && !now && !(sentence.length <= JUST_NOW_SENTENCE && JUST_NOW.test(sentence)))
          tier = null
      } else if (
        term.needsPresent &&
        !PRESENT.test(before.slice(-PRESENT_BEFORE) + m[0] + after.slice(0, PRESENT_AFTER)) &&
        !now
      ) {
        tier = term.fallback ?? null
      }
      if (tier === 'emergency') {
        emergency.add(term.reason)
        if (term.cry) cryHotline ??= term.hotline ?? null
        else if (term.hotline && (!hotline || HOTLINE_RANK[term.hotline] > HOTLINE_RANK[hotline]))
          hotline = term.hotline
      } else if (tier === 'urgent') urgent.add(term.reason)
      if (tier) break
    }
  }
  if (emergency.size) return { urgency: 'emergency', reasons: [...emergency], hotline: hotline ?? cryHotline }
  if (urgent.size) return { urgency: 'urgent', reasons: [...urgent], hotline: null }
  // Only a message the lexicon found nothing in: an urgent finding (电梯困人, 停暖) is a decision already made.
  const model = options.model === undefined ? defaultEmergencyModel() : options.model
  if (model && modelCanJudge(text) && gatePasses(norm)) {
    if (emergencyProbability(model, text, false).p >= model.threshold) {
      const opinion = emergencyProbability(model, text)
      return { urgency: 'emergency', reasons: [`疑似险情（${opinion.cues.join('、')}）`], hotline: opinion.hotline }
    }
  }
  return { urgency: 'normal', reasons: [], hotline: null }
}
