"""Ordinary words and contexts in which a risky-looking term is not a claim.

A hit is dropped when one of these covers its whole span (so 第一 inside 第一次 is dropped, but 全网第一
next to 第一次 is not: 第一次 does not cover 全网第一). Rules are generic (an ordinal 第N followed by a
measure word; 最好 used as "had better"), not lists of sentences. Texts and words here are already
normalised (simplified, lower case, no spaces). Entries' own ``exemptions`` are handled by the matcher.

Compiled once at import; the functions are pure and thread-safe.
"""

from __future__ import annotations

import bisect
import re

from app.rules.safe_words_named import NAMED_CONTEXTS
from app.rules.safe_words_visits import VISIT_CONTEXTS

_NUM = "0-9一二三四五六七八九十两百"

# Plain words that contain a risky-looking piece but are everyday speech.
SAFE_WORDS = (
    "最近", "最初", "最终", "最起码", "最后面", "首先", "首次", "首页", "首单", "首付",
    "顶部", "顶端", "顶上", "极简", "极少数", "第一时间", "国家标准", "国家规定", "国家政策", "国家要求",
    "国家补贴", "国家法律", "国家法规", "根植", "唯一的缺点", "唯一的要求", "万一", "一流程",
    # Names of state organs and objective records: 最高人民法院 is no superlative claim.
    "最高人民法院", "最高人民检察院", "最高法院", "最高检察院", "最高法", "最高检", "最低工资", "最低生活保障",
    "最低气温", "最高气温", "最低温度", "最高温度", "最高限额", "最低限额", "中国第一汽车", "第一汽车集团",
    # Everyday words that sound like severe terms (the homophone pass would take them for them).
    "卫衣", "威信", "包裹", "转运中心", "转运站", "面包",
    # 微信 as a feature of the phone or watch on sale (支持微信双开, 手表能看微信消息), not an invitation to it.
    "微信双开", "微信分身", "微信多开", "微信消息", "微信通知", "微信提醒", "微信运动", "微信支付", "微信付款",
    # round 84: Cantonese 最尾 is 最后 ("the last": 今年最尾一批), no superlative.
    "最尾",
)

