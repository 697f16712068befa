/** Violence, crime under way, people in the water or about to take their life: call 110 first. */
import { NOW_SUFFIX, PERSON, term, type UrgencyTerm } from './UrgencyTerm.js'

/** The money did not go: "…让我马上转到安全账户，我没转，这是诈骗吧？" asks about a fraud, it is not one under way. */
/** Money leaving now, or a victim who cannot be stopped: what makes a fraud one under way. */
const MONEY_GOING =
  /(?:正在|正准备|正要|现在|还在|马上|已经在|又)[^,。!?;]{0,14}(?:转(?:账|钱|款|给|过去|到|了|\d|[一二三四五六七八九十两几]+万)|汇(?:款|钱)|取钱|取款|输(?:入)?(?:密码|卡号|银行卡|验证码)|输第|拿钱|共享屏幕|扫码|交钱|交费|付款)|(?:拦|拉|劝|追)不住|追不上|电话还没挂|通着话|在(?:楼下|门口)等我拿钱|(?:让|叫|要)[^,。!?;]{0,8}(?:共享屏幕|屏幕共享)|非要[^,。!?;]{0,14}(?:转|汇)|(?:去|到)(?:银行|邮局|atm)[^,。!?;]{0,6}(?:汇|转|取)|还在有人交钱|继续转|正往(?:柜台|银行|atm|邮局)|坚持要转|还在(?:电话里)?催|(?:挨个|正在|还在)[^,。!?;]{0,6}收钱|(?:正在|这会儿)[^,。!?;]{0,6}网银|确认键|(?:马上|现在)[^,。!?;]{0,10}(?:打|汇|转)[^,。!?;]{0,2}(?:\d|[一二三四五六七八九十两几]+万)/
const FRAUD_AVERTED =
  /(?:没(?:有)?转|没理|没上当|(?:我|就|直接)挂(?:了|断)|识破)(?![^。!?;]{0,24}(?:可|但|又|第二|现在))/

/** Someone already out of the water, or a live wire in it: what is left is for 120. */
const PULLED_OUT = /捞(?:起来|上来)|救(?:上来|起来)|(?:拉|抱|拖)(?:了)?上来|电线|漏电/

