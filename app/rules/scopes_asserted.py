"""Context scopes, part 3: a claim mentioned, not asserted — and the category sets the scope rules share.

Split out of :mod:`app.rules.scopes` (same behaviour); ``scopes.not_a_claim`` calls :func:`not_asserted`,
:func:`_disclaimed_after` and :func:`in_title`.

6. **Not asserted** (:func:`not_asserted`) — the claim is mentioned, not made:

   - a yes/no question about it answered no (这个能治脚气吗？不能啊); a question answered yes, or asked only to
     assert it (你知道它为什么能降血压吗？因为…), stays a claim, and so does a rhetorical denial (谁说不能根治？ /
     谁告诉你它不能保本: 谁说 before a negator cancels every negation rule above);
   - an A-not-A form of the term itself (招不招财, 开光不开光, 降不降血压; round 64: a pattern hit whose last two
     characters come again after 不 — 就是个摆件，招财不招财我不说): a question or an indifference (不管…) — but
     not for 导流/数据造假, where 加不加微信 is still the invitation;
   - a dismissal with 什么 right before it (不是什么特效药, 不讲什么开光, 别指望它降血压 via disbelief); not
     没(有)什么 (没什么副作用 is the claim of 第十七/二十八条);
   - the topic of a book, course or film (讲风水的书, 关于开光仪式的纪录片, 风水学史, 风水史的著作), and a belief named
     as an idea or custom (建筑里的风水观念, 风水文化): it claims nothing about the goods;
   - a real qualification named in the sentence, not denied: a special cosmetic (国妆特字号/特证/特殊化妆品 — it may claim
     its registered use, 《化妆品监督管理条例》第十六条), a device registration for the 械字号 mention itself (二类医疗
     器械，有注册证，械字号可查 — 械字号 alone, or 械字号面膜 claiming 美白, still fires), and a 蓝帽子 health food's
     function said in the approved wording (辅助降血脂, 有助于增强免疫力; 能降血脂 still fires);
   - 恢复原价{N} / 恢复日常价{N} (after a real deadline): the later regular price, stated (《明码标价和禁止价格欺诈规定》: a real price), not a made-up one;
   - a stated total before "gone when sold" (一共五百本，签完就没有了): a fact, not invented urgency;
   - the shop's own best-seller (我们店里的销冠) as an internal comparison (全网销冠 fires).
   Also in :func:`_disclaimed`: 我不说第一，但是在这个价位值得一试 is modesty; only a challenge to compare after 但
   (你去比比, 懂的都懂) makes it the dodge.

5e. **A disclaimer after the term** (:func:`_disclaimed_after`, 绝对化/价格): 别问我是不是全网最低价，这个我不敢说, 最好用的
    我不好说 — not when others are the ones who don't dare (别的主播都不敢说), nor before 假话 (我不敢说假话), a wink
    (懂的都懂) or a dodge after 但. Before the term the disclaimer also knows 不好说/不吹/不夸 and 它/这 in between
    (我不说它是最好的, 我从来不吹它是第一).
    The same for an illness or effect (:func:`effect_disclaimed_after`, 医疗/功效/化妆品, from ``scopes_replies``):
    湿疹这个真不敢保证能好 — but a disclaimer of degree (不敢说百分百), 但, a refund or a wink (试了就知道) keeps the claim.
5f. **A title** (:func:`in_title`, 绝对化/价格): a superlative inside 《…》 names a book, film or song (《最好的我们》).
Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX, UNIT_RX
from app.rules.scopes_asked import answered_yes
from app.rules.scopes_mentions import _EXTERNAL, _SHOP
from app.rules.scopes_text import _SENTENCE, _after, _before, _rev, _sentence, viewer_threatened

NEGATION_CATEGORIES = frozenset({"导流私下交易", "投资承诺", "数据造假", "迷信", "权威背书", "虚假紧迫"})
# Disbelief (千万别信什么包治百病的话) and denunciation (…都是骗人的, 那是迷信) deny any claim; only vulgar
# wording stays vulgar whatever follows it.
WARNING_CATEGORIES = NEGATION_CATEGORIES | {"价格违规", "绝对化用语", "医疗用语", "功效夸大", "化妆品宣称"}
_DISCLAIM_BUT = re.compile(r"但|可是|不过|然而")
_GUARANTEE_AFTER = re.compile(r"退|差价|赔|的话")
_SELF_NEGATED = frozenset("不没无别非勿")
_TAIL_GUARANTEE = re.compile(r"退|差价|赔|的话|找我|算我|包|不要钱|免单|白送|双倍|倒贴|兜底|承担|负责|担着|骂|砸我|拆我|拉黑|取关")  # 上鱼，不上鱼你来找我; r132: 便宜，不便宜你回来骂我
# 我不说第一，但是在这个价位值得一试 is modesty; 我不敢说是全网最低价，但是你去比比 is the dodge: after 但, a
# challenge to compare (or a wink) re-asserts what was "not said".
_DODGE_AFTER = re.compile(r"比|心里有数|懂的|都懂|你品|自己看|自己查|去查|去搜|搜一下|不用我说|不多说|你猜")
# 我不说它是最好的 … 懂的都懂 / 你品 / 用了就知道 / 亲测: a wink after the disclaimer re-asserts it, with or without 但.
_WINK = re.compile(
    r"懂的都懂|都懂的|懂得都懂|你品|你细品|心里有数|不用我说|不用我多说|不多说|你猜|[试用吃喝买][了过]?就知道"
    r"|亲测|反正"  # testimony: 没说能祛痘，反正我用了就没了 (not 确实: 我不说第一，但是用着确实舒服 is modesty)
)
# 别问我是不是全网最低价，这个我不敢说 / 最好用的我不好说: the disclaimer after the term, in its sentence — not when
# others are the ones who "don't dare" (这是全网最低价，别的主播不敢说).
_DISCLAIM_AFTER = re.compile(
    r"(?P<gap>[^。！？!?；;\n]{0,8}?)(?:我|咱|主播)?(?:可|真|也|还真|是真|真的)?"
    r"(?:不敢说|不好说|不能说|说不好|不敢讲|不好讲|不敢保证|不能保证|保证不了|不敢打包票|不敢吹|不敢夸)"
    r"(?!假|谎|瞎|大话|虚|空话|半句|一句假|骗)"  # 我不敢说假话 re-asserts it (commas are gone after normalising)
)
_OTHERS = re.compile(r"别|其他|其它|他们|人家|同行|谁")


def _own_disclaimer(text: str, end: int) -> tuple[str, re.Match] | None:
    """``(the clause after end, the match)`` when the speaker's own disclaimer follows the term in its clause (…这个我
    不敢说), not others' (别的主播不敢说) and not after a 但 (…但我不敢说); else None."""
    after = _after(text, end)
    m = _DISCLAIM_AFTER.match(after)
    if not m or _OTHERS.search(m.group("gap")) or _DISCLAIM_BUT.search(m.group("gap")):
        return None
    return after, m


