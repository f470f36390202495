"""Context scopes, part 2: a term mentioned in a context that makes it no claim — comparison inside one's own shop
(2023 执法指南), picking one of the item's own variants, a disease named in a caution, a sourced time-limited ranking,
a platform named as a data source, a channel named without sending anyone there, an object disclaimed right after
it, a past event told as such, a numbered edition. ``scopes.not_a_claim`` calls these per category.
Pure functions over module-level compiled regexes: thread-safe."""

from __future__ import annotations

import re

from app.rules import scopes_advice
from app.rules.scopes_text import _BOUNDARY, _REACH, _after, _before, _rev, _sentence

# -- 2. internal comparison --------------------------------------------------------------------------

COMPARISON_CATEGORIES = frozenset({"绝对化用语", "价格违规"})
_NUM = "一二两俩三四五六七八九十几0-9"
_CLASSIFIER = "个款种件套色样支瓶盒组位只双条类张台把块辆幅副顶盏架"
_SET_NOUN = "颜色|色号|配色|款式|款|链接|尺码|码|口味|味道|规格|套餐|型号|系列|产品|宝贝|单品|商品|东西|衣服|面料|香型"
_SHOP = "我们店铺|我们店|我哋店|我哋|咱们店|咱们家|我们家|我家|咱家|自家|本店|店铺|店内|店里|全店|小店|本直播间|直播间里|我们直播间|咱们直播间|咱直播间"
# A time the shop's own record covers may stand between (我们直播间这个月卖得最多的, 我们家这一季度销量最高的).
_FILL = (
    "卖得|卖的|销量|人气|口碑|价格|价位|价钱|现在|目前|今天|今年|一直|里面|当中|之中|里|中|的话|呢|啊|"
    "尺寸|尺码|个头|容量|功率|重量|分量|屏幕|体积|续航|排量|"  # 我们店里尺寸最大的一款: a spec picks the item
    "这个月|本月|这周|本周|这个星期|这星期|这一季度|这个季度|本季度|这一周|上个月|上周|今晚|这场|本场|这几天|这段时间|今年以来|这一年|今个月|呢个月|今个星期|今日|今晚"  # Cantonese: 我哋店今个月卖得最多嘅
)
_LOC = "里面|当中|之中|里|中"
# Read backwards from the superlative: fill words, then a set of one's own goods (这三个色号里, 这几款, 几款里,
# 今天上的几款里, 系列里, 其中) or the shop (店里, 我们家 …).
_NOUN_REV, _LOC_REV = _rev(_SET_NOUN), _rev(_LOC)
_SCOPE_REV = re.compile(
    rf"(?:{_rev(_FILL)}){{0,3}}(?:(?P<set>"
    rf"(?:{_LOC_REV})?(?:{_NOUN_REV})?[{_CLASSIFIER}]?(?:[{_NUM}]+|些)(?:这|那)"
    rf"|(?:{_LOC_REV})?(?:{_NOUN_REV})?(?:[{_CLASSIFIER}][{_NUM}]+)?的(?:上|播|卖|讲|推)(?:天今|晚今|场这|场本)"
    rf"|(?:{_LOC_REV})(?:{_NOUN_REV})?[{_CLASSIFIER}][{_NUM}]+"
    rf"|(?:{_LOC_REV})[^是的]{{1,4}}?[{_CLASSIFIER}](?:[{_NUM}]+|些)(?:这|那)?"
    rf"|(?:{_LOC_REV})[^是的]{{0,4}}?[套组盒箱批](?:这|那)"
    rf"|(?:{_LOC_REV})(?:{_NOUN_REV})"
    rf"|中其)|(?P<shop>{_rev(_SHOP)}))"
)
# The set, then the item as subject: 这几个链接里，三号链接最划算 / 同一个系列里面这款精华的质地最清爽.
_INSET_REV = re.compile(
    rf"[^是]{{1,8}}?(?:{_LOC_REV})(?:(?:{_NOUN_REV})[{_CLASSIFIER}]?(?:[{_NUM}]+|些)?(?:这|那)?|[{_CLASSIFIER}][{_NUM}]+(?:这|那)?"
    rf"|[^是的]{{1,4}}?[{_CLASSIFIER}](?:[{_NUM}]+|些)(?:这|那)?|中其)"
)
_BARE_SET = re.compile(rf"(?:这|那)(?:[{_NUM}]+|些)[{_CLASSIFIER}]?")  # 这几个: may be brands
# A colour of the item right before 最 (燕麦色最百搭, 黑色是最显瘦的) — not 肤色/气色/出色/特色 ….
_COLOUR_REV = re.compile(
    rf"(?:{_rev('是|就是|的话|呢|啊|其实|真的|还是|更是|应该|算')}){{0,2}}号?色(?![肤脸气成特出角景音货本面神声绝好春夜姿起失逊润血物菜情])"
)
_SCOPE_CHARS = frozenset("里中这那其店家色天场间")
_EXTERNAL = re.compile(
    r"全网|全国|全球|全世界|世界|国内|国际|中国|亚洲|行业|同行|同类|同款|同价位|市面|市场|网上|所有|任何|天下|"
    r"史上|历史|有史以来|业内|业界|品牌|牌子|大牌|厂家|商家|平台|别的主播|其他主播|别家|其他家|外面|全平台|全抖音|全淘宝"
)


