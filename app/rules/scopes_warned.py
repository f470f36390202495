"""Round 130 (batch 60's false alarms): a staff warning not to say a word, a word echoed in mockery, a word explained
as not meant, a modest pace advised.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_framed`. Read over the normalised sentence
(commas and spaces removed). Each reading checks a one- or two-character cue next to the word first:

1. ``warned_not_to_say``: someone warns the host not to say it, with the claim's lead-in between (运营提醒主播别说戴了能
   恢复视力, 场控叫我不要说吃了就能降血糖) — not when it is said anyway after a turn (但, 反正 …).
2. ``echoed_mocked``: the word echoed right after as a scornful question (开过光的酒 开么子光哦, 包治百病？包什么治) — the
   verb and its object split by 什么/啥/么子/个屁.
3. ``not_the_word``: the word quoted and explained as not meant (不是"极致"的极, 不是"极致核心"的意思).
4. ``pace_restrained``: a modest pace advised and more discouraged (一天认五个字就行 不要贪多, 一天背十个单词就够了 别贪快).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_WARNED = re.compile(
    r"(?:提醒|叮嘱|嘱咐|交代|交待|警告|叫|让|喊)[^别不莫]{0,6}?(?:别|不要|不能|莫|千万别|不许|不准)(?:再|乱|随便)?(?:说|讲|喊|提)"
    r"[\u4e00-\u9fff]{0,2}?(?:[了过完]?(?:能|就|会|可以)(?:能)?)?$"
)


def warned_not_to_say(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 22)
    if text.find("说", lo, start) == -1 and text.find("讲", lo, start) == -1 and text.find("提", lo, start) == -1:
        return False
    if _WARNED.search(text, lo, start) is None:
        return False
    return text[end : end + 1] != "了" and TURN_BACK.search(text, end, end + 30) is None


_SCORN = ("什么", "么子", "啥子", "啥", "个屁", "个鬼", "个啥")


def echoed_mocked(text: str, start: int, end: int) -> bool:
    if end - start < 2:
        return False
    first, last = text[start], text[end - 1]
    at = text.find(first, end, end + 8)
    if at == -1:
        return False
    for scorn in _SCORN:
        if text.startswith(scorn, at + 1) and text[at + 1 + len(scorn) : at + 2 + len(scorn)] in (last, text[start + 1]):
            return TURN_BACK.search(text, at, at + 30) is None
    return False


_QUOTE_OPEN = re.compile(r"[\"“「『‘'][\u4e00-\u9fff]{0,4}$")
_NOT_THE = re.compile(r"(?:不是|并不是|并非|不代表)[\"“「『‘'][\u4e00-\u9fff]{0,4}$")
_MEANT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}[\"”」』’']的?(?:意思|那个意思|那个|([\u4e00-\u9fff])字?)")


def not_the_word(text: str, start: int, end: int) -> bool:
    if start < 3 or _QUOTE_OPEN.search(text, max(0, start - 5), start) is None:
        return False
    if _NOT_THE.search(text, max(0, start - 8), start) is None:
        return False
    m = _MEANT_AFTER.match(text, end)
    if m is None:
        return False
    if m.group(1) is None or m.group(1) in text[start:end] or m.end() == len(text):
        return True
    return not "\u4e00" <= text[m.end()] <= "\u9fff" or text[m.end()] in "哦啊哈莫不别"


_PACE = re.compile(r"(?:就行|就够了?|就可以了?|足够了?)(?:了|啦|哈|哦)?(?:不要|别|莫|不用|千万别)(?:贪多|贪快|求多|求快|着急|急|多学|多背)")


def pace_restrained(text: str, start: int, end: int) -> bool:
    if text.find("就", end, end + 3) == -1 and text.find("够", end, end + 3) == -1:
        return False
    return _PACE.match(text, end) is not None


_COUNTED_CATEGORIES = frozenset({"虚假紧迫", "数据造假", "医疗用语"})
_ECHO_CATEGORIES = frozenset({"迷信", "医疗用语", "功效夸大", "绝对化用语", "投资承诺", "权威背书", "价格违规"})


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` one of the readings above?"""
    if category in _COUNTED_CATEGORIES and counted_or_cared(text, start, end, category):
        return True
    if category not in _ECHO_CATEGORIES:
        return False
    if category == "功效夸大" and pace_restrained(text, start, end):
        return True
    return warned_not_to_say(text, start, end) or echoed_mocked(text, start, end) or not_the_word(text, start, end)


