"""Context scopes, batch 22's false-alarm families: a spec read off the packaging, the room's own price record, seasonal
stock, a count shown without pressure, a 蓝帽子's approved function, a style name, another platform merely mentioned,
a brand-set price, a superlative within the shop's two or three items, an effect denied then advised against, an
effect asked and answered with its real cause, an A-not-A question cut by the hit.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round53_said`. Text is normalised (commas gone, ？ is ``?``,
spaces dropped; a speaker label's colon stays). Each family is gated by its category and a cheap character test.

1. **A spec read off the packaging** (:func:`label_spec`, 绝对化用语): 包装上写的是|标签上标着|说明书写的 … right before
   最高|最大|最多|最长 … and a figure with a unit within ten characters (包装上写的是最高能扛六级风, 说明书上写着最大承重
   一百五十公斤) — the maker's rating of one item, read out; never with an outside scope, a price or sales in reach.
2. **The room's own price record** (:func:`own_record`, 绝对化用语/价格违规): 我们|咱 + 直播间|店里|家 … + 上架|上新|卖|
   进|开 (过)? 的 right before a measure 最贵|最便宜|最大|最多 … (我们直播间今年上架的最贵的一只) — an internal comparison,
   not against other sellers; a quality (最有效, 最好用) stays a hit.
3. **Seasonal stock** (:func:`seasonal_stock`, 虚假紧迫): 卖完|售完|没了 … then 等明年|等来年|等下一季 followed by the
   season or the new harvest (这个季节, 春天, 新茶, 新蜜, 新米, 产季 …): 卖完就得等明年这个季节了 — or by nothing when the
   sentence names the crop (batch 23: 这批荔枝是今天早上摘的，卖完就要等明年了) — the crop's real cycle,
   said without a push (赶紧, 手慢, 抢, 错过, 最后 …) or an offer (价, 优惠, 活动: 要等明年这个时候才有这个价 stays a hit).
4. **A count shown without pressure** (:func:`calm_count`, 虚假紧迫): the count is read off the page (后台显示…, 页面上能
   看到) and the host says not to hurry (不催, 按需拍, 不着急, 慢慢挑) with no hard push in the sentence.
5. **A 蓝帽子's approved function** (:func:`health_function`, 医疗/功效): 保健功能是|批准功能是 right before the hit, the
   health food named (蓝帽子, 批准文号, 保健食品 …) and 不能代替药物 said in the sentence; never a cure (治 …).
6. **A style name** (:func:`style_name`, 迷信): the lucky word + 是|就是|只是 (个)? + 款式名|款名|名字|叫法|品名 (转运珠是款式
   名，就是一颗金珠子), and no effect promised after it (能转运, 带来好运 …). Round 81: or a motif — the lucky word heads a
   figure (猫, 娃娃, 元宝, 锦鲤 …) before a shape word (造型, 图案, 印花 …): 这个手链是招财猫造型的.
7. **Another platform merely mentioned** (:func:`platform_mentioned`, 导流私下交易): 淘宝|京东|拼多多 … (上)? + 也有(人|
   别家|商家)?(在)?卖 (淘宝上也有人卖这个款，我们不比价) — no way there is given (去|搜|私|加|链接|店铺|便宜 …).
8. **A brand-set price** (:func:`brand_price`, 价格违规): 品牌|厂家|官方 + 给的|定的|统一的 + 活动价|价格|控价 before the
   hit (这已经是品牌给的活动价了，我们没有更低的了) — no outside comparison or hype (全网, 最低, 骨折 …).
9. **A superlative within the shop's few items** (:func:`few_items`, 绝对化用语): the sentence says the shop has only two or
   three of them (我们店里就两款, 一共就三个颜色) — 最软的是硅胶头那款 picks one of its own, not a market ranking.
10. **An effect denied, then advised against** (:func:`advised_off`, 化妆品/功效/医疗): 想|要 + the effect + 的 + 别拍|不要拍|
    别买|拍错|不适合 … (没有美白功效，想美白的别拍错了) — telling buyers it does not do that.
11. **An effect asked and answered with its real cause** (:func:`real_cause`, 医疗/功效/化妆品): the effect + 主要看|主要靠|
    关键看|取决于 … + a cause that is no product (遗传, 睡眠, 作息, 运动, 饮食, 体质 …): 长高主要看遗传和睡眠 — unless the
    answer turns back (但, 不过, 所以 …).
12. **An A-not-A question cut by the hit** (:func:`split_question`, any effect): the hit starts with 不 inside 会不会|能不能|
    是不是 … (有人问这酒喝了会不会不上头), the question is reported (问 before, no 我说 between) or asked (? after), and
    the answer does not affirm (肯定, 当然, 放心, 保证, 绝对 …).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_answers import DECLINE
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import SENTENCE_END, _sentence, chars_search

_END = SENTENCE_END
_OUTSIDE = re.compile(r"全网|全国|全球|全平台|行业|业界|业内|公认|市面|史上|同类|同行|同价位|同级|世界|国内|别家|别人家|其他家")
_HARD_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快冲|手慢|手快|抢|错过|再不|犹豫|先到先得|最后|没机会|买不到")

# -- 1. a spec read off the packaging ---------------------------------------------------------------------------------------

_LABEL_SAYS = re.compile(
    r"(?:包装|包装盒|外包装|外箱|盒子|瓶身|标签|吊牌|铭牌|说明书|参数表|参数|规格表|合格证|检测报告)(?:上|里|上面|里面)?"
    r"(?:写的是|写着|写的|标的是|标着|标注的是|标注|印的是|印着|显示的是|显示)$"
)
_SPEC_AFTER = re.compile(rf"[^{_END}]{{0,10}}?{NUMBER_RX}个?(?:级|公斤|千克|斤|克|米|厘米|公分|毫米|度|小时|天|升|毫升|人|瓦|伏|档|层|倍|码|号)")
_SPEC_HEADS = ("最高", "最大", "最多", "最长", "最低", "最小", "最少", "最重", "最远", "最深")
_MONEY = re.compile(r"价|元|块|钱|折|便宜|优惠|销量|卖")


def label_spec(text: str, start: int, end: int) -> bool:
    """Is the superlative a rating read off the item's packaging (包装上写的是最高能扛六级风)?"""
    if not text.startswith(_SPEC_HEADS, start) or not _LABEL_SAYS.search(text, max(0, start - 10), start):
        return False
    m = _SPEC_AFTER.match(text, start + 2)
    return bool(m) and not _OUTSIDE.search(text, max(0, start - 14), m.end()) and not _MONEY.search(text, start, m.end())


