/**
 * Traditional → simplified for the characters common in place names, addresses and citizens' questions, one
 * character for one so that spans found in the converted text are spans of the original. Citizens from Hong
 * Kong, Macao, Taiwan and abroad write 朝陽區 for 朝阳区 and 居住證怎麼辦理; the gazetteer and the knowledge
 * base are simplified. Characters whose simplified form depends on the word (乾, 著, 藉) are left alone.
 */
const PAIRS =
  '區区縣县鎮镇鄉乡東东門门園园莊庄陽阳臺台灣湾龍龙橋桥廣广豐丰順顺興兴懷怀雲云關关華华國国長长義义寧宁溝沟樓楼' +
  '嶺岭營营來来劉刘陳陈張张鄭郑趙赵黃黄馬马臨临農农場场館馆廠厂衛卫號号單单層层裡里裏里歷历紅红綠绿藍蓝濱滨漢汉' +
  '滬沪閩闽蘇苏蘭兰遼辽貴贵陝陕瀋沈連连開开發发濟济贛赣魯鲁粵粤瓊琼隴陇鳳凤雞鸡鳥鸟魚鱼亞亚會会體体醫医學学電电' +
  '車车線线鐵铁遠远達达運运環环島岛嶼屿灘滩澤泽潤润滿满漁渔壩坝壇坛壽寿萬万倉仓廟庙觀观書书齋斋風风飛飞馮冯處处' +
  '辦办務务員员勞劳動动愛爱無无產产業业將将軍军記记陸陆際际隊队陰阴險险雙双頭头題题類类驛驿鹽盐麥麦齊齐龐庞廬庐' +
  '樹树橫横權权溫温湯汤潔洁濤涛爐炉獅狮瑤瑶畫画當当盧卢監监盤盘礦矿禮礼禪禅窯窑築筑糧粮紀纪紡纺經经絲丝維维綿绵' +
  '總总織织羅罗聖圣聯联職职舊旧莊庄萊莱蔣蒋薊蓟藝艺藥药蘆芦蝦虾術术補补裝装覽览設设許许話话請请諸诸證证護护貝贝' +
  '財财貨货貿贸賀贺資资賓宾賢贤質质購购跡迹軒轩輝辉輪轮轉转邊边郵邮鄧邓鄒邹釣钓銀银銅铜鋼钢錦锦鍾钟鐘钟閣阁閘闸' +
  '閔闵陝陕隱隐靈灵韓韩頂顶領领顧顾騰腾鴻鸿鵬鹏鶴鹤鷹鹰麗丽黨党寶宝實实對对導导屬属岡冈峽峡崗岗嶽岳巖岩師师帶带' +
  '幫帮廈厦彎弯徑径從从復复恆恒慶庆應应戶户據据數数時时晉晋暉晖曉晓條条楊杨楓枫極极榮荣構构樂乐標标機机檢检' +
  '歐欧決决沒没減减測测湧涌準准滯滞漲涨潛潜澗涧濕湿災灾烏乌煙烟熱热燈灯爭争牆墙狀状獎奖獨独現现瑪玛畝亩畢毕異异' +
  '盜盗眾众碼码確确種种積积穀谷窮穷筆笔節节範范籃篮簽签級级細细組组給给統统絕绝網网緊紧緣缘編编績绩罰罚習习聞闻' +
  '聲声聽听腳脚膠胶與与葉叶蓋盖蔭荫蕭萧虛虚蟲虫衝冲製制複复視视親亲計计訂订認认議议評评詞词該该詳详誤误課课' +
  '談谈論论講讲識识變变讀读豬猪負负責责費费貼贴賠赔賽赛躍跃軟软較较載载輕轻這这遊游過过違违選选遺遗釋释鋪铺錄录' +
  '錢钱錯错鏡镜閃闪閉闭閒闲間间閱阅陣阵階阶隨随雖虽雜杂霧雾靜静響响項项須须預预頻频顯显養养餘余驚惊鮮鲜鳴鸣點点' +
  '齡龄擾扰亂乱後后壞坏檯台髒脏礙碍聯联鄰邻舉举報报諮咨詢询訴诉構构築筑' +
  '麼么麽么兒儿們们個个為为說说問问還还讓让嗎吗訊讯歲岁孫孙稅税繳缴貸贷銷销價价賣卖買买換换滅灭擊击凍冻壓压傳传' +
  '億亿僅仅勢势協协參参嚴严圖图團团壯壮婦妇寫写專专屆届廳厅強强彙汇態态戰战擔担擁拥攜携斷断於于氣气淨净燒烧' +
  '獲获盡尽礎础稱称穩稳競竞簡简糾纠紙纸終终結结緩缓縮缩繼继續续聰聪腦脑臉脸艱艰蘋苹規规覺觉託托訪访試试語语' +
  '誰谁調调謝谢貓猫賴赖趕赶軌轨輔辅輸输辭辞週周進进遲迟遷迁適适醜丑鍵键隻只離离難难頁页願愿顏颜飯饭飲饮驗验' +
  '鬧闹麵面齒齿龜龟歸归殘残權权頒颁費费險险驟骤奮奋擴扩積积檔档啟启閱阅懲惩審审屬属戲戏鬥斗髮发'

const TABLE = new Map<string, string>()
for (let i = 0; i + 1 < PAIRS.length; i += 2) TABLE.set(PAIRS[i]!, PAIRS[i + 1]!)
const TRADITIONAL = new RegExp(`[${[...TABLE.keys()].join('')}]`, 'gu')

/** The text with traditional characters replaced; same length, so offsets carry over. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => TABLE.get(c) ?? c)
}
