"""Context scopes, batch 18's false-alarm families: advice, a fair expectation, a plain denial, a tested effect,
the shop's own price history, a denied lowest price, a viewer asked, a style name, a book's topic, a claim refused.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round42_said`, which tries each family for the categories
it concerns. Text is normalised: commas are gone, ？ is ``?``, spaces are dropped.

1. **Advice on use or wear** (:func:`advice_of_use`, 绝对化用语): 最好用 + a figure or a liquid or tool (这个茶最好用
   八十度的水冲, 最好用凉白开泡, 最好用软布擦) and 最好 + 戴|穿|系 + protective gear (最好戴手套, 最好戴个口罩, 最好穿
   长袖) — "had better", not "best". 最好用的 / 最好用了 / 是最好用 stay superlatives.
2. **A fair expectation** (:func:`fair_expectation`, effect categories): the figure said to be normal (算正常|是正常的|
   就不错了) with a hedge in the sentence (配合饮食|管住嘴|别指望; batch 19: 少吃多动|控制饮食|坚持运动, not after 不用):
   配合饮食控制一个月瘦两三斤算正常 (一个月瘦二十斤很正常，每个人体质不一样 still fires), and since batch 19 a figure
   modest for its period (≤ 6 斤 a month, 2 a week: 配合饮食一个月瘦二十斤算正常 fires).
3. **A plain denial of a benefit** (:func:`benefit_denied`, effect categories): bare 不 before an effect verb (这个发
   膜是普通护发的不防脱, 这款不美白) and 没有|不具备|不具有 + the benefit + 的功效|作用|效果 (没有乌发的功效) — not a
   harm (没有副作用 is the claim), not an A-not-A question (防不防脱), nor a condition or a refund (不防脱不要钱).
4. **A tested household effect** (:func:`tested_effect`, effect categories): the function naming the goods (除螨喷雾,
   除甲醛喷剂) in a sentence citing a test report (第三方检测报告|报告编号|实验室条件下) and hedging the real effect
   (实际效果和环境有关|因人而异|仅供参考), with no absolute (百分之百|彻底|根治|再也).
5. **The shop's own price history** (:func:`own_price_history`, 价格违规): 日常价|平时卖|平常卖 + a figure followed by
   today's concrete price (今天…到手二十九, 今天直播间三百九十九), with the shop named before it (我们店|店铺) or the
   discount's mechanism or the price's return said (领券|减十块|恢复四百五) — the shop's real everyday price, not a
   原价/市场价 reference; not with 只要|仅需|骨折|跳楼|亏本 (the hype of a made-up anchor) or 外面|别家|专柜 right before
   (平时价六十五，今天三十 still fires). Round 80 merges round 45's daily_price_paired here (日常价 beside the live room's
   own price — 直播间专属优惠价149，日常价199 — or today's price with 以页面显示为准) and adds the page that shows the
   price (日常价一百二十九，页面上都能看到; 平时卖六十九，详情页上写着) or a 原价 with its source named right after
   (本款原价二百九十九元，这是官网售价) — still never with the hype words.
6. **A lowest price denied** (:func:`lowest_denied`, 价格违规): asked 是不是 + hit and answered 我不敢这么说|不能这么说
   (有人问是不是全网最低，我不敢这么说), and "no lower" scoped to the shop's own period (我们店里今年没有比今天更低的价).
7. **A viewer asked** (:func:`viewers_asked`, bare 最): 大家|你们|家人们 + 最 + 喜欢|想要|常用 … + 哪|什么|啥 (大家最
   喜欢哪个颜色可以打在公屏上).
8. **A style name** (:func:`style_name`, 迷信): the hit followed by 是(这个)款式|系列的名字, 就是个款名 (足金转运珠，
   转运珠是这个款式的名字) — not with 但|不过|真的|保佑|带来 after.
9. **A book's topic** (:func:`book_topic`, 迷信): 讲|关于|介绍|研究 + hit + 的书|历史|文化|纪录片 in a sentence with an
   academic frame (建筑史|历史|民俗|文化|学术|古代): 这本讲风水的书是建筑史方向的; and what it does not teach 没有教人
   看风水改运 (没教|不教 + 人|你 + a verb, no 怎么 needed).
10. **Someone else's claim refused** (:func:`others_claim_refused`, 导流私下交易): 有人说|听说|别人说 + hit, then 我们|
   我 + 不加|不给|不留|不搞 (有人说加微信能便宜，我们不加微信); not with 私|加我|找我 after.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_corrections import _TAUGHT_BUT  # 不教/没教 … 但/戴上/就能: the teaching turns back
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import NUMERALS, SENTENCE_END, _after, _sentence

_END = SENTENCE_END
_FIGURE = rf"[{NUMERALS}点]+"

# -- 1. advice on use or wear ----------------------------------------------------------------------------------------

_USE_AFTER = re.compile(
    rf"(?:{_FIGURE}(?:度|摄氏度|勺|克|毫升|滴|片|袋|包|瓶盖|分钟|块)"
    r"|开水|热水|凉白开|纯净水|矿泉水|山泉水|沸水|淡盐水|温开水|软布|湿布|干布|棉签|海绵|刷子|牙刷|毛巾|专用刷)"
)
_GEAR = r"手套|口罩|护目镜|防护镜|眼镜|帽子|头盔|围裙|长袖|长裤|袜子|鞋子|防滑鞋|雨衣|救生衣|护膝|护腕|护具|面罩|耳塞|防晒衣"
_WEAR_AFTER = re.compile(rf"(?:戴|穿|系|围|套)(?:个|副|一副|双|一双|件|一件|条|一条|上|好)?(?:{_GEAR})")


def advice_of_use(text: str, start: int, end: int) -> bool:
    """Is 最好(用) advice on how to use or what to wear (最好用八十度的水冲, 最好戴手套)?"""
    surface = text[start:end]
    if surface == "最好用":
        return bool(_USE_AFTER.match(text, end))
    return surface == "最好" and bool(_WEAR_AFTER.match(text, end))


# -- 2. a fair expectation ---------------------------------------------------------------------------------------------

_NORMAL_AFTER = re.compile(
    r"(?:左右)?(?:也|都|就)?(?:算|是|属于|算是)?(?:比较|很|挺)?(?:正常|合理)(?:的|范围)?|(?:左右)?(?:就|也)?(?:算)?(?:不错了|挺好了)"
)
# The hedge that makes the figure modest: effort of one's own (配合饮食控制) or a bigger figure waved off (别指望一周瘦十斤);
# 每个人体质不一样 alone is no hedge (一个月瘦二十斤很正常，每个人体质不一样 boasts).
_HEDGE = re.compile(
    r"(?<!不用)(?<!不必)(?<!无需)(?<!不需要)(?:配合(?:饮食|运动|锻炼|控制|节食|少吃多动)|少吃多动|多动少吃|控制饮食|饮食控制|管住嘴|迈开腿"
    r"|坚持运动|坚持锻炼)|别指望|不要指望|别想着|不可能一下"
)
_PROMISE = re.compile(r"保证|包你|保你|一定|绝对|肯定")
# batch 19: the figure must be modest for its period (斤 a month / a week); 一个月瘦二十斤算正常 boasts even with a hedge.
_PERIOD_LOSS = re.compile(rf"(?P<n>[{NUMERALS}]*)个?(?P<per>月|周|星期|礼拜|天)[^{NUMERALS}]{{0,4}}?(?P<w>[{NUMERALS}]+)(?P<unit>公斤|斤|kg)")
_OUTCOME_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:喝|吃|用)?(?:了|上)?[{NUMERALS}]+个?(?:月|周|星期|礼拜|天)[^{_END}{NUMERALS}]{{0,4}}?[{NUMERALS}]+(?:公斤|斤|kg)")
_MODEST_JIN = {"月": 6, "周": 2, "星期": 2, "礼拜": 2, "天": 0.5}
_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _small_number(figure: str) -> float | None:
    """The largest value a spoken figure may mean (两三 → 3, 十来 → 10, 二十 → 20, 15 → 15); None if unread."""
    if figure.isdigit():
        return float(figure)
    if "百" in figure or "千" in figure or "万" in figure:
        return 1000.0
    if "十" in figure:
        tens, _, ones = figure.partition("十")
        return float(_DIGITS.get(tens[-1:], 1) * 10 + max((_DIGITS.get(ch, 0) for ch in ones), default=0))
    values = [_DIGITS[ch] for ch in figure if ch in _DIGITS]
    return float(max(values)) if values else (0.5 if "半" in figure else None)


def _modest(surface: str) -> bool:
    m = _PERIOD_LOSS.search(surface)
    if not m:
        return True  # no weight for a period in the hit: the hedge alone decides, as before
    loss = _small_number(m.group("w"))
    periods = _small_number(m.group("n")) if m.group("n") else 1.0
    if loss is None or not periods:
        return False
    per = loss * (2 if m.group("unit") != "斤" else 1) / periods
    return per <= _MODEST_JIN[m.group("per")]


def fair_expectation(text: str, start: int, end: int) -> bool:
    """Is the outcome said to be a fair expectation with a hedge (配合饮食控制一个月瘦两三斤算正常)?"""
    outcome = text[start:end]
    if not _NORMAL_AFTER.match(text, end):
        # round 76: the goods named, then the outcome said to be normal (减肥代餐一个月瘦两三斤算正常，要配合少吃多动)
        m = _OUTCOME_AFTER.match(text, end)
        if not m or not _NORMAL_AFTER.match(text, m.end()) or _PROMISE.search(m.group(0)):
            return False
        outcome = m.group(0)
    sentence, lo = _sentence(text, start, end)
    return bool(_HEDGE.search(sentence)) and not _PROMISE.search(sentence, 0, start - lo) and _modest(outcome)


# -- 3. a plain denial of a benefit ----------------------------------------------------------------------------------------

_BENEFIT_FIRST = frozenset("防抗祛去除美生乌淡修瘦减降治消增补")
_HARM = re.compile(r"副作用|依赖|激素|刺激|反弹|伤|毒|过敏")
_DENIAL_BACK = re.compile(r"(?:没有|没|不具备|不具有|并没有|无)(?:任何|什么|啥)?$")
_PROPERTY_AFTER = re.compile(r"的?(?:功效|作用|效果|功能)")
_NOT_DENIAL_AFTER = re.compile(r"的话|不要钱|不收钱|包退|就退|退钱|退款|吗|么|嘛|\?|呢\?|[^{_END}]{0,4}?(?:找我|来找|我赔|赔你|算我|包赔|退)".replace("{_END}", _END))


def benefit_denied(text: str, start: int, end: int) -> bool:
    """Is the benefit plainly denied (不防脱, 没有乌发的功效)?"""
    surface = text[start:end]
    if surface[0] not in _BENEFIT_FIRST or _HARM.search(surface) or _NOT_DENIAL_AFTER.match(text, end):
        return False
    if start >= 1 and text[start - 1] == "不":
        before = text[max(0, start - 3) : start - 1]
        # 防不防脱 / 能不防脱 (a question), 不不 (a stutter), 再也不 / 永远不 (a harm ended, not a benefit denied).
        # 用了不祛斑 / 吃了不瘦: a condition (…你来找我), not a denial.
        return not (before.endswith(surface[0]) or before.endswith(("能", "会", "是", "不", "也", "永远", "再", "了", "过")))
    return bool(_DENIAL_BACK.search(text, max(0, start - 6), start)) and bool(_PROPERTY_AFTER.match(text, end))


# -- 4. a tested household effect -------------------------------------------------------------------------------------------

_GOODS_AFTER = re.compile(r"率|喷雾|喷剂|仪|机|剂|液|贴|包|垫|凝珠|洗衣液|吸尘器|贴片|片")
_REPORT = re.compile(r"检测报告|检验报告|第三方检测|检测机构|报告编号|实验室条件下|实验室数据|实测数据")
_REAL_HEDGE = re.compile(r"实际效果|实际使用|因人而异|因环境而异|和环境有关|跟环境有关|与环境有关|仅供参考|以实际为准|个体差异|(?:只|仅)(?:针对|代表|对|限)(?:送检|这个样品|该样品|检测样品)|送检样品")
_LONG = 100  # the hedge may close a long spec (…报告编号在详情页，实验室条件下…，实际效果和环境有关)
_ABSOLUTE = re.compile(r"百分之百|100%|彻底|根治|再也|永久|一个不剩|全部杀|全杀光|绝对")


def tested_effect(text: str, start: int, end: int) -> bool:
    """Is the function the goods' name, said with a cited test report and a hedge (除螨喷雾有第三方检测报告…)?"""
    if not _GOODS_AFTER.match(text, end):
        return False
    sentence, lo = _sentence(text, start, end)
    sentence = sentence[: start - lo] + text[start:end] + _after(text, end, _LONG)  # a long spec read aloud
    return bool(_REPORT.search(sentence)) and bool(_REAL_HEDGE.search(sentence)) and not _ABSOLUTE.search(sentence)


