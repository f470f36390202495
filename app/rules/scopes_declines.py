"""Context scopes: a question answered no, a wording declined, a guarantee refused, an apology with a no.

:func:`app.rules.scopes_replies.mentioned` calls :func:`declined_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A question refused after an apology** (:func:`apology_refused`, any category): 问 before the hit, then
   不好意思|抱歉|对不起 and a no (有人问能不能加微信，不好意思，不可以; 宝宝问可以私下转账吗，抱歉哈，这个不行) — not when the answer turns back (…不行，但是可以私信我 /
   加我小号). Round 64: the question echoed in place, without 问 — 能|可以|能不能 right before the hit and 吗|? after it
   (能加微信吗？不好意思不加; 可以私下转账吗？抱歉，不支持). (from round 45)
2. **An effect's guarantee refused** (:func:`guarantee_refused`, effect categories): the effect followed by
   (这个)?我|我们 + 不敢保证|不能保证|保证不了|不敢打包票 (吃了能不能不感冒我不敢保证; 能不能祛斑这个我不敢打包票), or a pattern hit that swallowed the refusal
   (斑我不敢保证) — not when 但|不过|可是 follows. (from round 45)
3. **A wording refused when asked** (:func:`wording_refused`, any category): the hit is asked (问|是不是 before or ?
   after) and answered by refusing the wording (不敢这么说|不能这么讲|我们不打这个说法|不用这个说法|不这么宣传), not when the answer turns back
   (但|不过 … 其实就是), affirms (不敢说不能, …肯定) or is 不用说 (needless to say). (from round 48)
4. **An effect asked and answered with its real cause** (:func:`real_cause`, 医疗/功效/化妆品): the effect +
   主要看|主要靠|关键看|取决于 … + a cause that is no product (遗传, 睡眠, 作息, 运动, 饮食, 体质 …): 长高主要看遗传和睡眠 — unless the answer turns
   back (但, 不过, 所以 …). (from round 53)
5. **An A-not-A question cut by the hit** (:func:`split_question`, any effect): the hit starts with 不 inside
   会不会|能不能|是不是 … (有人问这酒喝了会不会不上头), the question is reported (问 before, no 我说 between) or asked (? after), and the
   answer does not affirm (肯定, 当然, 放心, 保证, 绝对 …). (from round 53)
6. **A question answered no** (:func:`asked_answered_no`, any category): someone asked (问 … before the term, or
   能|会|可以 right before it), the question ends in 吗 within six characters after the term (能祛痘美白吗), and the answer
   opens with a no — 不能|不会|不行|没用|都不能|也不行|根本没有, or the verb split with 不了|不掉 (辟不了, 祛不掉, 治不好). 有姐妹问能祛痘吗，能，一周就消 is
   answered yes and stays a claim; a no followed by 但|不过|可是 (辟不了，但是能招财), a guarantee (不能祛痘我退款) or a double negative
   (不会不灵的, 不会让你失望) is a yes and stays. Round 80: the answer echoes the word to refuse it (能包过吗？考试包过这种话我们不说,
   能保本吗？保本这个承诺咱们不给) — not with 但|不过|退 after. (from round 61)
7. **A question sidestepped** (:func:`question_sidestepped`, 迷信 and the effects; widens the refused question of
   :mod:`app.rules.scopes_denials`): someone asked (问 before the hit), and the host only vouches for something plain
   and refuses the rest (我只能说好看，别的我不敢说; 只能说做工好，其他的不敢讲) — not with 但|不过 or a wink after. (from round 65)
8. **A disclaimer that names the claim as its object** (widens round 82's asked_declined and scopes.py's disclaimed
   and denied effect): 我不敢说用一辈子, 我没法跟你说最低, 不能给大家保证最好 — the say-verb may take an addressee (跟你, 给大家) and the object
   need not carry an effect word (用一辈子). Round 103: also the dialects' "can't say" (阿拉讲不来最好, 讲勿来, 说不准是不是最好),
   and an effect inside a declined clause of use (:func:`clause_declined`: 我们不敢说猫吃了就不生病, 不敢保证你用了就不长痘). (from round 88)
9. **An indirect question of not knowing** (F2): 我哪知道谁是no.1, 不清楚哪家最便宜, 咋晓得谁家第一. (from round 88)
10. (round 101: a word quoted as forbidden — 你别老说最好最好的，人家平台不让说, round 88 — is now read by
    :mod:`app.rules.scopes_forbidden_word`, reading 3.)
11. **An outside price not checked** (:func:`outside_price_unchecked`, 价格违规): another seller's price followed by the speaker
   saying it was not checked or is not known (宠物店里卖三百多的那种我没查过，我不乱说，咱就看咱自己的价) — not with a comparison or a
   price push after it (便宜, 贵, 划算, 只要, 比, 反正 …). (from round 103)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import (
    _END,
    _SOFT_OPEN,
    _TURNS_BACK,
    _answer_at,
    _turned_back,
)
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import _sentence

# -- the speaker cannot compare (round 73) ---------------------------------------------------------------------------

# 全网我没法比 / 外面的价我们没法比: the host says he cannot compare — not 别家跟我们没法比 (the others cannot match us).
_CANNOT_COMPARE = ("没法比", "比不了")

_SPEAKER_BEFORE_SPEAKER_CANNOT_COMPARE = re.compile(r"(?<![跟和同与比给对])(?:我|我们|咱|咱们|主播)(?:也|真|确实|实在|是|就|真的|这边)?$")

_COMPARE_BUT = re.compile(r"[^。！？!?；;\n]{0,10}?(?:但|不过|可是|反正|肯定|绝对)")


def speaker_cannot_compare(text: str, start: int) -> bool:
    """Is 没法比 the host's own "I cannot compare" (这个我不敢说，全网我没法比)?"""
    m = _SPEAKER_BEFORE_SPEAKER_CANNOT_COMPARE.search(text, max(0, start - 6), start)
    if not m or text.find("跟", max(0, m.start() - 6), m.start()) != -1 or text.find("和", max(0, m.start() - 6), m.start()) != -1:
        return False
    end = start + 3
    return not text.startswith(("较", "对"), end) and not _COMPARE_BUT.match(text, end)