# Contexts, as regular expressions over the normalised text; the whole match is the covering span.
# Each comes with the literal that must occur for it to apply (its trigger): the matcher finds triggers in
# its single Aho-Corasick pass and runs a context's regex only around them, and only if there are hits.
SAFE_CONTEXTS: tuple[tuple[str, str], ...] = (
    # 第一次 / 第二步 / 第一个链接 / 第三天 / 第一位顾客: an ordinal, not a ranking (第一名 / 第一品牌 are).
    ("第", rf"第[{_NUM}]+(?:个|次|步|天|期|轮|波|批|排|页|集|场|单|份|层|季|站|节|章|题|点|条|种|组|号|项|句|段|遍|回"
     r"|趟|眼|部分|阶段|印象|感觉|反应|件|款|套|盒|瓶|张|周|年|月|讲|环节|口|届|任|卷|篇|部|台|座|艘|架|类|线|课|棒"
     r"|产业|分钟|秒|本|册|泡|杯|锅|茬|代|胎|针|剂|道|堂|幕|局|盘|圈|关|颗|粒|片|枚|只|双|对|根|支|拍|排"
     r"|家(?:门店|店|分店|工厂|实体店|直营店|专卖店)"
     r"|位(?:顾客|朋友|粉丝|宝|姐妹|家人|客人|观众))"),
    # Numbered institutions and titles: 第一人民医院, 市第二中学, 第一附属医院, 第一书记.
    ("第", rf"第[{_NUM}]+(?:人民|中心|附属|妇幼|中医|军医|职工|实验|师范)?(?:医院|法院|检察院|中学|小学|高中|初中|中专|幼儿园"
     r"|师范|书记|监狱|分局|派出所|分公司|车间|食堂|研究所|设计院)"),
    # A market or weather record (大盘跌到最低点, 金价创了今年最高点), not a claim about the goods.
    ("最", r"(?:大盘|股市|股价|指数|行情|金价|银价|油价|汇率|利率|房价|气温|温度)[^。！？!?]{0,8}?最(?:高|低)(?:点|位|值|纪录|水平)"),
    # round 80: 最进 typed for 最近 "lately" (最进很多人问这个颜色, 最进天气冷, 最进几天一直在补货). Round 83: 最进 is no
    # word of its own, so it reads 最近 before anything but the few words 进 starts (进口|进步|进化|进取|进攻|进球):
    # 最进天冷了, 最进有点忙, 最进新到了一批, 最进到货的这批, 是最进新出的款.
    ("最进", r"最进(?!口|步|化|取|攻|球|阶)"),
    # 最后 meaning "finally", not "last N minutes".
    ("最后", r"最后(?:给|再|来|说|讲|介绍|看|跟|我们|咱们|呢|的话|总结|一个链接|一个产品|一款产品|提醒|强调)"),
    # 最后两个链接 / 最后三个问题: the last items of the show's running order, not "only N left" (r127: with the
    # day before it too: 今天最后两个链接; and 还剩最后两个问题, but 只剩最后两件宝贝 is stock).
    ("最后", rf"(?:(?:今天|今晚)?就)?(?:今天|今晚)?最后[{_NUM}几]+(?:个|款|件|位|条|组|套)?(?:链接|产品|问题|颜色|款式|环节|步骤|宝贝|福利|名字|细节|要点|重点"
     r"|方面|部分|品|单品|商品|视频|节目|主播)"),
    ("最后", rf"(?:还剩|就剩|只剩|仅剩)最后[{_NUM}几]+(?:个|条|组)?(?:链接|问题|环节|步骤|要点|重点|细节|方面|话题|节目)"),
    # 最好 meaning "had better".
    ("最好", r"(?:你|您|大家|咱们|我们|姐妹们|宝们|家人们|朋友们)最好"),
    ("最好", r"最好(?:是|先|不要|别|还是|提前|尽快|早点|再|搭配|配合|趁|在|放|把|等|每天|每次|少吃|多喝|咨询|遵医嘱"
     r"|看一下|看一看|看下|看看|看清|量一下|问一下|问|对照|参考)"),
    # 最好去皮肤科看看 / 最好到医院查一下: "had better go and see a doctor" (not 最好去屑: 去 alone is no trigger).
    ("最好", r"最好(?:去|到|先去|还是去)(?:医院|看|查|问|找|做|咨询|检查|复查|门诊|急诊|就医|拍|挂号|[\u4e00-\u9fff]{1,2}科)"),
    ("最好", rf"最好(?:在)?[{_NUM}半几]+(?:个)?(?:天|小时|分钟|周|星期|个月|月)(?:内|之内|以内)?"),
    # An objective extreme of a size or spec (最大的码是XXL, 最小的尺寸), not a quality claim.
    ("最", r"最(?:大|小|高|低|长|短|宽|窄|重|轻|深|浅)(?:的)?(?:设计|额定|理论|标称|允许)?(?:码|号|车速|尺码|尺寸|规格|容量|长度|宽度|高度|深度|温度|功率"
     r"|承重|档(?!的(?:$|[\s，。！？,.!?、]|[茶面料货产品东西商布皮木材款酒米礼牌了啦哦喔呀哈嘛]|一款|那款))|重量|体积|面积|负载|转速|风速|电流|电压|水位|刻度|年龄|月龄|拉力|拉力值|载重|载荷|承载|风量|吸力|扭矩|马力"
     r"|压力|流量|扬程|射程|航程|续航|时速|速度|亮度|音量|分辨率|倍率|变焦|焦距|光圈|口径|频率|功耗|噪音|张力|推力|耐压|耐温"
     r"|工作温度|使用温度|输出|输入|带宽|存储|内存|帧率|刷新率|量程|精度|行程|坡度|跨度|开口"
     # r120 (F13): an instrument's range (最低音是D, 最大复音数六十四)
     r"|复音数|复音|发音数|音域|音区|音(?![质色效响]))"
     # r120: not when an unrivalled tag follows (最长续航，没有之一): the extreme is then ranked against everyone
     r"(?![^。！？!?]{0,4}?(?:没有之一|无人能及|无人能比|独一份|天花板|无可匹敌|无敌))"),
    # A specification value: 最高可达两千瓦, 最低能到零下十八度, 最多能坐七个人, 最大能装五斤 (an extreme of the
    # product's own range, with its number and unit), and the settings 最亮那档 / 最低的那一档.
    ("最", rf"最(?:高|低|大|小|长|短|多|少|快|慢|远|近|重|轻|亮|暗|冷|热|深|浅|宽|窄)(?:的时候)?"
     r"(?:能|可以|可|只能|也就|才|也|都|只有|也只有|只|要|需要|得)?(?:装|放|坐|载|容纳|承重|续航|跑|传输|支持|调|开|拉|升|降|加热|制冷|用|存|防水|耐压|耐温|承受|支撑|负重"
     r"|待机|工作|录|拍|播放|通话|充|煮|炖|烤|做"
     r"|[\u4e00-\u9fff]{1,2}?(?=到|达|至))?"
     rf"(?:到|达到|达|至|为|是)?(?:每(?:小时|分钟|秒钟?|天|次|周|月|年|平米|平方米?))?(?:零下|负|-)?[{_NUM}千万半几.]+"
     r"(?:单(?![\u4e00-\u9fff]{0,3}(?:没有之一|全网|第一))|度|℃|°|个小时|小时|分钟|秒|米|厘米|毫米|公里|千米|斤|公斤|千克|克|个人|人|千瓦|瓦|伏|档|层|年|天|个月|周|次"
     r"|毫升|升|英寸|寸|码|张|件|片|个|杯|碗|折|吨|毫安|流明|分贝|赫兹|转|帕|平米|平方|大卡|千卡|卡"
     # round 102 (F13): a screen's or lamp's light (亮度最高一千尼特) and the goods counted by their pack (最大能装6罐茶)
     r"|尼特|勒克斯|罐|盒|袋|包|瓶|箱|支|双|套|只|条|颗|粒|根|份|把|nits?|lux"
     # round 107 (F13): a pump's or tyre's pressure (最高能打到一百五十PSI, 最大打到十个大气压)
     r"|个大气压|大气压|千帕|兆帕|牛顿|牛|psi|kpa|mpa|bar"
     # round 110 (F13): Cantonese hours (最少要两个钟先砌得完)
     r"|个钟头|个钟|钟头"
     r"|mah|kg|km|cm|mm|lm|db|hz|gb|tb|m|w|v|g|l|%)"),
    # a setting of the item (最亮那档, 最低的那一档; round 102: Cantonese 最光嗰档, 最暗嗰个档位, 最猛的那个挡; not 最凉的那档, a claim in round 74)
    ("最", r"最(?:高|低|大|小|强|弱|亮|暗|光|快|慢|猛)(?:的|嘅)?(?:那一|那个|那|这一|这个|这|一|嗰个|嗰|𠮶个|𠮶|呢个|呢)?(?:档|挡)"
     # round 104: 最高档的茶叶 / 这面料是最高档的 is a quality grade, no setting
     r"(?:位(?!次)|(?!次|的(?:$|[\s，。！？,.!?、]|[茶面料货产品东西商布皮木材款酒米礼牌了啦哦喔呀哈嘛]|一款|那款)))"),
    # round 107 (F13): a place on the item (连体衣最上头那颗按扣, 最里头那层, 最底下的口袋): a position, no claim
    ("最", r"最(?:上|下|里|外|顶|底|左|右)(?:边|面|层|侧|方|端)(?!的(?:产品|品质|质量|工艺|水平|技术))|最(?:前|后)(?:头|边|面|排)"
     r"|最(?:上|下|里|外|顶|底)头(?=那|这|一|嗰|呢|的(?:那|这|一|扣|口袋|拉链|格|层))"),
    # One level or tier of the product itself (最矮的一档适合一米五的老人, 猫爬架最高的那层离地一米八): a part, no claim.
    ("最", r"最(?:高|低|矮|上|下|底|顶|外|里|宽|窄|长|短|厚|薄|松|紧|软|硬|粗|细|大|小)(?:的)?(?:那一|那个|那|这一|这个|这|一)?(?:档|挡|层|格|排|阶|圈|孔|节)"
     r"(?!次|面料|材料|品质|质量|工艺|享受|水平|配置|标准|规格|的(?:$|[\s，。！？,.!?、]|[茶面料货产品东西商布皮木材款酒米礼牌了啦哦喔呀哈嘛]|一款|那款))"),
    # round 110 (F13): the simplest way to check or use it (最简单的判断方法), the part most changed against one's own
    # last model (跟第一代比，这代夜视是改动最大的地方) and the smallest part of a toy (最细嘅零件得一粒米咁大): no ranking.
    ("最", r"最(?:简单|省事|直接|快捷)(?:的|嘅)(?:[\u4e00-\u9fff]{0,2}?)(?:方法|办法|方式|法子)"),
    ("最", r"(?:改动|变化|改变|升级|区别|差别|差异)最大(?:的|嘅)?(?:地方|一点|部分|是|就是|系)"),
    ("最", r"最(?:细|小|大|粗)(?:的|嘅)(?:零件|部件|配件|颗粒|小零件)"),
    # Advice on use, not a quality claim: 最好的保养就是定期打蜡, 最好的喝法是冰镇 (the best *way* to use it), and the
    # product's own peak (口感最好的是第二泡, 味道最好的时候是刚出锅) — 最好的面霜就是这款 stays a claim.
    ("最好", r"最(?:好|佳)的(?:[\u4e00-\u9fff]{0,2}?(?:法|方式|方法|办法)|方式|方法|办法|做法|保养|护理|养护|保存|储存|清洁|时机|时间|时候|季节|温度)"
     r"(?:就|应该|其实|还)?(?:是|就是|在)"),
    ("最", r"(?:口感|味道|风味|香气|滋味|口味)(?:会)?最(?:好|佳|棒|香|浓)(?:的)?(?:是第|就是第|是在|时候|时间|是刚|是冰|是热|是温|是常温)"),
    # 最佳 as a usage hint (《广告绝对化用语执法指南》: 最佳食用时间, 最佳冲泡水温), not a quality claim (最佳效果 is).
    ("最佳", r"最佳(?:的)?(?:赏味|食用|饮用|使用|冲泡|保存|储存|存放|佩戴|穿着|搭配|入口|开瓶|醒酒|服用)?"
     r"(?:时间|时机|时段|温度|水温|方法|方式|期限|期|比例|角度|位置|周期|季节)"),
    ("最佳", r"(?:后|以后|之后|冷藏|冰镇|醒酒|加热|泡开|煮开|放凉|温热|一下)[^。！？!?]{0,6}?(?:口感|风味|味道|香气)(?:会)?最佳"),
    # 包过两天 = "the bag, in two days", not 包过 (guaranteed to pass).
    ("包过", rf"包过(?:[{_NUM}几]+|一|半)(?:个)?(?:天|周|星期|礼拜|月|小时|钟头|分钟|阵|会)"),
    # A name given to a pet, a person or a shop (我们家那只橘猫叫招财, 那只叫旺财, 店名叫招财小吃): the name claims no
    # luck for the goods (招财进宝 after 叫 stays a claim; 招财猫 is the entry's own exemption).
    ("叫", r"(?:名字|名|小名|取名|起名|外号)?叫(?:做)?(?:招财|旺财|来福|来财|进宝|发财|旺旺|富贵)(?!进宝|纳福|转运|开运|貔貅|符|阵|局)"),
    ("取名", r"(?:取名|起名|命名)(?:为)?(?:招财|旺财|来福|来财|进宝|发财|富贵)(?!进宝|纳福|转运|开运|貔貅|符|阵|局)"),
    # A measured geographical fact (我们县里海拔最高的茶园), like 最低气温: no quality claim.
    ("最", r"海拔最(?:高|低)(?:的)?"),
    # An occasion or a way to use it (开业送礼最合适, 夏天冰镇着喝最合适) — 《广告绝对化用语执法指南》 treats such usage hints
    # (最佳食用时间) as no superlative claim; 敏感肌用最合适 (a suitability claim) stays one.
    ("最合适", r"(?:送礼|送人|送长辈|送父母|送爸妈|送老人|送朋友|送客户|送领导|送老师|送闺蜜|走亲戚|串门|探病|过年|过节|开业|乔迁"
     r"|春天|夏天|秋天|冬天|早上|早餐|中午|晚上|夜宵|睡前|饭后|下午茶|冰镇|冰着|加热|热着|温着|煮着|泡着|蘸着|拌着)"
     r"[^。！？!?，,；;]{0,6}?最合适"),
    # Energy saved pays the appliance back (一年省的电费两年回本): a household computation, not an investment promise.
    ("回本", r"(?:电费|油费|水费|燃气费|气费|煤气费|暖气费|取暖费|话费|省下来的钱|省下的钱|省的钱)(?:(?!加盟|投资|入股|代理|开店|理财)[^。！？!?；;]){0,10}?回本"),
    # A rate of output (快煮模式三十分钟一锅饭, 十五分钟一炉): 一锅 is no mishearing of 一过 (a countdown).
    ("分钟一", rf"[{_NUM}几半]+(?:个)?分钟一(?:锅|炉|盘|批|屉|笼|壶|份|碗|杯|桶|缸|轮)"),
    # 你们就放一百个心 / 放一万个心: the idiom "rest assured", not a quota of 一百个 places.
    ("个心", rf"(?:就|都|也|尽管|只管|请|可以|完全可以)?放[{_NUM}千万]+个心"),
    # 刷单这种事我们绝对不碰 / 我们绝对不会私下交易: 绝对 as the adverb of the seller refusing a misdeed, no claim about
    # the goods (绝对不反弹 / 绝对正品 are their own entries and stay claims).
    ("绝对", r"绝对(?:不会|不|没有|没|从不)(?:去|再|跟你|和你|给你)?(?:做|干|搞|碰|参与|接|沾|允许|支持|私下|骗|坑|忽悠|刷|代考|代写|押题|收红包|收钱|加微信|夸大|乱说|瞎说)"),
    # Grades of national standards and business tiers: 一级能效, 二级代理.
    ("级", rf"[{_NUM}]级(?:能效|水效|标准|资质|代理|经销|分销|会员|评分|保护|预警|响应|防水|风|台阶|页面|分类|菜单)"),
    # round 97: a face, edge or corner of the item itself (粉扑最大的那面拍粉底，最尖的角按鼻翼; 刮板最薄的那边): a part, no claim.
    ("最", r"最(?:大|小|尖|圆|平|宽|窄|长|短|厚|薄|软|硬|粗|细|钝|斜|扁|高|低|弯|直)(?:的(?:那一|那个|那|这一|这个|这|一)?|那一|那个|那|这一|这个|这)"
     r"(?:面|角|边|侧|端|一头|那头|尖儿|尖)(?!积|料|子|膜|霜|巾|具|部|条|粉|包|色|孔|前|板)"),
    # round 97: the item's own setting at its end stop (靠背放最平的时候能躺着睡, 风扇开到最大的时候也不吵, 调到最低的位置).
    ("最", r"(?:放|调|降|升|开|拉|推|倒|躺|打|折|摇|转|拧|掰)(?:到|至)?最(?:平|低|高|大|小|开|直|斜|底|紧|松|亮|暗|热|冷|强|弱|快|慢|长|短)"
     r"(?:的)?(?:时候|位置|角度|状态|程度|时)"),
    # round 97: where the item goes (防滑垫放卫生间最合适, 挂玄关最合适, 这盏灯摆床头最合适) — a usage hint like 送礼最合适.
    ("最合适", r"(?:放|铺|挂|贴|摆|装|搁|用)(?:在)?(?:卫生间|浴室|洗手间|厕所|厨房|客厅|卧室|阳台|玄关|门口|床头|床边|车里|车上|办公室|书房"
     r"|儿童房|淋浴间|浴缸边|桌上|桌面|沙发上|沙发边|户外|室内|窗边|窗台|墙上)(?:里|上|边|旁边)?[^。！？!?，,；;]{0,4}?最合适"),
    # round 126: a feed's or food's guaranteed analysis (粗蛋白最低百分之四十, 水分最高百分之十) and the label's minimum value (标最低值).
    ("最", r"(?:粗蛋白|粗脂肪|粗纤维|粗灰分|水分|蛋白质?|脂肪|钙|总磷|赖氨酸|牛磺酸)(?:含量)?(?:的)?最(?:低|高)(?:值)?(?:是|为|不低于|不超过)?"
     r"(?:百分之|[0-9]|零点)"),
    ("最", r"(?:标|标注|标的是|印的是|写的是)最(?:低|高)值"),
)
# Contexts kept in their own modules: names and records (round 136); the speaker's temple visit (去雍和宫请过香,
# round 138: no rite on the goods).
SAFE_CONTEXTS = SAFE_CONTEXTS + NAMED_CONTEXTS + VISIT_CONTEXTS
CONTEXT_REGEXES = tuple(re.compile(rx) for _, rx in SAFE_CONTEXTS)
_BEFORE, _AFTER = 12, 16
# A 最 context (a spec value, a setting, a size) reads as a measure of the item only without an external scope just
# before it: 同价位里最亮，一千流明 / 全网容量最大，两万毫安 rank the goods against others, the figure backs the ranking.
_SPEC_CONTEXTS = frozenset(k for k, (trigger, _) in enumerate(SAFE_CONTEXTS) if trigger == "最")
_RANKED_SCOPE = re.compile(r"(?:全网|全行业|行业|业内|业界|市面上|市场上|同类|同行|同价位|同价格|同档次|同级别|同品类)[^。！？!?；;]{0,8}$")