export const POLICE_TERMS: readonly UrgencyTerm[] = [
  term(
    '持刀伤人',
    /持刀|(?:拿|举|挥|提|拎|握|攥|掏|亮|抽)(?:出|着)?[^,。!?;]{0,4}(?:刀|斧头|砍刀|匕首|(?<!水|玩具|泡泡|喷|焊|仿真|水弹|激光|道具|气)枪)|互砍|乱砍|砍人|捅人|捅伤|砍伤|杀人|要杀(?:人|了|我|他|她)|要把[^,。!?;]{0,6}(?:杀了|打死|掐死)|持枪|拿枪/,
    'emergency',
    {
      hotline: '110',
      excludeAfter: /^(?:凶手|犯|案|罪|不眨眼)/,
      // "这是要杀人啊": overwork told as murder.
      excludeBefore: /(?:这是|这不是|简直|真是|等于|就是|明着|明摆着)$/,
    },
  ),
  term(
    '暴力正在发生',
    /(?:正在|在|还在|又在)(?:打人|殴打|打架|斗殴|家暴|打我|打孩子|打老人)|打人了|打起来了|家暴我|(?:老公|丈夫|男朋友|前夫)[^,。!?;]{0,4}打我/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Someone beaten and still threatened or bleeding: a violent crime under way.
  term('被打', /被(?:人|他|他们|几个人)?(?:打伤|砍伤|捅伤|刺伤|打得|打了)/, 'emergency', {
    hotline: '110',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: /^[^。!?;]{0,14}(?:流血|出血|还在|在外面|不放|追)/,
    // "碰到电线被打了一下": a shock (触电), not a beating.
    excludeBefore: /电线|电闸|电箱|插座|电门|高压线/,
  }),
  term('被刺伤', /被(?:人)?(?:捅|砍|刺)(?:了|伤|中)/, 'emergency', { hotline: '110' }),
  // Round 43: "被打的那个趴地上不动了 他还在砸": the one beaten lies still.
  term(
    '被打',
    /被(?:打|砍|捅|砸)的(?:那个|那人|人)?[^,。!?;]{0,6}(?:趴|躺|倒)(?:在)?地(?:上)?[^,。!?;]{0,3}(?:不动|起不来|没动静|没反应)/,
    'emergency',
    { hotline: '110' },
  ),
  // Someone followed or on the rails right now: the police must come before anything happens.
  // Violence with whatever is at hand (酒瓶, 砖头), or a gang smashing a shop.
  term(
    '打砸伤人',
    /(?:拿|用|举|抄)着?[^,。!?;]{0,5}(?:在)?(?:砸|打|砍|捅|刺)(?:人|我|他|她)|在砸人|砸人了|打砸|冲进[^,。!?;]{0,4}(?:打|砸)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Fuel near a flame: a fire or explosion is seconds away.
  term(
    '油气遇火',
    /(?:加油站|油罐|汽油|柴油|油都漏)[^。!?;]{0,12}(?:点火|打火|明火|抽烟)|(?:点火|打火|明火|抽烟)[^。!?;]{0,12}(?:漏油|油漏|汽油)/,
    'emergency',
    {
      hotline: '119',
      // A stall that burns there every day is a safety complaint.
      excludeNear: /天天|每天|合规|合法|规定/,
    },
  ),
  term(
    '被跟踪',
    /被(?:人|陌生人|陌生男子)?跟踪|有(?:人|个男的|陌生人)(?:一直)?(?:跟着|尾随)(?:我|她|他)|尾随我/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '人在轨道上',
    /(?:有人|人|孩子|小孩|老人)[^,。!?;]{0,4}(?:在|掉进|掉下|跳下|走进)(?:地铁|铁路)?(?:轨道|铁轨)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('呼救', /呼救|喊救命/, 'emergency', {
    hotline: '110',
    cry: true,
    excludeBefore: /钱|费|一键/,
    // A neighbour's karaoke ("唱到高潮就扯着嗓子喊救命").
    excludeNear: /唱k|唱歌|卡拉ok|ktv|唱到/,
    // A device or a service ("一键呼救的手环", "呼救按钮") is something to buy, not a cry.
    excludeAfter: /^的?(?:手环|按钮|系统|装置|器|设备|功能|电话|铃)/,
  }),
  term('家暴', /家暴|家庭暴力|殴打/, 'emergency', { hotline: '110', needsPresent: true, fallback: 'urgent' }),
  // Complaints use these as metaphors ("赤裸裸抢劫", "道德绑架"), hence the exclusions.
  term(
    '群殴',
    /群殴|械斗|持械|有人(?:在)?打架|打架斗殴|(?:撞|冲|开)(?:进|向|入)了?人群|拿(?:了|着)?(?:砖头|棍子|铁棍|木棍|钢管)|(?:正在|在)[^,。!?;]{0,8}(?:斗殴|群殴)/,
    'emergency',
    { hotline: '110', excludeAfter: /^[^,。!?;]{0,2}(?:挑|拨|扒|撬|救)/ },
  ),
  term(
    '抢劫',
    /抢劫|抢包|抢孩子|入室抢|(?:抢|拽|夺|扯)(?:了|走|过)[^,。!?;]{0,8}(?:包|袋|钱|手机|项链|金链子|东西)|被抢(?:了|劫)/,
    'emergency',
    {
      hotline: '110',
      excludeBefore: /赤裸裸|明目张胆|公然|简直|真是|就是|如同|等于|无异于|相当于|变相|强盗|跟$|像$/,
      excludeAfter: /^(?:一样|似的|差不多|没区别)/,
      // A price shouted as robbery ("抢劫！！！这个停车场收费简直是抢劫"); children at play ("抢了我的手机玩游戏").
      excludeNear: /简直是抢|跟抢劫|收费|价格|价钱|物价|乱收|太贵|停车费|物业费|房价|房租|开玩笑|闹着玩|玩游戏|抢红包/,
    },
  ),
  term('绑架', /绑架|劫持|拐走|人贩子/, 'emergency', {
    hotline: '110',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
    excludeBefore: /道德|被迫|消费|舆论|情感|民意|春节|文化/,
  }),
  term(
    '入室盗窃',
    /(?:有人|小偷|贼|陌生人|歹徒|坏人)[^,。!?;]{0,6}(?:(?:撬|砸)[^,。!?;]{0,4}(?:门|锁|窗)|翻窗|闯进|闯入|进了?我家)|正在偷/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '轻生',
    /烧炭|上吊|服毒|割脉|(?:在|要|正在)自杀|自杀了|(?:要|想|准备)(?:跳楼|跳河|跳江|跳湖|跳海|自杀|轻生|往下跳|跳下去)|想不开(?:了|要)|(?<!年)轻生|割腕|站在楼顶/,
    'emergency',
    {
      hotline: '110',
      // "服毒自杀身亡" retells a death; the hotline cannot help any more, the complaint is about why.
      excludeAfter: /^(?:身亡|死亡|未遂|取暖|烤火)/,
      // Charcoal burnt to keep warm ("蚕房里烧炭盆保温") poisons by accident: 煤气中毒, 120.
      excludeNear: /取暖|保温|烤火|暖和|炭盆|天冷|太冷|冷得/,
    },
  ),
  term(
    '溺水',
    /溺水|有人落水|落水了|(?:水里|河里|湖里|江里|海里|水库里?|水面上?)[^,。!?;]{0,6}(?:挣扎|呼救|咧挣|扑腾)|(?:人|孩子|小孩|老人)[^,。!?;]{0,4}落水|(?:池塘|水塘|鱼塘|泳池|游泳池|河|湖|江|水库)[^,。!?;]{0,6}(?:孩子|小孩|人|老人)[^,。!?;]{0,3}掉(?:下去|进去)了|(?:掉|甩|摔|跌|滑|栽)(?:进|到|下去|下|进去)?(?:了)?(?:到)?(?:水|河|溪|江|湖|海|塘)里|冰面?(?:塌|裂|破)(?:了|开)[^。!?;]{0,20}掉(?:进|下)(?:去|水)|掉(?:进|到)?(?:了)?冰(?:窟窿|窟|洞|面下|下面|里)|掉(?:进|到)?窟窿|掉进(?:河|水|湖|江|井|窨井|化粪池|粪坑|下水道|水塘|池塘)|掉(?:到|进)?(?:河|水|湖|江|井|池塘|水库|海|水塘|鱼塘)里(?:了|去了)|掉到(?:河|水|湖|江|井|池塘)里|被水冲走/,
    'emergency',
    {
      hotline: '110',
      // Already pulled out ("捞起来不会喘气了"): what is left is for 120, which the other terms name.
      excludeNear: /捞(?:起来|上来)|救(?:上来|起来)|(?:拉|抱|拖)上来了/,
    },
  ),
  term('救命', /救命|快来人/, 'emergency', {
    hotline: '110',
    cry: true,
    // "救命啊 这个公积金怎么取": an exclamation about paperwork.
    excludeAfter:
      /^(?:钱|药|稻草|的钱|的|恩人)|^[^。!?;]{0,16}(?:公积金|社保|医保|手续|办理|审批|证明|材料|政策|补贴|退款|快递|作业|考试|费|涨价|价格|工资|房租)/,
    excludeBefore: /钱|费/,
    excludeNear:
      /公积金|社保|医保|系统|登不上|登录|密码|手续|办理|审批|作业|考试|题|高数|数学|论文|交稿|答辩|快递|包裹|订单|中转站|卡关|boss|游戏|原神|王者|带带我|涨价|工资|房租|加班|老板|电费|水费|话费|账单|扣费|多收|唱k|唱歌|卡拉ok|ktv|唱到/,
  }),
  term('人在轨道上', /推下(?:站台|轨道)|(?:掉|跳|摔)下站台/, 'emergency', { hotline: '110' }),
  term('轻生', /(?:要|想)去死|说要死|翻(?:过|出|到)(?:了)?[^,。!?;]{0,2}(?:栏杆|护栏|桥栏)/, 'emergency', {
    hotline: '110',
    // Tourists over a railing for a photo ("好多人在悬崖边翻出护栏拍照，太危险了，建议…").
    excludeNear: /拍照|自拍|合影|打卡|建议/,
  }),
  term('群殴', /动了刀子|(?:打架|斗殴|吵架|冲突|打起来)[^。!?;]{0,8}动(?:了)?刀/, 'emergency', { hotline: '110' }),
  term('溺水', /(?:人|孩子|小孩|老人)[^,。!?;]{0,6}(?:沉下去|往下沉)|沉到水底/, 'emergency', { hotline: '110' }),
  // Someone unseen for days behind a door nobody answers, or a smell from inside: the police open it.
  term(
    '屋内无应答',
    /(?:几天|好几天|多日|[两三四五六七八九十\d]+天)没(?:动静|出门|见人|看到人|看见人|开门|露面|开灯)[^。!?;]{0,16}(?:敲门|臭味|异味|怪味|苍蝇)|敲门[^。!?;]{0,4}(?:不应|没人应|没反应)[^。!?;]{0,10}(?:臭味|异味)/,
    'emergency',
    // Nobody answering says something is wrong, not what: a fall or a fire heard inside names the hotline.
    { hotline: '110', cry: true },
  ),
  term('故意撞人', /(?:开车|驾车|开着车)[^,。!?;]{0,4}撞人|故意撞人/, 'emergency', { hotline: '110' }),
  term('非法拘禁', /关在[^,。!?;]{0,8}(?:不让走|不让出|不让离开|出不去)|非法拘禁|被囚禁|被(?:绑|捆)起来/, 'emergency', {
    hotline: '110',
  }),
  // General families from a round of unseen messages: a threat to kill, a door being broken in, a
  // person dragged away, violence at home, someone sinking, a child or adult outside a railing.
  term('人身威胁', /(?:要|说要|扬言|喊着要|威胁要|威胁说要|嚷着要)(?:弄|打|杀|砍|掐|捅|烧|整|射|炸)死/, 'emergency', {
    hotline: '110',
    excludeBefore: /气得|恨不得|真想|简直/,
  }),
  term(
    '有人闯门',
    /(?:一直|正在|在|拼命|使劲|不停地?)(?:砸|踹|撞|撬)(?:我家|我们家|我)?(?:的)?(?:门|窗)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '绑架',
    new RegExp(
      `${PERSON}[^,。!?;的车摊货]{0,6}被[^,。!?;]{0,12}(?:拉|拖|抱|拽|抓|掳|强行带|拐)(?:走|上车|进车|上了车)`,
    ),
    'emergency',
    { hotline: '110', excludeBefore: /车|摊|货/, requires: /被[^,。!?;]{0,14}(?:走|车)/ },
  ),
  term(
    '暴力正在发生',
    /(?:老公|丈夫|男朋友|男友|前夫|老婆|我爸|继父|他爸)[^,。!?;]{0,8}打(?:我|孩子|我妈)|(?:在|正在|还在|又在)[^,。!?;]{0,3}打(?:他|她)?的?(?:我|孩子|小孩|老人|老婆|媳妇|妻子|婆娘|堂客|老伴|女人|我妈|妈妈|奶奶)(?!工|电话|游戏|球|牌|针|车)/,
    'emergency',
    { hotline: '110' },
  ),
  term('溺水', /(?:人|孩子|小孩|老人)[^,。!?;]{0,6}(?:沉底|沉了下去|沉下去了)/, 'emergency', { hotline: '110' }),
  // Like 坠楼 (medicalTerms.ts), a fall about to happen is told to call 120.
  term(
    '坠楼',
    /(?:爬|站|坐|挂|趴|蹲|吊)(?:到|在)?[^,。!?;]{0,6}(?:窗户|窗台|阳台|栏杆|护栏|外机|楼顶|天台)[^,。!?;]{0,3}外(?:面|边|头)?/,
    'emergency',
    { hotline: '120' },
  ),
  // A suicidal statement beside a place to jump from or a blade: 110 comes at once.
  term('轻生', /楼顶|天台|桥上|窗台|阳台|河边|江边|割|刀|绳子|烧炭|跳下去/, 'emergency', {
    hotline: '110',
    needsContext: /不想活|想死|活不下去|不活了|去死|遗书|寻短见/,
  }),
  term('轻生', /(?:写|发|留)(?:了|下)?(?:一封|一份)?(?:遗书|绝笔)/, 'emergency', { hotline: '110' }),
  term('群殴', /被[^,。!?;]{0,6}围(?:着|住)(?:打|殴打|踢)/, 'emergency', { hotline: '110' }),
  // Someone lying in the traffic is hurt or about to be: 120, like 有人受伤倒地.
  term('有人倒地', /(?:躺|倒|睡|坐)在(?:马路|公路|高速|路|车道)(?:中间|当中|上)/, 'emergency', {
    hotline: '120',
    needsContext: /醉|不动|车来车往|车很多|晕|血|老人|孩子/,
  }),
  // A child gone by the water: search the water now.
  term(
    '溺水',
    /(?:河|湖|江|水库|池塘|水塘|海)边?[^。!?;]{0,10}(?:孩子|小孩|人)[^。!?;]{0,4}(?:不见了|找不到了|没了)/,
    'emergency',
    { hotline: '110' },
  ),
  // Round 13: dragged into a car by force; locked up with the phone taken; a child gone a minute ago;
  // someone sitting on a roof edge with legs over it; farewell words by the water; fuel carried to a
  // threatened home.
  term('绑架', /(?:硬|强行|使劲|生生)(?:拖|拽|拉|塞|抱|推)(?:进|上)(?:了)?[^,。!?;]{0,6}车/, 'emergency', {
    hotline: '110',
  }),
  term('非法拘禁', /被(?:人|他们|他)?(?:关|锁|困)(?:在|起来)/, 'emergency', {
    hotline: '110',
    needsContext: /手机被|偷偷|逃不|出不去|不让(?:走|出|离开)|救救|不知道(?:具体)?(?:地址|在哪)/,
    excludeBefore: /电梯|隔离|疫情/,
  }),
  term(
    '儿童走失',
    /(?:孩子|小孩|女儿|儿子|闺女|宝宝|孙子|孙女|外孙|娃|学生|小朋友|男孩|女孩)[^。!?;]{0,24}(?:不见了|找不到了|走丢了|丢了|没影了|没人了|人就?没了|人就不见了|不见人)/,
    'emergency',
    {
      hotline: '110',
      needsContext:
        /刚才|刚刚|刚还|刚在|接(?:了)?个电话|转眼|一转身|转个身|转身|一回头|一扭头|一转眼|一眨眼|一晃|一会儿|分钟|半小时|半个(?:多)?小时|一个小时|找了|找遍|到处找/,
    },
  ),
  term('轻生', /(?:腿|脚|半个身子|身子)[^,。!?;]{0,3}(?:搭|伸|悬|挂|耷拉)在?(?:外面|外边|外头|外)/, 'emergency', {
    hotline: '110',
    needsContext: /楼|天台|窗|阳台|桥|栏杆|屋顶|房顶|边上|边缘/,
    // A small child who climbed out and cannot get back is about to fall (坠楼), not taking their life.
    excludeNear: /(?:小孩|孩子|娃|宝宝)[^,。!?;]{0,8}(?:骑|爬)|下不来/,
  }),
  term(
    '坠楼',
    /(?:小孩|孩子|娃|宝宝)[^,。!?;]{0,8}(?:骑|爬|坐|站)(?:在|到)?[^,。!?;]{0,4}(?:墙沿|墙头|窗台|护栏|栏杆|楼顶|屋顶)/,
    'emergency',
    { hotline: '120', needsContext: /下不来|哭|外边|外面|楼高|[二三四五六七八九十]楼|\d+楼/ },
  ),
  // A farewell (sorry, goodbye, thanks for the years) beside a high or watery place, a phone gone silent or
  // a locked door.
  term(
    '轻生',
    /对不起(?:家里人|家人|爸妈|你们|大家|孩子|所有人)|下辈子|永别|来世再|告别|道别|交代后事|最后一条|这辈子就到这|说再见|谢谢你(?:们)?(?:这几年|这些年)/,
    'emergency',
    {
      hotline: '110',
      needsContext:
        /水库|河边|江边|湖边|海边|桥|楼顶|顶楼|天台|鞋脱|不想活|遗书|往下跳|不接|关机|联系不上|阳台|反锁|手腕|一个人住/,
    },
  ),
  term(
    '人身威胁',
    /(?:拿|提|拎|带|抱)着?[^,。!?;]{0,4}(?:汽油|硫酸|炸药|雷管)|(?:要|说要|扬言|威胁)[^,。!?;]{0,2}把[^,。!?;]{0,6}(?:烧了|炸了)|(?:扬言|威胁)[^,。!?;]{0,4}(?:烧|炸|泼)/,
    'emergency',
    { hotline: '110', excludeBefore: /加油|买|卖|运|仓库/ },
  ),
  // Round 14: someone thrashing in the water; followed all the way and hiding; a gang with bars or
  // bottles; a person held down and kicked; a belt or stick on the family; a door kicked from outside.
  term(
    '溺水',
    /(?:河|湖|江|海|水库|池塘|水塘|水|水坑|坑|塘|池)里[^,。!?;]{0,8}(?:扑腾|挣扎)|一下沉一下浮|一沉一浮|时沉时浮|沉沉浮浮/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '被跟踪',
    /(?:有|一个|个)[^,。!?;]{0,3}(?:人|男的|男人|女的|陌生人)[^,。!?;]{0,6}(?:一直|一路)(?:跟着|尾随|跟)(?:我|我们)/,
    'emergency',
    { hotline: '110' },
  ),
  term(
    '群殴',
    /(?:拿|拎|抡|提|举|抄|挥)(?:着|起|了)?[^,。!?;]{0,2}(?:铁棍子?|木棍子?|棍子|钢管|砖头|板砖|酒瓶子?|啤酒瓶子?|铁锹|锄头|扳手|锤子|榔头|凳子)|打群架|(?:按|摁)在地上[^,。!?;]{0,6}(?:打|踹|踢)|(?:踹|踢|砸)(?:[^,。!?;]{0,4}的)?头/,
    'emergency',
    // "拿木棍挑开电线": a stick used to rescue, not to strike.
    // "拿锄头挖": tools used to dig someone out.
    { hotline: '110', excludeAfter: /^[^,。!?;]{0,2}(?:挑|拨|扒|撬|救|挖|刨|铲)/ },
  ),
  term(
    '暴力正在发生',
    /(?:拿|用)[^,。!?;]{0,4}(?:皮带|棍子|鞭子|衣架|擀面杖|拖把)[^,。!?;]{0,2}(?:抽|打)(?:我|孩子|我们|我妈)|(?:他们|那几个人|几个人)(?:还在|正在|一直)(?:打|踹|踢|砍)|(?:在外面|在门口|在门外)(?:砸|踹|撞|撬)门/,
    'emergency',
    { hotline: '110' },
  ),
  // Round 15: a phone taken and not allowed to leave; someone walking into the water up to the waist.
  term(
    '非法拘禁',
    /手机(?:被)?(?:他们)?(?:收|抢|拿走|没收)(?:了|走了)|不让(?:我)?(?:走|出去|离开|回家|下车|下去)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /骗|偷偷|关|锁|不让|逃|救救/,
      excludeBefore: /老师|学校|上课|考试|公司|单位|开会/,
    },
  ),
  term(
    '轻生',
    /(?:往|向)(?:水|河|江|湖|海)里(?:走|去|跳)|水(?:已经)?(?:到|没到|淹到)(?:了)?(?:腰|胸|脖子)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /喊|叫|不回头|一直|人|老人|孩子/,
    },
  ),
  // Round 16: a scream next door and then silence or thuds.
  term('暴力正在发生', /尖叫|惨叫|哭喊/, 'emergency', {
    hotline: '110',
    needsContext: /没声了|没了声音|没动静|撞墙|闷响|咚咚|砸到墙|别打|打人|打她|打我|打[^。!?;]{0,3}老婆|砸东西|救命/,
  }),
  // Round 17: a burglar heard from the bedroom; followed home; smashing and crying behind a locked door.
  term(
    '入室盗窃',
    /(?:有人|有个人|陌生人)[^,。!?;]{0,4}(?:在)?翻(?:抽屉|东西|柜子)|不敢出声|躲在(?:卧室|厕所|衣柜|床底|柜子)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /有人|陌生|撬|翻|砸|踹|跟|小偷/,
    },
  ),
  term('被跟踪', /(?:一直|一路)(?:跟|尾随)到/, 'emergency', { hotline: '110', needsContext: /我|不敢|躲/ }),
  term('暴力正在发生', /砸东西/, 'emergency', {
    hotline: '110',
    needsContext: /(?:女的|女人|孩子|小孩|老婆|她)[^。!?;]{0,4}(?:在)?哭|哭喊|反锁|求救|救命/,
  }),
  // Round 18 (45 unseen messages written after round 17's change: 8 missed): a jumper outside a
  // bridge railing or with legs in the air; a burglar's tools and torch in an empty home.
  term(
    '轻生',
    /(?:站|翻|爬|坐)(?:到|在|出)?[^,。!?;]{0,4}(?:桥|天桥|大桥)[^,。!?;]{0,6}外|(?:腿|脚|半个身子|身子)[^,。!?;]{0,3}(?:已经)?悬空/,
    'emergency',
    {
      hotline: '110',
      needsContext: /桥|楼|天台|窗|阳台|栏杆|屋顶|边上/,
    },
  ),
  term('入室盗窃', /撬(?:门|锁|窗)的声音|有撬(?:门|锁)|手电(?:光|筒)[^,。!?;]{0,6}晃/, 'emergency', {
    hotline: '110',
    needsContext: /家|屋|没人|出去|旅游|出差|邻居/,
  }),
  // Rounds 19 and 20: a person pushed into a van; a crush where people are trodden on; someone
  // cornered for money; a gate smashed open and the house emptied.
  term(
    '绑架',
    /把[^,。!?;]{0,6}(?:人|女孩|女的|孩子|小孩|姑娘|男孩|女生|妇女|老人)[^,。!?;]{0,2}往[^,。!?;]{0,4}车(?:里|上)(?:塞|拖|拽|拉|推|抱)/,
    'emergency',
    { hotline: '110' },
  ),
  term('踩踏', /踩踏|被踩(?:着|了|在|倒)|(?:人挤人|挤成一团|往前推|往前挤)[^。!?;]{0,16}(?:摔|倒|踩)/, 'emergency', {
    hotline: '110',
    needsContext: /挤|摔|倒|喊|压|推/,
    excludeAfter: /^(?:草|绿地|花|庄稼|事故的|隐患|风险)/,
  }),
  term('抢劫', /(?:被|让|把)[^,。!?;]{0,6}(?:堵|围|拦)(?:在|住)|不给钱就(?:揍|打|砍|弄|捅)/, 'emergency', {
    hotline: '110',
    needsContext: /给钱|要钱|揍|打我|抢|刀|威胁|不让走|棍|跪|在抽|在打/,
  }),
  term('入室盗窃', /(?:院门|大门|房门|门|锁|窗)[^,。!?;]{0,2}(?:被)?(?:砸开|撬开|踹开|砸烂|砸坏)了?/, 'emergency', {
    hotline: '110',
    needsContext: /搬|偷|往车上|棍|刀|不敢|没人在家|不在家|去城里/,
  }),
  // Someone fell into the water, told water first ("塘里掉了个孩子下去"), or not seen to come up again.
  term(
    '溺水',
    new RegExp(`(?:塘|河|湖|江|水库|池|海)里[^,。!?;]{0,2}掉(?:了|进|下)?(?:去)?(?:了)?(?:个|一个)?${PERSON}`),
    'emergency',
    { hotline: '110', requires: /里[^,。!?;]{0,2}掉/ },
  ),
  term('溺水', /(?:没|冒)(?:有)?(?:看到|看见|见)?[^,。!?;]{0,3}(?:浮|冒)(?:起来|上来)/, 'emergency', {
    hotline: '110',
    needsContext: /水|河|塘|湖|江|海|池|游泳/,
  }),
  // Rounds 21 and 22: a child slipping into a pond and gone under; a stranger pressing close on the
  // train and waiting at the exit; a child crying "别打妈妈"; a classmate pulled into a van; someone
  // in the house downstairs; a woman sitting outside a rooftop railing; a farewell letter and a locked
  // door.
  term(
    '溺水',
    /扑腾(?:了)?[^,。!?;]{0,6}(?:看不见|不见了|沉|没了)|(?:滑|掉|跌|摔)(?:下去|进去)了?[^。!?;]{0,12}(?:扑腾|看不见了|沉下去)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /水|河|塘|湖|江|海|池/,
    },
  ),
  term(
    '被跟踪',
    /一直贴着我|(?:他|那人|那个男的)(?:也)?跟(?:过来|上来|下车)|在(?:出口|门口|楼下|车站)等我/,
    'emergency',
    {
      hotline: '110',
      needsContext: /怕|不认识|陌生|贴着|跟过来|换了/,
    },
  ),
  term('暴力正在发生', /(?:别|莫|不要)打(?:我)?(?:妈妈|妈|爸爸|我|了)/, 'emergency', {
    hotline: '110',
    needsContext: /哭|喊|叫|求/,
  }),
  term(
    '绑架',
    /把[^,。!?;]{0,8}(?:拉|拖|拽|抱|塞|推)(?:上|进)(?:了)?[^,。!?;]{0,6}车[^,。!?;]{0,4}(?:开走|跑了|走了)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /不认识|陌生|喊|哭|救命|挣扎|害怕/,
    },
  ),
  term('入室盗窃', /(?:家里|屋里|房里)进(?:了)?(?:人|贼|小偷)(?:了)?/, 'emergency', {
    hotline: '110',
    needsContext: /在楼下|在翻|翻东西|还在|躲|不敢|没开灯|怕/,
  }),
  term('轻生', /(?:坐|站|蹲|爬)在(?:了)?[^,。!?;]{0,4}(?:护栏|栏杆)外(?:侧|面|边)?/, 'emergency', {
    hotline: '110',
    needsContext: /天台|楼顶|顶楼|桥|情绪|不让|拒绝|靠近/,
  }),
  term('轻生', /遗书/, 'emergency', { hotline: '110', needsContext: /血|锁|不应|不接|联系不上|割/ }),
  // Rounds 23 and 24: a driver who ignores "stop" with the doors locked; a door kicked out of shape
  // and a threat to kill; a child led away by a stranger; a farewell from a rooftop.
  term('非法拘禁', /(?:说|喊|让他|叫他)?停车(?:他)?(?:也)?(?:不理|不停|不听)|(?:车)?门(?:被)?锁着/, 'emergency', {
    hotline: '110',
    needsContext: /郊区|不按导航|偏僻|很偏|陌生|害怕|不知道在哪|开去哪/,
  }),
  term(
    '人身威胁',
    /就(?:弄|打|杀|砍|捅|整)死(?:我|你|他|她)|门(?:已经)?被(?:踹|砸|撞)(?:得)?(?:变形|坏|烂|开)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('有人闯门', /门外(?:砸|踹|撞)门|(?:门口|门外)[^,。!?;]{0,4}(?:砸门|踹门|撞门)/, 'emergency', { hotline: '110' }),
  term('绑架', /把(?:我|她|他|孩子|我女儿|我儿子)(?:锁|关|绑)在(?:了)?车(?:里|上)/, 'emergency', {
    hotline: '110',
    needsContext: /开去|开到|开走|往[^,。!?;]{0,4}开|不知道(?:要)?(?:去|开)|去哪/,
  }),
  term('绑架', /被[^,。!?;]{0,14}(?:男子|男的|男人|女人|陌生人)(?:牵|抱|拉|领|带)着?(?:走|往)/, 'emergency', {
    hotline: '110',
  }),
  term(
    '绑架',
    /把[^,。!?;]{0,8}(?:女孩|男孩|孩子|小孩|姑娘|女生|人)(?:拉|拖|拽|抱|塞|推)(?:上|进)(?:了)?[^,。!?;]{0,6}车/,
    'emergency',
    {
      hotline: '110',
      needsContext: /不认识|陌生|喊|哭|救命|挣扎|害怕/,
    },
  ),
  term('儿童走失', /找不到(?:了)?(?:她|他|我)?(?:的)?[^,。!?;]{0,4}(?:孩子|女儿|儿子|孙子|孙女|小孩)/, 'emergency', {
    hotline: '110',
    needsContext: /刚才|刚刚|分钟|半个?小时|监控|出入口|广播/,
  }),
  // Rounds 27 and 28: a child pulled into a car (Cantonese too).
  term(
    '绑架',
    /(?:拉|拖|拽|抱|抢)(?:住|着|走)?(?:个|一个)?(?:小孩|孩子|女孩|男孩|女人|女的)[^,。!?;]{0,2}(?:上|进)(?:了)?车/,
    'emergency',
    {
      hotline: '110',
      needsContext: /喊|哭|开走|开了|挣扎|不认识|陌生/,
    },
  ),
  // Rounds 29 and 30: someone walking into deep water and not turning back.
  term('轻生', /(?:一直|径直|直直地?)往(?:水|河|湖|江|海|水库)?(?:深处|中间|中心|里)走/, 'emergency', {
    hotline: '110',
    needsContext: /水|河|湖|江|海|水库/,
  }),
  // Rounds 31 and 32: a child seen drowning (a slipper left, bubbles, a head going under); a child touched by
  // a stranger; a child bundled into a van (把…抱上车); a window being forced with an old woman inside; a
  // knife hidden while following a schoolgirl; a threat to blow up a gas cylinder; a fraud under way.
  term(
    '溺水',
    /水面[^,。!?;]{0,3}(?:一直|直)?冒泡|水(?:在|一直)冒泡|(?:只剩|就剩)(?:下)?(?:一只|只)?(?:小)?(?:拖鞋|鞋)|头?一(?:会儿|下)(?:露|冒)出来一(?:会儿|下)(?:又)?(?:没了|沉下去)|(?:乱|一直)扑腾/,
    'emergency',
    { hotline: '110', needsContext: /水|塘|河|江|湖|海|池/ },
  ),
  term('猥亵', /(?:摸|猥亵)[^,。!?;]{0,6}(?:小姑娘|小女孩|小孩|孩子|女孩|女生|小学生)/, 'emergency', {
    hotline: '110',
    needsContext: /一直|正在|现在|哭|不敢|不像|陌生|不认识/,
    excludeNear: /以前|去年|小时候|新闻|电影里|电影中|电视|老师说/,
  }),
  term(
    '绑架',
    /把(?:我|我的|我家|人家)?(?:个|一个)?(?:小孩|孩子|女孩|男孩|女人|女的|小姑娘|娃)(?:拉|拖|拽|抱|抢|塞|推)(?:上|进)(?:了)?[^,。!?;]{0,4}车/,
    'emergency',
    { hotline: '110' },
  ),
  term('入室盗窃', /撬[^,。!?;]{0,6}(?:窗|门|锁)[^。!?;]{0,10}(?:钻进去|爬进去|进去了)/, 'emergency', {
    hotline: '110',
  }),
  term('持刀', /(?:藏|揣|拿|带|握)(?:了|着)?(?:把|一把)?(?:刀|匕首)/, 'emergency', {
    hotline: '110',
    needsContext: /跟着|尾随|盯着|小姑娘|学生|孩子|追/,
    excludeNear: /厨房|切菜|削|水果|做饭|买/,
  }),
  term('人身威胁', /一起死|同归于尽|(?:炸|点|烧)了(?:这|大家|你们|整栋)/, 'emergency', {
    hotline: '110',
    needsContext: /煤气|天然气|液化气|汽油|炸药|打火机|刀|围了|一桶|喝了酒|楼下/,
  }),
  term(
    '诈骗',
    /安全账户|(?:公安|警察|检察院|法院)[^。!?;]{0,10}(?:让|要|叫)[^。!?;]{0,10}(?:转账|转钱|汇款|转到)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /现在|正在|往银行|去银行|在银行|马上|陪着|正按|还在操作|不听|劝不住/,
      excludeNear: FRAUD_AVERTED,
    },
  ),
  term(
    '轻生',
    /(?:坐|站|蹲)在(?:了)?[^,。!?;]{0,4}(?:天台|楼顶|桥|栏杆|窗台|阳台)(?:的)?(?:边上|边缘|外面|外侧|沿)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /腿在外面|腿在外侧|谁过来|别过来|不想活|跳下去|就下去|要跳|往下看|结束生命|情绪不稳/,
    },
  ),
  // Rounds 33 and 34: the means of suicide ready and a last word.
  term('轻生', /(?:药|绳子|刀|炭|安眠药)(?:都|也|已经)?(?:准备好|买好|备好|攒够)了/, 'emergency', {
    hotline: '110',
    needsContext: /不想活|活不下去|最后|告别|遗书|解脱|再见/,
  }),
  term(
    '入室盗窃',
    /(?:陌生人|有人|男的|人)[^,。!?;]{0,6}(?:弄|撬|捅|拧|砸)[^,。!?;]{0,4}(?:门锁|锁)|已经撬了/,
    'emergency',
    {
      hotline: '110',
      needsContext: /一个人在家|陌生|不认识|害怕|怎么办|分钟/,
      excludeNear: /开锁公司|开锁师傅|换锁|修锁/,
    },
  ),
  term('暴力正在发生', /(?:揪|抓|拽|薅)着[^,。!?;]{0,6}头发[^,。!?;]{0,6}(?:撞|砸|打|磕|拖)/, 'emergency', {
    hotline: '110',
  }),
  term(
    '行人闯入高速',
    /(?:高速|高架|快速路)[^。!?;]{0,10}(?:有人|老头|老人|小孩|孩子|人)[^,。!?;]{0,4}(?:在走|走路|逆行|乱走|乱跑|晃)|(?:有人|老头|老人|小孩|孩子)[^,。!?;]{0,6}(?:在)?高速(?:公路)?上(?:走|逆行|乱跑)/,
    'emergency',
    { hotline: '110' },
  ),
  // Round 36: a drunk driver weaving on the road with children aboard.
  term(
    '危险驾驶',
    /(?:开得|开车|开的)[^,。!?;]{0,4}(?:歪歪扭扭|东倒西歪|画龙|蛇形|S形)|一身酒气[^。!?;]{0,10}(?:开车|司机|在开)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /前面|现在|正在|高架|高速|路上|孩子|小孩|差点/,
    },
  ),
  // Round 36: hands round someone's throat; a syringe held up as a threat.
  term('暴力正在发生', /掐(?:着|住)[^,。!?;]{0,6}脖子/, 'emergency', {
    hotline: '110',
    needsContext: /按|喊不出|不动|老婆|女的|打|墙/,
  }),
  term('人身威胁', /(?:举着|拿着|攥着|拿)(?:个|一个|一支)?(?:针管|针头|注射器)|谁过来就(?:扎|捅|砍)谁/, 'emergency', {
    hotline: '110',
    needsContext: /扎|捅|艾滋|过来|威胁|车厢|乘客/,
  }),
  // Round 35: someone fighting the driver for the wheel; a man who follows a woman street after street.
  term('危险驾驶', /抢(?:夺)?(?:司机的?)?方向盘/, 'emergency', { hotline: '110' }),
  term(
    '被跟踪',
    /跟着我[^,。!?;]{0,2}(?:走了)?(?:成条街|一条街|好几条街|好久|一路)|躲在[^,。!?;]{0,8}不敢出(?:去|来)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /跟|男|陌生|不认识/,
    },
  ),
  // Rounds 37 and 38: explosives strapped on; a girl gone off with a stranger; groping that goes on with
  // threats; a man outside a bridge railing with his shoes off; a stalker at the door now; a child crying that
  // he is not her father; a wife screaming as things smash; someone floating face up in a ditch; ice broken
  // under children; a cut wrist.
  term('人身威胁', /(?:绑着|带着|揣着|拿着|背着)[^,。!?;]{0,6}(?:炸药|炸弹|雷管)|说是炸药/, 'emergency', {
    hotline: '110',
  }),
  term(
    '绑架',
    /跟(?:着)?(?:一个|个)?(?:不认识|陌生)的?(?:男人|人|男的|女人|女的)[^,。!?;]{0,3}(?:上车|走了|上了车)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('猥亵', /(?:一直|贴着)[^,。!?;]{0,4}摸我|摸我[^。!?;]{0,10}(?:威胁|跟着)/, 'emergency', { hotline: '110' }),
  term(
    '轻生',
    /(?:栏杆|护栏)外(?:面|边|头)?(?:站着|坐着|蹲着|站到|坐到|站了|坐了|有人)|鞋(?:子)?脱在(?:旁边|桥上|岸边|江边)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /桥|江|河|楼|天台|往下看/,
    },
  ),
  term('被跟踪', /(?:站|守|蹲|等)在[^,。!?;]{0,6}门口不走/, 'emergency', {
    hotline: '110',
    needsContext: /跟着|不敢|男的|陌生/,
  }),
  term('绑架', /不是我(?:爸爸|爸|妈妈|妈|家人)|我不认识他/, 'emergency', {
    hotline: '110',
    needsContext: /拖|拉|抱|哭|喊/,
  }),
  term('暴力正在发生', /(?:老婆|媳妇|妻子|女的|孩子)[^,。!?;]{0,4}(?:在)?(?:哭喊|惨叫|尖叫|喊救命)/, 'emergency', {
    hotline: '110',
    needsContext: /打|砸|摔|乒乓/,
  }),
  term('溺水', /(?:人|孩子|小孩|老人)?(?<!鱼)(?:浮|漂)在水面/, 'emergency', {
    hotline: '110',
    excludeNear: /鱼|垃圾|树叶|泡沫|油污/,
  }),
  term('溺水', /冰(?:面)?(?:裂|破)(?:了|开)?[^,。!?;]{0,6}(?:掉下去|掉进去|掉进|掉了下去)/, 'emergency', {
    hotline: '110',
  }),
  term('轻生', /手腕[^,。!?;]{0,3}(?:划开|割开|割破|划破)|割腕/, 'emergency', {
    hotline: '110',
    // A wrist cut in the kitchen is an injury (120's, named by the bleeding terms), not self-harm.
    excludeNear: /以前|之前|小时候|疤|新闻|电影|切|刀滑|厨房|菜|肉|玻璃|不小心|划到/,
  }),
  term(
    '轻生',
    /(?:天台|楼顶|顶楼)(?:的)?(?:边上|边边上|边儿上|边缘|外沿)(?:坐|站|蹲)着|(?:坐|站|蹲)在(?:天台|楼顶|顶楼)(?:的)?(?:边边上|边儿上)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /下去|跳|情绪|激动|不想活|往下看|腿(?:吊|耷拉|挂)在外|离家出走|不敢靠近/,
    },
  ),
  // Rounds 39 and 40: a robber asking for the till under his coat; a mother locked in with a knife; a drunk
  // swinging a drip stand at nurses; a man on the railway line; a kindergarten class held at knife point; a
  // girl locked in a basement for days; pepper spray in a station.
  term('抢劫', /把[^,。!?;]{0,8}钱(?:都|全)?(?:给他|交出来|拿出来)/, 'emergency', {
    hotline: '110',
    needsContext: /男的|躲|刀|鼓鼓|威胁|不给/,
  }),
  term('轻生', /不想(?:活|过)了|活着没意思/, 'emergency', {
    hotline: '110',
    needsContext: /锁在|反锁|刀|药|天台|楼顶|桥|关机/,
    // Pills already swallowed are 120's (服药轻生).
    excludeNear:
      /工资|房贷|加班|作业|考试|哈哈|吃下去|喝下去|吞下去|吃了|喝了|吞了|(?<!不)(?:吃|喝|吞|服)(?:了|下)?(?:农药|敌敌畏|百草枯|老鼠药|安眠药)|按时吃药|在看医生|心理医生|怎么陪/,
  }),
  term(
    '暴力正在发生',
    /(?:抡|举|拿)(?:着|起)[^,。!?;]{0,4}(?:输液架|椅子|凳子|板凳|灭火器|拖把)[^,。!?;]{0,4}(?:砸|打)|被打倒在地/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('轻生', /(?:睡|躺|趴|坐)在(?:了)?铁轨上|铁轨上(?:有人)?(?:睡|躺|趴)/, 'emergency', { hotline: '110' }),
  term('非法拘禁', /把[^,。!?;]{0,10}(?:关|锁|困)在[^,。!?;]{0,6}(?:教室|屋|房间|办公室|里)/, 'emergency', {
    hotline: '110',
    needsContext: /刀|威胁|不让|冲进|要见/,
  }),
  term(
    '非法拘禁',
    /(?:锁|关)在(?:了)?(?:地下室|屋里|房间|柜子|笼子)[^。!?;]{0,8}(?:两天|几天|好几天|一天|没吃)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('暴力正在发生', /喷(?:辣椒水|催泪|防狼)/, 'emergency', {
    hotline: '110',
    needsContext: /咳|跑|好多人|乘客/,
  }),
  // Rounds 41 and 42: a beating that goes on after the victim is down; a daughter shut in a room whose phone
  // is about to be taken; a woman hauled into a van; a crossbow at the window; a threat to draw blood.
  term(
    '群殴',
    /(?:打|踢|踹)(?:到|得)[^,。!?;]{0,6}(?:倒在地上|跌在地上|在地上)[^,。!?;]{0,3}(?:还不停手|还在打|还不停)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('非法拘禁', /被(?:人)?(?:关|锁)在[^,。!?;]{0,8}(?:屋|房间|旅馆|宾馆|里面)/, 'emergency', {
    hotline: '110',
    needsContext: /手机|收走|不让|只能发消息|别打电话|莫打电话/,
  }),
  term('绑架', /往[^,。!?;]{0,4}车里(?:拽|拖|拉|塞|推)/, 'emergency', {
    hotline: '110',
    needsContext: /喊|不认识|哭|挣扎|男的|陌生/,
  }),
  term('人身威胁', /(?:拿着|举着|端着)(?:个|一把)?(?:弩|弓箭|气枪|猎枪)/, 'emergency', { hotline: '110' }),
  term('人身威胁', /(?:让|叫)我见血|弄死你/, 'emergency', {
    hotline: '110',
    needsContext: /踹|门|楼下|堵|刀/,
  }),
  // Rounds 43 and 44: a victim held down while robbed; a car that has run people down and drives on; a
  // woman dragged towards a car; shoes set out on a rooftop; petrol poured at a door or claimed in a
  // bottle; someone floating face down.
  term('抢劫', /(?:按住|摁住|拽住|拉住|揪住|围住|架住)[^,。!?;]{0,8}抢/, 'emergency', { hotline: '110' }),
  term(
    '危险驾驶',
    /(?:乱冲|横冲直撞|乱撞|冲上人行道)[^。!?;]{0,20}撞(?:倒|飞|到|伤|了)|撞(?:倒|飞|到)(?:了)?[^,。!?;]{0,4}人[^。!?;]{0,12}(?:还没停|没停|还在开|还在冲|不停)/,
    'emergency',
    { hotline: '110' },
  ),
  term(
    '绑架',
    /(?:拽|拖|拉|抱|扛|揪|按|架)着?[^,。!?;]{0,8}往[^,。!?;]{0,4}车(?:里|上)?(?:拖|拽|塞|拉|推)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /叫|喊|哭|挣扎|救命|不认识|报警|逼停|头发|几个人|车牌|往[东南西北]开/,
    },
  ),
  term('轻生', /鞋(?:子)?脱(?:了|下)?[^,。!?;]{0,6}(?:摆|放)/, 'emergency', {
    hotline: '110',
    needsContext: /天台|楼顶|顶楼|顶上|塔|桥|河边|江边|栏杆|往下看|楼边|窗台/,
  }),
  term(
    '人身威胁',
    /(?:说|喊|嚷)[^,。!?;]{0,4}(?:里面|里头)?(?:是|装的是|装着)(?:汽油|硫酸|炸药)|(?:往|朝)[^,。!?;]{0,8}(?:门|身上|屋里|车上)(?:上)?(?:浇|泼)/,
    'emergency',
    { hotline: '110', needsContext: /汽油|油味|柴油|酒精|硫酸|打火机|点火|点了|要点/ },
  ),
  term(
    '溺水',
    /(?:脸朝下|面朝下|脸冲下)[^,。!?;]{0,6}(?:趴|漂|浮)|(?:趴|漂|浮)在水(?:面|上|里)[^,。!?;]{0,8}(?:没动|不动|没动静)/,
    'emergency',
    // Already pulled out and not breathing is 120's (the other terms name it).
    { hotline: '110', excludeNear: PULLED_OUT },
  ),
  // Rounds 45 and 46: someone standing out on a ledge looking down; a child carried off crying that she
  // does not know him; blood seeping under a door after a scream; a woman shut in crying to be let
  // out; a carer slapping an old woman; a shop shutter being forced; a lost person with dementia out in
  // the cold or by water.
  term('轻生', /站(?:着|在|了)[^。!?;]{0,16}一直往下看/, 'emergency', {
    hotline: '110',
    needsContext: /楼|平台|外机|栏杆|桥|天台|窗/,
  }),
  term('绑架', /(?:喊|叫|说)[^,。!?;]{0,4}不认识(?:你|他|她|他们)/, 'emergency', {
    hotline: '110',
    needsContext: /抱|拽|拖|拉|扛|带走|跑|塞/,
  }),
  term('暴力正在发生', /(?:门口|门缝|门底下|地板|地上)[^,。!?;]{0,6}(?:有)?血(?:渗|流|淌)(?:出来|出)?/, 'emergency', {
    hotline: '110',
    needsContext: /尖叫|吵|打|喊|没声|反锁|不应|遗书|没动静/,
  }),
  term('非法拘禁', /放我出去/, 'emergency', {
    hotline: '110',
    needsContext: /喊|叫|哭|锁|关|钉/,
    excludeNear: /密室|游戏|剧本|电影|剧里/,
  }),
  term('暴力正在发生', /边打边骂|(?:扇|抽)(?:了)?[^,。!?;]{0,6}(?:耳光|嘴巴|巴掌)/, 'emergency', {
    hotline: '110',
    needsContext: /还在|现在|正在|一直|哭/,
    // A practice complained of ("现在依然存在抽耳光…惩罚手段") is not a beating under way.
    excludeNear: /存在|现象|惩罚|手段/,
  }),
  term('入室盗窃', /(?:有人|几个人|人)(?:在|正在)撬/, 'emergency', { hotline: '110' }),
  term(
    '走失老人有危险',
    /走失|走丢|没回来|没回家|没回|不见回|不见了|找不到|走出去|跑出去|自己出门|出去了|人就?没了|没影了|未归|至今未回/,
    'emergency',
    {
      hotline: '110',
      requires: /痴呆|认知症|失智|阿尔茨海默|记不住|糊涂|智力|智障|自闭症|精神(?:病|有问题)/,
      sinceOk: true,
      // The pattern names the going missing; requires and needsContext the person and the danger.
      needsContext:
        /零下|水库|河|江|湖|大堤|水边|铁轨|天(?:快|都|要)?黑|冻|山里|铁路|高速|拖鞋|睡衣|不认(?:识)?路|说不清|记不(?:住|得)(?:家|路)|手机未带|未带手机|已逾|(?:手机)?(?:也)?没带(?:手机)?/,
    },
  ),
  // Round 46 (Cantonese): "听到佢喊「唔好打啦」": someone crying out to stop a beating.
  term(
    '家暴',
    /(?:喊|叫|求)[^,。!?;]{0,3}["“「]?别(?:打|砍|杀|捅)(?:了|啦|我|她|他|妈妈|孩子)?(?![游电扰麻牌针字卡])/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Rounds 47 and 48: a throat squeezed; an axe through a door; a stabbing with a broken bottle; machetes
  // swung and still going; someone lying on the bottom of a pool.
  term('暴力正在发生', /掐(?:着|住)?[^,。!?;]{0,3}脖子/, 'emergency', {
    hotline: '110',
    // Clutching one's own throat while eating is choking (120).
    excludeNear: /自己|卡住|噎|吃|咳不出/,
  }),
  term(
    '持刀伤人',
    /(?:拿|拎|提|举|抡)(?:着)?(?:斧子|斧头|菜刀|刀|锤子|棍子)[^,。!?;]{0,4}(?:劈|砍|砸)(?:门|窗)|用[^,。!?;]{0,6}(?:刀|酒瓶|啤酒瓶|瓶子|剪刀|匕首|改锥|螺丝刀)[^,。!?;]{0,2}(?:扎|捅|砍|刺)/,
    'emergency',
    { hotline: '110' },
  ),
  term('持刀伤人', /抡(?:着)?[^,。!?;]{0,3}(?:砍刀|刀|斧头|斧子)|还在(?:砍|捅|砸人|打人)/, 'emergency', {
    hotline: '110',
  }),
  term('溺水', /(?:池底|水底|河底)[^,。!?;]{0,6}(?:沉着|躺着|有)(?:个|一个)?人/, 'emergency', {
    hotline: '110',
    excludeNear: PULLED_OUT,
  }),
  // Rounds 49 and 50: children pushed into a van or truck; someone half in the water clinging to the bank;
  // a rope round the neck.
  term(
    '绑架',
    /(?:塞|拽|拖|推|抱|拉|扯)(?:上|进)(?:了)?[^,。!?;]{0,6}(?:面包车|车|车里|货车|后备箱)|(?:把|将)[^,。!?;]{0,6}(?:小孩|孩子|娃|女孩|男孩|女的|人)[^,。!?;]{0,4}(?:硬)?(?:塞|拽|拖|推|抱)(?:进|上)/,
    'emergency',
    { hotline: '110', needsContext: /哭|喊|挣扎|不认识|开走|跑了|锁/ },
  ),
  term('溺水', /(?:半截|半个)?身子(?:都)?泡在水里|扒着(?:岸边|岸|船边|冰沿|河边)/, 'emergency', {
    hotline: '110',
    excludeNear: PULLED_OUT,
  }),
  term('轻生', /绳子[^,。!?;]{0,4}(?:往|套|挂)(?:在)?[^,。!?;]{0,2}脖子/, 'emergency', { hotline: '110' }),
  // Rounds 51 and 52: legs over the edge; blood running out under a locked door; someone sitting outside a
  // railing; a person floating under a bridge.
  term('轻生', /腿(?:已经)?(?:伸|悬|吊|耷拉|挂)(?:到|在)?(?:了)?(?:外面|外边|空中|外头)/, 'emergency', {
    hotline: '110',
    needsContext: /天台|楼|栏杆|桥|窗|阳台/,
    // A small child astride a wall is about to fall (坠楼, 120), not taking their life.
    excludeNear: /小孩|孩子|娃|宝宝|儿子|女儿/,
  }),
  term('暴力正在发生', /(?:门口|门缝|门底下)[^,。!?;]{0,6}(?:流|渗|淌)出来?[^,。!?;]{0,3}血/, 'emergency', {
    hotline: '110',
    needsContext: /尖叫|吵|打|喊|没声|反锁|不应|不开|遗书|再见|没动静/,
  }),
  term('轻生', /(?:坐|站|蹲)(?:在)?[^,。!?;]{0,4}(?:栏杆|护栏)外/, 'emergency', { hotline: '110' }),
  term('溺水', /(?:水里|河里|江里|桥下|水面)[^,。!?;]{0,4}(?:漂着|浮着)(?:一个|个)人/, 'emergency', {
    hotline: '110',
    excludeNear: PULLED_OUT,
  }),
  // Rounds 53 and 54: a child carried off crying for mummy; a swimmer gone from sight.
  term('绑架', /不像一家人|不像(?:是)?(?:他|她)(?:的)?(?:孩子|家长)|(?:喊|哭)[^,。!?;]{0,3}我要妈妈/, 'emergency', {
    hotline: '110',
    needsContext: /抱|拽|拖|跑|带走/,
  }),
  term('溺水', /游[^,。!?;]{0,6}(?:没影|不见了|看不到人|冇得影)/, 'emergency', {
    hotline: '110',
    needsContext: /河|江|湖|水|塘|海/,
  }),
  // Rounds 55 and 56: someone over a boat's rail into a fast river; a belt swung at a crying woman.
  term('溺水', /栏杆翻(?:下去|出去)|翻下(?:船|江|河)|(?:冲|漂)不见了/, 'emergency', {
    hotline: '110',
    needsContext: /江|河|水|船|海|湖/,
  }),
  term('家暴', /(?:皮带|棍子|衣架|鞭子)[^,。!?;]{0,3}(?:一直|使劲)?(?:拍|打|抽)/, 'emergency', {
    hotline: '110',
    needsContext: /哭|喊|叫|打死/,
  }),
  // Round 57: a rafter who has not come up.
  term(
    '溺水',
    /(?:一直|半天|好久)?没(?:冒头|浮上来|冒出来)|没(?:看到|看见|见)(?:他|她|人)?浮上来|一浮一沉|一沉一浮/,
    'emergency',
    {
      hotline: '110',
      needsContext: /翻|漂流|河|水|游泳|漩涡|湖|江|海|船|渡轮/,
    },
  ),
  // Rounds 59 and 60: a last message with a bleeding wrist; a woman hauled limp towards a back door.
  term('轻生', /最后一次(?:跟|和)(?:大家|你们)(?:说话|聊天)|(?:手腕|手臂)[^,。!?;]{0,4}(?:流血|割|划)/, 'emergency', {
    hotline: '110',
    needsContext: /再见|最后|不想活|照片|群里|一个人/,
  }),
  term('绑架', /架着[^,。!?;]{0,6}(?:往|朝)[^,。!?;]{0,6}(?:拖|拽|走)/, 'emergency', {
    hotline: '110',
    needsContext: /不要|摇头|软|喊|哭|挣扎/,
  }),
  // Rounds 61 and 62: a swimmer gone with shoes left on the shore; someone at the edge of a roof; a driver
  // who locks the doors and drives off; a child snatched and run off with.
  term('溺水', /(?:游泳|下水)[^。!?;]{0,16}(?:看不到人|不见人|没影)|拖鞋还在岸上/, 'emergency', { hotline: '110' }),
  term('轻生', /站在[^,。!?;]{0,4}边(?:边|沿|上)/, 'emergency', {
    hotline: '110',
    needsContext: /楼顶|天台|桥|屋顶|不想/,
  }),
  term('绑架', /(?:把门|车门)锁了[^。!?;]{0,12}(?:不让下|往[^,。!?;]{0,6}开|不理)|不让我下车/, 'emergency', {
    hotline: '110',
  }),
  term('绑架', /抱起[^,。!?;]{0,6}就(?:跑|上了|走|上车)/, 'emergency', { hotline: '110' }),
  // Round 64: shoes set out neatly at a cliff's edge.
  term('轻生', /鞋(?:子)?(?:摆|放)(?:得)?(?:整整齐齐|整齐|好)/, 'emergency', {
    hotline: '110',
    needsContext: /悬崖|楼顶|天台|桥|边上|河|江|海/,
  }),
  // Round 65: a child fallen into a pond that grown-ups are searching.
  term('溺水', /(?:捞了|下去捞)[^,。!?;]{0,4}(?:还没捞着|没捞着|捞不着|还没找到)|还没捞着/, 'emergency', {
    hotline: '110',
  }),
  // Rounds 67 and 68: a child gone in the time it took to answer a message, or last seen leaving with a
  // stranger; a car ploughing into a market crowd; a man on a bus threatening to stab; a woman held bound.
  term(
    '儿童走失',
    /(?:回|看|接|打|刷|回了)(?:个|一下|一条)?(?:微信|消息|电话|手机|视频)的?(?:功夫|工夫|空儿?|时间|一会儿?)[^,。!?;]{0,6}(?:人就?没了|不见了|没影了|人就不见了|找不到了)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /孩子|小孩|女儿|儿子|闺女|宝宝|孙子|孙女|娃|岁/,
    },
  ),
  term(
    '儿童走失',
    /(?:跟|被)(?:一个|个)?陌生(?:人|男的|女的|男人|女人|阿姨|大叔|大妈)[^,。!?;]{0,10}(?:走了|带走|抱走|领走|拉走|往[^,。!?;]{0,10}走)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /找不到|不见了|走丢|没影|监控/,
    },
  ),
  term(
    '故意撞人',
    /(?:往|朝)(?:人堆|人群|人多的地方)[^,。!?;]{0,3}(?:里)?(?:冲|撞|开|怼|轧|压)|(?:车|suv|越野)[^,。!?;]{0,6}(?:乱冲|横冲直撞|到处乱?冲)|撞翻(?:了)?(?:好几个|几个|一排|一片)?(?:摊|摊子|摊位|行人)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '持刀伤人',
    /说要(?:扎|捅|砍|弄死|杀)人|(?:要|见人就)(?:扎|捅|砍)人|掏出(?:一把|把)?(?:锥子|螺丝刀|改锥|剪刀|铁锤|榔头)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '非法拘禁',
    /(?:手脚|手和脚|双手|手|脚)(?:都|也)?被(?:人)?(?:绑|捆|绳子绑|胶带缠|胶带绑|铐)(?:着|住|了|起来)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Round 70: a scream, a thud against the wall, then silence next door; a knife drawn in a drunken row; a
  // boy seen boarding a stranger's van; a beating that goes on in a car park; a child still not found.
  term(
    '暴力正在发生',
    /(?:惨叫|尖叫|哭喊|呼救|撞墙|往墙上撞)[^。!?;]{0,24}(?:突然|然后)[^。!?;]{0,6}(?:没(?:了)?(?:动静|声音|声)|一点动静都没有)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('持刀伤人', /动(?:了)?刀(?:子)?了|动起刀(?:子)?来/, 'emergency', {
    hotline: '110',
    needsContext: /打|吵|干仗|血|砍|喝|酒/,
  }),
  term('儿童走失', /上了(?:一辆)?(?:陌生|不认识)(?:的)?(?:车|面包车|轿车|小车|电动车|摩托)/, 'emergency', {
    hotline: '110',
    needsContext: /孩子|小孩|女儿|儿子|闺女|宝宝|娃|学生|没到校|不见|关机/,
  }),
  term(
    '群殴',
    /(?:还在|一直在|不停地?)(?:踹|踢|揍|打)(?:他|她|人)|被拖(?:进|上|走)(?:了)?[^,。!?;]{0,6}(?:车|车库|巷子|楼道)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /打|踹|踢|揍|拖|几个人|三个人/,
    },
  ),
  term(
    '儿童走失',
    /(?:孩子|小孩|女儿|儿子|闺女|宝宝|孙子|孙女|娃)[^。!?;]{0,8}(?:还是|还)没找到|不见(?:了)?(?:快|都|已经)?(?:[一二三四五六七八九十两几\d]+|半)(?:个)?(?:多)?(?:分钟|小时|钟头)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /孩子|小孩|女儿|儿子|闺女|宝宝|娃|岁|商场|广播/,
    },
  ),
  term(
    '轻生',
    /(?:锁|关)在(?:了)?车库[^。!?;]{0,12}(?:发动|打着火|没熄火)|车(?:一直)?(?:发动着|打着火)[^。!?;]{0,10}(?:卷帘门|车库门|门)(?:关|锁)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Round 69: a stranger on the home camera going through drawers; a man forcing the lock; a stalker at the
  // door who will not leave; a car driven onto the pavement; a child led off while a parent looked at a phone.
  term('入室盗窃', /(?:不认识|陌生)的?(?:男的|女的|人|男人|女人)[^,。!?;]{0,6}(?:在)?(?:翻|撬|偷|拿)/, 'emergency', {
    hotline: '110',
    needsContext: /家里没人|摄像头|监控|还没走|屋里|家里/,
  }),
  term('入室盗窃', /(?:门外|门口)[^,。!?;]{0,6}(?:在)?撬(?:锁|门)/, 'emergency', {
    hotline: '110',
    excludeNear: /开锁师傅|开锁公司|锁匠|物业|换锁/,
  }),
  term(
    '被跟踪',
    /(?:站|守|堵|蹲)在[^,。!?;]{0,6}门口[^。!?;]{0,12}(?:不走|不肯走|敲门|敲了|砸门|按门铃)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /跟着|跟踪|不认识|陌生|吓/,
    },
  ),
  term('故意撞人', /(?:往|朝)人行道(?:上)?[^,。!?;]{0,3}(?:冲|撞|开)/, 'emergency', { hotline: '110' }),
  term(
    '儿童走失',
    /(?:一抬头|一转身|一回头|一扭头|一转眼|一眨眼)(?:的功夫|的工夫)?(?:人)?就?(?:不见了|没了|没影了)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /孩子|小孩|女儿|儿子|闺女|宝宝|孙子|孙女|娃|岁/,
    },
  ),
  // Rounds 71 and 72: an intruder over a kindergarten wall; a car weaving on the motorway; a drunk swinging a
  // mattock down the lane; a child gone with a stranger into a van.
  term('人身威胁', /翻(?:围墙|墙|栏杆|大门)进(?:来|去)了?/, 'emergency', {
    hotline: '110',
    needsContext: /刀|棍|幼儿园|学校|教室|孩子|小朋友/,
  }),
  term('危险驾驶', /(?:s形|s型|蛇形|画龙|走s|画s)(?:开|行驶|走|跑)?/, 'emergency', {
    hotline: '110',
    needsContext: /高速|车|速度|车道|喝/,
  }),
  term(
    '持刀伤人',
    /(?:拿|举|挥|抡|提)(?:着|起)?[^,。!?;]{0,4}(?:镢头|锄头|镐把|镐头|镰刀|铁锹|铁棍|钢管|棍子|菜刀|擀面杖)[^,。!?;]{0,6}(?:追人|追着|砍人|打人|乱砍|乱打)/,
    'emergency',
    { hotline: '110' },
  ),
  term('儿童走失', /(?:陌生|不认识)的?(?:人|男人|女人|男的|女的)[^,。!?;]{0,8}上了[^,。!?;]{0,6}车/, 'emergency', {
    hotline: '110',
    needsContext: /孩子|小孩|女儿|儿子|闺女|宝宝|孙子|孙女|娃|不见|没回家|关机/,
  }),
  // Rounds 73 and 74: a man still pulling a bleeding woman's hair; a car the wrong way on a ring road; someone
  // sitting on a roof's edge with legs over; a thief holding a cashier by the neck; a mother's shoes found by the
  // river; a head in the water.
  term('家暴', /(?:还在|一直在|正在)(?:扯|揪|拽|薅)(?:她|他)?(?:的)?头发/, 'emergency', { hotline: '110' }),
  term(
    '危险驾驶',
    /(?:高速|绕城|快速路|环线|高架|主路|国道|g\d+)[^。!?;]{0,16}逆(?:向)?行(?:驶)?|逆着(?:人群|人流|车流)(?:开|冲|跑)|逆行[^。!?;]{0,8}(?:车速|很快|飞快|差点|冲过来|往前冲|还在开|蹭了|撞了)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '轻生',
    /(?:腿|脚)[^,。!?;]{0,4}(?:(?:伸|悬|搭|挂|跨)(?:出去|出来|在外面)|在外面)(?:了)?|(?:楼顶|天台|楼边)[^,。!?;]{0,4}边上?(?:坐着|站着|蹲着)|坐在[^,。!?;]{0,4}边(?:边|沿|上)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /楼顶|顶楼|天台|楼边|桥|屋顶/,
    },
  ),
  // Someone else's neck: a hand at one's own throat is choking (120).
  term('人身威胁', /(?:勒|掐|卡)着(?:一个|个|那个)?[^,。!?;自]{0,6}的脖子/, 'emergency', { hotline: '110' }),
  term(
    '溺水',
    /(?:河边|江边|湖边|水库边|桥上|海边)[^,。!?;]{0,4}(?:捡到|发现|看到)(?:了)?(?:她|他)?的?(?:鞋|手机|衣服|包)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('溺水', /头(?:浸|泡|埋|扎)(?:下去|进水里|在水里|到水里)|(?:脸|头)朝下[^,。!?;]{0,4}(?:在)?水里/, 'emergency', {
    hotline: '110',
  }),
  // Rounds 73 and 74: bottles brought down on a man's head; a tiger loose beside a playground.
  term('群殴', /(?:砸|打|敲)(?:他|她)(?:的)?(?:头|脑袋)/, 'emergency', {
    hotline: '110',
    needsContext: /一群|几个人|好几个|拿|瓶子|棍|bottle/,
  }),
  term(
    '猛兽伤人',
    /(?:老虎|狮子|熊(?!孩子)|豹子|狼(?!狗)|猛兽)[^,。!?;]{0,4}(?:跑出来|逃出来|跑出去|跑出了?笼|逃出了?笼|跑到|扑倒|咬)/,
    'emergency',
    { hotline: '110' },
  ),
  // Round 75: something held to a woman's neck with a threat to stab whoever comes near.
  term(
    '人身威胁',
    /抵着[^,。!?;]{0,6}(?:脖子|喉咙|腰)|谁(?:过来|靠近|上来|敢动)就(?:捅|砍|杀|开枪|弄死)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  // Round 76: a lock forced and someone still inside.
  term('入室盗窃', /(?:门锁|锁)(?:又)?被撬(?:了|开)/, 'emergency', {
    hotline: '110',
    needsContext: /还在|动静|没走|里面/,
  }),
  // Rounds 77 and 78: a car ploughing into parents outside an exam centre; a bag snatched from a scooter, the victim
  // dragged; a van crawling after a woman, who hides in a shop.
  // A vehicle, not a leafleter ("外卖小哥冲进人群发传单").
  term('故意撞人', /(?:车|suv|轿车|货车|越野车)[^,。!?;]{0,8}冲进[^,。!?;]{0,10}(?:人堆|人群|堆里)/, 'emergency', {
    hotline: '110',
  }),
  term(
    '抢劫',
    /(?:把|将)(?:我|她|他)的?(?:包|手机|项链)[^,。!?;]{0,4}(?:拽走|抢走|夺走|抢了)|被拖了(?:好几|几)米/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('被跟踪', /(?:车|面包车)[^,。!?;]{0,6}(?:一直)?(?:慢慢)?跟着我|我(?:现在)?躲在/, 'emergency', {
    hotline: '110',
    // Someone after the writer, not the weather ("我现在躲在家里不敢出门，外面太热了").
    needsContext: /跟着我|跟踪|追我|追着|不认识|陌生|还在门口|在外面等|下来喊/,
  }),
  // Round 80: a child through the ice, told the other way round; an intruder over the balcony; a man strangling a
  // woman seen across the street; masked men with knives at a petrol station.
  term('溺水', /冰窟窿里?掉(?:进去|下去)/, 'emergency', { hotline: '110' }),
  term('入室盗窃', /翻进(?:了)?(?:我家|家里|屋里|阳台|院子)|(?:客厅|卧室|屋里|家里)(?:里)?翻东西/, 'emergency', {
    hotline: '110',
    needsContext: /陌生|不认识|那个人|翻进|小偷/,
  }),
  term(
    '人身威胁',
    /(?:勒|掐|卡)(?:着|住)?(?:一个|个|那个)?(?:女的|男的|女人|男人|人|孩子|小孩|老人|她|他|收银员|店员)[^,。!?;]{0,2}的?脖子/,
    'emergency',
    { hotline: '110' },
  ),
  term('抢劫', /蒙面|被按(?:在)?地上/, 'emergency', { hotline: '110', needsContext: /刀|枪|抢|收银|按地上|按在地上/ }),
  // Round 79: a drunk taxi driver who will not stop; an old woman withdrawing cash for a caller posing as police.
  term('危险驾驶', /叫(?:他|她)停(?:他|她)?(?:也)?不停/, 'emergency', { hotline: '110' }),
  term('诈骗正在发生', /(?:正在|现在)[^,。!?;]{0,6}(?:取|转|汇)[^,。!?;]{0,6}(?:万|钱|现金)/, 'emergency', {
    hotline: '110',
    needsContext: /骗|警察打电话|保证金|安全账户|等着拿|冒充/,
  }),
  // Round 79: a gang beating a schoolboy with batons.
  term('群殴', /(?:在)?(?:围殴|群殴)(?:一个|个)?/, 'emergency', {
    hotline: '110',
    needsContext: /棍|刀|躺|不动|血|打/,
  }),
  // Round 81: a bag snatched from a scooter, told in fragments; a woman crying "let me go" next door.
  term('抢劫', /(?:包|手机|项链)(?:被人?)(?:拽走|抢走|夺走|抢了)/, 'emergency', { hotline: '110' }),
  term('家暴', /(?:喊|叫)(?:着)?["“'‘]?放开我/, 'emergency', { hotline: '110' }),
  // Round 82: stabbed and hiding with the attacker outside; a daughter's call cut off while someone grabs her bag.
  term('持刀伤人', /被(?:人)?(?:给)?(?:捅|砍|扎)(?:了|伤)/, 'emergency', { hotline: '110' }),
  term('抢劫', /电话(?:突然)?(?:就)?断了/, 'emergency', { hotline: '110', needsContext: /哭|跟着|拽|抢|救/ }),
  // Rounds 83–90: a caller posing as the police, the boss, a teacher or a grandson, and the money going now
  // ("自称我儿子的班主任…要我马上转五万…我正准备转"; "冒充客服…让他们共享屏幕…他已经在输银行卡号了"). The money
  // may be told far from the caller in a long message, so it is looked for in the whole message.
  term(
    '诈骗正在发生',
    /(?:自称|冒充|说(?:他|她|自己)?是)[^,。!?;]{0,8}(?:公安|警察|民警|检察|法院|老板|领导|老师|班主任|客服|银行|孙子|儿子|女儿|外孙|救援队|工作人员|志愿者|供电局|燃气公司|物业)|说(?:她|他|你|我)?涉嫌(?:洗钱|犯罪|诈骗)|骗子[^,。!?;]{0,6}(?:正在|还在)[^,。!?;]{0,8}(?:让|叫|要)|(?:用|冒用|盗用)[^,。!?;]{0,4}(?:班主任|老师|校长|领导|老板)(?:的)?头像/,
    'emergency',
    {
      hotline: '110',
      requires: MONEY_GOING,
      excludeNear: FRAUD_AVERTED,
      // The kind of fraud talked about ("冒充公安的诈骗怎么识别"), not a caller on the line.
      excludeAfter: /^的?(?:诈骗|骗局|骗子|电话诈骗|案件|手段|套路)/,
    },
  ),
  // Rounds 83–88: a pickpocket on a bus and a man prying car doors, both still at it; cable cut while the night
  // shift watches; a brawl with pick handles and a split head; a hit-and-run; the money draining as the caller
  // shares his screen; an old woman led off to the bank over a son's "accident"; a bag snatched at the ATM; a child
  // gone in the time it takes to scan a code; a truck across the lanes of an elevated road with traffic coming.
  term(
    '盗窃正在发生',
    /(?:仍在|还在|正在)[^,。!?;]{0,4}(?:撬|砸)(?:车|门|锁|窗)|(?:在|正在|还在)(?:掏|摸|偷|翻)[^,。!?;]{0,6}(?:包|口袋|钱包|手机|牛|羊|猪|电动车|电瓶车|摩托车|电瓶)|(?:在|正在)(?:剪|撬|砸)[^,。!?;]{0,2}(?:车锁|锁)|(?:正|正在|在)把手伸进[^,。!?;]{0,8}(?:包|口袋)|(?:在|正|正在|还在)[^,。!?;]{0,6}(?:撬|砸)[^,。!?;]{0,8}(?:车窗|车门|门锁|卷帘门|防盗门)/,
    'emergency',
    { hotline: '110', needsContext: /有人|有个|那人|那个人|男的|女的|男人|女人|男子|小偷|贼|不敢|还在|两个人|几个人/ },
  ),
  term(
    '盗窃正在发生',
    /(?:偷|盗)[^,。!?;]{0,4}(?:铜缆|电缆|铜线|电线)|(?:剪|拆|割)(?:我们|公司|厂里|小区)?(?:的)?(?:铜缆|电缆|铜线)/,
    'emergency',
    { hotline: '110', needsContext: /还在|正在|现在/, excludeNear: /施工|更换|换新|维修|检修|电工|停电/ },
  ),
  term(
    '群殴',
    /(?:拿|抡|操)[^,。!?;]{0,6}(?:镐把|棍|棒|锹|锄头|扁担|砍刀|菜刀|刀)[^,。!?;]{0,8}(?:干起来|打起来)|(?:脑袋|脑瓜子?|头)[^,。!?;]{0,3}(?:开瓢|打破了|打开花)/,
    'emergency',
    { hotline: '110' },
  ),
  term(
    '交通肇事逃逸',
    /撞(?:了|倒了|伤了)?(?:个|一个)?[^,。!?;]{0,6}(?:老头|老人|老太太|人|孩子|小孩|行人|学生)[^。!?;]{0,10}(?:就跑|跑了|逃了|逃逸|开走了)|撞(?:倒|飞)了[^。!?;]{0,16}(?:开走了|跑了|逃了|就跑)/,
    'emergency',
    { hotline: '110', excludeNear: /处罚|判刑|怎么判|法律|责任|赔偿|新闻|视频/ },
  ),
  term('诈骗正在发生', /(?:钱|存款|余额)[^,。!?;]{0,4}(?:正在|还在|一直在)[^,。!?;]{0,6}(?:被)?转走/, 'emergency', {
    hotline: '110',
  }),
  term(
    '诈骗正在发生',
    /说(?:她|他|你|我)?(?:的)?(?:儿子|女儿|孙子|孙女|老公|家人)[^,。!?;]{0,8}(?:出车祸|出事|住院|被抓|被扣|打伤人|打架)[^。!?;]{0,20}(?:取钱|转钱|交钱|汇款|交[^,。!?;]{0,4}(?:万|保证金))|(?:在|到)(?:楼下|门口)等(?:我|着)?(?:拿钱|取钱)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /马上|现在|正在|跟着|走了|拦不住|骗|孙子|儿子|不对劲|私了/,
      excludeNear: FRAUD_AVERTED,
    },
  ),
  term(
    '儿童走失',
    /(?:工夫|功夫|一转眼|一转身|一回头|一眨眼|一下子?)[^,。!?;]{0,6}(?:就)?(?:不见了|没了|找不着了|找不到了)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /岁|孩子|女儿|儿子|小孩|娃|孙|囡|痴呆/,
    },
  ),
  term(
    '道路险情',
    /翻在[^,。!?;]{0,4}(?:车道|路中间|快车道)|散了一路|散落一地|撒了一路|跑得满路都是|(?:横在|堵在|散落在|掉在)[^,。!?;]{0,6}(?:中间车道|车道中间|高架中间|主路中间|高速中间|路中间|马路中间|行车道上?)|抛锚(?:了)?停在[^,。!?;]{0,4}(?:车道|路中间|高速)|停(?:了|着)(?:一辆)?[^,。!?;]{0,6}(?:抛锚|故障)的?(?:大)?(?:货车|车)/,
    'emergency',
    {
      hotline: '110',
      needsContext:
        /追尾|急刹|冲过来|往上冲|往前冲|一辆接一辆|车速|差点|警示|三角牌|没开灯|大雾|团雾|看不清|看不见|天黑|刹不住|往下溜|蹭了/,
    },
  ),

  term('群殴', /打伤了(?:一个|个|两个|好几个)?(?:人|家长|老人|孩子|学生|路人|保安)/, 'emergency', {
    hotline: '110',
    needsContext: /还在|正在|追|刀|棍|跑/,
  }),
  // Rounds 89 and 91: a drunk driver weaving a school bus; a child walking the hard shoulder of a ring road; a
  // classmate pinned down and kicked; razor blades in a school toilet; a bag taken "just now"; a stalker at the ATM.
  term(
    '危险驾驶',
    /车[^,。!?;]{0,8}(?:左右晃|来回晃|蛇行|画龙|乱窜)|酒驾[^。!?;]{0,12}(?:蛇行|画龙|乱窜|乱冲)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /酒|醉|困|睡着|差点|车上/,
      excludeNear: /视频|新闻|电视|看过/,
    },
  ),
  term(
    '人在高速上',
    /(?:应急车道|行车道|车道)上[^,。!?;]{0,8}(?:小孩|孩子|老人|人|学生)[^,。!?;]{0,3}在(?:走|跑|晃)|(?:小孩|孩子|老人|人|学生)在(?:高架|高速|快速路)[^,。!?;]{0,3}(?:车道|路)中间(?:走|跑|晃)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /高速|快速路|高架|车速|飞快/,
    },
  ),
  term(
    '暴力正在发生',
    /把[^,。!?;]{0,6}按(?:在)?地上[^。!?;]{0,10}(?:搜|踹|踢|打)|(?:踹|踢)(?:他|她)?(?:的)?头/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('持刀伤人', /(?:有|拿着?)刀片[^。!?;]{0,8}快来|拿着刀[^。!?;]{0,8}快来/, 'emergency', { hotline: '110' }),
  term('抢劫', /(?:包|手机|项链|钱包)[^,。!?;]{0,10}被人?(?:拿走|偷走|拽走|抢走|夺走|抢了)/, 'emergency', {
    hotline: '110',
    needsContext: /跑|追|just now|刚刚|刚才/,
  }),
  term('尾随', /(?:现在|一直|还在|正|又)跟着我(?!学|一起|干|练|做)/, 'emergency', {
    hotline: '110',
    needsContext: /害怕|scared|afraid|陌生|男的|不认识|可疑|坏人|不敢/,
  }),
  // Round 90: the boss on WeChat wanting a transfer to a new account, a colleague's finger on the button.
  term(
    '诈骗正在发生',
    /(?:往|给|向)(?:一个)?(?:新|私人|陌生|个人)账户(?:里)?(?:转|打|汇)|(?:转|打|汇)(?:到|进|入)(?:一个)?(?:新|私人|陌生|个人)账户/,
    'emergency',
    {
      hotline: '110',
      needsContext: /老板|领导|经理|自称|冒充|骗|公安|警察/,
      requires: MONEY_GOING,
      excludeNear: new RegExp(`${FRAUD_AVERTED.source}|业务往来|一直这样`),
    },
  ),
  // Round 92: two men posing as the power company, blocking an old man's door until he pays.
  term('敲诈勒索', /(?:堵在|守在|赖在)(?:我家|家)?门口(?:不走|不让)/, 'emergency', {
    hotline: '110',
    needsContext: /男的|骗|冒充|说是|交钱|收钱|要钱/,
  }), // Rounds 93–96: a crush at a temple fair; a woman on a water tower looking down; a message disguised as a
  // delivery or as homework while a father smashes things; a man who knows the writer lives alone trying her door;
  // brakes failed on a ring road; a drunk still kicking the writer.
  term(
    '踩踏',
    /(?:挤倒|推倒)[^,。!?;]{0,6}(?:踩|踏)|踩在(?:底下|下面|脚下)|后面(?:的)?人还在往(?:前|上)(?:挤|拥|涌)/,
    'emergency',
    {
      hotline: '110',
      // A crowd's crush, not a bolting animal's ("马惊了…一个老大爷被踩在下面" is the trampled man's 120).
      needsContext: /挤|人群|人太多|拥|涌/,
    },
  ),
  term(
    '轻生',
    /站在[^,。!?;]{0,8}(?:楼顶|塔顶|水塔|天台|桥上|楼顶边)[^。!?;]{0,12}(?:往下看|不下来|半天|老半天)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /围|喊|劝|半天|一直/,
    },
  ),
  term('家暴', /(?:别回(?:消息|复)|他看手机)[^。!?;]{0,24}(?:要人来|派人来|快来人|来人)/, 'emergency', {
    hotline: '110',
  }),
  term(
    '家暴',
    /(?:爸爸|爸|他|老公|继父)在(?:摔|砸)(?:东西|碗|门)[^。!?;]{0,12}(?:妈妈|妈|我)[^。!?;]{0,6}(?:起不来|在哭|流血|躺)/,
    'emergency',
    { hotline: '110' },
  ),
  term('有人闯门', /(?:拧|撬|扭)[^,。!?;]{0,6}门把手|(?:一直)?在敲我[^,。!?;]{0,4}门/, 'emergency', {
    hotline: '110',
    needsContext: /一个人住|陌生|男的|不敢|害怕|分钟|半天/,
  }),
  term('危险驾驶', /刹车(?:突然)?失灵/, 'emergency', {
    hotline: '110',
    needsContext: /车速|下坡|停不下来|高速|还在开|电话/,
    excludeNear: /原因|维修|保养|4s店|视频|新闻/,
  }),
  term('暴力正在发生', /(?:还在|正在|一直)(?:踹|踢|打)(?:我|她|他)(?!们|电话|的电话|手机|微信)/, 'emergency', {
    hotline: '110',
  }), // Rounds 94 and 95: a seven-year-old not home an hour and a half after school; a father with dementia out since
  // last evening and still not found.
  term('儿童走失', /等到[^,。!?;]{0,6}(?:也)?没(?:见)?(?:人|到家|回来)/, 'emergency', {
    hotline: '110',
    needsContext: /才[一二三四五六七八九十\d]+岁|[一二三四五六七八九十\d]+岁|放学/,
  }),
  term('老人走失', /没(?:有)?回来[^。!?;]{0,20}(?:还没找到|找不到|联系不上)/, 'emergency', {
    hotline: '110',
    needsContext: /痴呆|阿尔茨海默|糊涂|关机|走失/,
    sinceOk: true,
  }), // Round 94: burglars seen going into a neighbour's flat and still inside.
  term('入室盗窃', /进了[^,。!?;]{0,6}家[^。!?;]{0,20}(?:还在里面|没出来)/, 'emergency', {
    hotline: '110',
    needsContext: /撬|监控|小偷|陌生|贼/,
  }), // Rounds 97 and 99: a ride-hail driver who will not unlock until paid more; a scam at a metro exit taking PINs; looters
  // in a shop after a typhoon; drivers come to blows at a dead traffic light; cars crossing a flooded causeway; a
  // man swept downstream.
  term('非法拘禁', /不开(?:车)?锁|锁着车门|不让(?:我)?下车/, 'emergency', {
    hotline: '110',
    needsContext: /加钱|加[^,。!?;]{0,2}[百千]|要钱|勒索|没人的|荒郊/,
  }),
  term('诈骗正在发生', /(?:让|叫)[^,。!?;]{0,6}(?:输|输入)[^,。!?;]{0,4}(?:银行卡)?密码/, 'emergency', {
    hotline: '110',
    needsContext: /现在|还在|正在|免费|领/,
    excludeNear: /柜员|柜台|银行工作人员|网点|app|登录|手机银行|系统|网银/,
  }),
  term(
    '哄抢',
    /(?:钻进去|冲进去|闯进去)[^。!?;]{0,10}(?:往外搬|搬东西|抢东西|拿东西)|一箱一箱(?:往外)?搬/,
    'emergency',
    {
      hotline: '110',
      needsContext: /拦不住|保安|现在|正在|还在/,
    },
  ),
  term('群殴', /(?:已经|现在)?动(?:起)?手了/, 'emergency', { hotline: '110', needsContext: /吵|打|司机|两个|几个/ }),
  term(
    '道路险情',
    /(?:漫过|淹过|没过)[^,。!?;]{0,6}(?:桥面|路面)[^。!?;]{0,20}(?:硬冲|冲过去|还有车|往里开)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term(
    '溺水',
    /(?:河里|江里|水里|河中|江中)[^,。!?;]{0,4}(?:有个|一个)?人[^,。!?;]{0,8}(?:往下游冲|往下漂|漂走|冲走)/,
    'emergency',
    {
      hotline: '110',
    },
  ), // Rounds 98 and 100: help on the way and the danger back or worse (a car smashed as soon as the police left, a
  // friend dragged into a van, a stalker back at the gate, kidnappers with a deadline); reports written as forms,
  // logs and lists (a child gone at a kindergarten gate, a man still prying cars, a hostage at knifepoint, a drunk
  // driving through a pedestrian square).
  term('暴力正在发生', /(?:在|正在|还在)[^,。!?;]{0,6}砸(?:我|我家|我们)的?(?:车|门|窗|玻璃|店)/, 'emergency', {
    hotline: '110',
  }),
  term('绑架', /(?:拖|拽|塞|拉|架)(?:上|进)(?:了)?[^,。!?;]{0,6}车/, 'emergency', {
    hotline: '110',
    needsContext: /几个人|那几个|喊|正往|挣扎|不认识/,
  }),
  term('尾随', /(?:又|再次)出现在[^,。!?;]{0,8}(?:门口|楼下)[^。!?;]{0,10}(?:正往|往我|朝我|现在)/, 'emergency', {
    hotline: '110',
    needsContext: /跟踪|跟着|尾随/,
  }),
  term('绑架', /绑匪|撕票/, 'emergency', { hotline: '110', needsContext: /现在|转钱|分钟|赎金/ }),
  term(
    '儿童走失',
    /(?:男童|女童|男孩|女孩|孩子|小孩|儿童)[^。!?;]{0,20}走失|没(?:到|去)(?:托管班|学校|家)[^。!?;]{0,10}半小时|电话手表关机/,
    'emergency',
    {
      hotline: '110',
      needsContext: /分钟|陌生|找了|正在找|监控|放学|岁|年级/,
      excludeNear: /找到了|找回来了|走失过/,
    },
  ),
  term(
    '劫持人质',
    /挟持(?:了)?[^,。!?;]{0,6}(?:人质|店员|女|男|孩子|人)|(?:刀|匕首)[^,。!?;]{0,4}(?:抵住|架在|顶着)[^,。!?;]{0,4}脖子/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('危险驾驶', /驾车[^,。!?;]{0,8}(?:来回冲撞|横冲直撞|乱冲|冲撞)/, 'emergency', { hotline: '110' }), // Rounds 102–104: money leaving a remote-controlled card now; a car driven into a market; a woman dragged by the hair
  // against a wall; a phone snatched (把…手机抢了跑); an animal attacking people or loose among them now (a dog at a
  // child, a bull in a playground, a horse bolting at pupils, hornets chasing children, a python round a boy); a rider
  // down in a traffic lane with lorries coming.
  term('诈骗正在发生', /(?:正在|还在)[^,。!?;]{0,6}往外转(?:钱|账)/, 'emergency', { hotline: '110' }),
  term(
    '故意撞人',
    /(?:车|suv|轿车|货车|越野车)[^,。!?;]{0,8}冲进[^,。!?;]{0,6}(?:菜市场|集市|早市|市场)/,
    'emergency',
    {
      hotline: '110',
      needsContext: /撞|人/,
    },
  ),
  term('家暴', /(?:扯|揪|拽)(?:住|着)?(?:她|他)?(?:的)?头发[^,。!?;]{0,4}(?:撞|往)墙/, 'emergency', { hotline: '110' }),
  term('抢劫', /把[^,。!?;]{0,4}(?:手机|包|钱包|项链)抢(?:起|了|走)/, 'emergency', { hotline: '110' }),
  term(
    '猛兽伤人',
    /(?:狗|藏獒|牛|公牛|野猪|马|蟒蛇|蛇|马蜂|蜂)[^,。!?;]{0,6}(?:正在|还在|正|见人就)(?:咬|追|顶|冲|拱|蜇|缠)|正追着[^,。!?;]{0,4}(?:蜇|咬)|见人就(?:咬|追|扑)|正在咬[^,。!?;]{0,6}(?:老太太|老人|孩子|小孩|人)|(?:蟒蛇|蛇)[^。!?;]{0,10}缠在[^,。!?;]{0,6}(?:身上|脖子)|(?:撞开|冲破)(?:了)?(?:栅栏|围栏)[^,。!?;]{0,4}冲进|(?:狗|牛|公牛|野猪|马)[^,。!?;]{0,8}(?:冲进|冲出|闯进|跑到|撞开)[^,。!?;]{0,8}(?:集市|市场|操场|学校|幼儿园|人群|人堆|游客区|停车场|栅栏)|(?:牛|野猪|马)还在[^,。!?;]{0,6}乱(?:冲|窜|撞|拱)|(?:马|牛)[^,。!?;]{0,4}(?:受惊|惊了)[^。!?;]{0,20}(?:冲|跑)|(?:正朝|正往)[^,。!?;]{0,4}(?:他|她|孩子|小孩)(?:过去|跑)/,
    'emergency',
    { hotline: '110', needsContext: /人|孩子|小孩|老人|学生|游客|咬|追|大姐|大家|摊/ },
  ),
  term(
    '道路险情',
    /(?:摔|躺|倒)在(?:了)?(?:车道|马路中间|路中间)[^。!?;]{0,12}(?:车还很多|后面(?:的)?车|车来车往|大货车|正开过来|车在绕行|绕行)/,
    'emergency',
    { hotline: '110' },
  ), // Rounds 101–104: a stranger over a kindergarten wall with a stick; a skimmer fitted to an ATM; students fighting
  // with steel pipes; a car driven into a market (told in Minnan).
  term('暴力正在发生', /翻墙(?:进入|进了|进来)[^。!?;]{0,20}(?:手持|拿着|持)/, 'emergency', { hotline: '110' }),
  term('盗窃正在发生', /(?:正在|还在)[^,。!?;]{0,8}(?:安装|装)[^,。!?;]{0,6}(?:读卡|盗刷)/, 'emergency', {
    hotline: '110',
  }),
  term('群殴', /持(?:钢管|棍|刀)[^,。!?;]{0,2}(?:斗殴|打架|互殴)/, 'emergency', { hotline: '110' }),
  term('故意撞人', /冲进(?:了)?(?:菜市场|集市|早市|市场)/, 'emergency', {
    hotline: '110',
    needsContext: /撞着|撞了|撞倒|被撞/,
  }), // Rounds 105 and 106: a pickpocket's mate pushing; a drunk driver who hit a stall and drives on; a drunk girl carried
  // out by men she does not know; a refund scam asking for more; a man on a windowsill; a coach's head smashed into a
  // machine; a blade called "明晃晃的东西"; a whisper at an ATM; a car coming the wrong way; a lorry rolling at people;
  // three men round a car; money debited as they ask for the code.
  term('暴力正在发生', /同伙[^,。!?;]{0,4}(?:在)?(?:推|打|围)|抓着(?:他|她)的?头(?:往)?[^,。!?;]{0,4}撞/, 'emergency', {
    hotline: '110',
  }),
  term(
    '危险驾驶',
    /撞了[^,。!?;]{0,6}还不停(?:车)?|逆着(?:车道)?开过来|刹不住[^。!?;]{0,10}(?:往|朝)[^,。!?;]{0,6}(?:人|人群)/,
    'emergency',
    {
      hotline: '110',
    },
  ),
  term('绑架', /架着(?:她|他)往外(?:走|拖)/, 'emergency', { hotline: '110', needsContext: /不认识|推|灌醉|陌生/ }),
  term(
    '诈骗正在发生',
    /(?:还让我|又让我|让我再)(?:再)?转[^,。!?;]{0,4}(?:\d|[一二三四五六七八九十两几]+[千万])/,
    'emergency',
    {
      hotline: '110',
      needsContext: /退款|客服|冻结|已经转了/,
    },
  ),
  term('轻生', /窗台外(?:面)?[^,。!?;]{0,4}(?:站着|坐着)|谁上来[^,。!?;]{0,4}就?跳/, 'emergency', { hotline: '110' }),
  term('持刀伤人', /拿着明晃晃的[^,。!?;]{0,4}(?:在)?追/, 'emergency', { hotline: '110' }),
  term('抢劫', /把(?:卡|钱|手机|包)给我[^。!?;]{0,6}别(?:出声|喊|动)/, 'emergency', { hotline: '110' }),
  term('暴力正在发生', /围着[^,。!?;]{0,4}拍(?:我)?(?:的)?(?:车窗|车门)/, 'emergency', {
    hotline: '110',
    needsContext: /三个人|几个人|下车/,
  }),
  term('诈骗正在发生', /一分钟扣了|连续扣(?:了)?[^,。!?;]{0,4}笔|(?:让我|要我)(?:报|说)验证码/, 'emergency', {
    hotline: '110',
    needsContext: /没操作|对方|还在/,
  }),
  term('溺水', /只(?:看到|剩)[^,。!?;]{0,4}(?:一只)?鞋(?:子)?漂着/, 'emergency', { hotline: '110' }),
  term('道路险情', /(?:躺|倒)在(?:了)?(?:马路中间|路中间|车道)[^。!?;]{0,6}车差点压/, 'emergency', { hotline: '110' }),
]
