"""Context scopes, batch 14's false-alarm families: catchphrases, emphasis, approved functions, floors, toys, tools.

:func:`app.rules.scopes_replies.mentioned` calls :func:`plain_said`, which tries each family for the category it
concerns (a surface or character test first, so most candidates cost one or two comparisons):

1. **A bare catchphrase** (:func:`bare_catchphrase`, 功效夸大/虚假紧迫): 谁用谁知道, 闭眼入/闭眼买/无脑入 said as a
   subjective recommendation (这件白T是基础款闭眼入不会踩雷, 这款洗面奶谁用谁知道泡沫是真的细) claim no effect, no
   figure and no deadline — 《广告法》 forbids none of that. They stay hits when the sentence presses to buy now
   (闭眼入，最后二十单手慢无), promises money (闭眼买指定不亏) or points the phrase at an effect (谁用谁知道效果有多好).
2. **绝对 as emphasis before a plain fact** (:func:`emphatic_fact`, 绝对化用语): 这绝对是今天最后一个链接了讲完就下播,
   明天绝对准时开播 — the show's own schedule, no quality ranked. 绝对好用 / 绝对是正品 / 绝对便宜 stay hits.
3. **An approved health-food function** (:func:`approved_function`, 医疗用语/功效夸大): a 保健食品 with its approval
   number (国食健注G…, 国食健字, 卫食健字, 食健备) and the 《广告法》第十八条 statement 本品不能代替药物 may state the
   function it is approved for (保健功能是增强免疫力). Naming the product a 保健食品 (蓝帽子产品) does as well as the
   number (batch 15: 这个保健食品的保健功能是增强免疫力，不能代替药物 — 第十八条 asks for the warning, not for the number
   to be read out). A cure (治, 根治 …), or a function said without the category or number and the warning, stays a hit.
4. **A number that is no price** (:func:`not_a_price`, 价格违规): 商场要三楼才有 — a floor, a day, a bus stop.
5. **A toy of the uniform** (:func:`toy_of_authority`, 权威背书): 这个警察玩具在用电池, 消防车模型在用的是五号电池 —
   a toy or model of the force is no backing by it.
6. **最好用 + a tool + a verb** (:func:`best_used_with`, 绝对化用语): 最好用三脚架拍, 最好用软毛刷刷 — "had better use";
   最好用的, 最好用了, 是最好用 stay superlatives.
7. **A warning not to post** (:func:`warned_not_to_post`, 导流私下交易): 电话号码别发在公屏上, 微信号千万不要留在评论区.
8. **Called impossible right after** (:func:`called_impossible`, effect categories and 投资承诺): 吃了就瘦十斤是不可能的,
   保本保息那是不可能的 — the claim is named to be denied. Not when 但/不过 turns back to it.
9. **A use-then-result chain denied right before it** (:func:`denied_chain`, 功效夸大; round 31): 不是下竿就上鱼的,
   也不是说吃了就长肌肉, 哪有喷完就一只都不剩 — 不是/哪有 … 就 denies that the one leads straight to the other. Not
   when a guarantee follows (不是下竿就上鱼你找我).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a bare catchphrase ----------------------------------------------------------------------------------------

_CATCHPHRASES = frozenset({"谁用谁知道", "闭眼入", "闭眼买", "闭眼冲", "无脑入", "无脑买", "无脑冲", "直接闭眼拍"})
_PRESSED = re.compile(
    r"最后|马上|赶紧|赶快|抓紧|快抢|抢|手慢|手快|没了|下架|涨价|恢复原价|限时|限量|仅剩|只剩|就剩|错过|倒计时|秒杀|库存|不多了|卖完"
    r"|不亏|不赔|稳赚|稳挣|升值|保值|回本|赚钱"  # 闭眼买指定不亏: a money promise
)
_EFFECT_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:效果|管用|有效|灵不灵|多好|多神|神奇|立竿见影|好使)")


def bare_catchphrase(text: str, start: int, end: int, category: str) -> bool:
    """Is the catchphrase hit (谁用谁知道, 闭眼入 …) said bare: no pressure, no effect pointed at (see the doc)?"""
    if text[start:end] not in _CATCHPHRASES:
        return False
    sentence, _ = _sentence(text, start, end)
    if _PRESSED.search(sentence):
        return False
    return category == "虚假紧迫" or not _EFFECT_AFTER.match(text, end)


# -- 2. 绝对 as emphasis before a plain fact --------------------------------------------------------------------

_SHOW_FACT = re.compile(rf"[^{_END}]{{0,12}}?(?:链接|下播|开播|上播|播完|讲完|开奖|抽奖|准时|最后一款|最后一场|最后一次讲)")
_QUALITY = re.compile(r"最(?!后)|第一|好|效果|质量|品质|便宜|低价|划算|值|正品|真货|保证|管用|有效|赚|不亏|省|实惠|福利|优惠|价")


def emphatic_fact(text: str, start: int, end: int) -> bool:
    """Is the bare 绝对 emphasis before a fact of the show itself (这绝对是今天最后一个链接了)?"""
    if text[start:end] != "绝对":
        return False
    m = _SHOW_FACT.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return not _QUALITY.search(sentence, end - lo)


# -- 3. an approved health-food function ------------------------------------------------------------------------

_APPROVAL = re.compile(r"国食健[注字备]|卫食健字|食健备|保健食品|蓝帽子?(?:产品|标志|标识)")
_NO_DRUG = re.compile(r"不能代替药物|不可代替药物|不能替代药物|不可替代药物|不能代替药品")
_FUNCTION_SLOT_REV = re.compile(r"(?:于助有|助辅)?(?:[:：]|为|是)?(?:能功健保|能功的准批|能功)")
_CURE = ("治", "根治", "专治", "包治", "治愈", "痊愈", "防癌", "抗癌")


def _statement(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around the hit, across a colon (保健功能：增强免疫力), at most 60/40 characters either side."""
    lo = max(0, start - 60)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in _END:
            lo = i + 1
            break
    hi = min(len(text), end + 40)
    for i in range(end, hi):
        if text[i] in _END:
            hi = i
            break
    return text[lo:hi], lo