# -- 2. the room's own price record ------------------------------------------------------------------------------------------

_OWN_RECORD = re.compile(
    r"(?:我们|咱们|咱|本|我)(?:家|店|店里|店铺|小店|直播间|橱窗)[^" + _END + r"]{0,6}?"
    r"(?:上架|上新|上过|卖|进|开|拍|出)(?:过|了)?的$"
)


# a measure of the record (最贵, 最大 …), not a quality (最有效, 最好用 stay hits whoever's shelf they top)
_RECORD_HEADS = ("最贵", "最便宜", "最低", "最高", "最大", "最小", "最重", "最轻", "最多", "最少", "最早", "最新", "最久", "最长")


# round 71: the shop named bare, no verb, the record then naming one item (这件是店里今年最贵的一件, 咱家目前最轻的一款)
_OWN_SHOP = re.compile(r"(?:我们|咱们|咱|本)?(?:店里|店铺|小店|店|直播间|橱窗)(?:里|里面)?[^" + _END + r"]{0,6}?$|(?:我们|咱们|咱|本)家[^" + _END + r"]{0,6}?$")
_OTHERS = re.compile(r"(?:他|她|你|别|其|隔壁|对面|人|哪)[家们]?$")
_ONE_ITEM = re.compile(r"的(?:一|那|这)?(?:件|款|个|只|双|套|条|台|瓶|盒|支|把|顶|块|张|位|批)|的(?:了|因为|是|[" + _END + r"]|$)")


