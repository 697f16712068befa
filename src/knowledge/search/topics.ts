/**
 * Broad policy topics and words that signal them. An entry gathers the questions about one document, and
 * another question about that document often shares no word with them but its topic: 失业金 and 线上就业服务
 * are both 人社 business, 发热门诊 and 发热病人 both medical. Among the entries of one place or issuer, the one
 * on the question's topic is the likelier document. Words, not characters: a lone 业 or 税 is everywhere.
 * General knowledge of government policy areas, written by hand; the re-rank learns how much it counts.
 */
const TOPICS: string[][] = [
  '税 纳税 办税 发票 申报 个税 增值税 所得税 缴费人 退税 税务'.split(' '),
  '社保 社会保险 失业 就业 稳岗 招聘 人社 工资 劳动 用工 务工 返岗 职业 培训 养老保险 工伤'.split(' '),
  '医保 医疗 医院 发热 门诊 患者 病例 医务 救治 诊疗 确诊 疑似 核酸 检测 药品 疾控'.split(' '),
  '贷款 银行 融资 信贷 贴息 担保 金融 保险 利率 再贷款 授信 还款'.split(' '),
  '交通 车辆 通行 高速 公路 铁路 航班 旅客 运输 物流 快递 邮政 列车 机场'.split(' '),
  '学校 开学 学生 课程 教学 高校 教育 考试 在线学习 停课'.split(' '),
  '中小企业 中小微 复工 复产 房租 租金 补贴 补助 奖励 减免 企业 个体工商户'.split(' '),
  '口罩 防护 物资 消毒 防疫用品 生产 产能 保供'.split(' '),
  '价格 市场监管 哄抬 登记 许可 执照 认证 广告 食品 野生动物'.split(' '),
  '农产品 春耕 蔬菜 养殖 农业 农村 农民 粮食 饲料 菜篮子'.split(' '),
  '社区 隔离 排查 返程 出入 小区 居民 管控 健康码 体温'.split(' '),
  '捐赠 慈善 红十字 捐款 募捐'.split(' '),
  '外贸 出口 进口 海关 外资 跨境 通关'.split(' '),
  '网上办 不见面 审批 政务服务 一网通办 办事 窗口 预约 非接触'.split(' '),
  '旅游 文化 景区 博物馆 体育 娱乐 餐饮 商场'.split(' '),
  '公积金 住房 房屋 物业 建筑 施工 工地 项目'.split(' '),
]

/** How often a normalised text uses each topic's words, scaled to unit length (all zero when none). */
export function topicVector(text: string): Float32Array {
  const v = new Float32Array(TOPICS.length)
  let norm = 0
  TOPICS.forEach((words, k) => {
    let n = 0
    for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++
    v[k] = n
    norm += n * n
  })
  if (norm > 0) for (let k = 0; k < v.length; k++) v[k] = (v[k] as number) / Math.sqrt(norm)
  return v
}

/** Cosine of two topic vectors: 0 when either text names no topic. */
export function topicAgreement(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let k = 0; k < a.length; k++) dot += (a[k] as number) * (b[k] as number)
  return dot
}