def approved_function(text: str, start: int, end: int) -> bool:
    """Is the hit the function a 保健食品 is approved for, stated with its number and 本品不能代替药物?"""
    if text.startswith(_CURE, start):
        return False
    sentence, lo = _statement(text, start, end)
    if not (_APPROVAL.search(sentence) and _NO_DRUG.search(sentence)):
        return False
    back = text[max(lo, start - 10) : start][::-1]
    return bool(_FUNCTION_SLOT_REV.match(back))


# -- 4. a number that is no price ------------------------------------------------------------------------------

_NOT_PRICE_UNIT = re.compile(r"(?:楼|层|号线|号楼|号|点钟|点|天|周|个月|月|年|个小时|小时|分钟|站|公里|趟|次|遍|岁|期)")
_NUMERAL_LAST = frozenset("0123456789零〇一二两三四五六七八九十百千几半")


def not_a_price(text: str, start: int, end: int) -> bool:
    """Does the price hit end in a number that a floor, a time or a stop follows (商场要三楼才有)?"""
    return text[end - 1] in _NUMERAL_LAST and bool(_NOT_PRICE_UNIT.match(text, end))


# -- 5. a toy of the uniform -------------------------------------------------------------------------------------

_TOY = re.compile(r"玩具|模型|积木|手办|公仔|玩偶|娃娃|造型|主题|图案|贴纸|绘本|动画|卡通|cos|扮演|过家家")


def toy_of_authority(text: str, start: int, end: int) -> bool:
    """Does the backing hit (警察{X}在用) name a toy or model of the force (这个警察玩具在用电池)?"""
    return bool(_TOY.search(text, start, end))


# -- 6. 最好用 + a tool + a verb -------------------------------------------------------------------------------------

