"""Context scopes, batch 35's family traps F3 and F4 (round 87): a hair tool's 负离子 listed as a feature, the first
buyer's gift, and a lucky phrase quoted as a misprint.

:func:`app.rules.scopes_round83.round83_said` calls :func:`round87_said`. Text is normalised (commas and spaces gone,
？ is ``?``, 宝宝 is 宝). (Widened in place elsewhere in round 87: round 83's enumeration marker takes a list announced
before it — 咱说三点啊，第一… — or points that are each a clause of their own — 第一它能拆洗第二它不起球 — and no
longer reads 它比第二那款强 as the next point; round 83's 顶级 heard for 顶层 takes the building named anywhere before and
a floor right after — 在这栋楼的顶级那一层, 顶级就是最上面那层; round 68's 开关 heard as 开光 takes the mains switch
— 总开光, 电源开光 —, a switch that breaks or is replaced, its kind — 触摸式, 按压式 — or 开…关 after it, and more
devices and switch traits — 电暖器, 插线板…是独立的; round 48's 包过 heard for 包裹 takes a day + 到 and Cantonese —
个包过听日到, 包过仲喺路上; round 84's media topic takes a title — 这本书叫民俗里的风水 — and the word among what the
medium covered — …系转运红绳都拍到了; round 84's stock fact takes a run ended by its season or the maker's schedule
with its restart stated — 这一季的最后一批货明年七月再上, 中秋过了厂家停产了明年七月份才开始做.)

1. **A hair tool's 负离子** (:func:`ion_feature`, 功效夸大): 负离子 of a hair dryer, straightener or comb named in the
   sentence (这个吹风机有负离子, 风筒带负离子功能) with no health or body claim (养生|治|血|净化|睡眠|免疫|病 …) —
   a listed feature, not an effect promise. 负离子吹风机能治头痛 and 负离子养生 still fire.
2. **The first buyer's gift** (:func:`first_buyer`, 绝对化用语): 第一名 + 拍到|拍下|下单|付款|抢到 … (的) and a gift or
   the order it goes by in the sentence (送|赠|免单|按付款时间|后台): 第一名拍到的宝宝送一包花椒，后台按付款时间排 — an
   order of buyers, not a ranking of the goods. 销量第一名 and 第一名的品质 still fire.
3. **A lucky phrase quoted as a misprint** (:func:`misprint_quoted`, 迷信): the phrase quoted as printed or written
   (印的是|印着|写的是|写着 … 几个字|字样) in a sentence that says it was printed wrong (印错|写错|错别字|打错 …):
   春联上印的是招才进宝几个字其实是印错了. A couplet that promises (保你|就能|旺 …) still fires.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_round70 import RANKING_WORDS
from app.rules.scopes_text import _sentence

# -- 1. a hair tool's 负离子 ----------------------------------------------------------------------------------------------

_HAIR_TOOL = re.compile(r"吹风机|电吹风|吹风筒|风筒|吹风|卷发棒|直发夹|直板夹|夹板|卷发器|梳子|直发梳|美发梳|造型器")
_HEALTH = re.compile(
    r"养生|治|疗|病|血|净化|睡眠|失眠|免疫|抗衰|排毒|长寿|健康|保健|防癌|癌|氧吧|头痛|头疼|脱发|生发|长头发|杀菌|除菌"
)


def ion_feature(text: str, start: int, end: int) -> bool:
    """Is 负离子 a listed feature of a hair tool (第一，这个吹风机有负离子，第二…)?"""
    if text[start:end] != "负离子":
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_HAIR_TOOL.search(sentence)) and not _HEALTH.search(sentence)


# -- 2. the first buyer's gift --------------------------------------------------------------------------------------------

_BOUGHT_AFTER = re.compile(r"(?:个|位)?(?:拍到|拍下|拍了|下单|付款|付了款|抢到|买到|买了|付定|下单成功|付款成功)")
_GIFT_OR_ORDER = re.compile(r"送|赠|免单|返|加赠|付款时间|下单时间|后台|顺序|按时间")
_SALES = re.compile(RANKING_WORDS)  # round 70's draw winner: the same words make it a rank


def first_buyer(text: str, start: int, end: int) -> bool:
    """Is 第一名 the first buyer, who gets a gift (第一名拍到的宝宝送一包花椒)?"""
    if not text.startswith("第一名", start) or not _BOUGHT_AFTER.match(text, start + 3):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_GIFT_OR_ORDER.search(sentence)) and not _SALES.search(sentence)


# -- 3. a lucky phrase quoted as a misprint -------------------------------------------------------------------------------

_QUOTED_BEFORE = re.compile(r"(?:印的是|印着|印了|写的是|写着|写了|刻的是|刻着|绣的是|绣着|上面是)$")
_MISPRINT = re.compile(r"印错|写错|刻错|绣错|打错|错别字|错字|印反|印歪|有错")
_PROMISE = re.compile(r"保你|包你|就能|准能|一定能|会让|能让|旺|招来|带来|好运来")


def misprint_quoted(text: str, start: int, end: int) -> bool:
    """Is the lucky phrase quoted off a print that came out wrong (春联上印的是招才进宝几个字其实是印错了)?"""
    if not _QUOTED_BEFORE.search(text, max(0, start - 3), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_MISPRINT.search(sentence)) and not _PROMISE.search(sentence)


# -- the entry point --------------------------------------------------------------------------------------------------------


def round87_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 35's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "功效夸大":
        return ion_feature(text, start, end)
    if category == "绝对化用语":
        return first_buyer(text, start, end)
    if category == "迷信":
        return misprint_quoted(text, start, end)
    return False
