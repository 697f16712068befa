/**
 * Text normalization shared by category, intent and urgency understanding.
 *
 * Citizens type full-width digits, traditional characters (Hong Kong / Taiwan input methods),
 * mixed English and emoji. The models and lexicons are written in simplified Chinese, so every
 * input goes through the same fold first: NFKC (full-width → half-width), lower case, and a
 * traditional → simplified character table.
 */

import { characterTable, foldCharacters, TRADITIONAL_TO_SIMPLIFIED } from '../../text/toSimplified.js'

// OpenCC's character table (src/text/toSimplified.ts), plus 著 → 着: in these messages 著 is almost
// always 着 (著火, 著急), which a character table cannot know because it depends on the word.
const TRAD_TO_SIMP = characterTable(new Map([...TRADITIONAL_TO_SIMPLIFIED, ['著', '着']]))

/** NFKC, lower case, traditional → simplified. Length may change only through NFKC. */
/** The last input and its result: one analysis normalizes the same message for intent, urgency and category. */
let lastText = ''
let lastNormalized = ''

export function normalizeText(text: string): string {
  if (text === lastText) return lastNormalized
  const normalized = foldCharacters(text.normalize('NFKC').toLowerCase(), TRAD_TO_SIMP)
  lastText = text
  lastNormalized = normalized
  return normalized
}
