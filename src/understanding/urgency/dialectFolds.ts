/**
 * Folds that let the Mandarin lexicon read what citizens actually type: homophone slips of pinyin input, and
 * the dialect words of Cantonese, Minnan, Hakka, Wu, Hunanese and others written as spoken. Runs on
 * normalized text (simplified characters), so keys are in their normalized form.
 */
/**
 * Homophone slips of pinyin input in the words that carry an emergency (着活 for 着火, 泄楼 for 泄漏):
 * a typo must not hide a fire. Only pairs whose typo is not itself a word or part of one (晕到 is in
 * "头晕到想吐", 抽蓄 is pumped storage, 就命 is in 就命令).
 */
const TYPOS: Record<string, string> = {
  着活: '着火',
  着伙: '着火',
  失伙: '失火',
  火宅: '火灾',
  泄楼: '泄漏',
  泄陋: '泄漏',
  煤汽: '煤气',
  燃汽: '燃气',
  救名: '救命',
  流雪: '流血',
  起活了: '起火了',
  呼西: '呼吸',
  快赖: '快来',
  冲电: '充电',
  橇: '撬',
  // Cantonese written as spoken (佢 他, 唔 不, 咗 了, 喺 在, 嚟 来, 跌低 摔倒): the lexicon is Mandarin.
  佢: '他',
  唔: '不',
  咗: '了',
  喺: '在',
  嚟: '来',
  跌低: '摔倒',
  // Shanghainese (里向 里面, 交关 很) and pinyin left in the text (zhao火 着火).
  里向: '里面',
  交关: '很',
  zhao火: '着火',
  就命啊: '救命啊',
  招火: '着火',
  屋头: '屋里',
  // Shanghainese 里厢 and 老多, Hunanese 哒 and 伢子, Cantonese and Hakka 冇 (没).
  里厢: '里面',
  老多: '很多',
  掉哒: '掉了',
  伢子: '孩子',
  冇得: '没有',
  冇: '没',
  // Hakka 𠊎 (我), 毋 (不), 下背 (下面); Wu 勿 (不); a slip, 焦胡 for 焦糊.
  𠊎: '我',
  毋: '不',
  下背: '下面',
  崩下来: '塌下来',
  勿: '不',
  焦胡: '焦糊',
  // Cantonese 细路 (小孩).
  细路: '小孩',
  // Rounds 29 and 30. Cantonese: 揸住 (拿着), 追住 (追着), 斩人 (砍人), 隔篱 (隔壁), 啲 (的), 门罅 (门缝),
  // 燶 (焦糊; 㶶 once normalised), 入面 (里面), 头先 (刚才), 成个人 (整个人), 唔识应 (不应), 叫极都 (怎么叫都), 琴日/寻日
  // (昨天), 哋 (们), 后生仔 (年轻人), 行唔到路 (走不了路). Minnan: 内底 (里面), 囡仔 (小孩), 入不去
  // (进不去), 隔壁厝 (隔壁家), 足大 (很大), 阁有 (还有), 伫 (在), 规身躯 (全身), 喙 (嘴), 拍农药 (打农药).
  // Wu: 止不牢 (止不住), 阿拉姆妈 (我妈).
  揸住: '拿着',
  追住: '追着',
  斩人: '砍人',
  人斩: '人砍',
  隔篱: '隔壁',
  啲: '的',
  门罅: '门缝',
  㶶: '焦糊',
  入面: '里面',
  头先: '刚才',
  成个人: '整个人',
  唔识应: '不应',
  叫极都: '怎么叫都',
  琴日: '昨天',
  寻日: '昨天',
  㖊日: '昨天',
  哋: '们',
  后生仔: '年轻人',
  行唔到路: '走不了路',
  内底: '里面',
  囡仔: '小孩',
  入不去: '进不去',
  隔壁厝: '隔壁家',
  足大: '很大',
  阁有: '还有',
  伫: '在',
  规身躯: '全身',
  喙: '嘴',
  拍农药: '打农药',
  止不牢: '止不住',
  阿拉姆妈: '我妈',
  // Rounds 31 and 32. Wu: 趴勒 (趴在), 台子浪 (桌上), 喊伊/叫伊 (喊他/叫他), 嘴巴歪脱 (嘴歪). Cantonese and
  // Hakka: 冧 (倒), 压住 (压着), 推唔郁 (推不动), 食了/食农药 (吃了/喝农药), 细人仔 (小孩), 跌落 (掉进),
  // 唔会喘气 (不会喘气). Henan: 搁里头 (在里面); 里头 is 里面 everywhere. A slip: 报上车 (抱上车).
  趴勒: '趴在',
  台子浪: '桌上',
  喊伊: '喊他',
  叫伊: '叫他',
  嘴巴歪脱: '嘴歪',
  冧: '倒',
  压住: '压着',
  推唔郁: '推不动',
  食了: '吃了',
  食农药: '喝农药',
  细人仔: '小孩',
  跌落: '掉进',
  唔会喘气: '不会喘气',
  搁里头: '在里面',
  里头: '里面',
  报上车: '抱上车',
  // Rounds 33 and 34. Minnan: 咧冒 (在冒), 咧喝 (在喊), 敢若 (好像), 拍袂开 (打不开), 予水冲去 (被水冲走),
  // 揣无人 (找不到人). Shaanxi: 天黑咧 (天黑了).
  咧冒: '在冒',
  咧喝: '在喊',
  敢若: '好像',
  拍袂开: '打不开',
  予水冲去: '被水冲走',
  揣无人: '找不到人',
  天黑咧: '天黑了',
  // Cantonese 推跌 (推倒), 起唔到身 (起不来), 跟住 (跟着).
  推跌: '推倒',
  起唔到身: '起不来',
  跟住: '跟着',
  // Minnan 啉 (喝), 叫袂醒 (叫不醒), 拢是 (都是).
  啉: '喝',
  叫袂醒: '叫不醒',
  拢是: '都是',
  // Cantonese 成块面 (整张脸), 都系 (都是); Hakka 细妹仔 (小女孩), 寻毋到 (找不到).
  成块面: '整张脸',
  都系: '都是',
  细妹仔: '小女孩',
  寻毋到: '找不到',
  // Round 35. Minnan: 拄仔 (刚才), 倒落来 (倒下来), 下底 (下面), 咧喊 (在喊), 愈来愈 (越来越). Cantonese: 条友
  // (个男的), 匿喺 (躲在), 后尾 (后面).
  拄仔: '刚才',
  倒落来: '倒下来',
  下底: '下面',
  咧喊: '在喊',
  愈来愈: '越来越',
  条友: '个男的',
  匿喺: '躲在',
  后尾: '后面',
  // Hakka 鲠到 (卡住).
  鲠到: '卡住',
  // Rounds 37 and 38. Hakka: 唔识个 (不认识的), 今晡 (今天), 唔曾转来 (没有回来). Wu: 坐勒 (坐在), 沙发浪向
  // (沙发上), 伊勿 (他不), 面孔发紫 (脸色发紫), 老响 (很响). Cantonese: 软晒 (软了), 个身好滚 (身上滚烫), 讲嘢
  // (说话), 大肚婆 (孕妇), 俾 (被). Minnan: 跋落去 (掉下去), 水圳 (水沟).
  唔识个: '不认识的',
  今晡: '今天',
  唔曾转来: '没有回来',
  坐勒: '坐在',
  沙发浪向: '沙发上',
  伊勿: '他不',
  面孔发紫: '脸色发紫',
  老响: '很响',
  软晒: '软了',
  个身好滚: '身上滚烫',
  讲嘢: '说话',
  大肚婆: '孕妇',
  俾: '被',
  跋落去: '掉下去',
  水圳: '水沟',
  // Rounds 39 and 40. Cantonese 企喺 (站在); Wu 讲闲话 (说话), 讲勿清爽 (说不清楚), 面孔 (脸), 歪脱 (歪了),
  // 拿勿牢 (拿不住); Minnan 乌烟 (黑烟), 碰一声 (砰一声), 真济人 (很多人).
  企喺: '站在',
  讲闲话: '说话',
  讲勿清爽: '说不清楚',
  面孔: '脸',
  歪脱: '歪了',
  拿勿牢: '拿不住',
  乌烟: '黑烟',
  碰一声: '砰一声',
  真济人: '很多人',
  // Rounds 41 and 42. Cantonese 攻上来 (往上冲), 棍仔 (棍子), 滚油 (热油), 泼落 (泼到); Hunanese 冲起走 (冲走),
  // 遭水冲 (被水冲), 怀起 (怀孕); Wu 锁牢 (锁住), 敲勿开 (敲不开); pinyin tang在 (躺在).
  攻上来: '往上冲',
  棍仔: '棍子',
  泼落: '泼到',
  冲起走: '冲走',
  遭水冲: '被水冲',
  遭水冲起走: '被水冲走',
  怀起: '怀孕',
  锁牢: '锁住',
  敲勿开: '敲不开',
  tang在: '躺在',
  // Rounds 43 and 44. Minnan 矣 (了: "火著起來矣"), 暗暝 (晚上), 睏袂去 (睡不着).
  矣: '了',
  暗暝: '晚上',
  睏袂去: '睡不着',
  倒落去: '倒下去',
  灶跤: '厨房',
  拢无应: '都没反应',
  // Sichuanese 水头 (水里), in "掉到水头去了" only: 水头 is also a water source.
  水头去: '水里去',
  河头去: '河里去',
  // Rounds 45 and 46. Cantonese 冚住 (盖住), 净系 (只), 唔好打 (别打); Wu 浪向 (上); Hunanese 倒哒 (倒了).
  冚住: '盖住',
  净系: '只',
  唔好打: '别打',
  浪向: '上',
  倒哒: '倒了',
  塌咧: '塌了',
  // Rounds 47 and 48. Minnan 跌落来 (摔下来), 拢无 (都没), 歪去 (歪了), 攑袂起来 (抬不起来), 规个人 (整个人),
  // 听无 (听不清), 足重 (很重); Hunanese 喘不赢 (喘不上), 叮哒 (叮了); Hakka 肚屎 (肚子).
  跌落来: '摔下来',
  拢无: '都没',
  歪去: '歪了',
  攑袂起来: '抬不起来',
  规个人: '整个人',
  听无: '听不清',
  足重: '很重',
  喘不赢: '喘不上',
  叮哒: '叮了',
  肚屎: '肚子',
  // Rounds 49 and 50. Cantonese 好劲 (很重), 哽住 (噎住), 块面 (脸); Wu 勿响 (没声音).
  味好劲: '味很重',
  哽住: '噎住',
  块面: '脸',
  勿响: '没声音',
  // Rounds 51 and 52. Minnan 足乌 (很黑); Wu 老重个 (很重); Hakka 滚水 (开水).
  足乌: '很黑',
  老重个: '很重',
  // Rounds 53 and 54. Hakka 分电着 (被电到), 而今 (现在), 无应 (没反应); Wu 身浪 (身上), 搭牢 (搭着).
  分电着: '被电到',
  而今: '现在',
  无应: '没反应',
  身浪: '身上',
  搭牢: '搭着',
  唔郁: '不动',
}
// Longest first: a phrase fold (唔识应) must win over the single character inside it (唔).
const TYPO_RE = new RegExp(
  Object.keys(TYPOS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
)
const HAS_TYPO = new RegExp(TYPO_RE.source)

/** `text` with every slip and dialect word replaced by its Mandarin form, longest match first. */
export function foldDialect(text: string): string {
  return HAS_TYPO.test(text) ? text.replace(TYPO_RE, (t) => TYPOS[t] ?? t) : text
}