# round 94: an outside scope the speaker declines (全网我真不知道，我只能说是咱自己直播间的最低) does not count
_OUTSIDE_DECLINED = re.compile(rf"(?:{_OUTSIDE.pattern})(?:的|价|价格)?[^{_END}]{{0,4}}?(?:{DECLINE})")
_RECORD_ENDS = re.compile(rf"(?:了|啦|哈|啊)?(?:[{_END}]|$)")


def own_record(text: str, start: int, end: int) -> bool:
    """Is the superlative the room's own record (我们直播间今年上架的最贵的一只)?"""
    if not text.startswith(_RECORD_HEADS, start):
        return False
    lo = max(0, start - 16)
    if not _OWN_RECORD.search(text, lo, start):
        m = _OWN_SHOP.search(text, max(0, start - 10), start)
        if not m or _OTHERS.search(text, max(0, m.start() - 3), m.start()):
            return False
        after = start + 2 + (text[start + 2 : start + 3] == "宜")
        # r94: 咱自己直播间的最低 — the record closing the sentence after the shop's 的
        if not (_ONE_ITEM.match(text, after) or (text[start - 1] == "的" and _RECORD_ENDS.match(text, after))):
            return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE.search(_OUTSIDE_DECLINED.sub("", sentence))


# -- 3. seasonal stock ---------------------------------------------------------------------------------------------------------

_SEASON_AFTER = re.compile(
    r"[^" + _END + r"]{0,4}?(?:这个季节|这个时候|这时候|季节|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|产季|采摘季|上市|新茶|新蜜|新米|"
    r"新果|新橙|新粮|新货|头茬|新一季|收成|开采)"
)


_SOLD_OUT_BEFORE = re.compile(r"(?:卖完|售完|卖光|抢完|卖没|没了|吃完)")  # the stock runs out, not 错过 (a deadline)
_OFFER = re.compile(r"价|优惠|福利|活动|折|赠")  # 要等明年这个时候才有这个价 is a price deadline
_BARE_END = re.compile(r"(?:了|啦|喽|咯|呢|哦|哈)*(?:[" + _END + r"]|$)")
_CROP = re.compile(
    r"摘|采|挖|捕|捞|产季|应季|当季|时令|果|茶|蜜|笋|蟹|枣|橙|柑|桔|橘|莓|瓜|桃|梨|杏|樱|葡萄|荔枝|龙眼|菌|菇|新米|稻"
    r"|榴莲|车厘子|柿|李子|枇杷|杨梅|山竹|菠萝|凤梨|柚|椰|香椿|板栗|栗子|核桃|玉米|红薯|秋收|春收"  # round 81: more produce
)


_RUN_OUT = re.compile(
    r"卖完|售完|卖光|抢完|卖没|没了|吃完|采完|摘完|收完|挖完|捞完|下市|落市|过季|过了季|过了这个?季|季节?一过|季节?过了|季结束"
)
_NO_CROP = re.compile(r"效果|结果|如果|果然|成果|后果|茶杯|茶具|茶壶|茶几")  # 效果好，卖完就得等明年 names no crop
_CROP_AFTER = re.compile(r"[^" + _END + r"]{0,3}?(?:[春夏秋冬新头雨早晚][茶蜜米果笋蟹收季天]|明前|雨前|开春|开采|采摘|丰收)")

# round 71: the next batch's real lead time, a short span (卖完下一批要等半个月, 卖光了下批得等三天才到) — real stock
_SHORT_WAIT = re.compile(
    rf"[^{_END}]{{0,3}}?(?:半个月|半月|个把月|一阵子?|几天|十来天|一段时间|{NUMBER_RX}(?:个)?(?:天|周|星期|礼拜|月|工作日))"
)