def context_spans(text: str, triggers: list[tuple[int, int, tuple[int, ...]]]) -> list[tuple[int, int]]:
    """Spans of the safe contexts around their triggers ``(start, end, context numbers)`` in ``text``."""
    spans = []
    n = len(text)
    regexes = CONTEXT_REGEXES
    for start, end, numbers in triggers:
        lo = start - _BEFORE if start > _BEFORE else 0
        hi = end + _AFTER if end + _AFTER < n else n
        for k in numbers:
            regex = regexes[k]
            if regex.search(text, lo, hi) is not None:  # most windows hold no match: one cheap call for them
                if k in _SPEC_CONTEXTS:
                    spans.extend([m.span() for m in regex.finditer(text, lo, hi) if not (ranked(text, m.start()) or ranked_close(text, m.start()))])
                else:
                    spans.extend([m.span() for m in regex.finditer(text, lo, hi)])
    return spans


# round 108: an entry's exemption (最大的尺寸 of 最大) does not hold right after an outside scope: 全网最大的尺寸, 全国最小的型号.
_SCOPE_JUST_BEFORE = re.compile(r"(?:全网|全国|全平台|全世界|全球|全行业|市面上|市场上|同类|同价位|同级别|业内|行业)(?:里|中|内|上)?(?:都|是|的|就是)?$")


