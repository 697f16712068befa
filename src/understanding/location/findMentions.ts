/**
 * Place mentions in a text: every indexed name found (overlaps are kept; each hypothesis later picks the
 * segmentation that suits it), each candidate weighted by how much a match of that kind at that level
 * usually means in running text.
 */
import type { CityScope, Gazetteer, PlaceLevel } from './gazetteer.js'
import type { NameIndex, NameKind } from './NameIndex.js'
import { aliasCity } from './placeIndexes.js'

export interface WeightedCandidate {
  place: number
  kind: NameKind
  weight: number
}

export interface Mention {
  start: number
  /** End of the name, extended over a level suffix the text adds (后沙峪 + 镇). */
  end: number
  text: string
  candidates: WeightedCandidate[]
}

/** Official names: a full name is strong evidence, more so the more specific it is. */
const FULL: Record<PlaceLevel, number> = { 0: 2, 1: 2.5, 2: 3, 3: 4, 4: 2.5 }
/** Short forms (朝阳, 望京): ordinary words collide with them, most of all two-character ones. */
const SHORT: Record<PlaceLevel, number> = { 0: 1.5, 1: 1.5, 2: 2, 3: 3, 4: 1.5 }
const SHORT_TWO_CHAR_STREET = 1.5
/** A community name this long (十里堡东里) is no accident: it says as much as a street's short form. */
const LONG_VILLAGE = 4
/** A two-character village name only where a river, road or estate is named after it (X河 for the village X, X路). */
const SHORT_TWO_CHAR_VILLAGE = 1
/** A name that is unique nation-wide says more than one shared by dozens of places. */
const UNIQUE_BONUS = 1.5
const ALIAS = 3.5
/** An alias of another city than the one configured: 西湖 is Fuzhou's in Fuzhou, not in Hangzhou. */
const ALIAS_ELSEWHERE = 1.2
const GENERIC = 0.3
/** Share of its weight a name keeps when it lies inside a longer matched name. */
const CONTAINED = 0.5

/**
 * Township short forms and two-character full names that are everyday words or name half the towns of
 * China: they only count when the text adds the level suffix (光明街道, not 光明正大).
 */
