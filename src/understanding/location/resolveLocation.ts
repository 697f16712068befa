/**
 * Free text → the place it is about (province … community, NBS code, matched span, confidence).
 * Names are matched against the whole gazetteer and the aliases; the configured city settles ambiguity
 * (朝阳 is Beijing's district for a Beijing gateway) unless the text itself says otherwise, and places named
 * together must agree (a street implies its district and city).
 */
import { emptyLocation, type LocationResult } from '../types.js'
import { findLostCharMentions } from './findLostCharMentions.js'
import { findMentions, type Mention } from './findMentions.js'
import { type CityScope, getGazetteer } from './gazetteer.js'
import { getCommunityIndex, getGlobalIndex } from './placeIndexes.js'
import { guessDistrict } from './guessDistrict.js'
import { type PlacePick, pickPlace } from './pickPlace.js'
import { toSimplified } from '../../text/toSimplified.js'

export interface ResolveLocationOptions {
  /** The city the request is about (北京, 北京市, 福州市…); the caller passes its configured default. */
  city?: string
}

/** Places are named early; scanning further only costs time on very long texts. */
const MAX_SCAN = 5000
/** Where the free-text address after the place names ends: the first clause break. */
const CLAUSE_END = /[，,。；;！!？?\n\r\t ]/u
const MAX_ADDRESS = 80
/** A guess from shared characters is a hint to confirm with the citizen, never a finding. */
const GUESS_CONFIDENCE = 0.3

function scan(text: string, scope: CityScope | null, villagesOf: CityScope | null): PlacePick | null {
  const g = getGazetteer()
  const indexes = [getGlobalIndex()]
  const local = villagesOf ? getCommunityIndex(villagesOf) : null
  if (local) indexes.push(local)
  const mentions = findMentions({ g, scope, indexes }, text)
  mentions.push(...findLostCharMentions(g, text, villagesOf))
  return pickPlace(g, mentions, scope)
}

function confidence(pick: PlacePick): number {
  const base = Math.min(0.98, 0.35 + 0.12 * pick.evidence)
  // A close rival in another district halves trust; a clear lead keeps it.
  const margin = Math.min(1, Math.max(0, pick.total - pick.runnerUp) / 2.5)
  return Math.round(base * (0.5 + 0.5 * margin) * 100) / 100
}

const ROAD_START = /^(东|西|南|北|中)?(路|大街|街|大道|胡同|巷)/u
/** Where a clause stops naming a place and starts saying what is wrong there ("12号门口的井盖丢了"). */
const PREDICATE = /的|有|发生|出现|存在|被|把|很|太|一直|经常|每天|天天|没|不|又|还|要|想|请|了|在/u
/** What an address part ends with: a building, a house number, a road, an estate, a spot (门口, 对面). */
const ADDRESS_END =
  /(号院|号楼|号|栋|幢|座|楼|单元|室|层|弄|巷|胡同|路|街|道|小区|家园|花园|苑|公寓|大厦|广场|中心|市场|公园|院|里|村|区|组|期|门口|门前|对面|附近|旁边|东侧|西侧|南侧|北侧|路口|交叉口|桥|站|厂|校|店)[0-9０-９A-Za-z-]*/gu

/**
 * The address written after the place names, up to where the clause turns to the problem itself and ending
 * on an address word; "有个井盖丢了" after 学院路街道 is the matter, not an address, and gives none.
 */
function addressAfter(text: string, mentions: Mention[]): string | null {
  const lastMention = mentions.reduce((a, b) => (b.end > a.end ? b : a))
  // "南池子大街12号": the place name is also the road's, so the address keeps it.
  const from = ROAD_START.test(text.slice(lastMention.end)) ? lastMention.start : lastMention.end
  const rest = text.slice(from, from + MAX_ADDRESS * 2)
  const stop = rest.search(CLAUSE_END)
  let clause = stop === -1 ? rest : rest.slice(0, stop)
  const turn = clause.search(PREDICATE)
  if (turn !== -1) clause = clause.slice(0, turn)
  let last = 0
  for (const m of clause.matchAll(ADDRESS_END)) last = (m.index as number) + m[0].length
  const address = clause.slice(0, last).slice(0, MAX_ADDRESS).trim()
  return address.length > 0 ? address : null
}

/**
 * A township the text names right after its district that the gazetteer lacks (renamed or merged ones:
 * "昌平区某某街道"): kept as written so the dispatcher sees it; the code stays the district's.
 */
const UNLISTED_STREET = /^\p{Script=Han}{2,5}?(街道|地区|镇|乡)/u
/** Words that make the "township" a phrase (附近的乡, 农村地区), not a name. */
const NOT_A_NAME = /[的了在和与及是有这那个些附周边]|城乡|农村/u

function unlistedStreet(text: string, pick: PlacePick): string | null {
  // Only straight after a district named in full, the way addresses are written.
  if (!/[区县市旗]$/u.test(pick.direct.text)) return null
  const m = UNLISTED_STREET.exec(text.slice(pick.direct.end))
  return m && !NOT_A_NAME.test(m[0].slice(0, -m[1]!.length)) ? m[0] : null
}

/** No name matched: a district guessed from the city's street and village names, or nothing. */
function guessed(text: string, scope: CityScope): LocationResult {
  const guess = guessDistrict(text, scope)
  if (!guess) return emptyLocation()
  const g = getGazetteer()
  return {
    ...g.path(guess.district),
    address: null,
    confidence: GUESS_CONFIDENCE,
    code: g.place(guess.district).code,
    span: null,
  }
}

export function resolveLocation(text: string, opts: ResolveLocationOptions = {}): LocationResult {
  const raw = typeof text === 'string' ? text.slice(0, MAX_SCAN) : ''
  if (raw.trim().length < 2) return emptyLocation()
  // Matching runs on simplified characters; spans and the address are cut from the text as written.
  const body = toSimplified(raw)
  const g = getGazetteer()
  const scope = opts.city ? g.findCity(opts.city) : null
  let pick = scan(body, scope, scope)
  // The text may be about another city whose villages the gazetteer carries: look again with those.
  const found = pick ? g.scopeOf(pick.place) : null
  if (pick && found && found.code !== scope?.code && getCommunityIndex(found)) {
    pick = scan(body, scope, found) ?? pick
  }
  if (!pick) return scope ? guessed(body, scope) : emptyLocation()
  const path = g.path(pick.place)
  if (g.level(pick.place) === 2) path.street = unlistedStreet(raw, pick)
  const span = { start: pick.direct.start, end: pick.direct.end, text: raw.slice(pick.direct.start, pick.direct.end) }
  return {
    ...path,
    address: addressAfter(raw, pick.explained),
    confidence: confidence(pick),
    code: g.place(pick.place).code,
    span,
  }
}

/**
 * Builds the indexes now instead of on the first request (a few hundred ms): the nation-wide names and,
 * when given, the configured city's villages. Call it at start-up with the default city.
 */
export function warmLocation(city?: string): void {
  resolveLocation('北京市朝阳区', city ? { city } : {})
  const scope = city ? getGazetteer().findCity(city) : null
  if (scope) guessDistrict('1号楼', scope)
}