def _disclaimed_after(text: str, end: int) -> bool:
    """Is the superlative ending at ``end`` disclaimed right after it (…，这个我不敢说), and not re-asserted?"""
    own = _own_disclaimer(text, end)
    if own is None:
        return False
    after, m = own
    rest = after[m.end() :]
    if _GUARANTEE_AFTER.search(rest) or _WINK.search(rest):
        return False
    but = _DISCLAIM_BUT.search(rest)
    return not (but and _DODGE_AFTER.search(rest, but.end()))


# 湿疹这个真不敢保证能好 / 痛风我们不敢说能调理: an illness or effect named, then the outcome disclaimed. Only a plain
# disclaimer: one about degree (不敢说百分百 / 不敢保证完全) or followed by 但 keeps the claim (根治不敢说，但九成能好转).
_DEGREE = re.compile(r"百分百|100%|一定|完全|全部|彻底|根治|每个|人人|绝对")
# …我不敢保证，我家孩子吃了三个月就好了: testimony or an outcome after the disclaimer re-asserts it (反正/亲测: _WINK).
_REASSERTED = re.compile(r"我(?:自己|家|妈|爸)|[好没消降退愈]了")


def effect_disclaimed_after(text: str, start: int, end: int) -> bool:
    """Is the effect or illness ``text[start:end]`` followed by a plain disclaimer of the outcome (这个真不敢保证能好)?"""
    if text.find("不", end, end + 12) == -1:  # every disclaimer has a 不 (保证不了 too)
        return False
    own = _own_disclaimer(text, end)
    if own is None:
        return False
    after, m = own
    rest = after[m.end() :]
    return not (_DEGREE.search(after, 0, m.end() + 6) or _DISCLAIM_BUT.search(rest) or _GUARANTEE_AFTER.search(rest)
                or _WINK.search(rest) or _REASSERTED.search(rest))


