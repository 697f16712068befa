/**
 * Signs in and around a lexicon match that change what it means (detectUrgency.ts): a joke, a what-if or
 * a past time inside the match, a comparison, a quoted name, a matter already handled, or a message that
 * says of itself that it is a film, a script or a lesson. Each is a regular expression over normalized
 * text; the examples in the comments are the messages that called for them.
 */
/** Laughter beside a term makes it a joke ("老板气得说要杀了我，哈哈", "救命啊😭被逼着相亲，哈哈哈"). */
export const JOKING =
  /(?<!还在|还在那)哈哈|😂|🤣|(?<!不是|没(?:有)?|没在|平时|平常|经常|总|还(?:在)?(?:跟|和|同)[^,。!?;]{0,3}|别以为(?:我)?(?:在)?)开(?:个)?玩笑|逗你玩|好好笑|笑死|笑疯|笑不活|会谢|xswl|yyds|太好看|好好看|绝绝子/
/**
 * A what-if inside the match itself: terms that open with the person ("婆婆说哪天她晕倒了") start before
 * the word that makes them hypothetical, where BLOCK_BEFORE cannot see it.
 */
export const WHAT_IF_INSIDE = /如果|万一|哪天|假如|假设|要是|倘若|一旦/
/** A past time inside the match ("电梯上周困人了，困了半个多小时"), unless the match moves on to now after it. */
export const PAST_INSIDE = /上个月|上周|上星期|上个?礼拜|去年|前年|前几天|前些天|前两天|几天前|几年前|昨天|昨晚|前天/
/** A habit inside the match ("加油站老有人蹲着抽烟"): a standing hazard, not an event. */
export const HABIT_INSIDE = /经常|天天|总是|老是|老有人|每天|每次|时常|常常/
/**
 * 老 just before a term is "always" ("变压器下雨天老冒火花"), unless the term opens with a thing that 老 calls
 * old ("小区老电梯卡在7楼和8楼中间").
 */
export const ALWAYS_BEFORE = /老$/
export const OLD_THING = /^(?:电梯|房|楼|小区|人|家|屋|车|街|厂|桥)/
/**
 * A comparison: "跟杀人现场似的". Only 跟…似的: "像遗书一样的消息" is itself the alarm.
 */
export const SIMILE_BEFORE = /跟[^,。!?;]{0,4}$/
export const SIMILE_AFTER = /^[^,。!?;]{0,4}似的/
/** "油烟大得像失火了一样": 像 right before the term and 一样 right after it (not "像遗书一样的消息"). */
export const LIKE_BEFORE = /(?:像|好像)$/
export const LIKE_AFTER = /^了?一样(?!的)/
/** An animal right before the term ("老王家的猪掉进化粪池了"): the hotlines are for people. */
// Only after a word that makes it an animal (的, 家, 只, 头…): 宝马 before a term is a car.
export const ANIMAL_BEFORE =
  /(?:的|家|只|头|条|匹|那|这)(?:野|小|大|流浪|母|公)?(?:猪|狗|猫|牛|羊|鸡|鸭|鹅|马|驴|骡|兔)(?:崽|仔|儿|子)?(?:们)?$/
const ANIMAL = '(?:猫|狗|猪|牛|羊(?!水)|驴|骡|鹦鹉|兔子|仓鼠|宠物|小狗|小猫|猫咪|狗狗|刺猬|燕子|小鸟|鸟|松鼠|鸭|鹅)'
/** A sentence that opens with a pet: 我家狗狗…, 猫咪…. */
export const ANIMAL_OPENS =
  /^(?:我家|俺家|家里|我们家|家|我的|俺的|我屋下个|屋下个|我屋里的|屋里的)?(?:的)?(?:小)?(?:(?:(?:一|两|几)?(?:头|只|条|匹))?(?:狗狗|猫咪|狗|猫|鹦鹉|兔子|仓鼠|宠物)|(?:(?:一|两|几)?(?:头|只|匹)(?:母|公|小)?|母|公)(?:猪|牛|羊|马|驴))(?:公|仔|崽|母)?(?!医院|店|诊所|市场|棚|圈|场|舍|栏|房|厂|肉|车)/
/**
 * Asked at leisure: how to book a clinic ("咋挂眼科的号"), a suggestion ("建议撒点融雪剂"), a parking fine. Nine of the
 * 4,400 hand-written emergencies (rounds to 106) say so and never turn to now, and the lexicon finds all nine; 200
 * of the 4,292 tricky ordinary ones do. The model is not asked, unless the message turns to now (detectUrgency's LEISURE_ENDS).
 */
