/**
 * Weighted cues for the request type of a message. Each cue is a pattern on normalized text
 * (simplified Chinese, half-width punctuation: "？" has become "?") and a weight per intent;
 * a negative weight says the cue speaks against that intent (a pressing "到底何时" is no question).
 * The weights were set by hand from what the cues mean in 12345 practice, not fitted to any data
 * set, so they carry over to messages unlike the dev tickets. Editors can add cues here.
 * A learned correction was tried: logistic regression over these cue hits (title / closing / body)
 * and the hand-set totals, added to the totals, scored by 5-fold cross-validation on the Fuzhou
 * tickets, lowered macro-F1 from 0.74 to about 0.51: with 9 suggestions, 3 reports and 1 help
 * request there is nothing to learn the small classes from, and the model learns them away.
 */
import type { Intent } from '../types.js'

export interface IntentCue {
  /** Stable name, reported in `reasons` (e.g. `cue:举报`). */
  name: string
  pattern: RegExp
  /** Score added per intent when the cue occurs (once per cue, not per occurrence). */
  weights: Partial<Record<Intent, number>>
  /** Cues in the title / first sentence say what the citizen wants most directly. */
  titleBoost?: number
}

const cue = (name: string, pattern: RegExp, weights: IntentCue['weights'], titleBoost = 1.6): IntentCue => ({
  name,
  pattern,
  weights,
  titleBoost,
})