# -- 5. the shop's own price history -------------------------------------------------------------------------------------------

_OWN_PRICE_HEAD = ("日常价", "平时卖", "平常卖", "平时价", "平常价", "日常卖", "店铺价", "平时都卖", "平常都卖", "店铺日常价", "平时日常价")
_TODAY_PRICE = re.compile(rf"[^{_END}]{{0,14}}?(?:今天|直播间|到手|券后|领券|活动价|现在|今晚|这场)[^{_END}]{{0,10}}?[{NUMERALS}]")
_HYPE = re.compile(r"只要|仅需|仅要|才要|只需|骨折|跳楼|亏本|白送|不要钱|血亏|清仓|赔本|倒贴")
_OWN_SHOP_BEFORE = re.compile(r"(?:我们店|我们店里|本店|店铺|店里|我们家|咱家|咱们家|我们直播间)(?:的|里)?(?:都|也|一般)?$")
_MECHANISM = re.compile(rf"领券|券后|店铺券|优惠券|满减|减[{NUMERALS}]|恢复|回到|改回")
_EXTERNAL_BEFORE = re.compile(r"(?:外面|外边|别家|别人家|同行|专柜|市场|线下|门店|实体店)(?:都|也|的)?$")
# (round 45's daily_price_paired, merged here in round 80) the live room's own price named in the sentence, either order
_LIVE_PRICE = re.compile(
    rf"(?:直播间|直播|本场|今天|今晚)?(?:专属|专享|独享)(?:优惠|福利|活动)?价[^{_END}]{{0,3}}?[{NUMERALS}]|直播间(?:的)?价(?:格)?(?:是)?[{NUMERALS}]"
)
_PAGE_RULE = re.compile(r"以(?:页面|详情页|下单页|下单页面|购物车|结算页)(?:显示|展示|标价|价格)?为准")
# round 80: the page shows that price (日常价一百二十九，页面上都能看到; 平时卖六十九，详情页上写着; 店铺页面都能查到)
_PAGE_SHOWS = re.compile(
    rf"[^{_END}]{{0,4}}?(?:页面|详情页|商品页|店铺首页|店铺页面|价格曲线|历史价格|购物车)(?:上|里)?(?:都|也|随时)?"
    r"(?:能看到|看得到|可以看到|能查到|查得到|可以查|可查|写着|标着|有写|显示|挂着)"
)