def internal_comparison(text: str, start: int, end: int, category: str, back: str | None = None) -> bool:
    """Is the superlative ``text[start:end]`` a comparison among the seller's own goods? See the module doc."""
    if category not in COMPARISON_CATEGORIES:
        return False
    surface = text[start:end]
    if "最" not in surface and "第一" not in surface:
        return False
    if back is None:
        back = _before(text, start)
    if _SCOPE_CHARS.isdisjoint(back):
        return False
    if category == "绝对化用语" and "色" in back and "最" in surface and _COLOUR_REV.match(back):
        return not _EXTERNAL.search(back[::-1] + surface)  # 燕麦色最百搭: one colour of the item against the others
    m = _SCOPE_REV.match(back)
    if not m:
        return bool(_INSET_REV.match(back)) and not _EXTERNAL.search(back[::-1] + surface)
    if _EXTERNAL.search(back[::-1] + surface):
        return False
    if m.group("set") and not _BARE_SET.fullmatch(m.group("set")[::-1]):
        return True
    # The shop, or a bare 这几个 (which may be brands): the superlative must pick an item out (最便宜的 …) — or, for
    # the shop's own sales, show where the figure is (我们直播间这个月卖得最多，右上角有销量).
    if surface.endswith(("的", "嘅")) or text[end : end + 1] in ("的", "嘅"):
        return True
    sales = "卖" in surface or "销" in surface or back[:1] in ("卖", "量") or back[:2] in ("得卖", "的卖")
    return bool(m.group("shop")) and sales and bool(_SHOWN_SOURCE.search(_after(text, end, 24)))


_SHOWN_SOURCE = re.compile(r"右上角|左上角|左下角|页面|后台|销量榜|有销量|显示|可查|能查|查得到|看得到|截图")


# 最便宜的是那个小号的 / 最贵的是礼盒装 / 最显白的是奶茶色: the superlative picks one size, pack or colour of the
# goods on sale — the set is the item's own variants, even unnamed. 最便宜的就是我们家 / 最好的是这款 stay claims.
_VARIANT_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,3}}?的?(?:就|应该|还是)?(?:是|要数|得数|当属)(?:那个|这个|那款|这款|那一款|这一款|那种|这种)?"
    rf"(?:(?:加大|特大|超大|大|中|小|迷你|均)号|[{_NUM}]+(?:号|码|寸|毫升|升|克|斤|支装|片装|只装|个装)"
    r"|[\u4e00-\u9fff]{1,5}?(?:装|色|口味|味|码|规格|尺寸|尺码|版|款式|色号)"
    # round 68: a variant described, then 的那个 (最便宜的是透明的那个, 最贵的是带支架那款) — not the shop's own (我们的这款)
    r"|(?:(?![我咱们家店它])[\u4e00-\u9fff]){1,4}的?(?:那|这)(?:一)?(?:个|款|种|只|件|条|支|套|把|双|盒)"
    # round 80: a material or make + 款|型 (冬天最暖和的是羊毛款, 最轻的要数碳纤维款, 最耐用的是加厚型) — not our own
    r"|(?:(?![我咱们家店它这那本爆热神王])[\u4e00-\u9fff]){1,4}?(?:款|型)(?!之王|王|第一|no))"
)