def seasonal_stock(text: str, start: int, end: int) -> bool:
    """Is waiting till next year the crop's real cycle (卖完就得等明年这个季节了, 过了季就得等明年)?"""
    sentence, lo = _sentence(text, start, end)
    if text.find("年", start, end) == -1 and text.find("季", start, end) == -1:
        if not _SOLD_OUT_BEFORE.search(text, max(0, start - 8), start):
            return False
        short = _SHORT_WAIT.match(text, end) and not text.startswith(("明", "今"), end)
        return bool(short) and not _HARD_PUSH.search(sentence) and not _OFFER.search(sentence)
    # round 81: the run-out or the season's end anywhere in the twelve characters before (过了季就得等明年, 摘完了再要
    # 就得等明年), then the season or a crop after (等明年春茶, 等明年秋收) or the crop named in the sentence
    if not _RUN_OUT.search(text, max(lo, start - 12), start):
        return False
    if not (_SEASON_AFTER.match(text, end) or _CROP_AFTER.match(text, end) or _CROP.search(_NO_CROP.sub("", sentence))):
        return False
    return not _HARD_PUSH.search(sentence) and not _OFFER.search(sentence)


# -- 4. a count shown without pressure -------------------------------------------------------------------------------------------

_SHOWN = re.compile(r"(?:后台|页面|屏幕|详情页|小黄车|购物车|库存条|链接)(?:上|里)?(?:也)?(?:显示|写着|标着|能看到|看得到|可以看到|都能看)")
_CALM = re.compile(r"不催|按需|不着急|不用急|别着急|不用抢|慢慢挑|慢慢选|理性消费|需要的再拍|需要再拍|看好了再拍")


def calm_count(text: str, start: int, end: int) -> bool:
    """Is the stock read off the page with no hurry (后台显示还剩四十六件，大家按需拍，不催)?"""
    sentence, _ = _sentence(text, start, end)
    return bool(_CALM.search(sentence) and _SHOWN.search(sentence)) and not _HARD_PUSH.search(sentence)


# -- 5. a 蓝帽子's approved function -----------------------------------------------------------------------------------------------

_FUNCTION_BEFORE = re.compile(r"(?:保健功能|批准功能|批准的功能|核准功能|功能)(?:是|为|就是|有)?(?:辅助|有助于)?$")
_HEALTH_FOOD = re.compile(r"蓝帽|批准文号|保健食品|食健|健字号")
_NO_DRUG = re.compile(r"不能代替药|不可代替药|不能替代药|不可替代药|不代替药")


def health_function(text: str, start: int, end: int) -> bool:
    """Is the hit the function a 蓝帽子 is approved for, said with 不能代替药物 (保健功能是增强免疫力)?"""
    if text.startswith(("治", "根治", "专治", "包治", "治愈", "痊愈", "防癌", "抗癌"), start):
        return False
    if not _FUNCTION_BEFORE.search(text, max(0, start - 8), start):
        return False
    window = text[max(0, start - 40) : end + 40]
    return bool(_HEALTH_FOOD.search(window) and _NO_DRUG.search(window))


# -- 6. a style name ----------------------------------------------------------------------------------------------------------------

_NAME_AFTER = re.compile(r"珠?(?:手串|手链|吊坠)?(?:是|就是|只是|其实是|其实就是)(?:个|一个|我们的|这款的)?(?:款式名|款名|款式的名字|名字|叫法|品名|商品名|俗称)")
_PROMISED = re.compile(r"(?:能|会|可以|保佑|带来|帮你|帮)(?:转运|招财|旺|好运|辟邪|挡|驱|发财)")


# round 81: or a motif — the lucky word heads the figure's name before a shape word (手链是招财猫造型的, 招财猫图案的存钱罐)
_MOTIF_AFTER = re.compile(
    r"(?:猫|娃娃|娃|童子|公仔|元宝|锦鲤|鲤鱼|珠|葫芦|福袋|小人)(?:的)?(?:造型|图案|样式|形状|外形|印花|花纹|卡通|图样|形象|款式|主题)"
)
_SHAPE_AFTER = re.compile(r"(?:的)?(?:造型|图案|样式|形状|外形|印花|花纹|卡通|图样|形象)")  # the hit ends on the figure: 转运珠造型


def style_name(text: str, start: int, end: int) -> bool:
    """Is the lucky word only the style's name (这个转运珠是款式名，就是一颗金珠子) or a motif (招财猫造型)?"""
    m = _NAME_AFTER.match(text, end) or _MOTIF_AFTER.match(text, end)
    if not m and text[end - 1] in "猫珠芦宝鲤":
        m = _SHAPE_AFTER.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return not _PROMISED.search(sentence, m.end() - lo)