# round 80: a reference price with its checkable source right after (本款原价二百九十九元，这是官网售价; 原价一百五，是品牌
# 旗舰店的标价) — the origin said, not an invented anchor.
_SOURCED_PRICE = re.compile(
    rf"[^{_END}]{{0,4}}?(?:这是|这个是|是|为|按|指的是)(?:品牌|我们|本店)?(?:的)?(?:官网|官方|官方旗舰店|旗舰店|品牌官网|天猫旗舰店|京东自营)"
    r"(?:的)?(?:售价|定价|标价|价格|零售价|指导价|挂牌价)"
)


def own_price_history(text: str, start: int, end: int) -> bool:
    """Is the hit the shop's own everyday price — beside today's or the live room's own price (日常价三十九…今天…到手二十九,
    直播间专属优惠价149，日常价199), or shown on the page (日常价一百二十九，页面上都能看到)?"""
    if _EXTERNAL_BEFORE.search(text, max(0, start - 4), start):
        return False
    sentence, lo = _sentence(text, start, end)
    if text.startswith(("原价", "吊牌价", "划线价", "日常价", "平时价"), start) and (
        _SOURCED_PRICE.match(text, end) or _PAGE_SHOWS.match(text, end)
    ):
        return not _HYPE.search(sentence)
    if not text.startswith(_OWN_PRICE_HEAD, start):
        return False
    if _HYPE.search(sentence, start - lo):
        return False  # 平时卖九十九，今天只要九块九: the hype of a made-up anchor
    daily = text.startswith(("日常价", "店铺日常价", "平时日常价"), start)
    if daily and not _HYPE.search(sentence):
        if _LIVE_PRICE.search(sentence) or _PAGE_SHOWS.match(text, end):
            return True
    m = _TODAY_PRICE.match(text, end)
    if not m:
        return _PAGE_SHOWS.match(text, end) is not None and not _HYPE.search(sentence)
    if daily and _PAGE_RULE.search(sentence, end - lo):
        return True
    # The shop named, the discount's mechanism or the price's return stated; a bare 平时价六十五，今天三十 still fires.
    return bool(_OWN_SHOP_BEFORE.search(text, max(0, start - 6), start) or _MECHANISM.search(sentence, end - lo))