export const INTENT_CUES: readonly IntentCue[] = [
  // — complaint: a grievance about something that is wrong and should be stopped or fixed
  cue('投诉', /投诉/, { complaint: 3 }),
  cue('扰民', /扰民|噪音|噪声|吵得|太吵/, { complaint: 2 }),
  cue('不满', /不满意|不满|太差|很差|恶劣|不作为|推诿|敷衍|踢皮球|没人管|无人管|不管不顾|不予理睬/, { complaint: 2 }),
  cue('反复反映', /多次反映|反映多次|多次投诉|一直没有?解决|至今没有?解决|至今未|迟迟|仍然没有|依然没有|还是没有/, {
    complaint: 1.5,
  }),
  cue(
    '严重影响',
    /严重影响|严重扰|无法正常|无法入睡|无法休息|苦不堪言|怨声载道|受不了|忍无可忍|极其不便|非常不便|侵犯|视而不见|严重滞后|停滞/,
    {
      complaint: 2,
    },
  ),
  cue('感叹', /!/, { complaint: 0.8 }),
  // Describing a nuisance is what every kind of ticket does first; it only leans towards complaint.
  cue('恶臭污染', /恶臭|臭气|发臭|黑臭|很臭|太臭|臭味|异味|脏乱|污染/, { complaint: 0.7 }, 1),
  cue(
    '要求处理',
    /望(有关)?(部门)?(尽快)?(处理|解决|查处|整改)|请(有关|相关)?(部门)?(尽快)?(处理|解决|介入)|要求(处理|整改|赔偿|停止)/,
    {
      complaint: 1.2,
    },
  ),
  cue('乱收费', /乱收费|多收费|强制收费|拖欠|欠薪|克扣|不退/, { complaint: 1.5 }),
  cue('占道违停', /占道|违停|乱停|堵塞|乱搭|乱建|乱扔|乱倒/, { complaint: 1 }),
  // Poor public works are a grievance about a project, handled as a complaint against the builder,
  // even when the citizen calls it 举报 (12345 centres file these as 投诉).
  cue('工程质量', /偷工减料|豆腐渣|不按(设计)?图纸|质量差|劣质/, { complaint: 1.5, report: -1 }),
  // A question that presses rather than asks (到底…, 何时才…, 怎么还不…) is a grievance, not a request
  // for information: it takes back the weight the question marks gave consultation.
  cue(
    '质问',
    /凭什么|难道|到底|究竟|(何时|什么时候|啥时候|哪天)才|还要(等|多久)|怎么还(不|没|是)|为(什么|何)还(不|没|是|要|这么)|为(什么|何)不/,
    { complaint: 1.5, consultation: -1.2 },
  ),
  // A problem that has dragged on for years is a grievance even when it is phrased as "when?".
  cue(
    '久拖',
    /(已经?|已有|将近|近|长达|整整|快)(好)?[几两一二三四五六七八九十\d]+多?个?(年|个月)|好几(年|个月)|多年(来|了)|[几两\d]年了/,
    { complaint: 1.2, consultation: -0.5 },
    1,
  ),

  // — consultation: the citizen asks for information
  cue('咨询', /咨询|想了解|想知道|想问|问一下|请教|打听/, { consultation: 3 }),
  cue('请问', /请问/, { consultation: 2.2 }),
  cue('何时', /何时|什么时候|啥时候|什么时间|多久|几时|哪天|进展如何|进度如何/, { consultation: 1.5 }),
  cue('原因', /什么原因|何原因|原因是什么/, { consultation: 1 }),
  cue(
    '办理',
    /(怎么|如何|怎样|在哪|哪里|去哪)(办理|申请|办证|办卡|领取|缴纳|交费|报销|查询|认定|预约)|需要(哪些|什么)(材料|手续|条件|证件)|流程|办事指南/,
    {
      consultation: 2.5,
    },
  ),
  cue('政策条件', /政策|条件|标准|规定|符合|资格|补贴|能领|可以领|是否可以|可不可以|能不能办/, { consultation: 0.8 }),
  // Chat questions often drop the question mark: "入学需要准备什么", "企业开办需要多长时间".
  cue(
    '要准备什么',
    /需要(准备|带|提供|交|提交)(什么|哪些)|需要多(长|久)(时间)?|要多久|(什么|哪些|多少|多久|多长时间|几天|哪里|哪儿)$/,
    { consultation: 1.5 },
  ),
  // "怎么投诉快递员" asks how to complain; the complaint itself is not made yet.
  cue('怎么投诉', /(怎么|如何|怎样|去哪|在哪|哪里|向谁|找谁)(投诉|举报|反映|维权)/, {
    consultation: 3,
    complaint: -1.5,
    report: -1.5,
  }),
  cue('是否', /是否|有没有|是不是|能否|可否/, { consultation: 0.8, suggestion: 0.3 }),
  cue('问句', /[吗呢][?!。]?$|[吗呢]\?|\?/m, { consultation: 1 }),
  // A ticket whose title line is a question wants that answered; body questions are often rhetorical.
  cue('标题问句', /^[^\n?]{2,80}\?[^\n]{0,4}\n/, { consultation: 1 }, 1),
  cue('哪个部门', /哪个部门|谁负责|归谁管|哪里管|由谁/, { consultation: 1.2 }),

  // — suggestion: proposes an improvement rather than reporting a fault
  cue('建议', /建议|提议|倡议|献策|意见和建议/, { suggestion: 3.2 }),
  cue('增设', /增设|增加(一个|一些|班次|线路|设施)|加装|设置一?个|多设|多建|开通|优化|完善|改进|提升/, {
    suggestion: 1.2,
  }),
  // "能不能设…?" proposes in the form of a question: it takes back what the question mark gave.
  cue('能否考虑', /(能不能|能否|可否|是否可以|可不可以)(考虑|设|增|建|在|把|将|多|让)|考虑(一下)?(在|设|增|建)/, {
    suggestion: 1.8,
    consultation: -1,
  }),
  cue('考虑', /(综合|统筹|慎重|重新|认真)考虑|恳请.{0,8}考虑|请.{0,6}考虑/, { suggestion: 1.5 }),
  // Asking the decision makers to weigh a plan (恳请…考虑, 不要在…建) proposes, it does not complain.
  cue(
    '恳请考虑',
    /(恳请|恳求|请求|希望|期盼|期望|盼望).{0,12}(考虑|规划|论证|采纳|研究)|不要(在|再).{0,10}(建|修|设|搞)/,
    {
      suggestion: 1.6,
    },
  ),
  // A closing wish that things be improved (改进, 提升…) proposes; it does not accuse anyone.
  cue('盼改进', /(望|希望|请|恳请|期盼|期望|盼望)[^。!?]{0,16}(改进|提升|完善|优化)|期盼|期待|盼望/, { suggestion: 2 }),
  // "应该先把管网接好": telling the authorities how it should be done proposes a course of action.
  cue('应当如何', /(应该|应当|最好|不妨)(先|把|将|从|在|多|加强|统一|同步|结合)/, { suggestion: 1.5 }),
  cue('希望增设', /希望.{0,15}(建成|打造|规划|增设|设立|修建|改造成|多设|多建|多增加|增加|安装|开通|延长|调整)/, {
    suggestion: 1.5,
  }),

  // — report: wrongdoing by someone else that should be investigated (举报)
  // Citizens also write 举报 for an ordinary grievance, so the word alone is moderate evidence;
  // it wins outright together with an offence by a third party (偷排, 无证经营, 赌博…).
  cue('举报', /举报|检举|揭发/, { report: 2.5 }),
  cue(
    '违法经营',
    /无证|无照|没有营业执照|非法经营|黑作坊|偷排|偷倒|私排|偷偷.{0,6}(排|倒|卸|挖|盖|建|运|卖)|造假|假冒|冒充|非法集资|传销|赌博|吸毒|卖淫|偷税|走私|非法行医|地沟油|病死猪|注水肉|假药|假酒|私设暗管|暗管排|电鱼|炸鱼|毒鱼|非法捕捞/,
    {
      report: 2.5,
    },
  ),
  cue('违法', /违法|违规|非法|涉嫌|私自|擅自|没有资质|无资质/, { report: 0.9, complaint: 0.3 }),
  cue(
    '指名违法者',
    /(商家|老板|店主|厂家|工厂|作坊|摊贩|有人|某人|此人)(\S{0,6})(偷|私自|擅自|违法|违规|非法|无证|偷偷|冒充|不按)/,
    { report: 1.2 },
    1,
  ),

  // — help: the citizen needs assistance with a concrete difficulty (求助)
  cue('求助', /求助|求救|帮帮|救救|求求/, { help: 3.5 }),
  cue('帮忙', /帮忙|帮助|帮我|协助|帮一下/, { help: 1 }),
  cue('困难', /生活困难|家庭困难|无力|走投无路|没钱|生活不能自理|独居|残疾|无家可归|走失|找不到家|被困|困在/, {
    help: 1.5,
  }),
  cue('突发断供', /(停水|停电|没水|没电|断水|断电|没有暖气|不供暖|漏水|堵了|堵塞了|坏了)(了|好几天|几天|一天)/, {
    help: 1.2,
    complaint: 0.3,
  }),
  cue('怎么办', /怎么办|如何是好|该怎么/, { help: 1.2, consultation: 0.5 }),
  // 求助 is for the citizen's own plight; asking the government to treat a river or repair a road
  // on everyone's behalf is a complaint or a suggestion however it is worded.
  // Only the request counts: a citizen whose own road was dug up by river works mentions the works
  // as context, and still asks for help with getting home.
  cue(
    '公共治理',
    /(请|望|希望|要求|恳请|求助|帮忙|尽快|早日|能否|能|加快|推进|督促)[^。!?]{0,16}(治理|整治|清淤|疏通|改造|绿化|清理|工程)/,
    {
      help: -3,
    },
  ),
  // Hardship in daily life (getting out of the house, reaching home) is a plight to be helped with.
  // A description, not the ticket's ask, so no extra weight in the title (施工占道，出行不便 stays a complaint).
  cue(
    '出行困难',
    /出行(困难|不便|难)|无法出行|进出(困难|不便)|行走困难|寸步难行|无路可走|回不了家|无法回家|出门难/,
    { help: 3 },
    1,
  ),
  cue(
    '自身处境',
    /我家|家里|家中|老人|孩子|小孩|父亲|母亲|老伴|本人(被|的|生病|受伤)|我(被|生病|受伤)|无法回家|没地方住/,
    {
      help: 0.8,
    },
    1,
  ),

  // — praise: thanks someone for good service (表扬)
  cue('表扬', /表扬|点赞|赞扬|称赞|锦旗|感谢信|表彰|好评/, { praise: 3.5 }),
  cue('感谢服务', /(感谢|谢谢|感激).{0,12}(热情|耐心|及时|负责|尽职|辛苦|帮助|帮忙|周到|细心|认真|解决了)/, {
    praise: 2,
  }),
  cue('满意', /非常满意|很满意|十分满意|办事效率高|效率很高|服务很好|态度很好|为.{1,10}点赞/, { praise: 2 }),
]

/** A cue preceded closely by one of these is negated: "不是投诉" is no complaint. */
export const NEGATORS = /(不是|并非|并不是|不算|不想|无意|不为|不要)$/