# round 120: nor with an unrivalled tag right after the spec (最长续航，没有之一; 最大吸力无人能及): ranked against everyone.
_UNRIVALLED_AFTER = re.compile(r"最[\u4e00-\u9fff]{1,4}?的?(?:没有之一|无人能及|无人能比|独一份|无可匹敌)")


def ranked_close(text: str, start: int) -> bool:
    """Does an outside scope (全网, 全国, 市面上 …) stand right before the 最 at ``start`` (no comma between), or an
    unrivalled tag (没有之一, 无人能及) right after its spec?"""
    return _SCOPE_JUST_BEFORE.search(text, max(0, start - 8), start) is not None or (
        _UNRIVALLED_AFTER.match(text, start) is not None)


def ranked(text: str, start: int) -> bool:
    """Does an external scope (全网, 同价位, 行业 …) stand just before the 最 at ``start``?"""
    return _RANKED_SCOPE.search(text, max(0, start - 12), start) is not None


_LONGEST = max(len(w) for w in SAFE_WORDS) + _BEFORE + _AFTER


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of ``spans`` (sorted) cover ``[start, end)``? Only spans starting near ``start`` can."""
    i = bisect.bisect_right(spans, (start, 1 << 62))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if a < start - _LONGEST:
            return False
        if b >= end:
            return True
    return False
