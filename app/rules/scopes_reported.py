"""Round 136 (batches 61 and 63's false alarms): a word reported as someone else's, caught as a word, or disowned.

Called by :mod:`app.rules.matcher_resolve` last. Read over the normalised sentence (commas and spaces removed, quotes
kept). Each reading checks a cheap cue first (a quote mark, a refusal character, 说/讲, 倒计时):

1. ``others_quote_refused``: a quoted word typed or said by others (弹幕说要"开过光的帐篷", 别的直播间敢说"零风险", 倷问阿是"国家级",
   弹幕刷"秒杀全网") and refused later in the sentence (是开玩笑的, 我们说不了, 伲勿好瞎讲, 全网我们不晓得). Its twin
   :func:`app.rules.scopes_quoted.quoted_refused` takes anyone's quote but only a "don't say it so" right after the quote.
2. ``declined_after``: the word itself declined right after (No.1我们不敢接, 第一我们担不起).
3. ``caught_saying``: someone caught saying the word as a word (你说"唯一"了, 你差点说出"唯一"两个字了), told not to misread
   a word as it (你别念成"第一名"), or pressed to say it and refusing (你再撺掇我说顶级我就下播).
4. ``banned_list``: the word on a banned-word list (禁用词清单 最高级 第一 顶级 国家级都在上面) or named as what the law governs
   (广告法管的是最高级).
5. ``not_said``: an effect the host says he does not claim (我不跟你们说它能美白, 我们不说能转运辟邪, 不是说能治什么病).
6. ``timer_shown`` (虚假紧迫): a countdown that the screen shows (屏幕右上角有倒计时五分钟; …屏幕右上角有计时你们自己看) with no
   pressure to buy (抓紧, 抢, 手慢 …).
7. ``patient_advised`` (医疗/化妆品/功效): patients asking and sent to their doctor, or cautioned (哮喘的朋友能住帐篷吗?…问你的
   医生去; 糖尿病的朋友脚上有伤口的话 别穿新鞋; 这款偏咸) — never when the hit or the reply promises (能缓解, 不用去医院).
8. (a first-N gift with its cut-off told: :func:`app.rules.scopes_first_gifts.cutoff_told`, with the other first-N gifts)
9. ``fabric_grade``: 医用级/医疗级 of a cloth (医用级别的纯棉纱布) with no claim after.
10. ``theirs_not_ours`` (权威背书): the backer's goods set apart from ours (国家队那套是人家的专有款 我们这个是普通的).

Never when the host turns back to a claim after the refusal (但, 反正 …: :data:`TURN_BACK`).
Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_OPEN = "“\"「『‘"
_CLOSE = "”\"」』’"
_OPEN_CLASS = "[“\"「『‘]"
_CLOSE_CLASS = "[”\"」』’]"

# Others as the source of the quote: a viewer's comment, other shops, the viewer addressed — then a speech verb.
_OTHERS_QUOTE = re.compile(
    r"(?:弹幕|评论|公屏|留言|有人|网友|粉丝|观众|别人|别家|别的|人家|倷|侬|你们|你|他|她)[^。！？!?“”\"「」]{0,10}?"
    r"(?:说|问|刷|打|讲|喊|要|敢说|都说)[^。！？!?“”\"「」]{0,3}" + _OPEN_CLASS + "$"
)
_REFUSAL = re.compile(
    r"不敢接|接不了|不敢说|说不了|不能说|不敢讲|讲不了|不好瞎讲|勿好瞎讲|勿好讲|不好乱讲|不乱说|不瞎说|不搞这|不搞那|不搞迭|"
    r"开玩笑|不晓得|不知道|勿晓得|不念|不敢当|担不起|不敢认|不用这|不说这"
)
_REFUSAL_CUE = re.compile(r"不|勿|玩笑")


def _quote_open_before(text: str, start: int) -> int:
    """Index of the quote mark opening just before ``start`` (≤ 8 characters, none closed between), or -1."""
    lo = max(0, start - 8)
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch in _CLOSE and ch not in _OPEN:
            return -1
        if ch in _OPEN:
            return i
    return -1


def others_quote_refused(text: str, start: int, end: int) -> bool:
    q = _quote_open_before(text, start)
    if q < 0 or _OTHERS_QUOTE.search(text, max(0, q - 16), q + 1) is None:
        return False
    close = -1
    for i in range(end, min(len(text), end + 10)):
        if text[i] in _CLOSE:
            close = i
            break
    if close < 0 or _REFUSAL_CUE.search(text, close, close + 40) is None:
        return False
    m = _REFUSAL.search(text, close, close + 40)
    return m is not None and TURN_BACK.search(text, m.end(), m.end() + 30) is None


_DECLINED_AFTER = re.compile(
    _CLOSE_CLASS + r"?(?:这个词|这话|这个称号|这个名头)?(?:我们|咱们|我|咱)(?:可|真|是|都|实在)?"
    r"(?:不敢接|接不了|不敢当|担不起|当不起|不敢认|认不了)"
)


def declined_after(text: str, start: int, end: int) -> bool:
    if text.find("不", end, end + 10) == -1:
        return False
    m = _DECLINED_AFTER.match(text, end)
    return m is not None and TURN_BACK.search(text, m.end(), m.end() + 30) is None


_CAUGHT_BEFORE = re.compile(
    r"(?:(?:你|他|她|主播[a-z]?)(?:刚才|刚刚|又|还)?(?:差点|差一点|差点儿)?(?:说出|说|念出|念成|说成)了?"
    r"|(?:别|不要|莫|千万别)(?:念成|说成|读成|写成|打成))" + _OPEN_CLASS + "$"
)
_CAUGHT_AFTER = re.compile(_CLOSE_CLASS + r"(?:了|两个字|三个字|这个词|这俩字|这几个字)")
_PRESSED_BEFORE = re.compile(r"(?:撺掇|怂恿|逼|激|哄|诱导)(?:我|主播|我们)(?:说|讲|念)" + _OPEN_CLASS + "?$")
_QUIT_AFTER = re.compile(_CLOSE_CLASS + r"?(?:我就|我立马|我马上|就)(?:下播|不播了|关播|走人|翻脸)")


def caught_saying(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 12)
    if start and text[start - 1] in _OPEN:
        m = _CAUGHT_BEFORE.search(text, lo, start)
        if m is not None:
            if m.group()[0] in "别不莫千":  # 别念成"第一名": the quote closes right after the word
                return any(ch in _CLOSE for ch in text[end:end + 3])
            return _CAUGHT_AFTER.match(text, end) is not None
    if _PRESSED_BEFORE.search(text, lo, start) is None:
        return False
    return _QUIT_AFTER.match(text, end) is not None


_LIST_BEFORE = re.compile(
    r"(?:禁用词|违禁词|敏感词|极限词|违规词|禁词)(?:清单|名单|表|列表|单子)?(?:上|里)?(?:有|写着|贴着|包括)?"
    r"[^。！？!?说讲是就我咱它这那但]{0,16}$"
)
_LIST_AFTER = re.compile(r"[^。！？!?说讲是就但]{0,12}?(?:都在上面|都在里面|都在上头|都在单子上|都在清单上|都是违禁|都是禁用|都不能说|都不让说)")
_LAW_BEFORE = re.compile(r"(?:广告法|法律|法规|平台规则|平台)(?:管的是|禁止的是|禁的是|不让说的是|限制的是|查的是)$")


def banned_list(text: str, start: int, end: int) -> bool:
    if _LAW_BEFORE.search(text, max(0, start - 9), start) is not None:
        return True
    if text.find("都", end, end + 14) == -1:
        return False
    if _LIST_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    m = _LIST_AFTER.match(text, end)
    return m is not None and TURN_BACK.search(text, m.end(), m.end() + 30) is None


_NOT_SAID_BEFORE = re.compile(
    r"(?:不是|不|没|从不|从来不|从没)(?:跟|和|对|给|同)?(?:你们|大家|你|家人们|各位|姐妹们)?(?:说|讲|吹|宣传|承诺)"
    r"(?:它|这个|这款|我们的)?(?:能|会|可以|能够)?(?:(?![假谎瞎废话别的了过])[\u4e00-\u9fff]){0,2}$"
)
_EFFECT_CATEGORIES = frozenset({"化妆品宣称", "功效夸大", "医疗用语", "迷信", "投资承诺"})


def not_said(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 14)
    if text.find("说", lo, start) == -1 and text.find("讲", lo, start) == -1 and text.find("吹", lo, start) == -1:
        return False
    m = _NOT_SAID_BEFORE.search(text, lo, start)
    return m is not None and TURN_BACK.search(text, end, end + 30) is None


_SCREEN_TIMER = re.compile(r"(?:屏幕|页面|画面|右上角|左上角|右下角|左下角|链接上)[^。！？!?]{0,6}?(?:有|显示|挂着|挂了)?(?:个)?(?:倒计时|计时)")
_PRESSURE = re.compile(r"抓紧|赶紧|赶快|快抢|抢|手慢|错过|没了|别等|不要等|快点|快下单|快拍")


def timer_shown(text: str, start: int, end: int) -> bool:
    if "计时" not in text[start:end] or _SCREEN_TIMER.search(text) is None:
        return False
    return _PRESSURE.search(text) is None


# 7. Patients told to ask their doctor, or cautioned, nothing promised (哮喘的朋友能住帐篷吗?…问你的呼吸科医生去; 糖尿病的朋友脚上有
#    伤口的话 徒步别穿新鞋; 高血压的朋友注意 这款偏咸 — not 注意了！今天这款茶 nor 不要再受罪了, a pitch), and a viewer's question sent to the hospital (弹幕问…是不是该买防脱的 先去医院查查 别指望洗发水).
_PERSON_AFTER = re.compile(r"(?:的)?(?:朋友|患者|病人|人群|宝妈|老人|姐妹|家人|孩子|宝宝|人)")
_PERSON_END = ("朋友", "患者", "病人", "人群", "宝妈", "老人", "姐妹", "家人", "孩子", "宝宝", "的人")
_ASKED_BEFORE = re.compile(r"(?:弹幕|评论|公屏|留言|有人|网友|粉丝|观众|好多人|很多人)[^。！？!?]{0,3}问[^。！？!?]{0,14}$")
_QUESTION_AFTER = re.compile(r"[^。！？!?]{0,10}?(?:吗|么|嘛)?[?？]")
_DOCTOR = re.compile(
    r"(?<!不用)(?<!不必)(?<![别不没免省])(?:问(?:你|您)的?[\u4e00-\u9fff]{0,4}?医生|(?:先|赶紧)?(?:去|上)医院|看医生|找医生|问医生"
    r"|遵医嘱|听医生|别指望|不能指望|指望不上)"
)
_CAUTION = re.compile(
    r"[^。！？!?]{0,10}?的话[^。！？!?]{0,8}?(?:(?<!特)别|不要)"
    r"|[^。！？!?]{0,14}?(?:少吃|少喝|慎用|慎食|不建议|不适合|偏咸|偏甜|偏油|偏辣|糖分高|含糖高|盐分高|别多吃|不要多吃|别当饭吃)"
)
_PROMISE = re.compile(r"(?<![只不])能|(?<!不)可以|管用|有效|(?<!主)治|缓解|改善|调理|降|稳|好转|帮助|放心|吃药|打针|胰岛素|(?<!不)适合|专门|克星")
_CARE_CATEGORIES = frozenset({"医疗用语", "化妆品宣称", "功效夸大"})


def patient_advised(text: str, start: int, end: int) -> bool:
    n = len(text)
    if _PROMISE.search(text, start, end) is not None:  # 能治多动症: the hit is itself the promise
        return False
    asked = _ASKED_BEFORE.search(text, max(0, start - 24), start) is not None
    person = text.endswith(_PERSON_END, start, end) or _PERSON_AFTER.match(text, end) is not None
    if not (asked or person):
        return False
    doctor = _DOCTOR.search(text, end, min(n, end + 50))
    question = _QUESTION_AFTER.match(text, end)
    if doctor is not None and (asked or question is not None):
        between = question.end() if question is not None and question.end() <= doctor.start() else end
        return _PROMISE.search(text, between, doctor.start()) is None and (
            _PROMISE.search(text, doctor.end(), min(n, doctor.end() + 30)) is None) and (
            TURN_BACK.search(text, doctor.end(), doctor.end() + 30) is None)
    if not person or category_free_promise(text, end):
        return False
    return _CAUTION.match(text, end) is not None


def category_free_promise(text: str, end: int) -> bool:
    return _PROMISE.search(text, end, end + 60) is not None


# 9. A medical grade of fabric (医用级别的纯棉纱布面料, 医疗级的棉纱): the weave or the cloth, no cure — not with a claim after.
_FABRIC = re.compile(r"(?:别)?(?:的)?(?:纯棉|全棉|棉纱|纱布|无纺布|面料|布料|织物|棉布|纱线)")
_FABRIC_CLAIM = re.compile(r"修护|修复|敏感|医美|(?<!能)治|疗效|杀菌|消炎|抑菌|抗菌|伤口")


def fabric_grade(text: str, start: int, end: int) -> bool:
    if text[start:end] not in ("医用级", "医疗级"):
        return False
    m = _FABRIC.match(text, end)
    return m is not None and _FABRIC_CLAIM.search(text, m.end(), m.end() + 20) is None

# 10. 权威背书: the backer's own goods set apart from ours (国家队那套球衣是人家的专有款 我们这个是普通的速干衣 别搞混了).
_THEIRS_AFTER = re.compile(r"[^。！？!?]{0,8}?是(?:人家|他们)(?:的|自己的)?(?:专有|专属|专用|定制|特制|内部)")
_OURS_PLAIN = re.compile(r"(?:我们|咱们|我家)(?:这个|这款|的|这)?[^。！？!?]{0,4}?(?:是|就是)?普通|别搞混|不要搞混|不是一回事|不是一个东西")
_SAME_CLAIM = re.compile(r"同款|一样的|同一个厂|同一家厂|一个厂|同样的")


def theirs_not_ours(text: str, start: int, end: int) -> bool:
    if text.find("人家", end, end + 14) == -1 and text.find("他们", end, end + 14) == -1:
        return False
    m = _THEIRS_AFTER.match(text, end)
    if m is None or _OURS_PLAIN.search(text, m.end(), m.end() + 40) is None:
        return False
    return _SAME_CLAIM.search(text, m.end()) is None and TURN_BACK.search(text, m.end(), m.end() + 40) is None


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` reported, caught as a word, disowned, or a countdown shown on screen (module doc)?"""
    if category == "虚假紧迫" and timer_shown(text, start, end):
        return True
    if category in _CARE_CATEGORIES and (patient_advised(text, start, end) or fabric_grade(text, start, end)):
        return True
    if category in _EFFECT_CATEGORIES and not_said(text, start, end):
        return True
    if category == "权威背书" and theirs_not_ours(text, start, end):
        return True
    return (others_quote_refused(text, start, end) or declined_after(text, start, end)
            or caught_saying(text, start, end) or banned_list(text, start, end))