def picked_variant(text: str, start: int, end: int, category: str) -> bool:
    """Does the superlative ``text[start:end]`` pick one of the item's own variants (最便宜的是小号的)?"""
    if category not in COMPARISON_CATEGORIES or "最" not in text[start:end]:
        return False
    if text.find("是", end, end + 6) != -1 or text.find("数", end, end + 6) != -1 or text.find("当属", end, end + 6) != -1:
        m = _VARIANT_AFTER.match(text, end)
        if m and not _EXTERNAL.search(_before(text, start)[::-1] + text[start : m.end()]):
            return True
    # round 74: the item's own set counted before, then 最X的那档 (三档风速然后最凉的那档适合夏天用) — not a quality word.
    m = _THAT_ONE.match(text, end)
    if not m or text[start : end + 1].split("最")[-1][:1] in _QUALITY:
        return False
    before = _before(text, start)[::-1]
    counted = text[m.end() - 1] in "档挡" or _COUNTED_SET.search(before)  # 那档 is always the item's own setting
    return bool(counted) and not _EXTERNAL.search(before + text[start : m.end()])


_THAT_ONE = re.compile(r"[\u4e00-\u9fff]{0,3}?的(?:那|这)(?:一)?(?:档|挡|个|款|种|只|件|色|号|码|级|段|杯|瓶|盒|支|套|根|条)")
_COUNTED_SET = re.compile(rf"[{_NUM}]+(?:个|种|款|档|挡|级|段|套)?(?:档|挡|档位|颜色|色|尺码|码|规格|口味|味|模式|风速|温度|色温|亮度|力度|挡位|型号|容量|款式)")
_QUALITY = frozenset("好佳优强棒牛顶火畅")


# -- 3. a disease named in a caution -----------------------------------------------------------------

_CLAIM_VERB_CHARS = frozenset("治疗愈缓解预防降抗消改善调理修复恢复效好康根除去止克星控稳")
_CAUTION = re.compile(
    r"(?:问|咨询|询问|遵|听从|遵从)(?:一下|问)?(?:医生|医嘱|大夫|专业医师)|遵医嘱|慎用|慎食|慎服|慎饮|禁用|禁食|禁服|忌用|忌食"
    r"|不宜|不建议|不适合|请勿|就医|去医院|看医生|医生指导|(?:按|听|照)(?:照)?医生|按医嘱|(?:得|要|需要|还是得|还得|该)(?:用药|吃药|开药|上药|去医院)"
    # 血压高的朋友这款酒就别拍了 / 糖尿病的朋友这个蛋糕就不要买了: told to keep off the product (not 别吃药: the object
    # must be the product, i.e. nothing or 这/那 follows the verb).
    r"|(?:别|不要|不能|千万别|千万不要|最好别|最好不要)(?:拍|买|下单|喝|吃|用|入手|碰|抢|囤)(?=了|这|那|哈|啊|呀|哦|噢|的|[，,。！!]|$)"
)
_SUITABLE = re.compile(r"(?<![不别])(?:能吃|能喝|能用)|可以吃|可以喝|可以用|放心|(?<!不)适合|都能|也能|专用|福音|首选|必备|推荐")
# A pattern hit whose own gap keeps the patient off the product (糖尿病人不适合吃这个): a caution, not a target group.
_AVOID_IN = re.compile(r"不适合|不宜|不建议|不能吃|不能喝|不能用|别吃|别喝|别用|不要吃|不要喝|不要用|慎用|慎食|禁用|禁食")


