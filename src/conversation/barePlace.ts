/**
 * A message that names a place and nothing else ("朝阳区望京街道花家地西里三区"), or a bare location
 * pin: there is nothing to file yet. Filing it would send a department a complaint without a problem;
 * the gateway asks what happened there and keeps the place for the answer.
 */
import type { Analysis } from '../understanding/types.js'

const LEVEL_SUFFIX = /(省|市|区|县|旗|街道|地区|镇|乡|社区|居委会|村)$/u
/** House numbers and words that only point at the place: 3号楼2单元, 附近, 这里… */
const POINTERS =
  /[\d０-９一二三四五六七八九十百零]+|号楼?|栋|幢|单元|层|室|院|期|小区|区|楼|门牌|附近|一带|这里|那里|这边|那边|地址|位置|在|是|我家|住/gu

export function isBarePlace(text: string, a: Analysis): boolean {
  const l = a.location
  if (!l.span || a.urgency !== 'normal' || a.intentReasons.some((r) => r !== 'prior')) return false
  let rest = text
  for (const name of [l.province, l.city, l.district, l.street, l.community, l.span.text]) {
    if (!name) continue
    rest = rest.split(name).join('')
    const short = name.replace(LEVEL_SUFFIX, '')
    if (short.length >= 2) rest = rest.split(short).join('')
  }
  if (/[a-z]{3,}/iu.test(rest)) return false
  const words = (rest.match(/\p{Script=Han}|\d/gu) ?? []).join('').replace(POINTERS, '')
  return words.length < 2
}