export const AT_LEISURE = /挂[^,。!?;]{0,4}号|预约|建议|罚单|罚款|扣分|贴条/
/**
 * An animal lost, fallen or stuck ("我家橘猫从窗户跑出去了", "枯井里掉进去一条小狗"): the model, which reads n-grams,
 * hears a person. Five of the 4,400 hand-written emergencies (rounds to 106) read this way (a tiger loose, a pig
 * truck overturned on its driver, a bull in a playground), and the lexicon finds all five; 22 of the 4,292 tricky
 * ordinary ones do.
 */
export const ANIMAL_TROUBLE = new RegExp(
  `${ANIMAL}[^,。!?;]{0,6}(?:跑出去|跑丢|走丢|丢了|不见了|没回来|掉进|掉下|掉到|卡在|困在|被车撞|被撞)|(?:掉进|掉下|掉到|卡在|困在)[^,。!?;]{0,4}(?:一|只|条|头)(?:只|条|头)?(?:小|野)?${ANIMAL}`,
)
/** A name in quotes ("「救命鸡排」这家店"): the term opens the quote and a shop or brand follows it. */
export const QUOTE_OPENS = /["“「『'‘]$/
/** A quoted name introduced as one, the term anywhere inside it ("新开的『救命火锅』", "新展『火与爆炸：古代兵器』"). */
export const NAMED_QUOTE_BEFORE =
  /(?:新开的?|新展|展览|叫|名叫|招牌|店名|品牌|牌子|菜名|这家|那家|一家|买的|买了个?|卖的)["“「『'‘][^"”」』'’,。!?;]{0,6}$/
export const QUOTED_NAME_AFTER =
  /^[^,。!?;"”」』'’]{0,6}["”」』'’](?:这家|这个|那家)?(?:店|餐厅|饭店|馆|牌|品牌|小吃|外卖|的店|的?视频|的?新闻|的?帖子)|^[^,。!?;"”」』'’]{0,4}(?:店|馆|餐厅|饭店|奶茶|鸡排|火锅|ktv|价|款)["”」』'’]/
/**
 * Said of the whole message: it is a film just watched, a script, a lesson being prepared, a shoot, a game,
 * a catchphrase ("…一咬牙从窗户跳了下去——这是我刚看完的电影", "我在写剧本：…", "给社区老人做科普用").
 */
export const DISCLAIMER =
  /这是我(?:们)?(?:刚)?[^,。!?;]{0,12}(?:经历的|看到的|写的|看完的|玩的|剧本|台词|做的梦)|这是[^,。!?;]{0,8}(?:年|以前|之前)的事|看的[^,。!?;]{0,4}(?:剧|电影|片子|小说)|^(?:梦见|梦到|做梦(?!都|也))|误会了|误会一场|摆拍|提前了解一下|(?:想|先)?提前知道|提前学|^遇到这种情况(?:该|应该)?怎么办|拍(?:一个|个)?段子|(?:排|演|拍)(?:一个|个)?(?:小品|短剧|情景剧)|^(?:假设|假如)(?!你们)|翻译(?:作业|练习|对不对|得对|一下)|翻成|译成|英语作业|以防万一|考试题|试题|标准答案|刚看完[^,。!?;]{0,8}(?:太|好|真)|(?:我在|正在)写(?:剧本|小说)|(?<!不是|没)开(?:个)?玩笑的|做科普|我在备课|剧组|拍[^,。!?;]{0,8}的戏|游戏卡在|口头禅|案例分析|期末作业|作业题|宣传片|鹦鹉[^。!?;]{0,12}(?:学|模仿)|^设想一下|设想(?:一下)?[:：]|模拟(?:了)?(?:一次|一下)/
/**
 * Said after a match, anywhere later in the message: what was told vividly was a dream, a drama, a drill's
 * script, teaching material, a prank video or a story from long ago ("……然后闹钟响了，这种梦正常吗",
 * "……以上是我们小区今天上午的消防演练", "……那是十年前的事"). Only after the match: "演习了那么多次，真出事了…"
 * and "做梦都没想到…" come first and change nothing.
 */
export const LATE_REVEAL = new RegExp(
  [
    // a dream
    /闹钟响了|(?:然后|结果|接着)我?就?(?:醒了|吓醒)|做(?:了个|了一个|的)?(?:噩|恶)?梦(?!都|也)|噩梦|恶梦|发梦|这种梦|梦到的|梦见的/,
    // a drama, a drill, teaching material or a prank, named as what the story was
    /(?:这|那|以上|上面|伊个|呢个|嗰个)(?:个|些)?(?:都|就|只)?(?:是|系)[^。!?;]{0,24}?(?:演练|演习|剧本|情景剧|短剧|电视剧|连续剧|电影|推文|课件|案例|例子|教材|考核|实操|讲座|故事|小说|段子|(?:恶搞|整蛊|搞笑|教学|科普|培训|安全教育|刷到的|看的)[^。!?;]{0,8}视频)/,
    /(?:追|看)(?:了)?[^。!?;]{0,6}(?:医疗剧|电视剧|连续剧|网剧|短剧)|大结局|(?:看完|看了|睇完)[^。!?;]{0,4}(?:tvb|那集|这集|嗰集)|(?:那|这)部[^。!?;]{0,6}(?:片|电影|剧)|院线片|特效|爆炸戏|打戏|(?:演习|演练)(?:很|非常|十分)?(?:成功|圆满|顺利)|结果(?:是|只是)?在(?:拍|录)(?:短视频|视频|戏|电影|节目)|导演喊(?:卡|停)/,
    // a what-if about the scene just described ("……万一真碰上这种事，孩子能做点什么")
    /(?:万一|如果|假如|要是)(?:真的?)?(?:碰上|遇上|遇到|发生|出现)(?:了)?(?:这种|这样的|类似的?)(?:事|情况)/,
    // handled and over: taken away by the ambulance, discharged, X-rayed and fine, a false call
    /后来[^。!?;]{0,12}(?:接走|送走|拉走|送医|送到医院|送医院|弄出来|救出来)|已经出院|已经灭了|没(?:有)?人受伤|无人受伤|(?:拍了片|检查了)[^。!?;]{0,4}没(?:有)?(?:骨折|事|大碍)|其实[^,。!?;]{0,8}(?:没事|好好的|在跳|在玩|在睡|在家|在唱|在演|在排练|在表演)|白跑一趟|核实(?:后)?为|幻觉|(?:幸亏|幸好|好在|还好)[^。!?;]{0,6}(?:撤出来|救出来|没事|没伤着)|原来只是|旧视频|造谣|(?:明显|其实|就)是(?:剧本|演的|摆拍|段子)|后来[^。!?;]{0,6}(?:扶走|扶起来|扶回)/,
    // long ago
    /(?:那|这|伊个|嗰个)(?:是|系|都是)?[^。!?;]{0,16}(?:\d+|[一二三四五六七八九十几两]+)(?:年|冬)(?:前|以前)|(?:那|这)是\d{4}年|老早的事|细汉的时|小时候的事/,
    /(?:都|已经)上(?:小学|初中|高中|大学)了|满周岁|早就没事|早没事了|早就好了/,
  ]
    .map((r) => r.source)
    .join('|'),
)
/**
 * "但这个不是摆拍", "这不是戏", "闻到的烟味不是电影里的", "我问这个是因为我女儿现在就被关在电梯里", a film crew's wire
 * snapping: the writer rules fiction or a what-if out, so nothing above reads the message as one.
 */
export const NOT_FICTION =
  /(?:不是|并非|可不是|真不是)(?:在)?(?:摆拍|演戏|拍戏|戏|剧情|演练|演习|剧本|开玩笑|玩笑|假的|段子|做梦|电影|特效|片子|视频)|其实就是现在|现在就(?:在|被|是)|威亚(?:断|脱落)|不是梦|不是道具|不是谣言/
/**
 * Survived and left with it, earlier in the sentence ("…抢救了一个多星期才保住命，现在半边身子不能动"): what follows
 * is the aftermath, not a stroke under way.
 */
export const AFTERMATH = /保住(?:了)?(?:命|性命)|抢救过来|出院(?:以?后)|后遗症|落下(?:了)?(?:病根|残疾)/
/** Told as over (", "已经没事了") or as a joke: the model, which cannot read that, is not asked. */
export const RESOLVED = /虚惊一场|已经没事了?|现在没事了|人都没事|没人受伤|后来没事|已经好了|(?:已经)?不(?:流血|出血)了/
/** Already taken care of, or a false alarm, a clause or two on ("有人晕倒，已经送医了", "以为爆炸了…一看是轮胎爆了"). */
export const HANDLED_LATER =
  /^[^。!?;]{0,30}(?:一看(?:原来)?是|原来是|已经送医|已送医|送医了|已经送(?:到)?医院|被(?:救护车)?(?:拉|送)走了|已经没事了|现在没事了|(?:现在)?已经好了|已经(?:被)?拉开|(?:警察|民警)(?:也|都|已经)?来过了|已经(?:处理|解决)了|已经(?:做)?(?:手术)?取出来了|已经出院|(?:及时|已经|已)扑灭|无人员受伤|已结案|(?:已经)?关(?:了)?(?:阀|总阀|阀门)|现在闻不到了|已经打(?:了|过)?(?:狂犬)?疫苗|打过(?:狂犬)?疫苗|抢救(?:了)?[^,。!?;]{0,8}(?:保住(?:了)?命|脱离(?:了)?危险|救过来)|已经缝(?:了)?针|缝了[^,。!?;]{0,3}针|(?:拔了|关了)(?:以后|之后)?就没了)/
