/**
 * Emergency and urgent-matter lexicon: the terms (one file per hotline, then the urgent tier) and the
 * context words that make a hit count or not. Patterns run on normalized text (simplified Chinese,
 * half-width punctuation). `reason` is what the result reports, so it is a short Chinese label.
 *
 * - `emergency`: life or property in danger now → tell the citizen to call the hotline first.
 * - `urgent`: needs same-day handling (停暖 in winter, 电梯困人, 井盖丢失, 路面塌陷…).
 * - `needsPresent`: the term is often used about hazards or the past ("火灾隐患", "发生火灾"
 *   in a complaint about blocked fire lanes); it only counts as an emergency when the clause
 *   says it is happening now (了, 正在, 快, 救命…), otherwise it falls back to `fallback`.
 */
import { ENGLISH_TERMS } from './englishTerms.js'
import { FIRE_TERMS } from './fireTerms.js'
import { MEDICAL_TERMS } from './medicalTerms.js'
import { PINYIN_TERMS } from './pinyinTerms.js'
import { POLICE_TERMS } from './policeTerms.js'
import type { UrgencyTerm } from './UrgencyTerm.js'
import { URGENT_TERMS } from './urgentTerms.js'

export type { Hotline, UrgencyTerm } from './UrgencyTerm.js'

export const URGENCY_TERMS: readonly UrgencyTerm[] = [
  ...FIRE_TERMS,
  ...MEDICAL_TERMS,
  ...POLICE_TERMS,
  ...ENGLISH_TERMS,
  ...PINYIN_TERMS,
  ...URGENT_TERMS,
]

/**
 * Words earlier in the same clause that put a term in the past, a hypothesis, prevention, a habit
 * or a figure of speech ("臭得差点晕倒").
 */