def caution(text: str, start: int, end: int, category: str) -> bool:
    """Is the disease name ``text[start:end]`` part of a caution (先问医生, 慎用) rather than a selling point?"""
    if category != "医疗用语" or not _CLAIM_VERB_CHARS.isdisjoint(text[start:end]):
        return False
    surface = text[start:end]
    avoid = _AVOID_IN.search(surface)
    if avoid and not _SUITABLE.search(surface, 0, avoid.start()):
        return True  # 糖尿病人不适合吃这个月饼
    window = _after(text, end)
    m = _CAUTION.search(window)
    # 不用去医院 / 别去医院了，用这个就行: refused care is the claim, not a caution.
    return bool(m) and not _SUITABLE.search(window, 0, m.start()) and not scopes_advice.care_refused(window, m.start())


# -- 4. a sourced, time-limited ranking ------------------------------------------------------------

# 《广告绝对化用语执法指南》(2023): a ranking limited in time and scope, with a named source, is an objective fact
# (据中国汽车工业协会统计，这款车型今年十月在国内紧凑型SUV里销量排名第一). An unnamed source (据权威机构统计) is not.
_RANKING_WORDS = ("第一", "冠军", "领先", "前三", "top", "no1")
_SOURCE = re.compile(r"(?:据|根据)(?P<src>[^。！？!?；;\n]{2,16}?)(?:的)?(?:统计|数据|报告|榜单|排名|显示|发布|调查|监测)")
_VAGUE_SOURCE = re.compile(r"权威|某|有关|相关|专家|业内|网友|我们|大家|不完全|机构$|部门$")
_TIME_LIMIT = re.compile(
    r"今年|去年|前年|[0-9零〇一二三四五六七八九]{3,4}年|[0-9一二三四五六七八九十]+月|季度|上半年|下半年|年度|双十一|双11|618"
    r"|期间|第[0-9一二三四五六七八九十]+周|上周|上个月|本月|当月"
)
_SENTENCE_REACH = 60


def sourced_ranking(text: str, start: int, end: int, category: str) -> bool:
    """Is the ranking ``text[start:end]`` stated with a named source and a time limit in its sentence?"""
    if category != "绝对化用语" or not any(w in text[start:end] for w in _RANKING_WORDS):
        return False
    before = text[max(0, start - _SENTENCE_REACH) : start]
    cut = _BOUNDARY.search(before[::-1])
    if cut:
        before = before[len(before) - cut.start():]
    m = _SOURCE.search(before)
    return bool(m) and not _VAGUE_SOURCE.search(m.group("src")) and bool(_TIME_LIMIT.search(before, m.start("src")))


# -- 5. a platform named as a data source ------------------------------------------------------------

# 根据京东今年六一八的销售数据 / 据天猫榜单: naming the platform whose data is quoted sends nobody there.
_SOURCE_WORDS = ("据", "来自", "参考", "按照")
_DATA_AFTER = re.compile(r"数据|榜单|统计|排名|排行|报告|显示|发布")


def platform_as_source(text: str, start: int, end: int, category: str) -> bool:
    """Is the platform name ``text[start:end]`` the source of quoted data rather than a place to go?"""
    if category != "导流私下交易" or not text[max(0, start - 2) : start].endswith(_SOURCE_WORDS):
        return False
    return bool(_DATA_AFTER.search(_after(text, end, 12)))


# -- 5b. a channel named without sending anyone there (导流私下交易) ------------------------------------

