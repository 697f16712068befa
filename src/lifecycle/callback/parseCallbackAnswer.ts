/**
 * Understands a callback (回访) answer in free text: "解决了，挺满意", "没解决", "一般吧", "1 2".
 * Each question is answered independently; what the text does not say stays null, so the caller can
 * ask for the missing half. Negations are matched before the positive words they contain
 * ("没解决" before "解决", "不满意" before "满意").
 */
export type Satisfaction = 'satisfied' | 'basically_satisfied' | 'unsatisfied'

export interface CallbackAnswer {
  resolved: boolean | null
  satisfaction: Satisfaction | null
}

const UNRESOLVED =
  /(没有?(能|得到|给|被)?(解决|处理|修好?|弄好|办好|落实|整改|改善|管)|未(能|被|得到)?(解决|处理|修|落实|整改)|不(能)?解决|尚未|还没(有)?(好|解决|处理|修|弄|办)|问题(还|依然|仍然|依旧)(在|存在|没)|(依然|仍然|依旧|还是)(没|存在|老样子|一样)|老样子|没(人|有人)(管|来|处理)|没效果|不了了之)/
const RESOLVED =
  /(已经?(解决|处理|修好|修复|弄好|办好|落实|整改)|解决了|处理了|(修|弄|办|搞)好了|修复了|搞定|没问题了|好了|解决|处理完)/
const UNSATISFIED =
  /(不(太|很|怎么|是很)?满意|非常不满|很不满|不满|差评|太差|很差|失望|敷衍|推诿|态度(很|太)?(差|恶劣))/
const BASIC = /(基本满意|比较满意|还行|还可以|一般|凑合|马马虎虎|过得去|尚可|还算满意|说得过去)/
const SATISFIED = /(非常满意|很满意|挺满意|满意|好评|点赞|很好|不错|太好了|给力)/

function resolvedOf(s: string): boolean | null {
  if (UNRESOLVED.test(s)) return false
  if (RESOLVED.test(s)) return true
  return null
}

function satisfactionOf(s: string): Satisfaction | null {
  if (UNSATISFIED.test(s)) return 'unsatisfied'
  if (BASIC.test(s)) return 'basically_satisfied'
  if (SATISFIED.test(s)) return 'satisfied'
  return null
}

/** Bare digits ("1", "2") are not taken as answers: which question they answer is ambiguous. */
export function parseCallbackAnswer(text: string): CallbackAnswer {
  const s = text.replace(/\s+/g, '')
  if (!s || s.length > 200) return { resolved: null, satisfaction: null }
  return { resolved: resolvedOf(s), satisfaction: satisfactionOf(s) }
}

export function isComplete(a: CallbackAnswer): a is { resolved: boolean; satisfaction: Satisfaction } {
  return a.resolved !== null && a.satisfaction !== null
}

export function merge(prev: Partial<CallbackAnswer> | undefined, next: CallbackAnswer): CallbackAnswer {
  return {
    resolved: next.resolved ?? prev?.resolved ?? null,
    satisfaction: next.satisfaction ?? prev?.satisfaction ?? null,
  }
}