_TOOL_THEN_VERB = re.compile(
    r"(?![的了啊呀吧哦之过])(?P<tool>[^的了也都能会说就很超真最比是。！？!?；;\n]{1,4}?)"
    r"(?:拍|洗|擦|泡|冲|刷|煮|炖|蒸|炒|切|剪|装|夹|固定|支撑|搅|拌|喷|涂|抹|晾|晒|烘|吹干|量|测|接|连|充|存|封|盖|垫|铺|挂|扫|吸|粘|贴|缝|浇|熨|烫|压|磨|削|拧|钻)"
)
_RANKED_BEFORE = re.compile(r"(?:是|算|全网|全国|行业|市面上|史上|同类|同价位|里|中)$")


def best_used_with(text: str, start: int, end: int) -> bool:
    """Is the 最好用 hit "had better use" a tool for a task (最好用三脚架拍, 最好用软毛刷刷)?"""
    if text[start:end] != "最好用" or _RANKED_BEFORE.search(text, max(0, start - 3), start):
        return False
    return bool(_TOOL_THEN_VERB.match(text, end))


# -- 7. a warning not to post ------------------------------------------------------------------------------------

_DONT = re.compile(r"别|不要|不能|不许|不准|切勿|请勿|禁止|千万别")
_PUBLIC = re.compile(r"公屏|弹幕|评论区|评论")


def warned_not_to_post(text: str, start: int, end: int) -> bool:
    """Is the contact-posting hit a warning not to post it (电话号码别发在公屏上)?"""
    span = text[start:end]
    return bool(_PUBLIC.search(span)) and bool(_DONT.search(span))


# -- 8. called impossible right after ----------------------------------------------------------------------------

_IMPOSSIBLE_AFTER = re.compile(rf"(?P<gap>[^{_END}]{{0,6}}?)(?:那|这|也|都|根本|绝对)?(?:是|就是)?不可能(?![不吧吗?？])")
_IMPOSSIBLE_CATEGORIES = frozenset({"医疗用语", "功效夸大", "化妆品宣称", "投资承诺"})


def called_impossible(text: str, start: int, end: int) -> bool:
    """Is the claim called impossible right after it (一辈子都不坏是不可能的)?"""
    m = _IMPOSSIBLE_AFTER.match(text, end)
    return bool(m) and not re.search(r"但|不过|可是|谁说|怎么", m.group("gap"))


# -- 9. a use-then-result chain denied right before it ----------------------------------------------------------

_CHAIN_DENIED_BEFORE = re.compile(r"(?:不是|并不是|也不是|可不是|并非|哪有|哪里是)(?:说)?$")
_GUARANTEE_AFTER = re.compile(rf"[^{_END}]{{0,8}}?(?:退|赔|找我|算我)")


def denied_chain(text: str, start: int, end: int) -> bool:
    """Is the use-then-result hit (下竿就上鱼, 吃了就长肌肉) denied right before it (不是/哪有 …)?"""
    return (
        text.find("就", start, end) != -1
        and bool(_CHAIN_DENIED_BEFORE.search(text, max(0, start - 6), start))
        and not _GUARANTEE_AFTER.match(text, end)
    )


# -- the entry point ---------------------------------------------------------------------------------------------

_EFFECTS = frozenset({"医疗用语", "功效夸大"})


# Only within _statement's reach (60/40 characters): a test over the whole text cost every effect candidate of a long
# text a scan of all of it.
_HEALTH_FOOD_NEAR = re.compile(r"食健|保健食品|蓝帽").search


def plain_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 14's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category in ("功效夸大", "虚假紧迫") and bare_catchphrase(text, start, end, category):
        return True
    if category == "绝对化用语":
        return emphatic_fact(text, start, end) or best_used_with(text, start, end)
    if category in _EFFECTS and _HEALTH_FOOD_NEAR(text, max(0, start - 60), end + 40) is not None and approved_function(
        text, start, end
    ):
        return True
    if category == "功效夸大" and text.find("就", start, end) != -1 and denied_chain(text, start, end):
        return True
    if category in _IMPOSSIBLE_CATEGORIES and text.find("不可能", end, end + 14) != -1 and called_impossible(text, start, end):
        return True
    if category == "价格违规":
        return not_a_price(text, start, end)
    if category == "权威背书":
        return toy_of_authority(text, start, end)
    if category == "导流私下交易":
        return warned_not_to_post(text, start, end)
    return False