# -- 6. a lowest price denied ----------------------------------------------------------------------------------------------------

_ASKED_IF_BEFORE = re.compile(r"问[^{_END}]{0,6}?(?:是不是|是否|有没有|算不算)$".replace("{_END}", _END))
_DARE_NOT_AFTER = re.compile(
    r"(?:的|啊|呀|吗)?(?:\?)?(?:这个|这|这一点|这点)?(?:我们|我|主播|咱们|咱|这个)?(?:真|真的|可|也|确实)?(?:不敢|不能|没法|不会|不好)(?:这么|这样|乱)?(?:说|讲|保证|打包票|承诺)"
)
_OWN_PERIOD_BEFORE = re.compile(
    r"(?:我们店里|我们店|本店|店里|我们家|咱家|咱们家|我们直播间|直播间)(?:今年|这个月|这一年|这半年|最近|近期|这段时间|开店以来|一年)?(?:里|内)?(?:都|也|还|真)?$"
)
_LOWER = re.compile(r"低|便宜|实惠")
_LOWEST_BUT = re.compile(r"但|不过|可是|全网|别家|外面|比比|去比|比就知道|比了就知道|比下就知道|比完就知道|一比就")  # 比比 reads 比 (stutter fold)


def lowest_denied(text: str, start: int, end: int) -> bool:
    """Is the lowest price asked and not claimed (…是不是全网最低，我不敢这么说), or "no lower" scoped to the
    shop's own period (我们店里今年没有比今天更低的价)?"""
    if _ASKED_IF_BEFORE.search(text, max(0, start - 12), start):
        m = _DARE_NOT_AFTER.match(text, end)
        if m:
            sentence, lo = _sentence(text, start, end)
            return not _LOWEST_BUT.search(sentence, m.end() - lo)
    surface = text[start:end]
    return surface.startswith("没") and bool(_LOWER.search(surface)) and bool(
        _OWN_PERIOD_BEFORE.search(text, max(0, start - 12), start)
    )


