/** Mixed-language messages: the plainest English calls for help, reported with the Chinese reasons. */
import { term, type UrgencyTerm } from './UrgencyTerm.js'

export const ENGLISH_TERMS: readonly UrgencyTerm[] = [
  term('着火', /\b(?:on fire|fire|smoke everywhere|explosion)\b/i, 'emergency', {
    hotline: '119',
    excludeAfter:
      /^\s*(?:lane|exit|alarm|drill|safety|hazard|door|extinguisher|station|wall|insurance|hydrant|fighters?|works|place|brigade|department|service|engine|truck|training|inspection|certificate)/i,
    // "119 for fire": digits and words run together once spaces after digits are dropped ("119for fire").
    excludeBefore: /\b(?:no|not|ceasefire|you're|you are|got|or|about|of|learn)\s*$|for\s*$/i,
  }),
  term('燃气泄漏', /\bgas leak|smell(?:s)? (?:of )?gas\b/i, 'emergency', { hotline: '119' }),
  term(
    '急症',
    /\b(?:unconscious|not breathing|heart attack|fainted|collapsed|bleeding|stroke|seizure|choking|overdosed?|can'?t breathe|not responding|ambulance|took (?:some|many|a lot of|too many|all (?:the|his|her|my)) pills|(?:can ?not|can'?t|won'?t) wake (?:him |her |them )?up|breathing (?:very )?slow(?:ly)?)\b/i,
    'emergency',
    {
      hotline: '120',
      // "Is 120 for ambulance?": a question about the number; a fare to claim back is paperwork.
      excludeBefore: /for\s*$/i,
      excludeNear:
        /reimburs|\bbills?\b|\bfees?\b|\bcost\b|\bcharged?\b|insurance|last (?:week|month|year)|报销|医保|多少钱/i,
    },
  ),
  term('溺水', /\b(?:drowning|stabbed|kidnapped|being attacked)\b/i, 'emergency', { hotline: '110' }),
  // Round 35: smoke filling a hallway; a face and lips swelling, breath failing.
  term(
    '室内浓烟',
    /\b(?:full of|thick|black|lots of) smoke\b|\bsmoke (?:everywhere|coming (?:in|out|under|through))\b|\bthe door is hot\b/i,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term(
    '过敏',
    /\b(?:can ?barely|hardly) breathe\b|\b(?:face|lips|throat|tongue)\b[^.!?]{0,24}\bswell(?:ing|ed|s)?\b/i,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // A driver who has locked the doors and will not stop or let the passenger out.
  term(
    '非法拘禁',
    /\blocked the doors?\b[^.!?]{0,60}\b(?:won'?t stop|driving away|wrong way|not the right way)|\bwon'?t let (?:me|us) (?:out|off|go)\b/i,
    'emergency',
    { hotline: '110' },
  ),
  term(
    '被跟踪',
    /\b(?:(?:is|are|been|keeps?) (?:following|stalking) me|break(?:ing)? in(?:to)?|broke(?:n)? into|i'?m hiding (?:in|under|behind))\b/i,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Labour: waters broken, contractions a minute apart, the baby coming.
  term(
    '急症',
    /\bwater(?:s)? (?:has |have )?broke(?:n)?\b|宫缩[^,。!?;]{0,6}(?:一分钟|几分钟|越来越|很密|好密|频繁)|(?:baby|孩子|宝宝)[^,。!?;]{0,2}要出来了/i,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Rounds 21 and 22: a scald told in English; a man with a knife.
  term(
    '烧烫伤',
    /\b(?:boiling water|hot oil|burn(?:ed|t)?)\b[^.!?]{0,60}\b(?:blisters?|skin (?:is )?peeling)|\b(?:blisters?|skin (?:is )?peeling)\b[^.!?]{0,60}\b(?:boiling|burn)/i,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('持刀伤人', /\b(?:with|has|holding|holds) (?:a |the )?knife\b|\bstabbing\b/i, 'emergency', { hotline: '110' }),
  term('有人被压埋冲走', /\bswept away\b|\bcarried away by the (?:current|water|flood)\b/i, 'emergency', {
    hotline: '119',
  }),
  // Rounds 27 and 28: a threat to kill and a hammer on the doors; flames in English.
  term(
    '人身威胁',
    /\b(?:will|gonna|going to|wants? to) kill (?:us|me|you|her|him)\b|\bhitting the doors?\b/i,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('着火', /\bflames?\b(?! retardant)|\bcan'?t put it out\b/i, 'emergency', { hotline: '119' }),
  // Round 45: a heart attack told in English.
  term(
    '心脏病',
    /\b(?:grabb?(?:ed|ing) (?:his|her|my) chest|clutch(?:ed|ing) (?:his|her|my) chest|chest pain|pain (?:going|spreading|moving) (?:to|into|down) (?:his |her |my |the )?left arm)\b/i,
    'emergency',
    { hotline: '120' },
  ),
  // Round 54: fuel poured over oneself with a lighter in hand.
  term(
    '油气遇火',
    /\bpour(?:ing|ed|s)? (?:gasoline|petrol|gas|fuel) (?:on|over) (?:himself|herself|themselves|him|her)\b/i,
    'emergency',
    { hotline: '119' },
  ),
  // Round 57: blue lips and barely breathing after pills.
  term('急症', /\blips (?:are |turning |turned |look )?(?:blue|purple)\b|\bbarely breath(?:e|es|ing)\b/i, 'emergency', {
    hotline: '120',
  }),
  // Round 60: a beating told in English.
  term(
    '暴力正在发生',
    /\b(?:hitting|beating|punching|kicking|stabbing|strangling) (?:a|the|his|my|her|an old) (?:woman|man|girl|boy|child|kid|wife|husband|person|lady)\b/i,
    'emergency',
    { hotline: '110' },
  ),
  term('急症', /\b(?:she|he)(?:'s| is) not moving\b/i, 'emergency', { hotline: '120' }),
  // Round 73: a beating told half in English.
  term('群殴', /\bbeating (?:now|him|her|me|us|them)\b|被[^,。!?;]{0,6}\bbeat(?:ing|en)?\b/i, 'emergency', {
    hotline: '110',
  }),
  // Round 78: a corridor filling with smoke; a neighbour calling out behind a locked door.
  term(
    '着火',
    /\b(?:filling (?:up )?with|full of) (?:\w+ )?smoke\b|\bsmoke (?:is )?(?:coming|pouring|filling)\b/i,
    'emergency',
    {
      hotline: '119',
    },
  ),
  term('有人被困', /\b(?:calling|crying|shouting) (?:out )?(?:for help )?from inside\b/i, 'emergency', {
    hotline: '119',
  }), // Round 91: a lost child in mixed English ("help 我 lost 我的 son 6 years old 在 mall 刚才").
  term('儿童走失', /\blost[^。!?;]{0,6}(?:son|daughter|kid|child|baby|儿子|女儿|孩子)/i, 'emergency', {
    hotline: '110',
    needsContext: /岁|years?|刚才|分钟|just now|mall|商场|help/,
  }),
]