# Round 130, second part. 前一百名下单送书签 已经送出去六十七份了 还剩三十三份: the remaining count is the quota less what
# was given out — a count that adds up, told with its reckoning, not pressure.
_CN = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}
_FIG = "0-9零一二三四五六七八九十百千两〇"
_QUOTA = re.compile(rf"(?:前|一共|总共|共)([{_FIG}]+)(?:名|份|个名额|单|位)")
_GIVEN = re.compile(rf"(?:送出去?了?|送出了|发出去?了?|领走了?|抢走了?|已经送了)([{_FIG}]+)(?:份|个|单|位|名)")
_LEFT = re.compile(rf"剩(?:下)?(?:最后)?([{_FIG}]+)")


def _value(fig: str) -> int | None:
    if fig.isdigit():
        return int(fig)
    total = part = 0
    for ch in fig:
        if ch in _CN:
            part = _CN[ch]
        elif ch in "十百千":
            total += (part or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            part = 0
        else:
            return None
    return total + part


def reckoned_remaining(text: str) -> bool:
    quota = _QUOTA.search(text)
    if quota is None:
        return False
    given = _GIVEN.search(text, quota.end())
    left = _LEFT.search(text, given.end()) if given is not None else None
    if left is None or _PUSHED.search(text, left.end()) is not None:
        return False
    q, g, n = _value(quota.group(1)), _value(given.group(1)), _value(left.group(1))
    return None not in (q, g, n) and g + n == q


_PUSHED = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|抢|错过|快没|不多了|再不|犹豫|先到先得|涨价|恢复原价")


# 后台显示两百零三单 那我就照这个念 不加不减: a count read out with a pledge not to inflate it.
_PLEDGE = re.compile(r"不加不减|一单不加|一个不加|照实念|如实念|照这个念|照实说|如实说|不注水|不掺水|不虚报")


def pledged_count(text: str, start: int, end: int) -> bool:
    if text.find("不", end) == -1 and text.find("实", end) == -1 and text.find("照", end) == -1:
        return False
    m = _PLEDGE.search(text, end, end + 40)
    return m is not None and TURN_BACK.search(text, end) is None


# 有哮喘的宝妈房间里我们不点香薰 跟管家说一声 / 有高血压的产妇 月子餐我们做少盐少油 …听你的主治医生: patients told how
# they are looked after or sent to their doctor, nothing promised.
_PATIENT = re.compile(r"(?:宝妈|妈妈|产妇|老人|客人|朋友|家属|孕妇|宝宝|小朋友|顾客)")
_CARED = re.compile(
    r"我们(?:会)?(?:不点|不放|不用|不上|少放|做少|单独|另外|换成)|(?:跟|告诉|通知)(?:管家|客服|护士|我们)说"
    r"|听(?:你的?)?(?:主治)?医生|遵医嘱|问(?:你的?)?(?:主治)?医生"
)
_PROMISED = re.compile(r"能|可以|管用|有效|(?<!主)治|缓解|改善|调理|降|稳|好转|喝这|吃这|用这")


def patient_cared_for(text: str, start: int, end: int) -> bool:
    if text[start : start + 1] != "有":
        start -= 1
    if text[end - 1 : end] != "的":
        end += 1
    if text[start : start + 1] != "有" or text[end - 1 : end] != "的" or _PATIENT.match(text, end) is None:
        return False
    after = text[end : end + 50]
    return _CARED.search(after) is not None and _PROMISED.search(after) is None


def counted_or_cared(text: str, start: int, end: int, category: str) -> bool:
    """Round 130's second part: a remaining count that adds up, a count read with a pledge, patients cared for."""
    if category == "虚假紧迫":
        surface = text[start:end]  # the count left (还剩三十三份) or the quota (前一百名) with a count left after it
        return ("剩" in surface or ("前" in surface and text.find("剩", end) != -1)) and reckoned_remaining(text)
    if category == "数据造假":
        return pledged_count(text, start, end)
    return category == "医疗用语" and patient_cared_for(text, start, end)