# -- 7. a viewer asked ----------------------------------------------------------------------------------------------------------

_VIEWERS_BEFORE = re.compile(r"(?:大家|你们|家人们|姐妹们|宝们|宝子们|朋友们|兄弟们|老铁们|各位|宝)(?:平时|一般|都|平常)?$")
_LIKE_ASKED_AFTER = re.compile(rf"(?:喜欢|想要|想看|想买|爱|关心|在意|看重|常用|常穿|常吃|常喝|需要|纠结)[^{_END}]{{0,3}}?(?:哪|什么|啥|几)")


def viewers_asked(text: str, start: int, end: int) -> bool:
    """Is the bare 最 in a question to the viewers (大家最喜欢哪个颜色)?"""
    return bool(_VIEWERS_BEFORE.search(text, max(0, start - 6), start)) and bool(_LIKE_ASKED_AFTER.match(text, end))


# -- 8. a style name -------------------------------------------------------------------------------------------------------------

_STYLE_NAME_AFTER = re.compile(
    rf"[^{_END}]{{0,4}}?(?:是|就是|只是|只不过是)(?:这个|这款|我们的|我们家的|一个)?(?:款式|款|系列|产品|珠子|饰品)?的?(?:名字|名称|叫法|品名)"
    r"|[^{_END}]{0,4}?就是(?:个|一个)(?:款名|名字|叫法|品名)"
)
_NAME_BUT = re.compile(r"但|不过|可是|真的能|确实能|保佑|带来|能转|能招|会旺")


def style_name(text: str, start: int, end: int) -> bool:
    """Is the belief word only the style's name (转运珠是这个款式的名字)?"""
    m = _STYLE_NAME_AFTER.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return not _NAME_BUT.search(sentence, m.end() - lo)


# -- 9. a book's topic, and what it does not teach -------------------------------------------------------------------------------------

_TOPIC_BEFORE = re.compile(r"(?:讲|关于|介绍|研究|写|谈)$")
# round 73: a qualifier may stand before the noun (讲风水的民俗书, 关于风水的老读物, 介绍风水的建筑史专着)
_TOPIC_AFTER = re.compile(rf"的[^{_END}]{{0,4}}?(?:书|读物|历史|文化|纪录片|课|着作|论文|讲座|知识|专着|来历|由来|起源|渊源)")
_ACADEMIC = re.compile(r"建筑|历史|史方向|民俗|文化史|学术|古代|考古|史料|人类学|社会学")
# round 73: the goods denied to be a luck item in a book's sentence (这本是讲风水的书…不是卖转运的东西)
_NOT_SOLD_BEFORE = re.compile(r"(?:不是|并不是|也不是|又不是|不)(?:卖|教|教人|教你|讲|搞|用来)?$")
_NOT_SOLD_AFTER = re.compile(r"的?(?:东西|物件|玩意|法器|道具|产品|商品|书)")
_BOOK_IN = re.compile(r"书|读物|专着|着作")
_NOT_TAUGHT_BEFORE = re.compile(
    rf"(?:没有|没|不|不会|并没有|并不)(?:是)?教(?:人|你|您|大家|读者|学员)?(?:怎么|如何|去)?[^{_END}]{{0,4}}$"
)