# -- 7. another platform merely mentioned ----------------------------------------------------------------------------------------

_ALSO_SOLD = re.compile(r"(?:上|里|上面)?(?:也|都)?有(?:人|别家|商家|店|别的店|同款)?(?:在)?卖")
_WAY_THERE = re.compile(r"去|搜|私|加|链接|店铺|店名|便宜|更低|下单|找我|号|微信|联系")


def platform_mentioned(text: str, start: int, end: int) -> bool:
    """Is another platform only said to sell it too (淘宝上也有人卖这个款，我们不比价)?"""
    m = _ALSO_SOLD.match(text, end)
    if not m:
        return False
    sentence, _ = _sentence(text, start, end)
    return not _WAY_THERE.search(sentence)


# -- 8. a brand-set price ----------------------------------------------------------------------------------------------------------

_BRAND_SET = re.compile(
    r"(?:品牌方?|厂家|厂方|官方|总部|公司)(?:那边)?(?:给的|定的|统一定的|规定的|统一的|控的)(?:活动价|价格|价|控价|指导价|统一价)"
)
_PRICE_HYPE = re.compile(r"全网|最低|骨折|亏本|白送|血亏|赔本|跳楼|别家|其他直播间|史上|只有今天|仅此")


def brand_price(text: str, start: int, end: int) -> bool:
    """Is there no lower price because the brand set it (这已经是品牌给的活动价了，我们没有更低的了)?"""
    sentence, lo = _sentence(text, start, end)
    return bool(_BRAND_SET.search(sentence, 0, start - lo)) and not _PRICE_HYPE.search(sentence)


# -- 9. a superlative within the shop's few items ------------------------------------------------------------------------------------

_FEW_ITEMS = re.compile(
    r"(?:店里|我们店|咱们店|我们家|咱家|我们|咱们|这边|一共|总共)(?:也)?(?:就|只有|只|就只有|一共就|总共就)"
    r"(?:两|三|俩|仨|2|3)(?:款|个|种|样|个颜色|个色|个型号|个尺寸|个规格|色)"
)


def few_items(text: str, start: int, end: int) -> bool:
    """Is the superlative one of the shop's two or three items (最软的是硅胶头那款，我们店里就两款)?"""
    sentence, _ = _sentence(text, start, end)
    return bool(_FEW_ITEMS.search(sentence)) and not _OUTSIDE.search(sentence)


# -- 10. an effect denied, then advised against -------------------------------------------------------------------------------------

_ADVISED_OFF = re.compile(r"的(?:宝宝|宝|姐妹|朋友|家人|人)?(?:们)?(?:别|不要|千万别|不用|可别)(?:拍|买|下单|入|冲|抢)|的(?:宝宝|姐妹|朋友|人)?(?:们)?(?:别)?(?:拍错|买错)|的(?:宝宝|姐妹|朋友|人)?(?:们)?不适合")


def advised_off(text: str, start: int, end: int) -> bool:
    """Is the effect one buyers are told this item is not for (想美白的别拍错了)?"""
    return text[start - 1 : start] in ("想", "要") and bool(_ADVISED_OFF.match(text, end))


# -- 11. an effect asked and answered with its real cause --------------------------------------------------------------------------

_CAUSE_AFTER = re.compile(
    r"(?:这个|这事|这件事|的话|呢|嘛|啊|这块)?(?:主要|关键|其实|还是|还得|更多|得|要)?(?:是|还是|得){0,2}(?:看|靠|取决于|跟|和|与)[^" + _END + r"]{0,3}?"
    r"(?:遗传|基因|先天|睡眠|睡觉|作息|运动|锻炼|饮食|营养均衡|营养|体质|年龄|个人体质|生活习惯|习惯|医生|医院|心态|父母|晒太阳|户外)"
)
_TURNS_BACK = re.compile(r"但|不过|可是|所以|因此|配合|加上|多喝|多吃|就选|选它|靠它|帮你|我们这|这款|我们的|我们家|咱家|喝它|吃它|用它")