# -- a question refused after an apology -----------------------------------------------------------------------------

_ASKED_BEFORE_APOLOGY_REFUSED = re.compile(rf"问[^{_END}]{{0,12}}$")

_APOLOGY_NO = re.compile(
    rf"[^{_END}]{{0,6}}?(?:吗|呢|么)?\??(?:哈|啊|呀)?(?:实在|真的|真|很|非常)?(?:不好意思|抱歉|对不起|sorry|sorri)"
    r"(?:哈|啊|呀|啦|了|哦|喽)?(?:家人们|宝宝们|宝们|宝|姐妹们|亲们|亲)?(?:这个|这|我们|咱们|主播|平台|规定)?(?:真|也|是|确实|真的)?"
    r"(?:不可以|不行|不能|不加|不给|不支持|不允许|不让|不方便|没办法|没法|做不到|办不到|不提供|不接受|不做|不开放)"
)

_CAN_BEFORE = re.compile(r"(?:能|可以|能不能|可不可以|能否|可否)(?:私下|直接|私|先)?$")

_ASKED_MARK = re.compile(r"[吗么?]")


def apology_refused(text: str, start: int, end: int) -> bool:
    """Is the hit a reported question answered no after an apology (有人问能不能加微信，不好意思，不可以)?"""
    m = _APOLOGY_NO.match(text, end)
    if not m or _TURNS_BACK.search(text, m.end(), m.end() + 14):
        return False
    if _ASKED_BEFORE_APOLOGY_REFUSED.search(text, max(0, start - 13), start):
        return True
    # round 64: the question echoed in place (能加微信吗？不好意思不加)
    return bool(_CAN_BEFORE.search(text, max(0, start - 5), start)) and _ASKED_MARK.search(text, end, m.end()) is not None


# -- an effect's guarantee refused -----------------------------------------------------------------------------------

_REFUSAL = r"(?:不敢保证|不能保证|保证不了|不敢打包票|打不了包票|不敢给你保证|不敢跟你保证|不好保证|没法保证|无法保证)"