# 导流 means moving the deal off the platform (contact, payment or purchase elsewhere). Naming a channel is not that
# when the sentence only describes how the platform's own checkout is paid (微信支付和支付宝都能用, 支持支付宝花呗), gives
# shopping advice about another platform (去淘宝买东西要认准正品, 在京东买电器记得看自营), or quotes it as where one saw
# or read something (朋友圈看到有人晒, 微信公众号的文章说过). 加我微信, 去淘宝搜我们店, 支付宝转账给我, 看我朋友圈 stay
# diversions: an invitation, one's own shop or a transfer anywhere in the clause keeps the hit.
_CLAUSE_BOUNDARY = re.compile(r"[。！？!?；;:\n，,]")
_OFF_PLATFORM = re.compile(
    r"转账|转给|转我|打给我|打款|给我|私下|私聊|私信|加我|加主播|加一下|加个|加v|加微|找我|联系我|扫码|扫我|二维码|收款码|红包"
    r"|不走|绕过|绕开|避开|线下|面交|小号|个人号|同款|我们|咱们|我家|咱家|本店|店铺|店里|搜|领券|券|优惠|便宜|下单|拍|链接"
    r"|关注|进群|群里|主页|看我|翻我|点我|来我|到我|去我"
)
_PAYMENT_WORDS = re.compile(r"支付|付款|付钱|买单|结账|结算|花呗|分期|信用卡|云闪付|银行卡|都能用|都可以用|都支持|都行")
_ADVICE_WORDS = re.compile(r"认准|记得|注意|小心|当心|谨防|要看|得看|看清|看评价|看销量|看鉴定|看自营|别买|不要买|容易买到|买到假")
_SHOPPING_AFTER = re.compile(r"^(?:上|里|上面|里面)?(?:买|购物|网购|下单买)")
_HEARSAY = re.compile(r"^(?:里|上|里面|上面)?(?:的)?(?:看到|看见|刷到|有人|(?:好多|很多|不少|一堆)[\u4e00-\u9fff]{0,3}?(?:人|在|都)|都在|有个|的文章|文章|推送|发的|说)")
_INVITE_BEFORE = re.compile(r"(?:看|翻|关注|加|进|去|来|到|发|晒|转发|分享)(?:一下|下)?(?:我|我的|主播|主播的|咱|我们|我们的)?$")