export const BLOCK_BEFORE =
  /上次|上回|之前|以前|去年|前年|曾经|当年|那次|那年|昨晚|昨夜|前晚|那天晚上|上个月|上周|上星期|上个?礼拜|报名|想学|学习(?!的时候|时)|前几天|前两天|前段时间|前阵子|前些天|几天前|几年前|多年前|年前|月前|历史上|年轻时|年轻的时候|有一回|上回|假装|装作|噩梦|恶梦|梦里|梦中|梦话|真要(?:是|起火|着火|出事|发生|中暑|晕|被)|再不(?:修|管|处理|解决)|鬼屋|密室|压得|头(?:都|就)?(?:要|快|嚟|来)$|(?:嚷嚷|念叨|说)(?:着)?再不[^,。!?;]{0,6}就|讲座|示范|演示|(?<![跑冲走赶扑追跳晕昏飞爬游开送拿递看转翻挤跨绕蹭])过去|昨天|前天|(?:叫|名叫|名字叫|店名|招牌|牌子)(?:做)?["“「『'‘][^"”」』'’]{0,8}$|(?:心疼|痒|急|馋|烦|困|笑)得(?:快|都快|要)?$|如果|万一|哪天|假如|假设|一旦|若是|要是|倘若|防止|预防|避免|以防|防范|以免|容易|可能(?!是)|会不会|担心|害怕|生怕|(?<!可)怕(?!是)|消防(?!站|中队|支队|大队|楼梯|梯|路|街|大道|巷)|隐患|演练(?!场|基地)|演习(?!场|基地)|宣传|知识|安全教育|培训|模拟|(?<!看完|看了)新闻(?!联播)|报道|电视上|电视剧|剧里|剧中|书里|漫画里|电影(?!院|城)|小说(?:里|中|写|情节|上)|主角|女主|男主|实操|急救员|(?:怎么|如何|怎样)处理|灾难片|纪录片|记录片|后来才(?:知道|发现|听说)|按剧本|(?<![安组包改服])装$|说不定|^一$|随时(?:都)?(?:会|可能)|迟早|视频里|网上说|抖音(?!直播)|快手(?!直播)|微博上|(?<!发(?:了|完)?(?:一)?(?:条|个)?)朋友圈|群里说|听说|刷到|杜绝|禁止|严禁|不得|天天|每天|每晚|经常|总是|老是|时不时|隔三差五|动不动|长期|常年|时常|每次|每逢|差点|险些|几乎|熏得|呛得|臭得|吵得|气得|累得|热得|让人|令人|使人|计划|预计|通知|导致|造成|引起|引发|讲到|提到|聊到|逼得|烦得|愁得|穷得|作文|网文|得我都|得我(?:要|想|快)|得我$|小品|游戏里|游戏中|我的世界|王者|(?<!好)像要|像是要|吃鸡|原神|和平精英|玩游戏|梦见|梦到|做梦(?!都|也)|下棋(?!的)|打牌(?!的)|打麻将(?!的)|打游戏(?!的)|狼人杀|剧本杀|简直|病历|诊断|拒保|想问|想咨询|想了解|现实中|以为[^,。!?;]{0,3}$|就能$|(?:他|她|人|孩子|邻居|老人)(?:老|总)$|(?:老|总)(?:喊|说|嚷嚷?)(?:救命)*$|(?:老是|总是|天天)(?:喊|说|嚷嚷?)?(?:救命)*$/
/**
 * News, reposts and hearsay anywhere earlier in the clause: "看了个新闻说外地有电动车在楼道充电爆炸" is
 * about elsewhere however far the event is from the word (unpunctuated messages make long clauses).
 */
export const REPORTED_BEFORE =
  /看了(?:个|一个|条)视频|刷到(?:个|一个|条)?视频|(?<!看完|看了)新闻(?!联播)|报道|(?<!发(?:了|完)?(?:一)?(?:条|个)?)朋友圈|抖音(?!直播)|快手(?!直播)|微博|热搜|公众号|网上说|网上看|网上传|网传|都在传|传疯|菜谱|书上说|课本|说明书|群里说|群里有人说|微信群|听说|听人(?:讲|说)|演习(?!场|基地)|演练(?!场|基地)|据说|歌词|有首歌|这首歌|梦见|梦到|噩梦|恶梦|梦里|梦话|(?:自|声)?称["“'‘]|(?<!物业|保安|老师|医生|民警)通知|玩[^,。!?;]{0,4}(?:消防|警察|医生)[^,。!?;]{0,2}游戏|过家家|角色扮演|纪录片|记录片|灾难片|动作片|战争片|恐怖片|情景剧|贴的|海报|标语|提示牌|告示|墙上贴着|传言|传闻|视频里|刷到|电视上|电视剧|电影里|《[^》]{1,20}》|小说(?:里|中|写|情节|上)|情节|剧情|主角/
/**
 * Past frames that govern a whole sentence ("前几天送餐的时候被车刮倒了，腿擦破了点皮"): checked on the
 * sentence before the match when it reaches back past the clause, unless the sentence says "now".
 */
export const PAST_SENTENCE =
  /上个月|上周|上星期|上个?礼拜|去年|前年|前几天|前些天|前两天|前段时间|前阵子|几天前|几年前|多年前|那次|那场|那天|当时|之前|以前|曾经|年轻时|年轻的时候|有一回|上回|上次|上一次|[一二三四五六七八九十两\d]+年前/
/** A negation right before the term ("没有着火", "并未发生火灾", "防溺水"). */
export const NEGATED_BEFORE = /(?:没有|没|不是|并非|并未|未|无|不会|不再|不|防)(?:发生|出现|有)?(?:人)?$/
/** Words right after a term that make it a topic rather than an event ("火灾隐患", "燃气泄漏报警器"). */
export const BLOCK_AFTER =
  /^(?:好看|好听|好吃|好玩|戏|(?:那|这)(?:场|段|个)戏|(?:导致|造成|引起|引发)的|的?[^,。!?;]{0,3}特效|的心(?:都|也)?有|事故认定|急救|自救|逃生|镜头|案(?!发)|应急演练|应急预案|应急处置预案|应急培训|过|的?新闻|的?报道|隐患|宣传|演练|演习|预防|知识|通道|的事|那件事|事件|事故调查|事故处理|调查|检查|证明|认定|鉴定|理赔|待查|一般|的?原因|报警器|报警装置|探测器|设施|器材|培训|预案|风险|危险|安全|防范|教育|整改|之后|以后|后来|赔偿|补偿|保险|险|的可能|的危险|的隐患|通知|公告|史|时(?!间)|的时候)/
/** Signs in the same clause that a `needsPresent` term is happening now. */
export const PRESENT =
  /正在|现在|快(?:来|点|救|报警|打)|赶紧|马上|救命|!|还在|刚刚|刚才|此刻|立即|赶快|紧急(?!情况)|突发|突然|在(?=(?:往外|往上|外)?(?:冒|烧|着))|又(?:开始)?(?=冒|烧|着)|开始(?=冒|烧)|越来越(?:大|多|浓|旺)/
/**
 * In a long written narrative (a petition retelling last year's events) only these count as "now";
 * short chat messages are where live emergencies arrive.
 */
export const PRESENT_STRICT = /正在|现在|还在|此刻|目前|快来|赶快|救命(?!钱)|!/
/**
 * Text after a term (same clause) that makes it a what-if ("更是不堪设想", "着火了消防车都进不来": the
 * blocked fire lane) or a state lasting for days ("冒火花已经一个星期了").
 */
export const HYPOTHETICAL_AFTER =
  /^[^,。!?;]{0,6}谁(?:来)?负责|^[^,。!?;]{0,8}(?:不堪设想|后果严重|的后果)|^[^,。!?;]{0,6}的情况|^[^,。!?;]{0,4}消防车|^[^,。!?;]{0,3}(?:根本|都来不及|就完了)|^[^,。!?;]{0,4}(?:已经?|都)?(?:好几|[一二三四五六七八九十两几\d]+)个?(?:天|星期|礼拜|周|月|年)|^[^,。!?;]{0,24}(?:浇灭|扑灭|灭掉了|最后没事|后来没事|还好没事|幸好没事|虚惊一场|开玩笑|说说而已|警察(?:已经)?来了|已经(?:被)?带走|已经处理|报过警|报了警|当时|立案|案子|笑疯|笑死|哈哈|都笑|情节|剧情|小品|节目|表演|(?<!不是)(?:疏散)?演练|(?<!不是)演习|开个玩笑|玩笑|😂|🤣|怎么做最|如何应对|怎么应对|怎么防范|如何防范)/