_REFUSED_AFTER = re.compile(rf"(?:吗|呢|么)?\??(?:这个|这|那|这一点|这点)?(?:我们|我|主播|咱们|咱)(?:真|可|也|是|真的|确实|实在)?{_REFUSAL}")

_REFUSED_INSIDE = re.compile(rf"(?:我们|我|主播|咱们|咱)(?:真|可|也|是|真的|确实|实在)?{_REFUSAL}$")


def guarantee_refused(text: str, start: int, end: int) -> bool:
    """Is the effect followed by the speaker's refusal to guarantee it (能不感冒我不敢保证)?"""
    m = _REFUSED_AFTER.match(text, end) or _REFUSED_INSIDE.search(text, start, end)
    if not m:
        return False
    return not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- a wording refused when asked ------------------------------------------------------------------------------------

_ASKED_WORDING_REFUSED = re.compile(rf"(?:问|是不是|是否|算不算|能不能|可不可以)[^{_END}]{{0,12}}$")

_WORDING_REFUSED = re.compile(
    r"的?[吗呢么]?\??(?:[\u4e00-\u9fffA-Za-z]{1,4}[:：])?(?:这个|这|那)?(?:我们|咱们|我|咱|主播)?(?:真|可|也|是|确实|从来)?"
    r"(?:不敢|不能|不会|不打|不用|不做|不这么|不这样|不说|不讲|不提)(?:这么|这样)?(?:说|讲|打|宣传|用|叫|提)?"
    r"(?:这个|这种)?(?:说法|词|概念|旗号|标签)?"
)

_SAYING = re.compile(r"说|讲|打|宣传|提|叫")

_THE_WORDING = re.compile(r"这么|这样|这个|这种|说法|词|概念|旗号|标签|不敢")  # not 不用说 (needless to say)


def wording_refused(text: str, start: int, end: int) -> bool:
    """Is the asked hit answered by refusing the wording (是不是全网最低价？不敢这么说; 我们不打这个说法)?"""
    asked = text.startswith("?", end) or text.startswith("吗", end) or _ASKED_WORDING_REFUSED.search(text, max(0, start - 13), start)
    if not asked:
        return False
    m = _WORDING_REFUSED.match(text, end)
    said = text[end : m.end()] if m else ""
    if len(said) < 3 or not _SAYING.search(said) or not _THE_WORDING.search(said):
        return False
    if text.startswith(("不", "没", "能", "可以", "一定", "肯定", "当然", "绝对"), m.end()):
        return False  # 不敢说不能 — a double negative affirms
    return not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- an effect asked and answered with its real cause ----------------------------------------------------------------

_CAUSE_AFTER = re.compile(
    r"(?:这个|这事|这件事|的话|呢|嘛|啊|这块)?(?:主要|关键|其实|还是|还得|更多|得|要)?(?:是|还是|得){0,2}(?:看|靠|取决于|跟|和|与)[^" + _END + r"]{0,3}?"
    r"(?:遗传|基因|先天|睡眠|睡觉|作息|运动|锻炼|饮食|营养均衡|营养|体质|年龄|个人体质|生活习惯|习惯|医生|医院|心态|父母|晒太阳|户外)"
)

_TURNS_BACK_REAL_CAUSE = re.compile(r"但|不过|可是|所以|因此|配合|加上|多喝|多吃|就选|选它|靠它|帮你|我们这|这款|我们的|我们家|咱家|喝它|吃它|用它")

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
    return not _TURNS_BACK_REAL_CAUSE.search(sentence, m.end() - lo)


# -- an A-not-A question cut by the hit ------------------------------------------------------------------------------

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


_NO_OPEN = re.compile(
    _SOFT_OPEN + r"(?:不能|不会|不行|不可以|不可能|没用|没有用|没那个|没这个|没那么|没有这|做不到|办不到|[\u4e00-\u9fff](?:不了|不掉|不好))"
)

_TURN_BACK = re.compile(rf"[^{_END}]{{0,8}}?(?:但|不过|可是|然而|退|赔)")

# 不会不灵的 / 不能不说 / 不会让你失望: a double negative or a promise, a yes in disguise
_YES_IN_DISGUISE = ("不", "没", "让你", "叫你", "令你", "失望", "后悔", "白")

