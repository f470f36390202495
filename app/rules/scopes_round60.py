"""Context scopes, batch 24A's false-alarm families: the viewers' concern, the shop's own lowest promised as a hedge, a
question about a state certificate answered with the real one, an effect rate cited from a named testing body.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round60_said`. Text is normalised (commas
gone, ？ is ``?``, Latin letters lower case). Each family is gated by its category and a one-character test first.

1. **The viewers' concern** (:func:`viewers_concern`, 绝对化用语): a bare 最 before 关心|在意|看重|担心|关注|纠结 with the
   viewers as subject (大家最关心的就是安全, 姐妹们最在意的是掉不掉色) or echoing such a question just asked (…最关心的是什么?
   最关心的肯定是安全) — what the audience cares about, not a ranking of the goods.
2. **The shop's own lowest, promised as a hedge** (:func:`own_lowest_promised`, 绝对化用语/价格违规): 只保证|只能保证|只敢保证|
   只能说|只敢说 (是) + our shop (我们店|店里|直播间 …) + a period (这个月|今天 …) + 的 right before 最低|最便宜 (我只保证是我们店
   这个月的最低) — narrowed to the shop's own history after declining the outside claim.
3. **A state certificate asked about, answered with the real one** (:func:`certificate_named`, 权威背书): the hit in a
   question (…国家认证吗?) and the answer turn naming a specific certificate (3c认证, ccc, cqc, ce认证, 能效标识 …) without
   a yes (是的|对|没错|当然) first — the answer corrects the wording.
4. **An effect rate cited from a named testing body** (:func:`rate_sourced`, 功效夸大): a rate hit (除菌率|杀菌率 …
   + figure) in a sentence that names its source — 据|根据|经 + an institute (研究院|检测中心|检验所|实验室 …) + 检测|检验
   报告 — and a report number (报告编号|编号) or the year of the test, never with 百分之百|彻底|永久 ….
   Round 80 (:func:`figure_sourced`, 数据造假): a sales figure cited from a named public source (官网|年报|公告|第三方 …
   + 公布|发布|披露) that the viewers can check right after (大家可以自己去查, 官网可以查, 年报网上都能查到) — never with
   刷|冲|弹幕|凑, an estimate (起码, 不止) or a ranking (第一, 最) in the sentence.
Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. the viewers' concern ---------------------------------------------------------------------------------------------------

_CONCERN = re.compile(r"(?:关心|在意|看重|担心|关注|纠结|顾虑)")
_VIEWERS_BEFORE = re.compile(
    r"(?:大家|你们|家人们|姐妹们|宝宝们|宝们|宝子们|朋友们|兄弟们|老铁们|各位|宝妈们|妈妈们|新手|买家|顾客|客户)"
    r"(?:平时|一般|都|平常|其实|可能)?$"
)


def viewers_concern(text: str, start: int, end: int) -> bool:
    """Is the bare 最 what the viewers care about (大家最关心的是安全, or its echo after the question)?"""
    m = _CONCERN.match(text, end)
    if not m:
        return False
    if _VIEWERS_BEFORE.search(text, max(0, start - 6), start):
        return True
    asked = text.rfind(text[start : m.end()], max(0, start - 30), start)
    return asked != -1 and text.find("?", asked, start) != -1


# -- 2. the shop's own lowest, promised as a hedge ----------------------------------------------------------------------------------

_OWN_PROMISED = re.compile(
    r"(?:只保证|只能保证|只敢保证|只能说|只敢说|顶多说|只能讲)(?:是)?(?:咱们|咱|我们|本)?(?:直播间|店里|店铺|店|家)"
    r"(?:这个月|本月|今天|今晚|本场|这场|这周|本周|今年|最近|近期|这段时间)?(?:的)?$"
)


def own_lowest_promised(text: str, start: int) -> bool:
    """Is 最低/最便宜 hedged down to the shop's own period (我只保证是我们店这个月的最低)?"""
    return bool(_OWN_PROMISED.search(text, max(0, start - 18), start))


# -- 3. a state certificate asked about, answered with the real one ---------------------------------------------------------------

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


# -- 4. an effect rate cited from a named testing body ----------------------------------------------------------------------------

_SOURCE = re.compile(
    r"(?:据|根据|经|经过|来自)[^" + _END + r"]{0,20}?(?:研究院|研究所|检测中心|检验中心|检测院|检验所|检测所|检测机构|实验室|质检站|质检院)"
    r"[^" + _END + r"]{0,14}?(?:检测|检验|测试)"
)
_TRACE = re.compile(r"报告编号|编号|[〇零一二][〇零一二三四五六七八九]{3}年|20\d\d年")
_ABSOLUTE = re.compile(r"百分之百|100%|彻底|根治|永久|一个不剩|全部杀|全杀光|绝对")


def rate_sourced(text: str, start: int, end: int) -> bool:
    """Is the effect rate cited from a named testing body with a traceable report (据…研究院的检测报告…除菌率…)?"""
    sentence, _ = _sentence(text, start, end)
    whole = text[max(0, start - 60) : end + 30]
    return bool(_SOURCE.search(text, max(0, start - 60), start)) and bool(_TRACE.search(whole)) and not _ABSOLUTE.search(sentence)


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


# -- the entry point ----------------------------------------------------------------------------------------------------------------

_LOWEST = ("最低", "最便宜", "最实惠", "最划算")


def round60_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 24A's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    first = text[start]
    if category == "绝对化用语" or category == "价格违规":
        if first != "最":
            return False
        if text.startswith(_LOWEST, start) and own_lowest_promised(text, start):
            return True
        return end - start == 1 and category == "绝对化用语" and viewers_concern(text, start, end)
    if category == "权威背书":
        return text.find("认证", start, end + 2) != -1 and certificate_named(text, start, end)
    if category == "功效夸大":
        return text.find("率", start, end) != -1 and rate_sourced(text, start, end)
    if category == "数据造假":
        return figure_sourced(text, start, end)
    return False