def book_topic(text: str, start: int, end: int) -> bool:
    """Is the belief a book's topic in an academic frame (讲风水的书是建筑史方向的), or what it does not teach
    (没有教人看风水改运)?"""
    if _TOPIC_BEFORE.search(text, max(0, start - 2), start) and _TOPIC_AFTER.match(text, end):
        sentence, _ = _sentence(text, start, end)
        if _ACADEMIC.search(sentence):
            return True
    if _NOT_SOLD_BEFORE.search(text, max(0, start - 4), start) and _NOT_SOLD_AFTER.match(text, end):
        sentence, lo = _sentence(text, start, end)
        if _BOOK_IN.search(sentence) and _ACADEMIC.search(sentence) and not _TAUGHT_BUT.match(text, end):
            return True
    return bool(_NOT_TAUGHT_BEFORE.search(text, max(0, start - 10), start)) and not _TAUGHT_BUT.match(text, end)


# -- 10. someone else's claim refused ----------------------------------------------------------------------------------------------------

_OTHERS_SAY_BEFORE = re.compile(rf"(?:有人说|有人讲|听说|别人说|人家说|有的人说|有主播说|别家说|网上说|有人让)[^{_END}]{{0,4}}$")
_WE_REFUSE_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:我们|咱们|我|咱|本店|主播)(?:都|也|从来|从)?(?:不|不会|没有|不能)(?:加|给|留|搞|弄|做|私)"
)
_REFUSE_BUT = re.compile(r"私聊|私信|加我|找我|联系我|但|不过")


def others_claim_refused(text: str, start: int, end: int) -> bool:
    """Is the contact someone else's claim, refused (有人说加微信能便宜，我们不加微信)?"""
    if not _OTHERS_SAY_BEFORE.search(text, max(0, start - 9), start):
        return False
    m = _WE_REFUSE_AFTER.match(text, end)
    return bool(m) and not _REFUSE_BUT.search(text, m.end(), m.end() + 14)


# -- 11. the speaker cannot compare (round 73) --------------------------------------------------------------------------------------

# 全网我没法比 / 外面的价我们没法比: the host says he cannot compare — not 别家跟我们没法比 (the others cannot match us).
_CANNOT_COMPARE = ("没法比", "比不了")
_SPEAKER_BEFORE = re.compile(r"(?<![跟和同与比给对])(?:我|我们|咱|咱们|主播)(?:也|真|确实|实在|是|就|真的|这边)?$")
_COMPARE_BUT = re.compile(r"[^。！？!?；;\n]{0,10}?(?:但|不过|可是|反正|肯定|绝对)")


def speaker_cannot_compare(text: str, start: int) -> bool:
    """Is 没法比 the host's own "I cannot compare" (这个我不敢说，全网我没法比)?"""
    m = _SPEAKER_BEFORE.search(text, max(0, start - 6), start)
    if not m or text.find("跟", max(0, m.start() - 6), m.start()) != -1 or text.find("和", max(0, m.start() - 6), m.start()) != -1:
        return False
    end = start + 3
    return not text.startswith(("较", "对"), end) and not _COMPARE_BUT.match(text, end)


# -- the entry point ----------------------------------------------------------------------------------------------------------------------


def round42_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 18's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        if text[start] != "最":
            return text.startswith(_CANNOT_COMPARE, start) and speaker_cannot_compare(text, start)
        return advice_of_use(text, start, end) or (end - start == 1 and viewers_asked(text, start, end))
    if category in _EFFECTS:
        return fair_expectation(text, start, end) or benefit_denied(text, start, end) or tested_effect(text, start, end)
    if category == "价格违规":
        return own_price_history(text, start, end) or lowest_denied(text, start, end)
    if category == "迷信":
        return style_name(text, start, end) or book_topic(text, start, end)
    if category == "导流私下交易":
        return others_claim_refused(text, start, end)
    return False