# round 80: the answer echoes the word to refuse it (能包过吗？考试包过这种话我们不说; 能保本吗？保本这个承诺咱们不给)
_ECHO_REFUSED = re.compile(
    r"(?:的)?(?:这种|这类|这样的|那种|这个|这)(?:话|词|字|说法|承诺|事|事儿)?(?:我们|咱们|我|咱|主播|本店|直播间)?"
    r"(?:从来|是|可|都|也|就|绝对|坚决|一概|向来)?(?:不|不能|不会|不敢|没法|不可以|从不)(?:说|讲|提|承诺|保证|做|给|敢说)"
)

_ECHO_WINK = re.compile(rf"[^{_END}]{{0,10}}?(?:反正|肯定|保证|放心|照样|一样|懂的|你懂)")


def _echo_refused(text: str, at: int, term: str) -> bool:
    """Does the answer from ``at`` repeat the asked term (after a short lead) and refuse it?"""
    k = text.find(term, at, at + 6 + len(term))
    if k < 0:
        return False
    m = _ECHO_REFUSED.match(text, k + len(term))
    return bool(m) and not _TURN_BACK.match(text, m.end()) and not _ECHO_WINK.match(text, m.end())


def asked_answered_no(text: str, start: int, end: int) -> bool:
    """Is the term asked about in a 吗-question answered no right after it (能辟邪吗辟不了, 能包过吗考试包过这种话我们不说)?"""
    at = _answer_at(text, start, end)
    if at < 0:
        return False
    if _echo_refused(text, at, text[start:end]):
        return True
    no = _NO_OPEN.match(text, at)
    return bool(no) and not text.startswith(_YES_IN_DISGUISE, no.end()) and not _TURN_BACK.match(text, no.end())


# -- a question sidestepped ------------------------------------------------------------------------------------------

_REST_REFUSED = re.compile(
    r"(?:别的|其他的?|其它的?|其余的?|多的|功效|效果|其他方面)(?:方面)?(?:我|咱|主播)?(?:就|可|真|也|都|是)?"
    r"(?:不敢说|不敢讲|不好说|不能说|说不了|不敢保证|不保证|不知道|不清楚|不乱说|不瞎说|不懂|不敢乱说|不敢打包票)"
)

_ONLY_VOUCH = re.compile(r"只能说|只敢说|只说|只能讲|只敢讲|只能告诉你")

_WINKS = re.compile(r"但|不过|可是|懂的|你懂|自己体会|试试就知道|用了就知道|戴了就知道")


def question_sidestepped(text: str, start: int, end: int) -> bool:
    """Is the asked effect sidestepped (有宝宝问能不能招桃花，我只能说好看，别的我不敢说)?"""
    if text.find("问", max(0, start - 16), start) == -1:
        return False
    sentence, lo = _sentence(text, start, end)
    tail = sentence[end - lo :]
    vouch = _ONLY_VOUCH.search(tail)
    if not vouch:
        return False
    return bool(_REST_REFUSED.search(tail, vouch.end())) and not _WINKS.search(tail)


# -- a disclaimer whose object is the claim --------------------------------------------------------------------------

_SAY_DECLINED_BEFORE = re.compile(
    r"(?:不敢|不能|没法|没办法|哪敢|哪能|可不敢|可不能)(?:跟|和|给|对|同|向)?"
    r"(?:你|你们|大家|各位|家人们|宝宝们|姐妹们|老铁们)?(?:说|讲|吹|夸|保证|打包票|承诺)(?:它|这个|这款)?(?:是|能|可以)?$"
    # round 103: the dialects' "can't say" (阿拉讲不来最好, 讲勿来, 我说不准是不是最好, 讲唔出)
    r"|(?:讲|说|话)(?:不|勿|唔)(?:来|出|准|清|清楚)(?:它|这个|这款|是不是|是)?$"
)


def say_declined(text: str, start: int, end: int) -> bool:
    """Is the hit the object of a declined say-verb (我不敢说用一辈子, 我没法跟你说最低) and not turned back?"""
    return bool(_SAY_DECLINED_BEFORE.search(text, max(0, start - 14), start)) and not _turned_back(text, end)