def _clause(text: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and start - lo < _REACH and not _CLAUSE_BOUNDARY.match(text, lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _REACH and not _CLAUSE_BOUNDARY.match(text, hi):
        hi += 1
    return text[lo:hi]


def channel_described(text: str, start: int, end: int, category: str) -> bool:
    """Is the channel ``text[start:end]`` named as a means of paying on the platform, in shopping advice, or as
    the place one saw something — not as where to go and deal (see the comment above)?"""
    if category != "导流私下交易":
        return False
    clause = _clause(text, start, end)
    if _OFF_PLATFORM.search(clause):
        return False
    after = text[end : end + _REACH]
    if _PAYMENT_WORDS.search(clause):
        return True  # 微信支付和支付宝都能用
    if text[end - 1] == "买" or _SHOPPING_AFTER.match(after) or text.endswith(("去", "在", "上"), 0, start):
        if _ADVICE_WORDS.search(clause):
            return True  # 去淘宝买东西要认准正品
    return bool(_HEARSAY.match(after)) and not _INVITE_BEFORE.search(text[max(0, start - 6) : start])


# -- 5c. an object disclaimed right after it (迷信, 医疗用语) ---------------------------------------------

# 八卦镜只是装饰品，没有什么功效 / 这个护身符只是个纪念品 / 暖宫贴就是个发热贴: the seller says the object is only an
# ornament or an ordinary thing: nothing is claimed by naming it. A claim said later in the sentence (…但是挂门口
# 能挡煞) is its own hit and still fires.
_OBJECT_DISCLAIMED = re.compile(
    r"^[^。！？!?；;\n]{0,3}?(?:只是|就是|不过是|仅仅是|仅是|纯粹是|其实是|只能算|算是|主要是|是|当)(?:个|一个|一件|一种|普通的?)?(?:小|精致的?|漂亮的?)?"
    r"(?:装饰|摆件|摆设|工艺品|纪念品|饰品|礼品|玩具|小玩意|手工艺品|普通|文创|收藏品|艺术品|发热贴|暖贴|保暖|好看|造型|图案)"
    r"|^[^。！？!?；;\n]{0,8}?(?:没有什么|没什么|没啥|并没有什么|没有任何|没有特殊|没有特别)(?:功效|作用|功能|效果|寓意|说法|讲究|神奇)"
    r"|^[^。！？!?；;\n]{0,8}?好看而已"
    # 这个转运珠只是款式名 / 只是一个款式的名字: the word is the style's name, nothing is promised by it.
    r"|^[^。！？!?；;\n]{0,3}?(?:只是|就是|不过是|仅仅是|仅是|纯粹是|其实是)(?:个|一个)?(?:款式|造型|产品|商品|花型|品)?的?(?:名字|名称|叫法|称呼|名)(?:而已|罢了)?"
)
_DISCLAIM_CATEGORIES = frozenset({"迷信", "医疗用语"})


def object_disclaimed(text: str, start: int, end: int, category: str) -> bool:
    """Is the object ``text[start:end]`` said right after to be only an ornament (八卦镜只是装饰品)?"""
    return category in _DISCLAIM_CATEGORIES and bool(_OBJECT_DISCLAIMED.match(_after(text, end)))


# -- 5d. a past event told as such (虚假紧迫) ---------------------------------------------------------

# 这款去年冬天卖断货了，今年备货多 / 前三名的奖品已经发了: what happened at an earlier sale is a fact about it, not
# pressure to buy now. Anything that turns it into pressure now (这次也快没了, 赶紧, 还剩, 今天) keeps the hit.
_PAST_BEFORE = re.compile(r"去年|前年|上次|上回|上一次|上一场|上一期|之前|以前|上个月|上周|昨天|昨晚|前两天|前几天|当时|那时候|那会儿|那年")
_PAST_AFTER = re.compile(r"[^。！？!?；;\n]{0,6}?已经(?:发|公布|揭晓|送出|寄出|领|开奖|结束|抽)")
# (这次/今天 alone is no pressure: 上次卖断货了，这次备了很多.)
_PRESSURE_NOW = re.compile(r"不多|紧张|有限|马上|赶紧|抓紧|赶快|快|还剩|只剩|就剩|仅剩|最后|手慢|错过|抢|下单|拍|没了|不多了")

_TAKEN_AFTER = re.compile(
    r"[^。！？!?；;\n了别要会就快马怕免省再]{0,4}?(?:也|都)?(?:已经|刚刚|刚才|刚|早就|早)?(?:被|让)[^。！？!?；;\n要会就快]{0,10}?"
    r"(?:拍走|抢走|买走|订走|订掉|拍下|抢光|拿走|领走|带走|秒走|拍掉|抢掉|买掉)了?"
)
_PUSH_LATER = re.compile(r"还剩|只剩|就剩|仅剩|还有|赶紧|抓紧|赶快|快|手慢|错过|再不|犹豫|最后")


def past_event(text: str, start: int, end: int, category: str) -> bool:
    """Is the urgency hit ``text[start:end]`` a past event told as such (去年卖断货了, 前三名的奖品已经发了)?"""
    if category != "虚假紧迫":
        return False
    sentence, lo = _sentence(text, start, end)
    taken = _TAKEN_AFTER.match(text, end)
    if taken:  # round 81: the last one already taken (最后一件毛衣被刚才那位宝宝拍走了) — unless a push follows
        return not _PUSH_LATER.search(text, taken.end(), lo + len(sentence))
    before = sentence[max(0, start - lo - _REACH) : start - lo]
    if not (_PAST_BEFORE.search(before) or _PAST_AFTER.match(text, end)):
        return False
    return not _PRESSURE_NOW.search(sentence)


# 品牌方公布的是全球限量五千只，表背都有编号 / 每套都有编号和收藏证书: a numbered edition is a checkable fact about the
# goods (each piece carries its number), not invented scarcity — unless pressure to buy now is in the sentence
# (限量五千只，每只有编号，赶紧抢).
_NUMBERED = re.compile(r"编号|收藏证书|限量证书|证书编号|序列号|独立编码")


def numbered_edition(text: str, start: int, end: int, category: str) -> bool:
    """Is the limited quantity ``text[start:end]`` a numbered edition stated as a fact (see the comment above)?"""
    if category != "虚假紧迫" or text.find("限量", start, end) == -1:
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_NUMBERED.search(sentence)) and not _PRESSURE_NOW.search(sentence)


# -- 5e. batch 9's mention families: counted gifts, own listing, 唯一 (answers and refusals: scopes_answers) --

# 前一百单送杯子，剩余数量页面上实时显示: a first-N gift whose remaining count is shown to everyone is a real,
# checkable limit (the law forbids invented scarcity), unless the sentence presses to buy now (赶紧抢, 手慢无).
_COUNT_SHOWN = re.compile(
    r"(?:剩余|剩下|库存|名额|赠品|送完|发完|送出|发出|已送|领走|领了)[^。！？!?；;\n]{0,8}?(?:实时显示|实时更新|实时可查|以页面|以后台|(?:页面|公屏|屏幕|评论区)上?(?:可以|能|会)?(?:看到|显示|可见|公示)|公示|随时可查)"
    r"|(?:实时显示|实时更新|页面显示)[^。！？!?；;\n]{0,4}?(?:剩余|库存|名额|数量)"
)
_URGE = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|抢|错过|马上|快没|不多了|只剩|就剩|仅剩|最后|再不|犹豫|先到先得")
# round 99 (F10): the order the first N are counted by, kept and shown (后台按付款时间排, 以截图为准, 二十单一到我就喊停, 名单
# 一会儿打在公屏上) — a rule one can check, not pressure. Not a price kept only for them (才有这个价, 恢复原价).
_ORDER_KEPT = re.compile(
    r"按(?:照)?(?:后台|系统)?(?:的)?(?:付款|下单|拍下|评论|留言|提交|支付|订单)?(?:的)?(?:时间|顺序|先后)"
    r"|(?:以|按)(?:后台|系统|截图|付款时间|下单时间|订单时间|页面)[^。！？!?；;\n]{0,4}?为准|截图为准"
    r"|后台(?:的)?(?:名单|记录|排序|统计|截图)|后台[^。！？!?；;\n]{0,3}?(?:排|算|数着|记着|统计)"
    r"|(?:满|到|够)了?[^。！？!?；;\n]{0,4}?(?:就|即)(?:喊停|停|截止|结束|关)"
    r"|名单[^。！？!?；;\n]{0,8}?(?:公屏|屏幕|公布|打在|贴出|念|评论区|截图|截屏|晒|给大家看|发群里|发粉丝群)"
)
# round 102 (F10): a counter and where it shows, by cues in either order (计数就在屏幕左下角, 右上角有个数字在跳), and the quota
# reported filled (前三单已经有了，后面的正常发) — the count told, not pressure.
_COUNTER = re.compile(r"计数|计数器|数字|数量|名额|剩余|还剩|进度|已送|送出")
_SHOWN_AT = re.compile(r"屏幕|页面|公屏|评论区|[左右][上下]角|角上|小黄车|购物车")
_QUOTA_FILLED = re.compile(r"前[0-9一二三四五六七八九十两百]+(?:单|名|个|位)(?:已经|都|早就)(?:有了|满了|齐了|送完了|够了|有人了)")
# round 107 (F10): a small extra for the first N, the count restated as a plain fact (前三名下单的俺写张手写卡片…就这仨，别的没有)
_EXTRA_GIVEN = re.compile(r"送|赠|加送|塞|附|多给|写(?:张|一张|个)|签(?:个|张)?名")
_COUNT_RESTATED = re.compile(
    r"就(?:这|那|呢)(?:[一二三四五六七八九十两0-9]+(?:个|位|名|单)|仨|俩|几个|几位)|(?:别的|其他的?|多的|多了)(?:就|都|也)?(?:没有|冇)"
)
_PRICE_KEPT = re.compile(r"(?:才|只)有(?:这个|这)价|这个价(?:格)?只|只给|只限|仅限|恢复原价|原价")


def counted_offer(text: str, start: int, end: int, category: str) -> bool:
    """Is the first-N offer ``text[start:end]`` one whose remaining count or order is shown (see the comments above)?"""
    if category != "虚假紧迫" or text.find("前", start, end) == -1:
        return False
    sentence, _ = _sentence(text, start, end)
    if _URGE.search(sentence):
        return False
    if _COUNT_SHOWN.search(sentence) or (_COUNTER.search(sentence) and _SHOWN_AT.search(sentence)):
        return True
    kept = _ORDER_KEPT.search(sentence) or _QUOTA_FILLED.search(sentence)
    if not kept:
        text_on = text[start : start + 60]  # the restatement may follow in the next clause
        kept = _EXTRA_GIVEN.search(sentence) and _COUNT_RESTATED.search(text_on) and not _URGE.search(text_on)
    return bool(kept) and not _PRICE_KEPT.search(sentence)


# 在抖音商城搜我们的店铺名也能找到这个链接: the search leads back to this very listing — nobody is sent to deal
# elsewhere, unless a cheaper deal or a contact is offered there (那边更便宜, 加我).
_SAME_LISTING = re.compile(r"(?:也|都|一样|同样)(?:能|可以|会)?(?:找到|搜到|看到|刷到)(?:的是|的就是)?(?:这个|这条|同一个|同一条|本|我们这个|咱们这个)(?:链接|商品|宝贝|直播间)")
_DEAL_ELSEWHERE = re.compile(r"便宜|优惠|划算|折|减|送|私|加我|转账|找我|那边|那里")


def same_listing(text: str, start: int, end: int, category: str) -> bool:
    """Does the named channel only lead back to this listing (…搜我们的店铺名也能找到这个链接)?"""
    if category != "导流私下交易":
        return False
    sentence, lo = _sentence(text, start, end)
    m = _SAME_LISTING.search(sentence, end - lo)
    return bool(m) and not _DEAL_ELSEWHERE.search(sentence, end - lo)


# 这个金镯子是我们今天直播里唯一一款古法的，其他几款都是硬金 / 这几款里唯一一款带盖的: 唯一 scoped to one's own goods
# picks one item out of them (the Guideline's internal comparison, as 最 in :func:`internal_comparison`). An external
# scope (全网, 市面上, 国内 …) keeps the claim.
_OWN_SCOPE = re.compile(
    rf"(?:(?:{_SHOP}|直播间|直播|今天上的|今天的)(?:[^。！？!?；;\n是]{{0,6}}?(?:{_LOC})|(?:今天|现在|目前|这场|本场|这次)?)"
    rf"|(?:这|那)(?:[{_NUM}]+|些)[{_CLASSIFIER}批箱排]?(?:{_SET_NOUN})?(?:{_LOC})|其中)(?:的)?$"
)
_PICKED_ONE = re.compile(rf"(?:一)?[{_CLASSIFIER}][^。！？!?；;\n]{{0,8}}?的")


def internal_unique(text: str, start: int, end: int, category: str) -> bool:
    """Is 唯一 (``text[start:end]``) scoped to a set of one's own goods (这几款里唯一一款带盖的)?"""
    if category != "绝对化用语" or text.find("唯一", start, end) == -1:
        return False
    at = text.find("唯一", start, end)
    before = text[max(0, at - 12) : at]
    m = _OWN_SCOPE.search(before)
    if not m or _EXTERNAL.search(before + text[start:end]):
        return False
    return bool(_PICKED_ONE.match(text, at + 2)) or "其他" in _after(text, end, _REACH * 2)


# 奶粉这东西没有最好的，只有适合宝宝的 / 没有最好，只有最适合自己的: "there is no best, only what fits" denies the
# superlative (no claim is made about the goods).
_NO_BEST_BEFORE = ("没有", "没", "哪有", "不存在")
_ONLY_FIT_AFTER = re.compile(r"的?[^。！？!?；;\n]{0,3}?只有(?:最|更)?(?:适合|合适|合不合适|适不适合)")


def no_best_only_fit(text: str, start: int, end: int, category: str) -> bool:
    """Is the superlative ``text[start:end]`` denied as "没有最好的，只有适合的"?"""
    if category not in COMPARISON_CATEGORIES or text.find("最", start, end) == -1:
        return False
    return text.endswith(_NO_BEST_BEFORE, max(0, start - 3), start) and bool(_ONLY_FIT_AFTER.match(text, end))
