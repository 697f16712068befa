/**
 * Short forms of official place names, the way people say them: 朝阳区 → 朝阳, 望京街道 → 望京,
 * 后沙峪地区 / 后沙峪镇 → 后沙峪, 延边朝鲜族自治州 → 延边, 多福巷社区 → 多福巷.
 */
import type { PlaceLevel } from './gazetteer.js'

/** The 56 ethnic groups as they appear inside autonomous-area names (族 optional: 伊犁哈萨克自治州). */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|' +
  '土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺'
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC})族?)+$`, 'u')

const SUFFIX: Record<PlaceLevel, RegExp> = {
  0: /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u,
  1: /(市|地区|盟|自治州)$/u,
  2: /(新区|林区|特区|自治县|自治旗|区|县|市|旗)$/u,
  3: /(街道办事处|街道|地区办事处|地区|办事处|民族乡|族乡|镇|乡|苏木|农场|林场)$/u,
  4: /(社区居委会|居委会|社区|村委会|村|嘎查)$/u,
}

/** Any level's suffix; used when the level is unknown (normalizing user input such as a `city` option). */
const ANY_SUFFIX =
  /(特别行政区|自治区|自治州|自治县|自治旗|街道办事处|街道|地区办事处|地区|办事处|省|市|区|县|旗|盟|镇|乡)$/u

/**
 * The short form of `name` at `level` (or of any level when omitted); the name itself when stripping would
 * leave fewer than two characters (张镇, 城区 keep their suffix: "张" or "城" alone names nothing).
 */
export function normalizePlaceName(name: string, level?: PlaceLevel): string {
  const n = name.trim()
  let s = n.replace(level === undefined ? ANY_SUFFIX : SUFFIX[level], '')
  // Autonomous areas drop their ethnic designation too: 长哨营满族乡 → 长哨营, 恩施土家族苗族自治州 → 恩施.
  if (s !== n && /自治|族/u.test(n)) {
    const t = s.replace(ETHNIC_TAIL, '')
    if (t.length >= 2) s = t
  }
  // UTF-16 length: the rare astral characters in names (𬌗) only make a short form count as longer.
  return s.length >= 2 ? s : n
}
