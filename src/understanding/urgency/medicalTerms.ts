/** Someone ill or injured now: the citizen is told to call 120 first. */
import { NOW_SUFFIX, PERSON, term, type UrgencyTerm } from './UrgencyTerm.js'

export const MEDICAL_TERMS: readonly UrgencyTerm[] = [
  term(
    '有人晕倒',
    /晕倒|昏倒|晕过去|昏过去|倒地不起|突然倒下|倒下了|倒在(?:地上|路边|马路)[^,。!?;]{0,6}(?:不动|起不来)/,
    'emergency',
    {
      hotline: '120',
      // "排晕过去了", "热晕了": what a queue or the heat feels like, not a faint; nor overtime ("我要晕倒了").
      excludeBefore: /(?:排|等|热|累|饿|气|吵|烦|困|转)$|都(?:快)?(?:要)?$/,
      excludeNear: /加班|通宵|劳动法/,
    },
  ),
  term(
    '昏迷',
    /昏迷|不省人事|休克|失去意识|没有?意识|意识不清|意识模糊|神志不清|叫不醒|叫(?:他|她)?(?:都|也)?(?:没|不)(?:反应|醒|应)|(?:人|他|她|老人|孩子|小孩)[^,。!?;]{0,4}(?:没反应|没有反应|没了反应)/,
    'emergency',
    {
      hotline: '120',
      // "加班加到快昏迷了", "基金绿到昏迷": what work or a loss feels like.
      excludeBefore: /(?:到|得)快$|加班|绿到/,
    },
  ),
  term(
    '没有呼吸',
    /(?<!有)没有?呼吸(?!科|机|道)|没了?心跳|心跳停|心脏骤停|(?:呼吸|喘气)[^,。!?;]{0,3}困难|喘不(?:上|过)气|上不来气|透不过气|窒息(?!感|般|的感|的操作|操作|了兄弟|了家人|了这|住)|卡住(?:了)?喉咙|卡在喉咙|噎住/,
    'emergency',
    // Debts and deadlines also choke ("房贷压得我喘不过气，快窒息了").
    {
      hotline: '120',
      excludeNear:
        /emo|心理咨询|方案|领导|作业|卷子|排队|烟雾机|房贷|车贷|债|压力|压得|加班|工资|deadline|项目|打工人|kpi/,
    },
  ),
  term(
    '急症',
    /抽搐|口吐白沫|大出血|血流(?:不止|不停|个不停)|流血(?:不止|不停|个不停)|流了(?:很多|好多|一地)血|大量出血|(?:满身|满脸|满头|一身|浑身|全身)是血|血止不住|止不住血|受伤流血|头破血流|血流满面|出血不止|(?:头|脸|额头|腿|手)[^,。!?;]{0,3}(?:磕破|摔破|破了|裂开)|抽风(?!机)|惊厥|(?:高烧|发烧)[^,。!?;]{0,6}(?:抽筋|抽搐)|一直抽筋|(?:头|脸|身上|腿|胳膊|手)[^,。!?;]{0,3}(?:在|一直)(?:流血|出血)|羊水(?:都|已经|好像|可能)?破|要生了/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '有人受伤倒地',
    /(?:老人|老太太|老大爷|孩子|小孩|爷爷|奶奶|爸|妈)[^,。!?;]{0,6}摔倒了|(?:被车撞|车祸|撞倒|摔倒|跌倒|摔伤)[^。!?;]{0,10}(?:不动|流血|昏|起不来|躺在地)|(?:人|老人|孩子|男子|女子|小孩)[^,。!?;]{0,12}一动不动|躺着不动|倒地不动|(?:人|孩子|小孩|老人|行人|学生)[^,。!?;]{0,8}被(?:车|汽车|货车|电动车|摩托车|公交车)撞(?:了|倒|伤|飞)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Often mentioned as history ("父亲脑梗住院，咨询报销"): only an emergency when it is happening now.
  term(
    '急症',
    /心脏病(?:犯|发作)|突发心脏病|胸口[^,。!?;]{0,4}(?:痛|疼)|左(?:手|臂|胳膊)发麻|脑梗|脑溢血|中风|胸口剧痛|胸口疼/,
    'emergency',
    {
      hotline: '120',
      needsPresent: true,
      nowSuffix: NOW_SUFFIX,
      excludeAfter: /^(?:偏瘫|后遗症|后|病史|多年|康复|患者|病人|老人)/,
    },
  ),
  term(
    '中毒',
    /煤气中毒|一氧化碳中毒|农药中毒|喝了?农药|误服|误吞|误食|误喝|服药自杀|吞药|(?:吃|吞|喝)了?[^,。!?;]{0,4}(?:老鼠药|安眠药|一整?瓶[^,。!?;]{0,3}药|药片|电池|硬币|异物|洗洁精|消毒液|消毒水|除草剂|汽油)|误把[^,。!?;]{0,8}(?:喝|吃|吞)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物|鸡|鸭|牛|羊|动物/ },
  ),
  term('中毒', /食物中毒|中毒/, 'emergency', { hotline: '120', needsPresent: true, fallback: 'urgent' }),
  // Told either way round: 被蛇咬, or 蛇…咬了 ("爬进来一条蛇 咬了一个同学的脚").
  term('毒蛇咬伤', /(?:被|给|让|叫)[^,。!?;]{0,5}蛇(?:给)?咬|毒蛇咬|蛇[^。!?;]{0,10}咬(?:了|伤|到)/, 'emergency', {
    hotline: '120',
    excludeNear: /梦|电影|游戏|视频|动画|玩具/,
  }),
  term(
    '触电',
    /触电|被电(?:到|击|打|了)|被[^,。!?;]{0,4}电(?:到|伤|倒|击)|(?:碰到|摸到|碰了|摸了|抓到|抓住)[^,。!?;]{0,3}(?:电线|电闸|电箱|插座|电门|高压线)[^,。!?;]{0,6}(?:被打|打了一下|电了一下|麻了|倒了|弹开)/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '机械伤人',
    /被(?:机器|机械|设备|电梯门|卷帘门)[^,。!?;]{0,4}(?:绞|卷|夹|压|轧)|(?:绞住|卷进|夹住|轧断)[^,。!?;]{0,4}(?:手|脚|腿|胳膊|人)|被[^,。!?;]{0,4}机器?[^,。!?;]{0,2}(?:卷|绞|夹|轧)(?:进去|住|断|了)|(?:机器|机械|设备|滚筒|传送带|皮带|绞肉机|搅拌机|机床)[^,。!?;]{0,2}把[^,。!?;]{0,6}(?:手|脚|腿|胳膊|头发|衣服|人)(?:给)?(?:卷|绞|夹|轧|压)(?:进去|住|断|了)/,
    'emergency',
    { hotline: '120' },
  ),
  // "被开水烫了" tells what just happened; the bare noun (烫伤) is often history.
  term('烧烫伤', /被[^,。!?;]{0,3}(?:烫|烧)(?:伤了|了|到了)/, 'emergency', { hotline: '120' }),
  term('烧烫伤', /烫伤|烧伤|灼伤/, 'emergency', {
    hotline: '120',
    needsPresent: true,
    fallback: 'urgent',
    nowSuffix: NOW_SUFFIX,
  }),
  term('漏电', /漏电/, 'urgent'),
  term(
    '坠楼',
    /坠楼|从(?<!(?:猫|狗|鸟|花盆|手机|东西|衣服)[^,。!?;]{0,3})[^,。!?;]{0,6}(?:楼|楼上|楼顶|窗户|阳台|桥上|高处|脚手架|架子|塔吊|屋顶|房顶|梯子)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|(?:爬|站|坐|挂)(?:到|在)[^,。!?;]{0,4}(?:窗户|窗台|阳台)外|要掉下(?:来|去)了|从(?:楼上|窗户|窗台|阳台|楼顶|高处)[^,。!?;]{0,2}(?:摔|掉|跳|坠)下|跳楼了|摔下来[^,。!?;]{0,4}(?:不动|流血|昏)/,
    'emergency',
    {
      hotline: '120',
      // "我家猫从阳台掉下去了": a pet or a thing, not a person.
      excludeBefore: /猫|狗|宠物|鸟|花盆|手机|东西|衣服|被子/,
    },
  ),
  // The signs of a stroke (FAST): a face drooping, speech slurred, one side limp.
  term(
    '中风征兆',
    /嘴歪|眼斜|口角歪斜|半边(?:身子|身体|脸)[^,。!?;]{0,3}(?:不能动|动不了|麻|没知觉)|说话不清|口齿不清/,
    'emergency',
    {
      hotline: '120',
      // "说话不清不楚" is evasive speech; "是老毛病了" a long-standing condition.
      excludeBefore: /领导|官员|干部|工作人员|客服/,
      excludeAfter: /^不楚|^[^,。!?;]{0,4}(?:老毛病|好多年|多年|很久了)/,
    },
  ),
  term('快不行了', /快不行了|撑不住了|奄奄一息/, 'emergency', {
    hotline: '120',
    // Overwork told as collapse ("爆肝三个通宵…人都快不行了").
    excludeNear: /爆肝|通宵|熬夜|赶项目|加班|劳动仲裁|工资|几点开门|社保局|绿萝|花|植物|盆|手机|电脑|电池|照料|护理/,
  }),
  term('急症', /上吐下泻|剧烈腹痛|疼得打滚|疼得受不了/, 'emergency', {
    hotline: '120',
    needsPresent: true,
    fallback: 'urgent',
  }),
  term('生命危险', /生命危险|有生命危/, 'emergency', { hotline: '120', needsPresent: true }),
  term('有人晕倒', /(?:有人|人)[^,。!?;]{0,8}倒在(?:那|那里|那儿|地上|路上|路边|水里)/, 'emergency', {
    hotline: '120',
  }),
  term('头部外伤', /头(?:先|朝下)?(?:着地|撞地|磕地)|后脑勺?着地/, 'emergency', { hotline: '120' }),
  term('孕产急症', /(?:怀孕|孕妇)[^。!?;]{0,10}(?:流血|出血|肚子[^,。!?;]{0,3}(?:痛|疼)|晕倒)/, 'emergency', {
    hotline: '120',
  }),
  // A sting or bite and then swelling that takes the voice away: an allergic reaction closing the airway.
  term('过敏', /被(?:蜜蜂|马蜂|黄蜂|蜂)蛰|说不出话|脸肿得/, 'emergency', { hotline: '120' }),
  // General families from a round of unseen messages: a person collapsing, no answer when called,
  // the stroke and choking signs, blood that will not stop, pills by the handful, fumes and fainting.
  term(
    '有人晕倒',
    new RegExp(
      `${PERSON}[^,。!?;的把要]{0,6}(?:倒了|倒下了|栽倒|瘫倒|瘫在地上|倒在地上|倒地上)|突然[^,。!?;]{0,8}(?:倒了|倒下|倒地|瘫倒|栽倒)|捂(?:着)?(?:胸口|心口)`,
    ),
    'emergency',
    {
      hotline: '120',
      excludeAfter: /^(?:杯|一杯|水|茶|垃圾|酒|出来|过来|掉|车|霉|闭|台)/,
      requires: /倒|瘫|捂着/,
    },
  ),
  term(
    '昏迷',
    /(?:叫|喊|拍|摇|推)(?:他|她|人)?了?(?:半天|好久|几声)?(?:都|也)?(?:没|不)(?:有)?(?:反应|回应|醒|应|动静)/,
    'emergency',
    {
      hotline: '120',
      excludeBefore: /物业|客服|部门|领导|政府|社区|街道|热线|电话|单位|公司|老板|城管|工作人员|12345|门|天天/,
    },
  ),
  term(
    '中风征兆',
    /说话[^,。!?;]{0,4}(?:含糊|不清|不利索|大舌头|不连贯)|(?:一边|半边|一侧|左边|右边|左侧|右侧)[^,。!?;]{0,3}(?:手|胳膊|腿|脸|身子|身体)[^,。!?;]{0,3}(?:抬不起|动不了|不能动|没劲|没力气|麻了|发麻|没知觉)/,
    'emergency',
    {
      hotline: '120',
      excludeBefore: /领导|官员|干部|工作人员|客服/,
      excludeAfter: /^不楚|^[^,。!?;]{0,4}(?:老毛病|好多年|多年|很久了)/,
    },
  ),
  term(
    '没有呼吸',
    /(?:脸|嘴唇|嘴|全身)[^,。!?;]{0,3}(?:憋|发)(?:紫|青)|憋(?:紫|青)了|(?:吃|喝)[^,。!?;]{0,6}(?:卡住了|卡到了|卡着了|噎住|呛住了)|咳不出来[^。!?;]{0,8}(?:憋|哭不出|喘不)|卡(?:住)?(?:嗓子|喉咙|气管)/,
    'emergency',
    { hotline: '120', excludeBefore: /电梯/ },
  ),
  term(
    '急症',
    /血[^,。!?;]{0,2}(?:一直|还在|不停地?|哗哗地?|直)(?:往外)?(?:涌|喷|冒|滋|流)|血(?:往外)?(?:涌|喷)出来|(?:手|腿|脚|头|胳膊|脸|肚子|脖子)[^,。!?;]{0,8}(?:很深|好深|好大|很大)的?(?:一道|一个|一条)?口子|(?<!气[得到]?|累[得到]?|亏[得到]?|急[得到]?|快|要)(?:吐|咳|呕)(?:了|出)?(?:血|一口血|好多血)|吐白沫|冒白沫|(?:突然|又)抽(?:了|起来了|过去了)|抽过去了/,
    'emergency',
    { hotline: '120', excludeAfter: /^(?:推荐|整理|分享|价|本|丝)/ },
  ),
  term('孕产急症', /(?:怀孕|孕妇|预产期|怀着|孕)[^。!?;]{0,16}(?:流血|出血|见红|破水|羊水破)/, 'emergency', {
    hotline: '120',
  }),
  term(
    '中毒',
    /药[^,。!?;]{0,3}(?:吃|吞|喝)(?:了|下去了)(?:半瓶|一瓶|一整瓶|一大把|一把|一板|好多|很多|几十片|整瓶|一堆)|(?:吃|吞|喝)(?:了|下)?(?:半瓶|一瓶|一整瓶|一大把|一把|一板|好多|很多|几十片|整瓶)[^,。!?;]{0,6}(?:药|药片|安眠|农药)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物|鸡|鸭|牛|羊|动物|医生|医嘱|每天|按时/ },
  ),
  // A suicidal statement and an act already done: pills swallowed.
  term(
    '服药轻生',
    /(?:药|农药|安眠药)[^,。!?;]{0,4}(?:已经)?(?:吃|吞|喝)(?:下去|进去|完)了|(?:吃|吞|喝)(?:了|下去了)[^,。!?;]{0,3}(?:农药|安眠药|一瓶药|药)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /不想活|想死|活不下去|不活了|去死|遗书|自杀|轻生|寻短见/,
    },
  ),
  // Fumes from a heater or stove and the family feeling faint: carbon monoxide.
  term(
    '一氧化碳中毒',
    /(?:热水器|煤炉|炭火|炭盆|烤火|蜂窝煤|煤球炉|燃气灶)[^。!?;]{0,16}(?:头晕|头疼|头痛|恶心|想吐|站不稳|晕乎乎)/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '急症',
    /(?:头|后脑勺?|脑袋|额头|脖子|眼睛|嘴里)[^,。!?;]{0,4}(?:流血|出血|冒血|全是血)|(?:人|他|她)?迷迷糊糊(?:的|了)/,
    'emergency',
    { hotline: '120', needsContext: /摔|撞|砸|打|磕|跌|倒|血|晕/ },
  ),
  term(
    '中毒',
    /(?:电池|硬币|磁铁|磁珠|钉子|别针|刀片|玩具|零件|纽扣|扣子|戒指|珠子|鱼刺|骨头)[^,。!?;]{0,4}(?:吞|咽)(?:进去|下去|了)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物/ },
  ),
  term('没有呼吸', /喘不(?:上|过)来|噎(?:着|住)了/, 'emergency', { hotline: '120' }),
  term(
    '中毒',
    /(?:喝|吃|吞)(?:了|下)?[^,。!?;]{0,8}(?:敌敌畏|百草枯|农药|杀虫剂|除草剂|老鼠药|毒鼠强|乐果|甲胺磷)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物|鸡|鸭|牛|羊|动物/ },
  ),
  term('中风征兆', /嘴[^,。!?;]{0,2}歪(?:了|到)|突然[^,。!?;]{0,3}(?:不会说话|说不了话|说不出话)/, 'emergency', {
    hotline: '120',
  }),
  // Someone down a cliff or a gully must be reached before they can be carried: mountain rescue (119).
  term('坠崖', /(?:摔|掉|跌|坠|滚)(?:下|进|落|入)(?:了)?(?:山崖|悬崖|山坡|山沟|深沟|崖|沟里|坡|河沟)/, 'emergency', {
    hotline: '119',
  }),
  // Round 13: fainting in dialect (厥过去, 背过气去); a person who does not open their eyes when called;
  // confusion with a cold sweat (low blood sugar, heat stroke).
  term('有人晕倒', /厥过去|晕厥|昏厥|背过气|(?<!气得|笑得|急得)撅过去/, 'emergency', { hotline: '120' }),
  term(
    '昏迷',
    /(?:喊|叫|拍)(?:他|她|人|了|半天|几声)?[^,。!?;]{0,4}(?:都|也)?(?:不睁眼|不睁|眼睛都不睁|没反应|不答应|不应)/,
    'emergency',
    { hotline: '120', needsContext: /倒|晕|躺|瘫|厥|不动|脸色|冰凉|摔|跌|磕|血/ },
  ),
  term(
    '急症',
    /说胡话|胡言乱语|出冷汗|浑身冒冷汗|嘴唇发紫|嘴唇(?:都)?(?:发乌|乌了|发黑)|脸色发紫|脸都紫了/,
    'emergency',
    {
      hotline: '120',
      needsContext:
        /迷糊|叫不醒|晕|倒|抽|糖尿病|低血糖|中暑|高烧|发烧|喘|不动|咽不下|滚烫|发烫|烫得|站不稳|站都站不|吐|菌|蘑菇|冰凉|冻|哆嗦/,
    },
  ),
  // Round 14: pills swallowed in a 把 sentence; wild mushrooms with vomiting; blood that keeps coming;
  // chest pain with a cold sweat or a numb left arm; a scald that lifts the skin.
  term(
    '中毒',
    /把[^,。!?;]{0,8}(?:安眠药|药片|药|农药|老鼠药|敌敌畏|百草枯|消毒液|洗洁精|清洁剂|洗涤剂|洗衣液|洗衣凝珠|漂白水|除垢剂)(?:都|全|全部)?(?:吃|喝|吞)(?:了|下去|光)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物/ },
  ),
  term('中毒', /(?:吃|喝)了?[^,。!?;]{0,8}(?:菌子|蘑菇|野菜|河豚|野果|草药)/, 'emergency', {
    hotline: '120',
    needsContext: /吐|拉肚子|在拉|晕|站不起来|抽|昏|嘴麻|发麻|呼吸|看东西/,
  }),
  term(
    '急症',
    /血[^,。!?;]{0,8}(?:止不住|停不下来|一股一股|往外喷|喷出来|往外冒|飙|滋出来|一直(?:流|淌|冒|涌))/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term(
    '急症',
    /(?:胸口|胸)[^。!?;]{0,6}(?:痛|疼|压|闷|堵)[^。!?;]{0,16}(?:冷汗|大汗|发麻|喘不|脸白|脸色发白|脸都白|脸很白)|左边?(?:手|臂|胳膊)(?:发)?麻/,
    'emergency',
    { hotline: '120', needsContext: /胸|大汗|冷汗|喘不/ },
  ),
  term(
    '烧烫伤',
    /(?:烫|烧)(?:到|得|伤)?[^,。!?;]{0,4}(?:起(?:了)?(?:好多|很多|一片|一串|大)?(?:水)?泡|皮都掉|掉皮|脱皮|皮开肉绽)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /孩子|小孩|小朋友|宝宝|娃|大面积|整条|全身|脸|皮都掉|哭|喊/,
    },
  ),
  // Round 15: poison named before the verb; hot oil or boiling water thrown on someone; a head that
  // "流好多血"; "没得反应" (Sichuan) and 栽倒.
  term(
    '中毒',
    /(?:敌敌畏|百草枯|农药|老鼠药|毒鼠强|杀虫剂|除草剂|消毒液|安眠药)[^,。!?;]{0,8}(?:喝了|吃了|喝下|吞了|喝进|吃下)/,
    'emergency',
    { hotline: '120', excludeBefore: /狗|猫|宠物|鸡|鸭|牛|羊|动物/ },
  ),
  term('烧烫伤', /(?:热油|开水|热水|滚油|油锅|沸水|热汤)[^,。!?;]{0,4}(?:泼|浇|洒|倒|溅|扣)(?:到|在)/, 'emergency', {
    hotline: '120',
    needsContext: /孩子|小孩|女儿|儿子|宝宝|娃|老人|腿|脸|身上|起泡|掉皮|皮|叫|哭/,
  }),
  term('急症', /流(?:了)?(?:好多|很多|一地|一大滩|大量|好大一滩)血/, 'emergency', { hotline: '120' }),
  term('昏迷', /没得反应|没有反应了|栽倒(?:了)?[^。!?;]{0,8}(?:不动|没反应|叫不醒|喊不应)/, 'emergency', {
    hotline: '120',
    needsContext: /倒|晕|喊|叫|嘴|脸/,
  }),
  // Round 16: pesticide on the skin and breath after spraying a field.
  term('中毒', /(?:打药|打农药|喷药|喷农药|撒药)[^。!?;]{0,12}(?:吐|晕|流口水|抽|昏|冒汗|出汗|喘不)/, 'emergency', {
    hotline: '120',
  }),
  // Round 17: swelling that closes the throat; a seizure in other words (口吐白泡, 眼睛反白).
  term(
    '过敏',
    /(?:嘴|嘴巴|嘴唇|脸|眼睛|喉咙|嗓子)[^,。!?;]{0,3}肿(?:成|得|起来)|嗓子[^,。!?;]{0,3}(?:被掐|发紧|堵住)|喉咙[^,。!?;]{0,3}(?:被掐|发紧|堵住)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /喘|呼吸|嗓子|喉咙|掐|憋|疙瘩|红疹|过敏|说不出话/,
    },
  ),
  term('急症', /口吐白泡|吐白沫|翻白眼|眼(?:睛)?(?:都)?反白|反白眼|突然[^,。!?;]{0,6}抽筋/, 'emergency', {
    hotline: '120',
  }),
  // Rounds 19 and 20: wild mushrooms named before the meal; a face drooping and an arm that will not
  // lift (said in Cantonese too); a fall from scaffolding; hot oil over a child; a limb drawn into a
  // machine; a bone showing.
  term('中毒', /(?:菌子|蘑菇|野菜|河豚|野果|草药)[^,。!?;]{0,10}(?:吃|喝)了/, 'emergency', {
    hotline: '120',
    needsContext: /吐|拉肚子|在拉|晕|站不起来|抽|昏|嘴麻|发麻|呼吸|看东西|胡话/,
  }),
  term(
    '中风征兆',
    /(?:半边|半个)?(?:脸|面)[^,。!?;]{0,2}歪(?:了|晒|掉|向|到)|口眼歪斜|(?:讲|说)不(?:到|出)(?:话|嘢)|(?:一边|半边|右|左)(?:手|胳膊|臂|边身子)[^,。!?;]{0,3}(?:抬不起|没力|没劲|动不了)/,
    'emergency',
    { hotline: '120', needsContext: /突然|刚|歪|抬不起|说不|讲不|依家|而家|现在/ },
  ),
  term('有人坠落', /(?:掉|摔|跌|坠)下来(?:了)?(?:一个|个|一名)(?:人|工人|师傅|工友|孩子|小孩)/, 'emergency', {
    hotline: '120',
  }),
  term('烧烫伤', /(?:都是|全是|起了?|一片)(?:大)?(?:水)?泡|皮(?:都)?掉了/, 'emergency', {
    hotline: '120',
    needsContext: /油锅|热油|开水|热水|烫|烧|火/,
    excludeNear: /结痂|赔偿|投诉|烫头|理发/,
  }),
  term(
    '急症',
    /骨头(?:都)?(?:露|戳|支)出来|(?:胳膊|手|腿|手指|头发)[^,。!?;]{0,3}(?:绞|卷|轧|搅)进(?:去)?了?/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Rounds 21 and 22: a fall of some metres; a pool of blood; a child pulled from the water not
  // breathing; food stuck fast; someone who cannot get up behind a locked door; lying quite still.
  term(
    '有人坠落',
    /(?:摔|掉|跌|滑|坠|滚)(?:下去|下来)(?:了)?(?:有|大概|约|差不多|足足)?[\d一二三四五六七八九十几]+(?:米|层楼?)/,
    'emergency',
    {
      hotline: '120',
      excludeBefore: /猫|狗|宠物|鸟|花盆|手机|东西|衣服/,
    },
  ),
  term('急症', /一大?(?:滩|摊|地)(?:的)?血|血(?:淌|流)了一(?:地|大?(?:滩|摊|片))|只(?:会|能)?哼哼/, 'emergency', {
    hotline: '120',
  }),
  term(
    '没有呼吸',
    /胸口(?:不|没有?)(?:起伏|动)|(?:在|正在|给他|给她)(?:做)?(?:心肺复苏|人工呼吸|按压)|(?:已|在|正在)?做(?:了)?[^,。!?;]{0,2}海姆立克/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('没有呼吸', /(?:吃|进食|吃饭|喝)[^,。!?;]{0,9}(?:卡住|噎住|呛住)|(?:面色|脸色)发紫|无法发声/, 'emergency', {
    hotline: '120',
    needsContext: /卡|噎|呛|发紫|喘|说不出/,
  }),
  term(
    '有人受伤倒地',
    /躺(?:着|在)?[^,。!?;]{0,5}一动不动|趴(?:着|在地上)?不动了|(?:跌|摔)(?:了|倒)?[^,。!?;]{0,2}起不来|起不来了|爬不起来|腿动不了|动不了了/,
    'emergency',
    {
      hotline: '120',
      needsContext: /咚|摔|跌|倒|哼|地上|老人|阿婆|独居|血|不动/,
      excludeBefore: /早上|床|懒/,
    },
  ),
  // Rounds 23 and 24: a face swelling and a throat closing (in Cantonese too); someone slumped in a
  // sauna who does not answer; no pulse and chest compressions; a shock that leaves someone limp.
  term('过敏', /(?:脸|面)(?:都)?肿(?:了|晒|起来)|喉咙(?:好|很|发|有点)?(?:紧|堵)|透不(?:到|过)气/, 'emergency', {
    hotline: '120',
    needsContext: /突然|肿|喉咙|呼吸|喘|透不|眼都|睁不开/,
  }),
  term('昏迷', /(?:咋|怎么|喊|叫|招呼)[^,。!?;]{0,4}(?:都|也)?不(?:吱声|吭声|出声|吭气)/, 'emergency', {
    hotline: '120',
    needsContext: /倒|趴|躺|地上|晕|不动|烫|冰凉|拖出来/,
  }),
  term('没有呼吸', /摸不(?:到|着)(?:脉搏|脉|心跳)|没(?:有)?脉搏|按胸口|嘴唇(?:乌青|发青|青紫)/, 'emergency', {
    hotline: '120',
  }),
  term(
    '触电',
    /触电|被电(?:打|击|到)(?:了)?|(?:粘|吸|黏)在(?:了)?(?:上面|电线上)|碰到(?:了)?[^,。!?;]{0,8}电线/,
    'emergency',
    {
      hotline: '120',
      needsContext: /抖|没反应|倒|躺|晕|粘|不动|黑的|摔/,
      excludeAfter: /^(?:怎么办理|的赔偿|事故的|隐患|风险)/,
    },
  ),
  // Rounds 27 and 28: a fall from scaffolding told without 从; struck by lightning; not breathing.
  term('有人坠落', /(?:脚手架|架子|屋顶|房顶|梯子|树)上(?:有人|有个人|一个人)?(?:摔|掉|跌|坠)下来/, 'emergency', {
    hotline: '120',
  }),
  term('没有呼吸', /被雷(?:打|劈|击)(?:了|中|到)|不(?:会)?喘气(?:了)?/, 'emergency', {
    hotline: '120',
    // Snoring that stops for a moment ("打呼噜…像憋住不喘气一样") is a question for a clinic.
    excludeNear: /打呼噜|打鼾|呼噜|哪个科|挂什么科/,
  }),
  // Rounds 29 and 30: rat poison named by what it does; a seizure told as 抽抽 and eyes rolling up;
  // someone gone limp all at once; a struck rider; a driver slumped in a shut car; a closed throat.
  term(
    '中毒',
    /(?:吃|喝|吞)了?[^,。!?;]{0,12}(?:灭|毒|药)(?:老)?鼠的?[^,。!?;]{0,3}药|嘴(?:里|角|边)?[^,。!?;]{0,3}(?:白泡|白沫)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('急症', /抽抽(?:上)?了|抽风了|眼(?:睛|珠子?)(?:一直)?往上翻|牙(?:关)?咬(?:得)?(?:死死|紧紧)/, 'emergency', {
    hotline: '120',
  }),
  term('急症', /(?:整个人|全身|身子|身体)(?:突然|一下子?)?(?:软了|软下去|瘫软|软掉)/, 'emergency', {
    hotline: '120',
    needsContext: /突然|叫不|不应|没反应|口水|倒|说不出/,
  }),
  term('有人受伤倒地', new RegExp(`${PERSON}[^,。!?;]{0,12}撞飞|撞飞(?:了)?[^,。!?;]{0,4}${PERSON}`), 'emergency', {
    hotline: '120',
    requires: /撞飞/,
  }),
  term(
    '昏迷',
    /(?:趴|倒|歪)在方向盘上|(?:拍|敲|砸)(?:车窗|窗户|车门|玻璃)[^。!?;]{0,6}(?:不动|没反应|没动静|不应|不醒)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('没有呼吸', /不能呼吸|无法呼吸|不会呼吸了|呼吸不了|can'?t breathe/, 'emergency', {
    hotline: '120',
    // Air too foul to breathe, or pressure, is a complaint (臭得人无法呼吸, 压力大到无法呼吸); a person
    // struggling is told with who it is or what brought it on.
    needsContext: /朋友|孩子|小孩|宝宝|老人|爸|妈|他|她|突然|脸|嘴|喉咙|憋|喘|过敏|吃了|倒|卡|呛/,
    excludeNear: /废气|烟囱|排放|空气|臭|味|雾霾|粉尘|扬尘|油烟|污染|熏|薰|环境|压力|压抑|憋屈|心累/,
  }),
  // Rounds 31 and 32: half a face drooping; a charcoal or briquette stove in a shut room; someone lying on
  // the floor unable to rise; heat stroke (dry and burning hot); confusion with a cold sweat (low blood
  // sugar); vomiting blood; a fall from a cliff edge.
  term('中风', /(?:半边|半拉|一边)?(?:脸|嘴角|嘴)[^,。!?;]{0,3}耷拉/, 'emergency', { hotline: '120' }),
  term('中毒', /(?:蜂窝煤|煤炉|煤球|炭火|炭盆|木炭|烧炭|炭炉)/, 'emergency', {
    hotline: '120',
    needsContext: /没动静|叫不醒|不应|熏着|熏倒|晕|不省人事|没反应|插上|敲不开|撞不开/,
    excludeNear: /取暖费|补贴|卖|买|价格|禁止|禁烧|以前|去年|上次/,
  }),
  term('有人受伤倒地', /(?:躺|倒|趴)在地上[^,。!?;]{0,2}起不来/, 'emergency', { hotline: '120' }),
  term('中暑', /不出汗了|(?:身上|浑身|全身)(?:烫得|滚烫)/, 'emergency', {
    hotline: '120',
    needsContext: /工地|太阳|高温|晒|不应|晕|迷糊|胡话|突然/,
  }),
  term('急症', /认不出(?:我|人|家里人|我们)|不(?:太)?认人|说话颠三倒四|胡言乱语|说胡话/, 'emergency', {
    hotline: '120',
    needsContext: /突然|冷汗|糖尿病|胰岛素|抖|晕|现在|刚才|磕|摔|撞/,
  }),
  term('急症', /吐了?(?:一大口|一口|好多|很多|一地|一大滩|一大摊)血|(?:呕|咯)血/, 'emergency', {
    hotline: '120',
    excludeBefore: /气得|亏得?|累得?|郁闷得?|心疼得?|恶心得?/,
  }),
  term('有人坠落', /(?:崖边|悬崖|山崖|崖上|陡坡)[^,。!?;]{0,4}(?:滑|掉|摔|跌|坠)(?:了)?(?:下去|下来|落)/, 'emergency', {
    hotline: '120',
  }),
  term('卷入机器', /(?:扶梯|电梯|传送带|绞盘|滚筒|机器)[^。!?;]{0,16}(?:卷进去|卷进|夹住|吸住|绞进)/, 'emergency', {
    hotline: '120',
    needsContext: /拔不出|出不来|抽不出|哭|喊|血|疼/,
  }),
  // Rounds 33 and 34: a child who swallowed a handful of pills; alcohol with cephalosporin; breathing slow
  // and shallow; blood from the ear after a blow to the head; bleeding that pressing cannot stop.
  term(
    '中毒',
    /(?:吃|吞|喝)了?[^,。!?;]{0,10}药[^,。!?;]{0,4}(?:十几|几十|二十|好几十|一大把|一把)(?:颗|片|粒)?/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('中毒', /头孢[^。!?;]{0,16}酒|酒[^。!?;]{0,16}头孢/, 'emergency', {
    hotline: '120',
    needsContext: /吐|叫不|晕|呼吸|脸红|心慌|喘|抽/,
    excludeNear: /能不能|可以吗|能喝|多久|几天|会不会/,
  }),
  term('没有呼吸', /呼吸(?:很|特别|越来越)?(?:慢|浅|弱|微弱)/, 'emergency', { hotline: '120' }),
  term('急症', /耳朵(?:里|眼)?(?:在)?(?:流|渗|出|冒)血|(?:按|捂|压)(?:都|也)?(?:按|捂|压)不住/, 'emergency', {
    hotline: '120',
    needsContext: /血|磕|摔|撞|打/,
  }),
  // Round 36: blood running under a locked door; an eye hurt by a firecracker; acid in the face.
  term(
    '急症',
    /(?:门缝|门底下|门下面)[^,。!?;]{0,6}(?:流|渗)(?:出来)?[^,。!?;]{0,4}血|整张脸(?:都)?是血|脸上全是血/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('急症', /炸(?:伤|到|瞎|亲)(?:了)?[^,。!?;]{0,3}眼/, 'emergency', { hotline: '120' }),
  term(
    '化学灼伤',
    /(?:硫酸|盐酸|硝酸|强酸|强碱|烧碱|火碱|石灰)[^。!?;]{0,10}(?:溅|泼|洒)(?:到|在|进)[^,。!?;]{0,6}(?:脸|眼|身上|手)/,
    'emergency',
    { hotline: '120' },
  ),
  // Round 35: a mother on the floor who does not answer her child; a head that keeps bleeding after a fall
  // down stairs; a rider lying in the road with a leg bent wrong; a face turning purple while choking.
  term('昏迷', /不理(?:我|人|我们)|不说话/, 'emergency', {
    hotline: '120',
    needsContext: /躺在[^,。!?;]{0,6}地上|倒在[^,。!?;]{0,6}地上|头那里|血|红红的/,
  }),
  term('急症', /(?:一直|还在|不停)(?:在)?(?:流|冒|淌)血|从楼梯上滚下来/, 'emergency', { hotline: '120' }),
  term('有人受伤倒地', /(?:躺|倒)在(?:马路|路|路口)(?:中间|上)/, 'emergency', {
    hotline: '120',
    needsContext: /撞|带倒|腿|血|红的|裂|不动/,
  }),
  term('没有呼吸', /(?:面色|脸色|脸|嘴唇)[^,。!?;]{0,3}(?:紫紫|变紫|青紫)|(?:说|讲)不出(?:话|声)/, 'emergency', {
    hotline: '120',
    needsContext: /卡|噎|抓|喘|呼吸|吃/,
  }),
  // Rounds 37 and 38: pain over a pacemaker with a near faint; a hook or a nail in the eye; a pregnant woman
  // hit or bleeding; a hand put into a meat grinder; dizzy and vomiting by a blocked flue.
  term('急症', /起搏器/, 'emergency', {
    hotline: '120',
    needsContext: /疼|痛|晕|眼前一黑|发白|栽/,
    excludeNear: /报销|医保|费用|多少钱|复查|预约/,
  }),
  term('急症', /眼前一黑[^,。!?;]{0,4}(?:栽|倒|摔)/, 'emergency', { hotline: '120' }),
  term(
    '急症',
    /(?:鱼钩|钩子|钉子|树枝|铁丝|筷子)[^,。!?;]{0,6}(?:勾|扎|戳|插)(?:进|到|了|落)?[^,。!?;]{0,4}眼/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('急症', /孕妇[^。!?;]{0,10}(?:撞|摔|流血|出血|下面有血|见红)/, 'emergency', {
    hotline: '120',
    excludeNear: /以前|上次|产检|检查|预约|报销/,
  }),
  term('卷入机器', /伸(?:到|进)[^,。!?;]{0,4}(?:绞肉机|机器|搅拌机|机床|榨汁机)/, 'emergency', {
    hotline: '120',
    needsContext: /卡|出不来|血|拔不出/,
  }),
  term('中毒', /(?:迷糊|头晕|晕)[^。!?;]{0,12}(?:吐|站不住|站都站不)/, 'emergency', {
    hotline: '120',
    needsContext: /烟囱|煤|炉|炭|一股味|屋里/,
    excludeNear: /排放|废气|工厂|公司|污染|难闻|每天|天天|经常/,
  }),
  // Rounds 39 and 40: a pregnant passenger bleeding; fast breathing and a fruity breath in a diabetic child;
  // half a face slack (Wu).
  term('急症', /(?:怀孕|孕妇|大肚子)[^。!?;]{0,20}(?:流血|出血|都是血|见红|下面有血|出(?:好多|很多)血)/, 'emergency', {
    hotline: '120',
  }),
  term('急症', /烂苹果味|喘(?:气)?喘得(?:好|很|特别)快/, 'emergency', {
    hotline: '120',
    needsContext: /糖尿病|迷糊|晕|叫不/,
  }),
  term('中风', /(?:半边|一边)(?:脸|嘴)(?:都)?歪(?:了|掉)/, 'emergency', { hotline: '120' }),
  // Rounds 41 and 42: someone who slid to the floor and does not answer; scalding oil over the arms; a grey
  // face and purple lips while choking; legs gone numb after a fall; chest pain spreading to the left arm.
  term('昏迷', /(?:咋|怎么|喊|叫|招呼)[^,。!?;]{0,4}(?:都|也)?不(?:答应|应)/, 'emergency', {
    hotline: '120',
    needsContext: /倒|趴|躺|地上|晕|不动|出溜/,
  }),
  term(
    '烧烫伤',
    /(?:热油|滚油|开水|沸水|热汤)[^,。!?;]{0,4}(?:泼|浇|洒|溅)(?:到|在|落|了)[^,。!?;]{0,6}(?:手|臂|身上|脸|腿|胸)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('没有呼吸', /嘴唇(?:也|都)?(?:紫了|发紫|变紫)|脸(?:都)?发灰/, 'emergency', {
    hotline: '120',
    needsContext: /呛|卡|噎|咳|喘|呼吸|吃/,
  }),
  term('急症', /(?:腿|下半身|两条腿|脚)(?:都)?没(?:有)?知觉/, 'emergency', {
    hotline: '120',
    needsContext: /摔|跌|撞|掉|动不了|起不来/,
  }),
  term(
    '心脏病',
    /(?:胸口|胸)[^。!?;]{0,6}(?:痛|疼)[^。!?;]{0,12}(?:出(?:好多|很多|一身)汗|疼到左|左(?:边)?(?:胳膊|手臂))/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Rounds 43 and 44: many at one meal vomiting and some down (a canteen poisoning); fits that drop someone;
  // a person lying still where they fell; blood spurting (Cantonese 标).
  term(
    '集体中毒',
    /(?:好多|很多|好几个|一群|一片|几十个|十几个|一大片)[^,。!?;]{0,4}(?:学生|人|工人|孩子|小孩|员工|老人|娃|同学)[^,。!?;]{0,3}(?:都|在|都在|开始|一直)?(?:吐|呕吐|上吐下泻)(?!槽|痰|口水|舌头|字|词)/,
    'emergency',
    { hotline: '120', needsContext: /抽|倒|晕|昏|吃完|吃了|食堂|午饭|晚饭|早饭|盒饭|喘|肚子疼/ },
  ),
  term('急症', /(?:抽筋|抽搐)(?:着)?倒(?:在)?地/, 'emergency', { hotline: '120' }),
  term('有人受伤倒地', new RegExp(`${PERSON}[^,。!?;]{0,4}一动不动(?!地)`), 'emergency', {
    hotline: '120',
    requires: /一动不动/,
    needsContext: /倒|躺|趴|摔|晕|叫|喊|撞|掉|夹/,
  }),
  term('大出血', /血[^,。!?;]{0,4}标(?:出来|出|得)/, 'emergency', { hotline: '120' }),
  // Rounds 45 and 46: a face swelling after food; a fall out in the cold; heat stroke in the fields; a
  // sudden collapse (一下栽倒); a burn that takes the skin.
  term('过敏', /(?:脸|面|嘴唇|嘴|喉咙|眼睛|舌头)[^,。!?;]{0,6}肿(?:得|起|了)/, 'emergency', {
    hotline: '120',
    needsContext: /过敏|花生|海鲜|芒果|吃了|食了|喘|呼吸|哑|蜂|药|breath/,
  }),
  term('失温', /(?:浑身|全身|身上|手脚)(?:都)?(?:冰冷|冰凉|冻僵|冻得发紫|硬邦邦)/, 'emergency', {
    hotline: '120',
    needsContext: /找到|一夜|雪|野外|田|山|冻|零下|叫|没反应|说话|不清/,
    // A cold flat is a heating complaint ("暖气不热 屋里冻得跟冰窖似的 手脚冰凉").
    excludeNear: /暖气|供暖|空调|修/,
  }),
  term('急症', /(?:讲|说)话[^,。!?;]{0,3}(?:讲|说)?不清/, 'emergency', {
    hotline: '120',
    needsContext: /突然|倒|冰|冷|歪|麻|晕|摔|跌|找到/,
  }),
  term('中暑', /汗(?:都)?(?:冒|出)不出|汗(?:都)?没(?:有)?出|(?:身上|浑身|身躯)(?:滚烫|烧烫|烫烫)/, 'emergency', {
    hotline: '120',
    needsContext: /晒|热|太阳|田|地里|高温|中暑|工地|倒|栽/,
  }),
  term(
    '有人晕倒',
    /(?:一下|一下子|猛地|扑通一下|咕咚)(?:就)?(?:栽倒|倒地|倒下|晕倒|瘫倒)|直挺挺(?:地)?(?:倒|栽)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('烫伤', /皮(?:一块一块|一片一片|都)?(?:往下)?掉/, 'emergency', {
    hotline: '120',
    needsContext: /烫|烧|开水|热油|油锅|火/,
  }),
  // Rounds 47 and 48: bleeding that pressing does not stop; no feeling in the limbs after a fall; a
  // child at the weed-killer bottle; a coal stove and people down; a bottle of pills emptied; many wasp
  // stings; pesticide spraying then vomiting and drooling; a labouring woman bleeding far from help.
  term('大出血', /(?:一直|不停)(?:地)?(?:往外)?(?:冒|流|淌|涌)血|血[^,。!?;]{0,6}按不住/, 'emergency', {
    hotline: '120',
  }),
  term(
    '急症',
    /(?:腿|脚|两条腿|两条脚|手脚|下半身|身子)[^,。!?;]{0,4}(?:都)?(?:没|没有|无)(?:了)?(?:感觉|知觉)/,
    'emergency',
    { hotline: '120', needsContext: /摔|跌|落|掉|撞|着地|砸|翻/ },
  ),
  term('中毒', /(?:百草枯|农药|敌敌畏|老鼠药|药)[^。!?;]{0,6}瓶[^。!?;]{0,10}(?:空了|打开|喝了)/, 'emergency', {
    hotline: '120',
    needsContext: /吐|娃|孩子|小孩|晕|抽/,
  }),
  term(
    '煤气中毒',
    /(?:煤炉|炭火|炭盆|烧炭|煤球炉|蜂窝煤)[^。!?;]{0,30}(?:躺在地上|叫不醒|没反应|晕|昏|倒在|没声音|不响)/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '中毒',
    /(?:一整瓶|一瓶|整瓶|一大把|半瓶)[^,。!?;]{0,4}(?:安眠药|药片|药)[^,。!?;]{0,3}(?:吃完|吞完|全吃|吃了|吞了|喝了)/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '过敏',
    /(?:马蜂|蜂|蜜蜂|黄蜂|胡蜂)[^,。!?;]{0,4}(?:叮|蛰|蜇)(?:了|哒)?[^,。!?;]{0,4}(?:十几|好几|几十|很多|好多)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('中毒', /(?:打完?药|打农药|喷药|喷完药|打完农药)[^。!?;]{0,12}(?:吐|晕|抽|口水|流涎|站不稳)/, 'emergency', {
    hotline: '120',
  }),
  term('孕产急症', /(?:流水|破水)[^,。!?;]{0,3}(?:又)?流血/, 'emergency', {
    hotline: '120',
    needsContext: /肚|老婆|孕|生|怀|媳妇/,
  }),
  term('孕产急症', /(?:裤子|裙子)[^,。!?;]{0,3}(?:上)?(?:全是|都是)血/, 'emergency', {
    hotline: '120',
    needsContext: /孕|肚/,
  }),
  // Rounds 49 and 50: a leg bent out of shape; a child choking on grapes (Cantonese 哽住).
  term('有人受伤', /(?:腿|胳膊|手|脚)(?:都|已经)?(?:变形|折了|断了|反过来)/, 'emergency', {
    hotline: '120',
    needsContext: /砸|卡|压|摔|撞|夹|掉|跌/,
  }),
  // Rounds 51 and 52: a coal-warmed kang and someone who will not wake; a collapse clutching the chest
  // with a cold sweat; a head dropping to one side and drool; an electric shock off a transformer; cold
  // that has stopped the shivering; scalds from a boiling pot.
  term(
    '煤气中毒',
    /(?:烧炕|炕|煤烟|煤炉|炭火|炭盆|烧炭|蜂窝煤)[^。!?;]{0,20}(?:叫不醒|叫也叫不醒|没反应|昏|头晕|晕|起不来|迷糊)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('心脏病', /(?:一头|满头|浑身)冷汗|脸色(?:灰白|煞白|发灰)/, 'emergency', {
    hotline: '120',
    needsContext: /胸口|心口|心脏|胳膊(?:也)?麻|倒|滑下去|瘫/,
  }),
  term('中风征兆', /头一歪|口水(?:一直|不停)?(?:淌|流)(?:下来|出来)/, 'emergency', {
    hotline: '120',
    needsContext: /叫|不响|没反应|倒|晕|吃饭|说不出|说话/,
  }),
  term(
    '触电',
    /(?:碰到|摸到|触到|碰了|碰着)[^,。!?;]{0,6}(?:变压器|电箱|电线|高压线|电缆)[^。!?;]{0,10}(?:弹|倒|不动|晕)/,
    'emergency',
    { hotline: '120' },
  ),
  term(
    '失温',
    /(?:发抖|打颤|哆嗦)[^。!?;]{0,8}不(?:发)?抖了|脱衣服说热|说(?:好)?热[^,。!?;]{0,3}(?:要)?脱衣服|说胡话|颠三倒四/,
    'emergency',
    {
      hotline: '120',
      needsContext: /冷|冻|山|雪|迷路|迷了|夜|零下|发抖/,
    },
  ),
  term('烫伤', /(?:滚水|开水|热水|热油|滚油)[^。!?;]{0,12}(?:脱皮|起泡|掉皮)/, 'emergency', { hotline: '120' }),
  term('心脏病', /左(?:边)?(?:胳膊|手臂)(?:也|都)?(?:麻|疼|痛)/, 'emergency', {
    hotline: '120',
    needsContext: /胸|心脏|心口|xiong|汗|脸色/,
  }),
  // Rounds 53 and 54: burns on a child's face once the flames were out; a mouth dropping to one side at a
  // banquet; a hand pulled into a press; a baby choking on a peanut; someone lying across a fallen wire;
  // someone found frozen with a breath left.
  term('烫伤', /(?:脸|脖子|手|身上|皮肤)[^,。!?;]{0,4}(?:都)?(?:烧)?黑了/, 'emergency', {
    hotline: '120',
    needsContext: /火|烧|炉|酒精|孩子|哭/,
  }),
  term('中风征兆', /嘴[^,。!?;]{0,5}(?:往|朝|向)一边歪|话说不利索|(?:手|右手|左手)[^,。!?;]{0,6}拿不住/, 'emergency', {
    hotline: '120',
    needsContext: /突然|歪|说话|话/,
  }),
  term(
    '机械伤人',
    /(?:冲压机|冲床|机器|机床|搅拌机|绞肉机|压面机|卷扬机|传送带)[^,。!?;]{0,4}把[^,。!?;]{0,6}(?:手|脚|胳膊|腿|头发)[^,。!?;]{0,2}(?:压|卷|绞|夹)(?:进去|住|着|里头|里面)/,
    'emergency',
    { hotline: '120' },
  ),
  term('没有呼吸', /(?:脸|小脸)[^,。!?;]{0,3}憋得(?:通红|发紫|青紫)|哭不出(?:声|声音)/, 'emergency', {
    hotline: '120',
    needsContext: /塞|吞|卡|花生|豆|果冻|糖|噎|宝宝|孩子/,
  }),
  term('触电', /(?:身上|手上|人)[^,。!?;]{0,4}(?:搭着|挂着|压着|缠着)(?:电线|电缆)/, 'emergency', { hotline: '120' }),
  term('失温', /冻(?:得|僵)(?:了)?(?:硬邦邦|发紫|说不出话)|还有一口气/, 'emergency', { hotline: '120' }),
  // Round 76: an old man face down in the mud, still breathing, cold to the touch.
  term('失温', /还有(?:点)?气(?!味|氛|势|压|吗|没)/, 'emergency', {
    hotline: '120',
    needsContext: /趴|躺|倒|泥|冰凉|冰冷|不动/,
  }),
  // Round 53: a chest that no longer rises.
  term('没有呼吸', /胸口(?:都|也)?(?:不动|没有?起伏)/, 'emergency', { hotline: '120' }),
  // Rounds 55 and 56: poison eaten for sweets; a sleeve pulled into a car-wash brush; wild mushrooms.
  term('中毒', /(?:把|拿)[^,。!?;]{0,6}(?:老鼠药|药|农药|药片)当[^,。!?;]{0,4}吃/, 'emergency', { hotline: '120' }),
  term(
    '机械伤人',
    /(?:袖子|衣服|头发|围巾|手)[^,。!?;]{0,4}(?:被)?卷进(?:了)?[^,。!?;]{0,6}(?:机|辊|滚刷|皮带|传送带)/,
    'emergency',
    { hotline: '120' },
  ),
  term('中毒', /(?:吃|食|炒|煮)(?:了)?[^,。!?;]{0,8}(?:菇|蘑菇|菌子|野菌|见手青|毒菌)/, 'emergency', {
    hotline: '120',
    needsContext: /吐|痛|疼|泻|胡话|晕|屙|抽/,
    // Eaten last night, ill now ("昨晚吃了见手青，今天一家子都…"); over and done is another matter.
    sinceOk: true,
    excludeNear: /没事了|好了|出院|已经好/,
  }),
  // Rounds 57 and 58: a child thrown from a horse; a shower that has gone quiet behind a gas water heater;
  // no breath in a child.
  term(
    '有人受伤',
    /从[^,。!?;]{0,4}(?:马背|马上|车上|梯子|树上|楼梯|坎|坡|崖|台阶)(?:上)?(?:摔|跌|掉|滚)(?:下来|下去)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /不动|动不了|不出声|没反应|血|哭|拖|喊/,
    },
  ),
  term('煤气中毒', /(?:洗澡|浴室|卫生间)[^。!?;]{0,16}(?:没出来|不应|没动静|没反应|晕)/, 'emergency', {
    hotline: '120',
    needsContext: /热水器|燃气|煤气|没窗/,
  }),
  term('没有呼吸', /不出气了/, 'emergency', {
    hotline: '120',
    needsContext: /娃|孩子|宝宝|人|老人|他|她|爸|妈/,
    excludeNear: /空调|暖气|风扇|排气|出风口|管道|热水器/,
  }),
  term('大出血', /(?:头|脑袋)(?:底下|下面)[^,。!?;]{0,3}(?:好多|很多|一滩|全是)?血/, 'emergency', { hotline: '120' }),
  // A live wire in a paddy and someone lying still in the water: a shock first.
  term('触电', /(?:趴|躺|倒)在水(?:里|中)[^,。!?;]{0,4}(?:一动不动|不动)/, 'emergency', {
    hotline: '120',
    needsContext: /电线|漏电|电缆/,
  }),
  // Rounds 59 and 60: empty blister packs beside someone still; gored by an animal; a gaping wound; blood
  // from the ears after a crash; a fishing rod against a power line.
  term('中毒', /(?:空药板|空药瓶|药板|药瓶)/, 'emergency', {
    hotline: '120',
    needsContext: /一动不动|叫不醒|没反应|不动|没动静/,
  }),
  term('有人受伤', /被(?:牛|牦牛|羊|马|野猪)(?:给)?(?:顶|撞|踢|咬)(?:了|伤)/, 'emergency', {
    hotline: '120',
    needsContext: /血|窟窿|口子|不动|起不来|晕/,
  }),
  term('大出血', /(?:肚子|胸口|头|腿)上[^,。!?;]{0,3}(?:一个)?(?:大)?(?:窟窿|口子|洞)/, 'emergency', {
    hotline: '120',
    needsContext: /血|顶|扎|捅|砸/,
  }),
  term('急症', /血从(?:耳朵|鼻子|嘴)(?:里)?(?:流|冒)出来|(?:耳朵|鼻子)(?:里)?(?:一直)?(?:流|出)血/, 'emergency', {
    hotline: '120',
    needsContext: /撞|摔|跌|砸|打|哼|不动|晕|头/,
  }),
  term('触电', /(?:鱼竿|钓竿|竿子|杆子|竿)[^,。!?;]{0,8}(?:挂到|碰到|搭到)[^,。!?;]{0,6}电线/, 'emergency', {
    hotline: '120',
  }),
  // Rounds 61 and 62: a syringe beside someone grey-faced; an adrenaline pen in the hand of someone down;
  // talking nonsense in the sun; skin peeled back by a blast.
  term('中毒', /针管|针头|注射器/, 'emergency', {
    hotline: '120',
    needsContext: /脸发灰|脸色发灰|倒|不动|没反应|叫不醒|靠着墙/,
  }),
  term('过敏', /肾上腺素(?:笔|针)/, 'emergency', { hotline: '120', needsContext: /倒|抖|喘|肿|晕/ }),
  term('中暑', /乱讲|黑白讲|胡言乱语|昏昏沉沉/, 'emergency', {
    hotline: '120',
    needsContext: /晒|日头|太阳|高温|中暑|田里|工地/,
  }),
  term('烫伤', /皮(?:都)?翻(?:起来|开)|衣服粘在(?:肉|皮)上/, 'emergency', { hotline: '120' }),
  // Round 64: a head wound that will not stop bleeding and no sound since; a peanut in the throat.
  term('昏迷', /人(?:也|都)?没(?:有)?声音了/, 'emergency', { hotline: '120', needsContext: /跌|摔|撞|血|倒/ }),
  term('没有呼吸', /呛(?:到|进)(?:了)?(?:喉咙|气管)|脸(?:都)?乌了/, 'emergency', {
    hotline: '120',
    needsContext: /呛|卡|噎|花生|豆|果冻|糖|声音/,
  }),
  // Round 65: a child who ate a grandparent's pills.
  term('中毒', /(?:偷吃|误吃|吃了)[^,。!?;]{0,8}(?:降压药|安眠药|药片|几颗药|一把药|大人的药|的药)/, 'emergency', {
    hotline: '120',
    needsContext: /孩子|娃|宝宝|吐|犯困|晕|迷糊/,
  }),
  // Round 66: a hand that will not lift and speech gone, again.
  term('中风征兆', /(?:右手|左手|手|胳膊)[^,。!?;]{0,3}(?:抬不起来|举不起来)/, 'emergency', {
    hotline: '120',
    needsContext: /说话|讲话|嘴|突然|又|筷子|箸/,
  }),
  // Round 68: skin burnt raw once the flames on a person are out.
  term('烧烫伤', /皮(?:都|也)?(?:烧|烫)(?:烂|焦|掉|脱)了?/, 'emergency', {
    hotline: '120',
    needsContext: /身上|着火|着了|火|爆|炸|油|开水/,
    excludeNear: /烤|饼|鸭|鸡|猪|锅|饭|菜|肉皮/,
  }),
  // Round 70: a snakebite swelling black; someone moaning behind a door nobody opens; blood running into the stairwell.
  term('毒蛇咬伤', /肿(?:得)?(?:发黑|发紫|乌黑)|(?:伤口|咬的地方)[^,。!?;]{0,4}(?:发黑|发紫|肿)/, 'emergency', {
    hotline: '120',
    needsContext: /蛇/,
  }),
  term('急症', /(?:里面|屋里|房里|家里)[^,。!?;]{0,8}(?:一直)?(?:在)?哼哼/, 'emergency', {
    hotline: '120',
    needsContext: /敲门|不开|没人应|叫不应/,
  }),
  term('急症', /血(?:都|已经)?(?:淌|流)到(?:了)?(?:楼道|门口|门外|地上|楼梯)/, 'emergency', { hotline: '120' }),
  // Round 72: someone pulled out of a reservoir with no breath and a blue face.
  term(
    '溺水',
    /(?:拖|捞|拉|救)(?:了)?上来[^。!?;]{0,10}(?:没气|没有呼吸|不动|脸(?:是|都)?(?:青|紫)|叫不醒)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('急症', /门缝[^,。!?;]{0,8}哼哼/, 'emergency', { hotline: '120' }),
  // Round 71: an old man down on the floor after the sauna, burning hot and silent.
  term('急症', /(?:浑身|身上|全身)(?:都)?(?:烫手|烫得吓人|滚烫)/, 'emergency', {
    hotline: '120',
    needsContext: /倒|趴|地上|不吱声|不说话|叫不应|没反应|直勾勾/,
  }),
  // Rounds 73 and 74: a family poisoned by a charcoal brazier; a voice that stops mid-sentence; blood in the
  // vomit; a seizure with the jaw clenched.
  term('煤气中毒', /烧炭[^。!?;]{0,20}(?:头疼|头痛|头晕|想吐|恶心|没声|不接|没人接|叫不醒)/, 'emergency', {
    hotline: '120',
  }),
  term('急症', /(?:说着说着|讲着讲着|聊着聊着)(?:就)?(?:没(?:了)?声|不说话了|没动静)/, 'emergency', { hotline: '120' }),
  term(
    '急症',
    /吐(?:出来)?的?(?:东西)?(?:里)?(?:有|带|全是|都是)血|浑身(?:在)?抽|牙关(?:咬死|紧咬|咬紧)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Round 75: an old man fallen into a root cellar, his leg broken.
  term(
    '有人坠落',
    /(?:老人|老汉儿?|孩子|小孩|娃|爸|妈|爷|奶|老头|老太)[^,。!?;]{0,4}掉(?:到|进)[^,。!?;]{0,6}(?:窖|井|坑|洞)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  // Round 76: foam at the mouth of someone who will not wake; twitching on the ground; a leg that will not move
  // after a car ran over it.
  term(
    '急症',
    /(?:嘴|嘴里|口)[^,。!?;]{0,3}(?:有|冒|吐)(?:白沫|泡沫)|(?:倒|躺)(?:在)?地上[^,。!?;]{0,2}抽抽/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('急症', /(?:腿|脚)(?:动不了|不能动)/, 'emergency', { hotline: '120', needsContext: /撞|压|摔|轧/ }),
  // Round 76: an old woman down on the floor for a long time who cannot get up.
  term('急症', /(?:摔|坐|躺|倒)(?:倒)?在地上[^,。!?;]{0,6}(?:起不来|爬不起来|动不了)/, 'emergency', { hotline: '120' }),
  // Rounds 77 and 78: a runner down and breathless with a teacher doing CPR; a family dizzy and sick beside a gas
  // water heater, the child hard to wake; an asthma attack with no inhaler; a lineman hanging still after a shock.
  // In progress (在做心肺复苏), not a lesson's task (实操考的是…要做心肺复苏).
  term('没有呼吸', /没气了|在(?:按胸|按压胸口|做心肺复苏|做按压)/, 'emergency', {
    hotline: '120',
    needsContext: /趴|倒|按|胸|叫|脸|人|老师|复苏/,
    excludeNear: /轮胎|车胎|气球|煤气|燃气|罐/,
  }),
  term(
    '煤气中毒',
    /(?:燃气热水器|煤炉|炭火|烧炭|煤气)[^。!?;]{0,30}(?:头晕|恶心|叫不(?:太)?醒)|(?:头晕|恶心)[^。!?;]{0,30}叫不(?:太)?醒/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('没有呼吸', /呼吸(?:急促|困难)|说不出完整(?:的)?(?:句子|话)/, 'emergency', {
    hotline: '120',
    needsContext: /哮喘|嘴唇|喘|过敏|吸入剂/,
  }),
  term('触电', /被电(?:到|着)了?/, 'emergency', { hotline: '120', needsContext: /不动|挂|倒|电线杆|抽/ }),
  // Round 80: a woman knocked down by a reversing van lying still; a leg bent the wrong way; chest pain with a cold
  // sweat; blood all over a leg.
  term(
    '有人受伤倒地',
    /被[^,。!?;]{0,6}(?:车|面包车|货车|轿车|三轮)撞(?:了|倒|伤|飞)|(?:躺|倒)(?:在)?地上[^,。!?;]{0,4}(?:流血|不动)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /老人|老太太|人|孩子|小孩|她|他|躺|不动|流血/,
    },
  ),
  term('急症', /(?:腿|胳膊|手)(?:是)?反着(?:弯|折)|(?:腿上|身上|头上|脸上)全是血/, 'emergency', { hotline: '120' }),
  term('心脏病发作', /心口(?:疼|痛)/, 'emergency', { hotline: '120', needsContext: /汗|凉|喘|闷|脸色/ }),
  // Round 79: the words a doctor, a nurse or a first-aider uses: loss of consciousness, no breathing, no carotid
  // pulse, CPR begun; labour with the head showing; arterial bleeding.
  term('没有呼吸', /意识丧失|无自主呼吸|(?:颈动脉)?搏动未触及|已(?:经)?开始(?:cpr|心肺复苏)/, 'emergency', {
    hotline: '120',
  }),
  term('孕产急症', /破膜|胎头(?:已)?(?:可见|露出)|宫缩[^,。!?;]{0,6}(?:分钟一次|很密)/, 'emergency', {
    hotline: '120',
  }),
  term('大出血', /喷射(?:性|状)出血|大量渗血|动脉(?:损伤|破裂|出血)/, 'emergency', { hotline: '120' }),
  // Round 81: a cut wrist soaking a towel; an old man frosted over under a bridge.
  term('大出血', /毛巾(?:都)?(?:湿透|染红|全红)|割(?:到|破|伤)(?:了)?(?:手腕|脖子|大腿)/, 'emergency', {
    hotline: '120',
    needsContext: /血|割|止不住/,
  }),
  term('失温', /(?:身上|头发|眉毛)(?:都)?结(?:了)?霜|摸着冰凉/, 'emergency', {
    hotline: '120',
    needsContext: /老人|人|不动|冰凉/,
  }),
  // Round 82: a worker stuck to a live distribution box.
  term('触电', /被电住|粘在(?:了)?(?:配电箱|电线|电门|电闸)上/, 'emergency', { hotline: '120' }),
  // Rounds 83–88: a face gone dark from choking or cold; an ambulance demanded at the end of a long voice message
  // ("…说心口疼得厉害喘不上来 叫救护车 快点"): the demand is itself now, however long the message before it.
  term('没有呼吸', /(?:脸|面|嘴唇|嘴)(?:都|已经|全)?(?:乌|紫|青)了/, 'emergency', {
    hotline: '120',
    needsContext: /叫不醒|喘|噎|卡|哽|拍背|不动|反应|没气|抽|倒|昏/,
  }),
  term('呼救', /叫(?:个)?救护车(?:快点|快快|赶紧|快来)(?=$|[,。!?;]|我们在|地址|在)/, 'emergency', {
    hotline: '120',
    cry: true,
    nowSuffix: /(?:)/,
    excludeBefore: /能不能|可不可以|怎么|如何/,
  }),
  // Rounds 89 and 91: a baby who swallowed a battery; a dog bite bleeding hard; no breath, said as "不可以呼吸".
  term('误服', /(?:吃|吞)(?:了|下)?[^,。!?;]{0,12}(?:电池|纽扣电池|磁铁|磁珠)/, 'emergency', {
    hotline: '120',
    needsContext: /孩子|宝宝|baby|娃|小孩|儿子|女儿|岁/,
  }),
  term(
    '动物咬伤',
    /狗[^。!?;]{0,6}咬[^。!?;]{0,12}(?:好多血|很多血|血流不止|流了好多血|一直流血|全是血)/,
    'emergency',
    {
      hotline: '120',
    },
  ),
  term('没有呼吸', /不(?:可以|能)呼吸/, 'emergency', { hotline: '120' }), // Rounds 93–96: a stroke in a rice field told in Sichuanese; sugar at 2.1 and not coming back; a bone through the
  // skin of a shin.
  term('中风征兆', /半边脸[^,。!?;]{0,2}歪|话(?:都)?说不清(?:楚)?了/, 'emergency', {
    hotline: '120',
    needsContext: /突然|倒|歪/,
  }),
  term(
    '低血糖',
    /血糖[^,。!?;]{0,4}(?:[0-2](?:\.\d)?(?!\d)|低到|只有)[^。!?;]{0,24}(?:发黑|晕|出汗|手抖|心慌|缓不过来|没缓过来)/,
    'emergency',
    {
      hotline: '120',
      excludeNear: /正常吗|正常值|标准/,
    },
  ),
  term('急症', /骨头[^,。!?;]{0,3}(?:戳|露|刺|支)出来/, 'emergency', { hotline: '120' }), // Rounds 98 and 100: oxygen run out on the way with saturation falling; a canteen's lunch and twenty workers sick.
  term('急症', /血氧(?:饱和度)?[^,。!?;]{0,4}(?:掉到|只有|降到)[^,。!?;]{0,2}(?:[5-8]\d|八十|七十|六十)/, 'emergency', {
    hotline: '120',
    excludeNear: /正常吗|正常值|标准/,
  }),
  term(
    '中毒',
    /(?:二十|十几|几十|多)[^,。!?;]{0,4}(?:名|个)?(?:工人|学生|人)[^,。!?;]{0,6}(?:呕吐|腹痛|上吐下泻)/,
    'emergency',
    {
      hotline: '120',
      needsContext: /站不起|倒|晕|送医|煞白|还在/,
    },
  ), // Rounds 103 and 104: a man who went face down mid-chat; a bite deep to the bone.
  term('有人晕倒', /一头栽(?:倒|下|那儿|地上|在地)/, 'emergency', {
    hotline: '120',
    needsContext: /叫|不动|没反应|不吱声/,
  }),
  term('急症', /(?:看见|看到|露出)(?:了)?骨头/, 'emergency', { hotline: '120', needsContext: /咬|伤|摔|砸|割|血/ }),
  term('中毒', /(?:吃|喝|食)(?:了|着)农药/, 'emergency', { hotline: '120' }), // Round 101: clinicians' words (室颤, 喉头水肿, 血压测不到, 瞳孔散大, GCS), burns by area, an overdose counted in tablets.
  term(
    '急症',
    /室颤|喉头水肿|血压(?:已经)?测不(?:到|出)|瞳孔散大|gcs ?\d|意识丧失|仍在(?:做)?cpr|已除颤/,
    'emergency',
    { hotline: '120', excludeNear: /是什么|什么病|培训|课程|考试|怎么判断|了解/ },
  ),
  term('烧烫伤', /[二三]度烧伤|烧伤面积/, 'emergency', {
    hotline: '120',
    excludeNear: /赔偿|怎么算|鉴定|哪个医院|医院比较好|疤|植皮|报销/,
  }),
  term('中毒', /服(?:下|了)[^,。!?;]{0,4}(?:[一二三四五六七八九十几\d]+片|一整板|一整瓶)/, 'emergency', {
    hotline: '120',
  }),
  term('动物咬伤', /被咬(?:了)?[^,。!?;]{0,4}(?:脖子|喉咙|动脉)/, 'emergency', { hotline: '120', needsContext: /血/ }), // Rounds 105 and 106: a gym member fallen forward and unresponsive; a sound of falling then silence; blood told as
  // "流了一地红的"; a rider motionless by his scooter; herbicide drunk; a neighbour's pounding on the floor stopped; a
  // fall head first from a ladder.
  term('有人晕倒', /扑倒(?:了)?[^,。!?;]{0,2}没反应/, 'emergency', { hotline: '120' }),
  term(
    '有人坠落',
    /(?:滚|摔)下去的声音[^。!?;]{0,20}(?:没(?:有)?动静|(?:一点)?动静都没(?:有)?|没声|没人应)/,
    'emergency',
    { hotline: '120' },
  ),
  term('大出血', /流了一地红的/, 'emergency', { hotline: '120', needsContext: /按不住|发抖|手/ }),
  term('有人受伤倒地', /(?:小哥|师傅|大爷|大妈|阿姨|大姐|骑手)[^,。!?;]{0,12}(?:一动不动|倒在地上不动)/, 'emergency', {
    hotline: '120',
  }),
  term('中毒', /喝了[^,。!?;]{0,6}(?:除草|杀虫|百草枯|敌敌畏)/, 'emergency', { hotline: '120' }),
  term('急症', /拍(?:地板|墙|门)拍了很久[^。!?;]{0,10}(?:停了|没动静)/, 'emergency', { hotline: '120' }),
  term('有人坠落', /头(?:先)?着地/, 'emergency', { hotline: '120', needsContext: /摔|掉|下来|不认识|叫不醒|不动/ }),
]
