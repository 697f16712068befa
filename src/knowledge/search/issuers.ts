/**
 * Issuing bodies of policy documents (ministries, agencies and their local counterparts), with the names
 * questions use for them. Like a place, the issuer says which document a question is about: 税务总局 and
 * 人社部 both publish a 延期 policy, and 发改委 is 国家发展改革委 though the two share one bigram. Each group's
 * first name is the one reported; national and local bodies are separate groups (国家税务总局 vs 税务局).
 */
import { LongestNames } from './LongestNames.js'

const GROUPS: string[][] = [
  ['国务院办公厅', '国办'],
  ['国务院'],
  ['国家发展改革委', '国家发改委', '发展改革委', '发改委', '发展和改革委员会'],
  ['国家税务总局', '税务总局'],
  ['税务局', '税务机关', '税务部门'],
  ['人力资源社会保障部', '人力资源和社会保障部', '人社部'],
  ['人社厅', '人社局', '人力资源社会保障厅', '人力资源和社会保障厅', '人力资源社会保障局', '人力资源和社会保障局'],
  ['国家卫生健康委', '国家卫健委', '国家卫生健康委员会'],
  ['卫健委', '卫生健康委', '卫生健康委员会', '卫生健康局'],
  ['财政部'],
  ['财政厅', '财政局'],
  ['商务部'],
  ['商务厅', '商务局'],
  ['交通运输部'],
  ['交通运输厅', '交通运输局'],
  ['工业和信息化部', '工信部'],
  ['工信厅', '工信局', '工业和信息化厅', '工业和信息化局'],
  ['教育部'],
  ['教育厅', '教育局'],
  ['民政部'],
  ['民政厅', '民政局'],
  ['国家医保局', '国家医疗保障局'],
  ['医保局', '医疗保障局'],
  ['市场监管总局', '国家市场监督管理总局', '国家市场监管总局'],
  ['市场监管局', '市场监督管理局'],
  ['人民银行', '央行', '人行'],
  ['银保监会', '银保监局'],
  ['证监会'],
  ['海关总署'],
  ['国家邮政局'],
  ['邮政管理局'],
  ['国家知识产权局'],
  ['国家药监局', '国家药品监督管理局'],
  ['文化和旅游部', '文旅部'],
  ['农业农村部'],
  ['农业农村厅', '农业农村局'],
  ['自然资源部'],
  ['生态环境部'],
  ['住房城乡建设部', '住房和城乡建设部', '住建部'],
  ['住建厅', '住建局', '住房和城乡建设厅', '住房和城乡建设局'],
  ['应急管理部'],
  ['公安部'],
  ['公安厅', '公安局', '公安机关'],
  ['司法部'],
  ['外交部'],
  ['科技部'],
  ['国资委'],
  ['国家铁路局'],
  ['国铁集团', '中国国家铁路集团'],
  ['民航局', '中国民航局', '中国民用航空局'],
  ['国家林草局', '国家林业和草原局'],
  ['国家能源局'],
  ['国家统计局'],
  ['全国总工会', '总工会'],
  ['红十字会'],
  ['国家外汇管理局', '外汇局'],
  ['国家移民管理局'],
  ['住房公积金管理中心', '公积金中心'],
  ['疾控中心', '疾病预防控制中心'],
  ['退役军人事务部'],
]

/** Every name of every group, reporting its group's first name. */
const dictionary = new LongestNames<string>()
for (const group of GROUPS) for (const name of group) dictionary.add(name, group[0] as string)

/**
 * The issuers a normalised text names, by their groups' first names, in order of appearance: the longest name
 * at each position, so 国务院办公厅 is not also read as 国务院, nor 国家税务总局 as a local 税务局.
 */
export function findIssuers(text: string): string[] {
  return [...new Set(dictionary.find(text))]
}

/** 1 when the two name a common issuer, -1 when both name issuers and none is common, else 0. */
export function issuerRelation(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  return a.some((x) => b.includes(x)) ? 1 : -1
}