# round 103: the declined object is a clause of use (我们不敢说猫吃了就不生病, 不敢保证你用了以后就不长痘) — no turn inside it
_SAY_DECLINED_CLAUSE = re.compile(
    r"(?:不敢|不能|没法|没办法|哪敢|哪能|可不敢|可不能|不会)(?:跟|和|给|对|向)?(?:你|你们|大家|各位|家人们|宝宝们)?"
    r"(?:说|讲|保证|打包票|承诺)(?:你|大家|它|猫|狗|猫咪|狗狗|宝宝|宝|孩子|老人|毛孩子|人)?(?:家的|的)?(?:猫|狗|孩子)?"
    r"(?:吃|喝|用|戴|涂|抹|穿|喂|泡|敷|擦)(?:了|完|过)(?:以后|之后|这个|它)?(?:就|都|也|能|会|肯定|一定|保证){0,2}$"
)


def clause_declined(text: str, start: int, end: int) -> bool:
    """Is the effect inside a declined clause of use (我们不敢说猫吃了就不生病) and not turned back after it?"""
    return _SAY_DECLINED_CLAUSE.search(text, max(0, start - 20), start) is not None and not _turned_back(text, end)


# -- an indirect question of not knowing -----------------------------------------------------------------------------

_UNKNOWN_WHO_BEFORE = re.compile(
    r"(?:哪|不|咋|怎么|谁|没人)(?:知道|晓得|清楚|说得清|分得清)(?:到底)?(?:谁|哪个|哪家|哪款|哪一家|哪一款|啥)(?:家)?(?:是|才是|算|的)?$"
)


# -- round 103: an outside price named only to say one has not checked it ----------------------------------------------

_PRICE_UNCHECKED = re.compile(
    rf"(?:的)?(?:那种|那个|那款|那些|这种|价格|价钱|价)?(?:是多少|多少钱|啥价|什么价)?[^{_END}]{{0,3}}?(?:我|我们|咱|咱们|主播|俺)(?:也|真|确实|是|就|还|都)?"
    r"(?:没查过|没查|没看过|没看|没关注过?|没比过|没比较过|不清楚|不知道|不了解|不晓得|唔知|不好说|说不好)"
)
_PRICE_COMPARED = re.compile(r"但|不过|可是|反正|肯定|绝对|便宜|贵|划算|省|只要|才|到手|直降|一半|[比差]|低|高")


def outside_price_unchecked(text: str, start: int, end: int) -> bool:
    """Is another seller's price named only to say it was not checked (宠物店里卖三百多的那种我没查过，咱就看咱自己的价)?"""
    if text.find("卖", start, end) == -1:
        return False  # another seller's price (超市卖三百多), not a superlative (全网最低 我不知道 懂的都懂)
    m = _PRICE_UNCHECKED.match(text, end)
    return m is not None and _PRICE_COMPARED.search(text, m.end(), m.end() + 20) is None and not _turned_back(text, m.end())


def declined_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    surface = text[start:end]
    if wording_refused(text, start, end):
        return True
    if (category != "绝对化用语" or surface == "最好") and apology_refused(text, start, end):
        return True
    window = text[end : end + 9]
    if ("吗" in window or "么" in window or "嘛" in window) and asked_answered_no(text, start, end):
        return True
    if category in ("绝对化用语", "功效夸大") and say_declined(text, start, end):
        return True
    if category == "价格违规" and outside_price_unchecked(text, start, end):
        return True
    if category == "绝对化用语" or category == "价格违规":
        lo = max(0, start - 16)
        if _UNKNOWN_WHO_BEFORE.search(text, lo, start) and not _turned_back(text, end, 20):
            return True
        return (
            category == "绝对化用语"
            and text[start] != "最"
            and text.startswith(_CANNOT_COMPARE, start)
            and speaker_cannot_compare(text, start)
        )
    if category in _EFFECTS:
        if category != "绝对化用语" and guarantee_refused(text, start, end):
            return True
        if clause_declined(text, start, end):
            return True
        if text[start] == "不" and split_question(text, start, end):
            return True
        if real_cause(text, start, end):
            return True
    if category == "迷信" or category in _EFFECTS:
        return text.find("只", end, end + 20) != -1 and question_sidestepped(text, start, end)
    return False
