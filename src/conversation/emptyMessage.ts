/**
 * Messages that carry no matter to act on, told apart so each gets the reply that moves the conversation on:
 * - `intent_only`: "你好，我想投诉", "我要举报" — the citizen says what kind of request, not what happened;
 * - `no_words`: emoji, digits or punctuation alone ("😡😡😡", "12345");
 * - `foreign`: a message with no Chinese in it ("hello, anyone speak English?").
 * Filing the first as a ticket would send a unit "我想投诉" and nothing else.
 */
import type { Intent } from '../understanding/types.js'

export type EmptyMessage = { kind: 'intent_only'; intent: Intent } | { kind: 'no_words' } | { kind: 'foreign' }

const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z]/g
const DECLARED: Array<[RegExp, Intent]> = [
  [/举报|检举/, 'report'],
  [/求助|求救|帮忙|帮助/, 'help'],
  [/建议|提议/, 'suggestion'],
  [/表扬|感谢信|点赞/, 'praise'],
  [/咨询|问个问题|问一下/, 'consultation'],
  [/投诉|反映|反应|诉求|问题|事情/, 'complaint'],
]
/** What such a message is made of besides its one request word. */
const FILLER =
  /你好|您好|在吗|请问|麻烦|我想|我要|想要|我需要|需要|要|想|我|你们|个|一个|一件|一下|下|有|事|情况|关于|的|了|啊|呀|吧|呢|请|帮我|给我|[\s，。！？!?,.~～、…]/gu

export function emptyMessage(text: string): EmptyMessage | null {
  const s = text.trim()
  if (!HAN.test(s)) {
    return (s.match(LATIN)?.length ?? 0) >= 3 ? { kind: 'foreign' } : { kind: 'no_words' }
  }
  if (s.length > 20) return null
  let rest = s
  let intent: Intent | null = null
  for (const [re, kind] of DECLARED) {
    if (re.test(rest)) {
      intent ??= kind
      rest = rest.replace(new RegExp(re.source, 'gu'), '')
    }
  }
  if (!intent) return null
  return rest.replace(FILLER, '').length === 0 ? { kind: 'intent_only', intent } : null
}
