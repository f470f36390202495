"""Context scopes, batch 13's false-alarm families: facts looked up elsewhere, risks, insurance cover, brand prices.

:func:`app.rules.scopes_replies.mentioned` calls :func:`stated_fact`, which tries each family for the category it
concerns (a character test first, so most candidates cost one or two ``find`` calls):

1. **A value looked up elsewhere** (:func:`looked_up`, 绝对化用语): 最佳气压看你车门框上那个标签, 最佳饮用温度以包装
   标注为准, 最合适的尺码参考详情页的尺码表 — the best setting of one's own thing is read off its label or manual, it
   ranks nothing. Never with an external scope (全网, 行业 …) or 是 before it (效果是最佳的).
2. **A risk or a warning** (:func:`risk_stated`, 绝对化用语): 老人洗澡的时候最容易滑倒, 雨天最容易打滑, 皮革最怕受潮 —
   最 + 容易/怕 + a harm says where the danger is, not that the goods are best. 最容易上手 / 最容易出效果 (a
   good thing made easy) stay superlatives.
3. **Insurance cover** (:func:`insurance_cover`, 医疗用语): 医疗险能报销治疗费用, 理赔住院治疗的开销, 赔付治疗费 —
   治疗 as what a policy pays for is no treatment claimed for the goods.
4. **A brand's price as a true reference** (:func:`brand_reference`, 价格违规): 这个包是二手的，专柜价两万三，我们这只九
   成新 / 专柜价三万二，是品牌官网现在的标价 — the counter price of a used item, or one sourced to the brand's current
   list, is a real, checkable price, not an invented 原价 of the seller's own. A new item's 专柜价 with no such
   source stays a hit (专柜价两万三，今天只要九千八).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END, _sentence

_STOP = SENTENCE_END

# -- 1. a value looked up elsewhere ---------------------------------------------------------------------------

_LOOKUP_HEADS = ("最佳", "最合适", "最适合", "最适宜", "最理想")
_LOOKUP_AFTER = re.compile(
    rf"[^{_STOP}]{{0,6}}?(?:看|以|按|参考|查|照|参照|请看|要看|得看|就看)[^{_STOP}]{{0,12}}?"
    r"(?:标签|说明书|说明|铭牌|标注|标的|标识|包装|瓶身|尺码表|详情页|医嘱|手册|为准)"
    rf"|[^{_STOP}]{{0,6}}?(?:因人而异|因车而异|每个[^{_STOP}]{{0,4}}?不一样|各不相同|不一样)"
)
_RANKED_REV = re.compile(r"(?:是|算|全网|全国|行业|业内|世界|市面上|史上|同类|效果|口碑|品质)$")


def looked_up(text: str, start: int, end: int) -> bool:
    """Is the 最佳/最合适 hit a setting read off a label, a manual or a chart (最佳气压看车门框上的标签)?"""
    if not text.startswith(_LOOKUP_HEADS, start) or _RANKED_REV.search(text, max(0, start - 3), start):
        return False
    if text.startswith("的", end):
        return False  # 最佳的选择 / 最合适的就是这款: the goods ranked
    return bool(_LOOKUP_AFTER.match(text, end))


# -- 2. a risk or a warning ---------------------------------------------------------------------------------------

_RISK_AFTER = re.compile(
    r"(?:容易|易|爱|怕|忌|会)(?:被)?"
    r"(?:滑倒|摔倒|摔跤|摔|打滑|跌倒|绊倒|磕|碰伤|受伤|烫伤|晒伤|冻伤|扭伤|着凉|感冒|中暑|过敏|发炎|上火|受潮|潮|发霉|"
    r"生锈|生虫|变形|褪色|掉色|起球|开裂|断|坏|出事|出问题|出故障|出错|漏|积灰|脏|堵|晒|压|水泡|泡水|磨损|走丢|丢)"
)
_GOOD_AFTER = re.compile(r"(?:容易|易)(?:上手|出效果|吸收|清洗|打理|搭配|操作|入门|坚持)")


def risk_stated(text: str, start: int, end: int) -> bool:
    """Is the 最 hit (bare 最 or 最怕) where a danger lies (老人洗澡的时候最容易滑倒, 皮革最怕受潮)?"""
    if text[start] != "最" or _RANKED_REV.search(text, max(0, start - 3), start):
        return False
    at = start + 1
    return bool(_RISK_AFTER.match(text, at)) and not _GOOD_AFTER.match(text, at)


# -- 3. insurance cover ------------------------------------------------------------------------------------------

# Read backwards: 报销 (住院/门诊/医疗) (的) 治疗 — the payer's verb right before the hit.
_PAYS_REV = re.compile(r"(?:的)?(?:院住|诊门|疗医)?(?:销报|赔理|付赔|赔|报|保承|盖覆|担承)")
_COST_AFTER = re.compile(r"(?:的)?(?:费用|费|开销|花费|支出|的钱|期间)")


def insurance_cover(text: str, start: int, end: int) -> bool:
    """Is the treatment hit (治疗) what a policy pays for (能报销治疗费用, 理赔住院治疗的开销)?"""
    back = text[max(0, start - 6) : start][::-1]
    return bool(_PAYS_REV.match(back)) and bool(_COST_AFTER.match(text, end))


# -- 4. a brand's price as a true reference ----------------------------------------------------------------------

_BRAND_PRICE = ("专柜", "官方价", "官网", "吊牌价", "旗舰店", "品牌")
_USED = re.compile(r"二手|[一二三四五六七八九\d]成新|成色|中古|闲置|寄卖|回收的|vintage|古着|转卖|用过的")
_SOURCED = re.compile(
    r"(?:品牌|官网|官方|专柜)[^。！？!?；;\n]{0,6}?(?:现在|目前|现行)?的?(?:标价|售价|定价|公价|价格)|官网(?:可查|能查|查得到|能查到|上有)"
)
_FAKE_DISCOUNT = re.compile(r"原价|划线价|恢复|涨回|以后都|明天就")


def brand_reference(text: str, start: int, end: int) -> bool:
    """Is the brand's price (专柜价两万三) of a used item, or sourced to the brand's current list (see the doc)?"""
    if not text.startswith(_BRAND_PRICE, start):
        return False
    sentence, lo = _sentence(text, start, end)
    if _FAKE_DISCOUNT.search(sentence):
        return False
    return bool(_USED.search(sentence) or _SOURCED.search(sentence, end - lo))


# -- the entry point ----------------------------------------------------------------------------------------------


def stated_fact(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 13's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        return text[start] == "最" and (looked_up(text, start, end) or risk_stated(text, start, end))
    if category == "医疗用语":
        return text.startswith("治疗", start) and insurance_cover(text, start, end)
    if category == "价格违规":
        return brand_reference(text, start, end)
    return False