# 《最好的我们》/《第一炉香》: a superlative inside the title of a book, film or song names the work (the Guideline's
# 商品名称 case); spoken text has no 《》, scripts do.
_TITLE_REACH = 24


def in_title(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` lie inside a 《…》 title?"""
    lo = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if lo == -1 or text.find("》", lo, start) != -1:
        return False
    hi = text.find("》", end, end + _TITLE_REACH)
    return hi != -1 and text.find("《", end, hi) == -1


# -- 6. not asserted: questions answered no, indifference, dismissals, topics, real qualifications ----

# 这个能治脚气吗？不能啊 — a yes/no question about the claim, answered no in the next words, asserts nothing.
# (谁说不能根治？ is no yes/no question with a no-answer: it stays a claim, see _RHETORICAL_REV.)
_ANSWERED_NO = re.compile(
    r"[^。！!；;\n]{0,12}?吗[?？]?(?:[^。！!?？；;\n:：]{0,6}[:：])?(?:那)?"
    r"(?:不能(?!不)|不行|不可以|不会(?!有比|再有)|没有(?!比|之一|第二|哪|谁|什么比|更)|没用|不是(?!一般|一点|盖|吹|开玩笑|我吹|我说)"
    r"|并不能|当然不(?!止|仅|光|只)|肯定不(?!止|仅|光|只)|那可不(?!是)|治不了|不管用|做不到|没那么神"
    r"|(?:去|治|消|降|祛|美白|白|瘦|长|办|解决|管|根治|医|保证)不了)"  # 能去皱吗？去不了 (not 少不了/错不了: a yes)
)
# (An emphatic yes looks like a no: 能美白吗？不是一般的白 / 能降血压吗？当然不止降血压 / 没有比它更好的.)
# 招不招财 / 开光不开光 / 降不降血压: an A-not-A question or an indifference (不管招不招财) about the claim. For a
# diversion an A-not-A is still the invitation (加不加微信), so not for 导流/数据造假.
_A_NOT_A_EXCLUDED = frozenset({"导流私下交易", "数据造假"})
_A_NOT_A_IN = re.compile(r"([\u4e00-\u9fff])不\1")


def _asked_inside(text: str, start: int, end: int) -> bool:
    """Is there an A-not-A question inside the hit (有人问考证包不包过)? Asked (问 before it, or 吗/? after it) and
    not 包过，不过全额退 (commas are gone after normalising: 过不过 there is a guarantee, not a question)."""
    m = _A_NOT_A_IN.search(text, start, end)
    if not m or _GUARANTEE_AFTER.search(text, m.end(), m.end() + 6):
        return False
    return text.find("问", max(0, start - 12), start) != -1 or text[end : end + 1] in ("吗", "?", "？", "呢")
# 不是什么特效药 / 不讲什么开光 / 哪有什么包治百病: 什么 marks a dismissal. Not 没(有)什么 (没什么副作用 is the claim).
_DISMISS_REV = re.compile(
    rf"(?:的|种这|种那)?(?:么什|啥)(?:{_rev('不是|并不是|也不是|不讲|不搞|不谈|不说|不玩|不存在|哪有|不信|别信|别指望|不指望|不图|不求|不追求')})"
)
# 讲风水的书 / 关于根治鼻炎的课程 / 风水学史: the term names the topic of a book or a course, it claims nothing.
_TOPIC_BEFORE_REV = re.compile(rf"(?:{_rev('讲|讲述|讲解|关于|介绍|研究|探讨|科普|解读|揭秘|谈')})")
_TOPIC_AFTER = re.compile(
    r"[^。！!?？；;\n]{0,2}?的?(?:书|图书|读物|绘本|课|课程|讲座|节目|纪录片|视频|文章|杂志|专着|教材|历史|知识|典故)"
)
_TOPIC_NOUN_AFTER = ("学史", "史料", "的历史", "文化史", "史的", "史研究", "史学")
# 建筑里的风水观念 / 风水文化图录: a belief named as an idea or a custom is a topic, not a promise of luck.
_BELIEF_TOPIC_AFTER = ("观念", "文化", "理论", "学说", "习俗", "思想", "民俗", "传说")
_TOPIC_LAST = frozenset("讲述解于绍究讨普读秘谈")
_DISMISS_LAST = frozenset("么啥的种")
# Real qualifications named as such (《化妆品监督管理条例》第十六条: a registered special cosmetic may claim its
# registered use — 美白祛斑, 防晒, 防脱, 染发, 烫发; 《保健食品注册与备案管理办法》: a 蓝帽子 health food may state its
# approved function in the approved wording, 辅助降血脂 / 有助于增强免疫力).
_SPECIAL_COSMETIC = re.compile(r"国妆特|妆特字|特殊化妆品|特殊用途化妆品|特证|特妆")
_DEVICE_REGISTRATION = re.compile(r"医疗器械|械注准|注册证|备案号|械备")
_HEALTH_FOOD = re.compile(r"蓝帽|保健食品|健字号|国食健|卫食健|批准文号|批文")
_APPROVED_WORDING = ("辅助", "有助于", "有助")
_HEALTH_FOOD_CATEGORIES = frozenset({"医疗用语", "功效夸大"})
_QUALIFIED_NEGATED = re.compile(r"(?:不是|没有|没|非|不属于|不算|冒充|假冒|假的|不用|不需要|无需|不要)$")
# 活动结束恢复原价一百二十九: the later regular price, stated — not a fictitious original price.
_RESTORED_PRICE = ("恢复", "恢复到", "恢复成", "回到", "回归", "变回", "涨回", "涨回到", "调回", "改回")
# The names of the regular price that comes back (恢复日常价 is the later price, not a 被比较价格).
_REGULAR_PRICE = ("原价", "日常价", "平时价", "平常价", "正常价", "常规价", "零售价")
_TOTAL_WORDS = ("一共", "总共", "总量", "总计", "全部")
# 一共五百本，签完就没有了: a stated total makes "gone when sold" a fact, not invented urgency.
_STATED_TOTAL = re.compile(rf"(?:一共|总共|总量|总计|全部)(?:就|只有|只|才|是)?(?:发行了|发行|印了|印|做了|做|生产了|生产|出了|烧了|酿了)?{NUMBER_RX}{UNIT_RX}")
# 我们店里的销冠 / 本店的销量冠军: a best-seller of one's own shop (the shop's own sales data).
_SHOP_OWN_REV = re.compile(rf"的?(?:{_rev(_SHOP)})")


def _qualification_named(sentence: str, rx: re.Pattern) -> bool:
    return any(not _QUALIFIED_NEGATED.search(sentence[max(0, m.start() - 3) : m.start()]) for m in rx.finditer(sentence))


def not_asserted(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate asked about and answered no, dismissed, a topic, or backed by a real qualification?

    Cheap on the common path: a few character tests at fixed offsets decide that no case applies.
    """
    if category not in WARNING_CATEGORIES:
        return False
    if text.find("吗", end, end + 14) != -1 and _ANSWERED_NO.match(text, end):
        return True
    prev = text[start - 1] if start else ""
    if category not in _A_NOT_A_EXCLUDED and (
        (prev == "不" and start >= 2 and (text[start - 2] == text[start] or text[start - 3 : start - 1] == text[start : start + 2]))
        or (text.startswith("不", end) and text.startswith(text[start : min(end, start + 2)], end + 1))
        or (end - start >= 3 and text.startswith("不", end) and text.startswith(text[end - 2 : end], end + 1)
            and not _TAIL_GUARANTEE.search(text, end + 3, end + 9))  # not 必上鱼，不上鱼全额退款
    ) and not answered_yes(text, start, end, start - 1):
        return True  # 招不招财, 开光不开光; round 64: 摆件，招财不招财我不说 (the hit's tail repeated after 不)
    if category not in _A_NOT_A_EXCLUDED and text.find("不", start + 1, end - 1) != -1 and _asked_inside(text, start, end):
        return True  # 有人问考证包不包过: the A-not-A inside a pattern hit
    if category != "导流私下交易" and text.startswith(_TOPIC_NOUN_AFTER, end):
        return True  # 风水学史
    if category == "迷信" and text.startswith(_BELIEF_TOPIC_AFTER, end):
        return True  # 风水观念
    if prev in _DISMISS_LAST or prev in _TOPIC_LAST or (category == "绝对化用语" and text.find("冠", start, end) != -1):
        back = _before(text, start)
        if prev in _DISMISS_LAST and text[start] not in _SELF_NEGATED and _DISMISS_REV.match(back):
            return True  # 不是什么特效药
        if prev in _TOPIC_LAST and category != "导流私下交易" and _TOPIC_BEFORE_REV.match(back) and _TOPIC_AFTER.match(text, end):
            return True  # 讲风水的书
        if category == "绝对化用语" and _SHOP_OWN_REV.match(back) and not _EXTERNAL.search(back[::-1] + text[start:end]):
            return True  # 我们店里的销冠
    if category == "化妆品宣称":
        device = text.find("械", start, end) != -1
        if device or text.find("特", max(0, start - _SENTENCE), end + _SENTENCE) != -1:
            sentence, _ = _sentence(text, start, end)
            if _qualification_named(sentence, _SPECIAL_COSMETIC):
                return True
            if device and _qualification_named(sentence, _DEVICE_REGISTRATION):
                return True  # 械字号，药监局能查到: the registration itself, named with it
    elif category in _HEALTH_FOOD_CATEGORIES:
        if text.endswith(_APPROVED_WORDING, 0, start) and _qualification_named(_sentence(text, start, end)[0], _HEALTH_FOOD):
            return True  # 蓝帽子 … 辅助降血脂
    elif category == "价格违规":
        if text.startswith(_REGULAR_PRICE, start) and text.endswith(_RESTORED_PRICE, 0, start) and not viewer_threatened(text, start):  # round 115: not 不拍就恢复原价三千九 — the viewer threatened, the 原价 part of it
            return True  # 恢复原价一百二十九, 过了十二点恢复日常价一百五十九
    elif category == "虚假紧迫" and text.find("没", start, end) != -1:
        lo = max(0, start - _SENTENCE)
        if any(text.find(w, lo, start) != -1 for w in _TOTAL_WORDS):
            sentence, lo = _sentence(text, start, end)
            if _STATED_TOTAL.search(sentence, 0, start - lo):
                return True  # 一共五百本，签完就没有了
    return False
