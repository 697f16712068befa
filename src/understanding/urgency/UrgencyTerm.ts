/**
 * One entry of the urgency lexicon (urgencyLexicon.ts) and the helper that writes one. Patterns run on
 * normalized text (simplified Chinese, half-width punctuation, lower-case Latin); `reason` is what the
 * result reports, so it is a short Chinese label.
 */
export type Hotline = '110' | '119' | '120'

export interface UrgencyTerm {
  reason: string
  pattern: RegExp
  tier: 'emergency' | 'urgent'
  hotline?: Hotline
  needsPresent?: boolean
  /** Tier used when `needsPresent` is set but the clause has no sign of "now"; absent → ignored. */
  fallback?: 'urgent'
  /** Only in the heating season (or when the text itself mentions cold). */
  winterOnly?: boolean
  /** Clause text before the match that makes this term something else (烟囱冒烟 is pollution). */
  excludeBefore?: RegExp
  /**
   * A concept near the match (CONTEXT_CHARS either side, across commas) that makes it something else:
   * "救命啊，这个社保系统怎么又登不上了" is about a website.
   */
  excludeNear?: RegExp
  /** Text right after the match that makes it something else (救命钱, 落水管). */
  excludeAfter?: RegExp
  /** A suffix that by itself says "now" for a `needsPresent` term ("发生火灾了"). */
  nowSuffix?: RegExp
  /**
   * A concept that must also appear near the match (CONTEXT_CHARS either side, across commas): a
   * general sign ("还有人", "出不来") counts only beside a hazard, an act beside a person.
   */
  needsContext?: RegExp
  /**
   * A cry for help (救命, 快来人) says there is danger but not which: its hotline is used only when no
   * other term names one ("快来人 我爸倒了 叫不醒" is 120's, not 110's).
   */
  cry?: boolean
  /**
   * A cheap test the text must pass before `pattern` runs. Patterns that open with the person list
   * (人, 他, 老…) start a match at most characters of a long message; checking the rarer words they end
   * with first took urgency from 140 to 97 µs per evaluation message, with the same findings.
   */
  requires?: RegExp
  /**
   * A past time before the term is when an ongoing state began ("昨晚上跑出去到现在没回来"): it does not make
   * the term history. Other blockers (如果, 担心…) still apply.
   */
  sinceOk?: boolean
}

export const term = (
  reason: string,
  pattern: RegExp,
  tier: UrgencyTerm['tier'],
  extra: Partial<UrgencyTerm> = {},
): UrgencyTerm => ({ reason, pattern, tier, ...extra })

export const NOW_SUFFIX = /^(?:了|啦)/

/** Who can be in danger: the subjects of the person-cued families. */
export const PERSON =
  '(?:人|我爸|我妈|爸爸|妈妈|老人|老太太|老大爷|老太|老头|奶奶|爷爷|姥姥|姥爷|外婆|外公|孩子|小孩|宝宝|婴儿|儿子|女儿|闺女|老婆|老公|丈夫|妻子|媳妇|工人|同事|朋友|室友|邻居|司机|乘客|学生|男的|女的|娃|婆婆|公公|老汉|老人家|大爷|大妈|娭毑|阿嫲|阿婆|阿公|工友|员工|师傅|船员|职工|帮工|小伙子?|男孩|女孩|姑娘|男子|女子|同学|游客|病人|老阿婆|小哥|骑手|外卖员|快递员|行人|路人|妮儿|小工|阿伯|阿叔|阿姨|大叔|大哥|大姐|伢崽|老头|他|她)'
/** A hazard in progress that turns "还有人", "出不来", "没出来" into a rescue. */
// 翻 as overturned, not as rummaging (翻东西) or climbing in (翻墙, 翻窗).
export const HAZARD_CONTEXT =
  /火|烟|塌|垮|倒塌|淹|进水|水漫|洪|炸|翻(?!东西|抽屉|箱|柜|找|看|墙|窗)|压|撞|卡|困|泄漏|毒气|下不去/
