"""Context scopes: a claim backed by evidence named (a test report, a certificate, a public source) or hedged to a fair expectation.

:func:`app.rules.scopes_replies.mentioned` calls :func:`evidence_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A fair expectation** (:func:`fair_expectation`, effect categories): the figure said to be normal
   (算正常|是正常的|就不错了) with a hedge in the sentence (配合饮食|管住嘴|别指望; batch 19: 少吃多动|控制饮食|坚持运动, not after 不用):
   配合饮食控制一个月瘦两三斤算正常 (一个月瘦二十斤很正常，每个人体质不一样 still fires), and since batch 19 a figure modest for its period (≤ 6 斤 a
   month, 2 a week: 配合饮食一个月瘦二十斤算正常 fires). (from round 42)
2. **A tested household effect** (:func:`tested_effect`, effect categories): the function naming the goods (除螨喷雾,
   除甲醛喷剂) in a sentence citing a test report (第三方检测报告|报告编号|实验室条件下) and hedging the real effect
   (实际效果和环境有关|因人而异|仅供参考), with no absolute (百分之百|彻底|根治|再也). (from round 42)
3. **A 蓝帽子's approved function** (:func:`health_function`, 医疗/功效): 保健功能是|批准功能是 right before the hit, the health food
   named (蓝帽子, 批准文号, 保健食品 …) and 不能代替药物 said in the sentence; never a cure (治 …). (from round 53)
4. **A state certificate asked about, answered with the real one** (:func:`certificate_named`, 权威背书): the hit in a
   question (…国家认证吗?) and the answer turn naming a specific certificate (3c认证, ccc, cqc, ce认证, 能效标识 …) without a yes
   (是的|对|没错|当然) first — the answer corrects the wording. (from round 60)
5. **An effect rate cited from a named testing body** (:func:`rate_sourced`, 功效夸大): a rate hit (除菌率|杀菌率 … + figure)
   in a sentence that names its source — 据|根据|经 + an institute (研究院|检测中心|检验所|实验室 …) + 检测|检验报告 — and a report number
   (报告编号|编号) or the year of the test, never with 百分之百|彻底|永久 …. Round 80 (:func:`figure_sourced`, 数据造假): a sales
   figure cited from a named public source (官网|年报|公告|第三方 … + 公布|发布|披露) that the viewers can check right after
   (大家可以自己去查, 官网可以查, 年报网上都能查到) — never with 刷|冲|弹幕|凑, an estimate (起码, 不止) or a ranking (第一, 最) in the sentence.
   (from round 60)
6. **A device registered as one** (化妆品宣称 械字号): 颈部按摩仪是械字号的 — not a cosmetic that borrows it. (from round 88)
7. **A disinfectant's filed claim** (:func:`disinfectant_filed`, 医疗用语): 杀菌|除菌|抑菌 of a disinfectant (消毒液, 酒精, 84 …) in a
   sentence naming its filing (卫生安全评价, 消字号, 备案) — a disinfection product may say what it is filed for (MED-0015's note); never with
   百分之百|彻底|治|预防|抗病毒 … in the sentence. (from round 103)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import NUMERALS, _after, _sentence

# -- a fair expectation ----------------------------------------------------------------------------------------------

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


# -- a tested household effect ---------------------------------------------------------------------------------------

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


# -- a 蓝帽子's approved function ---------------------------------------------------------------------------------------

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


# -- a state certificate asked about, answered with the real one -----------------------------------------------------

_ASKED_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:吗|么|嘛)?\?")

_REAL_CERT = re.compile(r"3c|ccc|cqc|ce认证|ul认证|fcc|能效标识|能效标签|强制认证|强制性认证|质检报告|检测报告|生产许可证|sc编号")

_YES_FIRST = re.compile(r"[^?]{0,8}?(?:是的|对的|对|没错|当然|肯定是|那必须)")


def certificate_named(text: str, start: int, end: int) -> bool:
    """Is the authority word asked about (这个是国家认证吗?) and answered with a named certificate (它有3C认证)?"""
    q = _ASKED_AFTER.match(text, end)
    if not q:
        return False
    answer = text[q.end() : q.end() + 30]
    return bool(_REAL_CERT.search(answer)) and not _YES_FIRST.match(answer)


# -- an effect rate cited from a named testing body ------------------------------------------------------------------

_SOURCE = re.compile(
    r"(?:据|根据|经|经过|来自)[^" + _END + r"]{0,20}?(?:研究院|研究所|检测中心|检验中心|检测院|检验所|检测所|检测机构|实验室|质检站|质检院)"
    r"[^" + _END + r"]{0,14}?(?:检测|检验|测试)"
)

_TRACE = re.compile(r"报告编号|编号|[〇零一二][〇零一二三四五六七八九]{3}年|20\d\d年")

_ABSOLUTE_RATE_SOURCED = re.compile(r"百分之百|100%|彻底|根治|永久|一个不剩|全部杀|全杀光|绝对")


def rate_sourced(text: str, start: int, end: int) -> bool:
    """Is the effect rate cited from a named testing body with a traceable report (据…研究院的检测报告…除菌率…)?"""
    sentence, _ = _sentence(text, start, end)
    whole = text[max(0, start - 60) : end + 30]
    return bool(_SOURCE.search(text, max(0, start - 60), start)) and bool(_TRACE.search(whole)) and not _ABSOLUTE_RATE_SOURCED.search(sentence)


# round 80: a sales figure cited from a named public source that the viewers can check (这是品牌官网公布的数据，去年全年卖了
# 一百二十万袋，大家可以自己去查; 根据年报披露…年报网上都能查到) — the same family for 数据造假: a source before, a check after.
_PUBLISHED_BEFORE = re.compile(
    r"(?:官网|官方|财报|年报|季报|公告|招股书|统计局|行业协会|协会|第三方|上市公司|品牌方|平台)[^" + _END + r"]{0,6}?"
    r"(?:公布|发布|披露|公示|公开|统计)"
)

_CHECKABLE_AFTER = re.compile(
    r"[^" + _END + r"]{0,12}?(?:(?:可以|都能|能|都可以|随时)(?:自己)?(?:去|上)?(?:查|搜|核实|核对|看到)|可查|查得到|公开可查|有据可查)"
)

_FAKED = re.compile(r"刷|冲|弹幕|氛围|帮我|帮忙|凑|编|虚|假|估计|差不多|起码|至少|不止|遥遥|第一|最")


def figure_sourced(text: str, start: int, end: int) -> bool:
    """Is the sales figure cited from a named public source the viewers can check (官网公布的数据…大家可以自己去查)?"""
    if not _PUBLISHED_BEFORE.search(text, max(0, start - 30), start) or not _CHECKABLE_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _FAKED.search(sentence)


# -- a device registered as one --------------------------------------------------------------------------------------

_DEVICE_BEFORE = re.compile(rf"(?:按摩仪|理疗仪|按摩器|仪器|血压计|血糖仪|体温计|雾化器|护腰|护膝|颈托|轮椅|拐杖|助听器|艾灸仪|热敷贴|理疗贴|(?<!美容)仪)[^{_END}]{{0,4}}$")

_COSMETIC = re.compile(r"面膜|精华|面霜|乳液|爽肤水|护肤|化妆|祛痘|美白|淡斑|修复|抗衰|敷脸|涂脸|脸上")


# -- round 103: a disinfectant's filed claim -------------------------------------------------------------------------

_DISINFECTANT = re.compile(r"消毒液|消毒水|消毒剂|消毒湿巾|消毒喷雾|消毒片|消毒粉|酒精|84|除菌液|次氯酸")
_FILED = re.compile(r"卫生安全评价|安全评价报告|消字号|卫消证字|消毒产品备案|已备案|有备案|备案")
_GERM_WORD = re.compile(r"杀菌|灭菌|抗菌|除菌|抑菌|杀灭细菌|杀死细菌|消灭细菌")
_BEYOND_FILING = re.compile(r"百分之百|100%|彻底|永久|根除|治(?!疗用|病用)|疗|防病|预防|包好|杀病毒|杀灭病毒|抗病毒")


def disinfectant_filed(text: str, start: int, end: int) -> bool:
    """Is 杀菌 a disinfectant's filed claim (这款消毒液有卫生安全评价备案，能杀菌)?"""
    if _GERM_WORD.fullmatch(text[start:end]) is None:
        return False
    sentence, _ = _sentence(text, start, end)
    return (
        _DISINFECTANT.search(sentence) is not None
        and _FILED.search(sentence) is not None
        and _BEYOND_FILING.search(sentence) is None
    )


def evidence_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category in _EFFECTS:
        if fair_expectation(text, start, end) or tested_effect(text, start, end):
            return True
        if text.find("功能", max(0, start - 8), start) != -1 and health_function(text, start, end):
            return True
        if category == "功效夸大" and text.find("率", start, end) != -1 and rate_sourced(text, start, end):
            return True
        if category == "医疗用语" and disinfectant_filed(text, start, end):
            return True
        if category == "化妆品宣称" and text[start:end] == "械字号":
            sentence, _ = _sentence(text, start, end)
            return bool(_DEVICE_BEFORE.search(text, max(0, start - 10), start)) and not _COSMETIC.search(sentence)
        return False
    if category == "权威背书":
        return text.find("认证", start, end + 2) != -1 and certificate_named(text, start, end)
    return category == "数据造假" and figure_sourced(text, start, end)