const GENERIC_WORDS = new Set(
  (
    '光明 胜利 新华 东风 和平 团结 友谊 红旗 向阳 城关 城南 城北 城东 城西 城中 城郊 新村 新城 中心 人民 解放 建设 幸福 文化 ' +
    '前进 工农 民主 复兴 振兴 繁荣 太平 和谐 新区 城区 郊区 矿区 果园 花园 公园 新镇 滨河 滨江 迎风 荣华 清源 东湖 西湖 南湖 ' +
    '北湖 新兴 兴隆 长安 安定 永安 新安 东关 西关 南关 北关 鼓楼 星城 龙山 永定 新街 河北 河南 山东 东城 西城 南城 北城 ' +
    '开发区 高新区 工业园 工程 大学 中学 小学 医院 车站 机场 大桥 三环 四环 五环 六环 二环 东区 西区 南区 北区 中区 ' +
    '东里 西里 南里 北里 中里 小区 家园 花园 新村 大街 北街 南街 东街 西街 中街 天桥'
  ).split(' '),
)
/** Village names built only from estate words (东里, 北区二区, 中街): they name nothing on their own. */
const GENERIC_ESTATE = /^(([东西南北中前后]?(里|区|街|院|楼|苑|园|巷))|大街|[一二三四五六七八九十]+区)+[东西南北中]?$/u
/** Two-character full district names that are also plain words (攀枝花 东区, 阳泉 城区). */
const GENERIC_FULL_NAMES = new Set(['城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '中区'])

/** The level suffix a text may add after a short form: 后沙峪 + 镇 when the official name is 后沙峪地区. */
const SUFFIX_AFTER: Record<PlaceLevel, RegExp> = {
  0: /^(省|市)/u,
  1: /^(市|地区|州)/u,
  2: /^(区|县|市|旗)/u,
  3: /^(街道办事处|街道|地区|办事处|镇|乡)/u,
  4: /^(社区|居委会|村)/u,
}
/** Roads, lanes and bridges named after places (北京路 in every city, 鼓楼大街, 望京西路). */
const ROAD_AFTER = /^(东|西|南|北|中)?(路|大街|街|大道|道|巷|胡同|桥|高速|公路|线)/u
const ROAD_DISCOUNT: Record<PlaceLevel, number> = { 0: 0.2, 1: 0.2, 2: 0.8, 3: 1, 4: 1 }
/** Features named after the village they run through: rivers, roads, estates. */
const FEATURE_AFTER =
  /^(东|西|南|北|中|内|支|一支)?(河|溪|江|港|湖|塘|渠|浦|涌|桥|路|街|巷|公园|小区|花园|新村|家园|苑|广场|公寓|大厦)/u
/** Names that end like a road (东大街, 建设南路): inside a longer word they are someone else's road. */
const ROAD_LIKE = /(路|街|大街|胡同|巷|道)$/u
const CJK = /\p{Script=Han}/u

export interface MentionContext {
  g: Gazetteer
  scope: CityScope | null
  /** The name indexes to scan: the nation-wide one, plus one city's villages. */
  indexes: NameIndex[]
}

/** What the text around a match says, computed once per match rather than per candidate. */
interface Surroundings {
  text: string
  /** Length of the level suffix written after the name, per level (0 when none). */
  suffix: number[]
  feature: boolean
  road: boolean
  /** A road-like name (东大街) glued to the word before it. */
  roadInsideWord: boolean
  genericWord: boolean
  genericEstate: boolean
  genericFull: boolean
  /** Number of places sharing the name across the indexes. */
  shared: number
}

function surroundings(text: string, start: number, end: number, name: string, shared: number): Surroundings {
  const after = text.slice(end, end + 6)
  const suffix = ([0, 1, 2, 3, 4] as const).map((l) => SUFFIX_AFTER[l].exec(after)?.[0].length ?? 0)
  return {
    text: name,
    suffix,
    feature: FEATURE_AFTER.test(after),
    road: ROAD_AFTER.test(after),
    roadInsideWord: ROAD_LIKE.test(name) && start > 0 && CJK.test(text[start - 1]!),
    genericWord: GENERIC_WORDS.has(name),
    genericEstate: GENERIC_ESTATE.test(name),
    genericFull: GENERIC_FULL_NAMES.has(name),
    shared,
  }
}

function weigh(ctx: MentionContext, s: Surroundings, place: number, kind: NameKind): number {
  const level = ctx.g.level(place)
  const suffixed = s.suffix[level]! > 0
  let w: number
  if (kind === 'alias') {
    const home = aliasCity(s.text, place)
    w = ctx.scope === null || home === ctx.scope.code ? ALIAS : ALIAS_ELSEWHERE
  } else if (kind === 'full') {
    // A village officially called 新村 or 光明 is named by an everyday estate word: "南新村" is rarely it.
    const generic = s.genericFull || (level === 4 && s.text.length === 2 && s.genericWord)
    w = generic ? GENERIC : FULL[level] + (s.shared === 1 && level >= 2 ? UNIQUE_BONUS : 0)
  } else if (level === 4 && s.genericEstate) {
    w = 0
  } else if (level === 4 && s.text.length === 2) {
    w = !s.genericWord && (suffixed || s.feature) ? SHORT_TWO_CHAR_VILLAGE : 0
  } else if (suffixed) {
    w = FULL[level] * 0.9
  } else if (s.genericWord && level >= 3) {
    w = GENERIC
  } else {
    w =
      level === 3 && s.text.length === 2
        ? SHORT_TWO_CHAR_STREET
        : level === 4 && s.text.length >= LONG_VILLAGE
          ? SHORT[3]
          : SHORT[level]
  }
  if (kind !== 'full' && level >= 3 && s.roadInsideWord) w = GENERIC
  // 北京路 and 上海路 run through every city; a road named after a street or village is usually in it.
  else if (!suffixed && level <= 2 && s.road) w *= ROAD_DISCOUNT[level]
  return w
}

/** Every name occurrence with its weighted candidates; zero-weight candidates are dropped. */
export function findMentions(ctx: MentionContext, text: string): Mention[] {
  const out: Mention[] = []
  const raw = ctx.indexes.flatMap((index) => index.scan(text))
  // The same span can come from several indexes (a street name that is also a village's).
  const shared = new Map<string, Set<number>>()
  for (const m of raw) {
    const set = shared.get(m.text) ?? new Set<number>()
    for (const c of m.candidates) set.add(c.place)
    shared.set(m.text, set)
  }
  for (const m of raw) {
    const around = surroundings(text, m.start, m.end, m.text, shared.get(m.text)?.size ?? 1)
    const candidates: WeightedCandidate[] = []
    let end = m.end
    for (const c of m.candidates) {
      const weight = weigh(ctx, around, c.place, c.kind)
      if (weight <= 0) continue
      candidates.push({ place: c.place, kind: c.kind, weight })
      if (c.kind !== 'full') end = Math.max(end, m.end + around.suffix[ctx.g.level(c.place)]!)
    }
    if (candidates.length > 0) out.push({ start: m.start, end, text: m.text, candidates })
  }
  discountContained(ctx.g, out)
  return out
}

/**
 * Longest match first, as in Chinese word segmentation: a name inside a longer community name of the
 * city (幸福家园 inside 恒大幸福家园, 十里堡 inside 十里堡东里) is most likely part of it, not a place of
 * its own. Only communities count as the longer name: they are indexed for the city at hand, whereas a
 * longer street name elsewhere in China (长沙's 芙蓉北路) must not silence a local namesake.
 */
function discountContained(g: Gazetteer, mentions: Mention[]): void {
  const local = mentions.filter((o) => o.candidates.some((c) => g.level(c.place) === 4))
  if (local.length === 0) return
  for (const m of mentions) {
    const inside = local.some(
      (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
    )
    if (!inside) continue
    for (const c of m.candidates) c.weight *= CONTAINED
  }
}