# round 71: the question mark may be lost (能让孩子长高吗主播b:长高主要看遗传); the answer may repeat only the effect's
# tail (孩子长高 → 长高)
_LEAD_IN = re.compile(r"\s*(?:其实|嗯|说实话|实话说|老实说|这个嘛)?")
_ASKED_THEN = re.compile(r"[^" + _END + r":]{0,3}?(?:[吗呢么]\??|\?)(?:[^" + _END + r":]{0,6}:)?")


def real_cause(text: str, start: int, end: int) -> bool:
    """Is the effect answered with its real cause, no product (长高主要看遗传和睡眠; 能长高吗? 长高主要看遗传)?"""
    at = end
    near = text[end : end + 5]
    asked = _ASKED_THEN.match(text, end) if "?" in near or "吗" in near or "呢" in near else None
    if asked:  # the question, then the answer turn: the effect said again or not (能长高吗? 主播B: 长高主要看遗传)
        hit = text[start:end]
        tails = [hit[i:] for i in range(len(hit) - 1)] if len(hit) > 2 else [hit]
        at = _LEAD_IN.match(text, asked.end()).end()
        at += next((len(t) for t in tails if text.startswith(t, at)), 0)
    m = _CAUSE_AFTER.match(text, at)
    if not m:
        return False
    sentence, lo = _sentence(text, m.start(), m.end())  # the answer's own sentence: 所以要喝我们的 turns it back
    return not _TURNS_BACK.search(sentence, m.end() - lo)


# -- 12. an A-not-A question cut by the hit ------------------------------------------------------------------------------------------

_TOLD = re.compile(r"我说|我跟你说|告诉你|我就说|答案是")
_AB_HEADS = frozenset("会能是可要有行")
_AFFIRMS = re.compile(r"肯定|当然|放心|保证|绝对|确实|真的|完全|一点都|一点也|包你|没问题|可以的|会的|能的")


def split_question(text: str, start: int, end: int) -> bool:
    """Is the hit the tail of a reported A-not-A question, not answered yes (有人问会不会不上头，喝多了都会难受)?"""
    # 会不会不上头: the hit 不上头 starts right after the question's last 会 (the normaliser keeps A-not-A before 不 whole)
    if start < 1 or text[start - 1] not in _AB_HEADS:
        return False
    at = text.find("问", max(0, start - 14), start)
    if at != -1 and _TOLD.search(text, at, start):
        return False  # 有宝宝问这个，我说会不掉色: the host's own answer
    asked = at != -1 or text.find("?", end, end + 6) != -1
    return asked and not _AFFIRMS.search(text, end, end + 20)


# -- the entry point ------------------------------------------------------------------------------------------------------------------

_FEW_GATE = re.compile(r"就两|就三|只有两|只有三|就俩|就仨|一共就|总共就|只两|只三|就2|就3").search
_CALM_GATE = chars_search("催需急慢理")
_PLATFORMS = ("淘宝", "天猫", "京东", "拼多多", "闲鱼", "抖音", "快手", "小红书", "唯品会", "得物")


def round53_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 22's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    first = text[start]
    if category in _EFFECTS:
        if first == "不" and split_question(text, start, end):
            return True
        if text.find("功能", max(0, start - 8), start) != -1 and health_function(text, start, end):
            return True
        return advised_off(text, start, end) or real_cause(text, start, end)
    if category == "绝对化用语" or category == "价格违规":
        if first == "最":
            if label_spec(text, start, end) or own_record(text, start, end):
                return True
            if _FEW_GATE(text, max(0, start - 40), end + 40) is not None and few_items(text, start, end):
                return True
        return category == "价格违规" and text.find("价", max(0, start - 30), start) != -1 and brand_price(text, start, end)
    if category == "虚假紧迫":
        if seasonal_stock(text, start, end):
            return True
        return _CALM_GATE(text, max(0, start - 40), end + 40) is not None and calm_count(text, start, end)
    if category == "迷信":
        return style_name(text, start, end)
    if category == "导流私下交易":
        return text.startswith(_PLATFORMS, start) and platform_mentioned(text, start, end)
    return False
