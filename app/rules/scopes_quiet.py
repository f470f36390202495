"""Context scopes, batch 15's false-alarm families: rhetoric, schedules, questions, stated prices, facts of use.

:func:`app.rules.scopes_replies.mentioned` calls :func:`quiet_said`, which tries each family for the categories it
concerns (a surface or character test first). Text is normalised: commas are gone, ？ is ``?``.

1. **A rhetorical question** (:func:`rhetorical`, any category): the claim modifies a noun that a rhetorical
   question dismisses (一天挣个五六百的工作哪有那么好找, 一件亏二十块的事谁干啊, 月入三万的活上哪找去).
2. **The show's schedule** (:func:`show_schedule`, 虚假紧迫): 最后一个小时我们上新品, 今天讲的最后一款了 — what comes
   next on the show, not a deadline to buy; never with pressure in the sentence (抢, 手慢, 卖完, 错过 …).
3. **Which one is the most …?** (:func:`which_question`, 绝对化用语/价格违规): 最便宜的是哪个?, 哪款最保暖? — a
   question, no ranking claimed; not after an external scope (全网最便宜的是哪家?).
4. **The later price stated** (:func:`later_price`): 之后日常价一百二 (价格违规) and 仅限今晚…明天恢复店铺日常价
   (虚假紧迫) say what the price will be — an honest end to a real promotion (《明码标价和禁止价格欺诈规定》第十九条).
5. **Getting used to the goods** (:func:`getting_used`, 功效夸大): 第一晚可能不习惯，睡几天就好 — habit, no effect.
6. **The legal 划线价** (:func:`reference_low`, 绝对化用语/价格违规): 前七天内的最低成交价 is the definition of the
   reference price (《明码标价和禁止价格欺诈规定》第十九条), no ranking.
7. **An app as a device feature** (:func:`app_feature`, 导流私下交易): 可以同时登录两个微信账号, 支持微信双开.
8. **Denied as a property** (:func:`denied_property`): 不具备任何开运功能, 不具有化煞作用 — the negator reaches over
   任何/什么, which the general negation rule does not read as light words.
9. **A viewer's question repeated in the answer** (:func:`question_copy`): 阿姨们问老年斑能去吗?…老年斑抹一个月就淡了 —
   the question's copy is the viewer's words; the answer's copy is judged on its own.
10. **Sport news** (:func:`sport_news`, 权威背书): 国家队昨晚的比赛很精彩 — no backing without a use of the goods.
11. **Content on a side account** (:func:`side_account_content`, 导流私下交易): 我小号上发了个教程 — no trade named.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import NUMERALS, PRESSURE, SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a rhetorical question -------------------------------------------------------------------------------------

_RHETORIC_AFTER = re.compile(
    rf"[^{_END}]{{0,4}}?的[^{_END}]{{1,5}}?(?:哪有那么|哪有这么|哪那么|哪能那么|哪里有那么|上哪找|哪里找|哪找"
    r"|谁干|谁会干|谁愿意|谁肯|谁信|谁会信|谁做)"
)
_AFFIRMED = re.compile(r"就在|我们这|我们家|咱们这|咱家|这里就有|这就有|有啊|有的")


def rhetorical(text: str, start: int, end: int) -> bool:
    """Does a rhetorical question dismiss the noun the hit modifies (…的工作哪有那么好找)?"""
    m = _RHETORIC_AFTER.match(text, end)
    if not m:
        return False
    return not _AFFIRMED.search(text, m.end(), m.end() + 20)  # …哪有那么好找? 我们这就有: the offer after all


# -- 2. the show's schedule -------------------------------------------------------------------------------------

_NEXT_ON_SHOW = re.compile(
    r"(?:我们|咱们|主播|会|要|就|来|再)*(?:上新品|上新款|上新|讲新品|开箱|答疑|连麦|聊天|唠嗑|教大家|讲解|试穿|试色)"
)
_SHOW_VERB_BEFORE = re.compile(r"(?:讲|播|介绍|上|试|带|聊|展示)的$")


def show_schedule(text: str, start: int, end: int) -> bool:
    """Is the time or last-item hit the show's running order (最后一个小时我们上新品, 今天讲的最后一款了)?"""
    if not (_NEXT_ON_SHOW.match(text, end) or _SHOW_VERB_BEFORE.search(text, max(0, start - 3), start)):
        return False
    sentence, lo = _sentence(text, start, end)
    return not (PRESSURE.search(sentence, 0, start - lo) or PRESSURE.search(sentence, end - lo))


# -- 3. which one is the most …? ----------------------------------------------------------------------------------

_WHICH_AFTER = re.compile(rf"的?(?:是|就是)?(?:哪|什么|啥)[^{_END}]{{0,5}}?\?")
_WHICH_BEFORE = re.compile(r"(?:哪|哪一)(?:个|款|种|件|位|家|几个|些)(?:是|会|能|比较)?$")
_SELF_ANSWER = re.compile(r"当然|肯定|必须|我们家|咱们家|咱家|我家|本店|我们店|我们直播间|我们这|就是我们")
_EXTERNAL = re.compile(r"全网|全国|全球|全世界|行业|同行|市面|史上|同类|所有|任何|别家|外面")


def which_question(text: str, start: int, end: int) -> bool:
    """Is the superlative asked about (最便宜的是哪个?, 哪款最保暖?), inside the shop's own range?"""
    if "最" not in text[start:end]:
        return False
    asked = _WHICH_AFTER.match(text, end) or (
        _WHICH_BEFORE.search(text, max(0, start - 4), start) and text.find("?", end, end + 6) != -1
    )
    if not asked or _EXTERNAL.search(text, max(0, start - 8), start):
        return False
    q = text.find("?", end, end + 12)
    return not _SELF_ANSWER.search(text, q + 1, q + 12)  # 最好的是哪家? 当然是我们家: the claim, asked and answered


# -- 4. the later price stated ----------------------------------------------------------------------------------

_LATER_BEFORE = re.compile(
    r"(?:之后|以后|往后|后面|明天|明日|活动结束后|活动后|结束后|下播后|过后|平时)(?:就|会|都|也|再)?(?:恢复到?|回到|回归|是)?(?:店铺|平时的?|正常的?)?$"
)
_PRICE_HEAD = ("日常价", "原价", "售价", "正常价", "日常售价", "店铺价", "零售价")
_LATER_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:明天|明日|之后|以后|活动结束后|下播后)(?:就|会)?(?:恢复到?|回到|回归|就是|是)(?:店铺|平时的?|正常的?)?"
    rf"(?:日常价|日常售价|正常价|正常售价|店铺价|[{NUMERALS}]+(?:块|元))"
)


def later_price(text: str, start: int, end: int, category: str) -> bool:
    """Is the hit a price said for later (之后日常价一百二), or a deadline whose next price is stated?"""
    if category == "价格违规":
        return text.startswith(_PRICE_HEAD, start) and bool(_LATER_BEFORE.search(text, max(0, start - 9), start))
    if not _LATER_AFTER.match(text, end):
        return False
    sentence, lo = _sentence(text, start, end)
    return not PRESSURE.search(sentence, end - lo)


# -- 5. getting used to the goods ------------------------------------------------------------------------------

_HABIT = re.compile(r"不习惯|不太习惯|不适应|不太适应|习惯一下|适应一下|磨合|磨脚|夹脚|有点硬|偏硬|有点紧|偏紧|有点味|有味道|有气味|散散味")


def getting_used(text: str, start: int, end: int) -> bool:
    """Is the "… days and it's fine" hit about getting used to the goods (第一晚可能不习惯，睡几天就好)?"""
    if not text.startswith("就好", end - 2) and not text.startswith("就好", end - 3):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_HABIT.search(sentence, 0, start - lo))


# -- 6. the legal 划线价 ----------------------------------------------------------------------------------------

_REFERENCE_BEFORE = re.compile(rf"(?:前|近|过去)[{NUMERALS}]+(?:天|日|个月)(?:内|以内|之内)?的?$")


def reference_low(text: str, start: int, end: int) -> bool:
    """Is the 最低 hit the reference price's definition (前七天内的最低成交价)?"""
    return text.startswith(("最低成交价", "最低价", "最低售价", "最低交易价"), start) and bool(
        _REFERENCE_BEFORE.search(text, max(0, start - 8), start)
    )


# -- 7. an app as a device feature -----------------------------------------------------------------------------

_APP_VERB_BEFORE = re.compile(rf"(?:登录|登陆|双开|多开|安装|下载|运行|打开|装)(?:[{NUMERALS}]+个|多个)?$")
_APP_FEATURE_AFTER = re.compile(r"(?:双开|多开|分身|账号|账户|应用|app|视频通话|语音通话)")
_INVITE = re.compile(r"加我|加一下|找我|私|联系|扫码|转账|下单|拍|客服|群")


def app_feature(text: str, start: int, end: int) -> bool:
    """Is the platform named as an app the device runs (同时登录两个微信账号, 支持微信双开)?"""
    if not (_APP_VERB_BEFORE.search(text, max(0, start - 6), start) or _APP_FEATURE_AFTER.match(text, end)):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _INVITE.search(sentence)


# -- 8. denied as a property -----------------------------------------------------------------------------------

_PROPERTY_DENIED = re.compile(r"(?:不具备|不具有|并不具备|并不具有|没有任何|并无|不带有|无任何)(?:任何|什么|所谓的?)?$")


_PROPERTY_AFTER = re.compile(rf"[^{_END}]{{0,3}}?(?:功能|作用|功效|效果|能力|属性)")


def denied_property(text: str, start: int, end: int) -> bool:
    """Is the hit denied as a property of the goods (不具备任何开运功能)? Not for effect categories: there a negated
    harm (没有任何副作用) is the claim, and :func:`app.rules.scopes._effect_denied` reads 不具备 already."""
    return bool(_PROPERTY_DENIED.search(text, max(0, start - 8), start) and _PROPERTY_AFTER.match(text, end))


# -- 9. a viewer's question repeated in the answer ---------------------------------------------------------------

_ASKED_BEFORE = re.compile(rf"问[^{_END}]{{0,8}}$")
_QUESTION_AFTER = re.compile(rf"[^{_END}]{{0,10}}?\?")


def question_copy(text: str, start: int, end: int) -> bool:
    """Is the hit inside a viewer's question whose answer says the same words again (…问老年斑能去吗?…老年斑…)?"""
    if not _ASKED_BEFORE.search(text, max(0, start - 9), start):
        return False
    q = _QUESTION_AFTER.match(text, end)
    return bool(q) and text.find(text[start:end], q.end(), q.end() + 30) != -1


# -- 10. sport news ------------------------------------------------------------------------------------------------

_SPORT_AFTER = re.compile(rf"[^{_END}]{{0,8}}?(?:比赛|夺冠|赢了|输了|进球|晋级|出线|拿了|金牌|奖牌|集训|比分|加油)")
_USE = re.compile(r"用|穿|戴|同款|专用|指定|推荐|选|喝|吃|这款|这个")


def sport_news(text: str, start: int, end: int) -> bool:
    """Is the bare team name sport news (国家队昨晚的比赛很精彩), with no use of the goods in the sentence?"""
    if not text[start:end].endswith("队"):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_SPORT_AFTER.match(text, end)) and not _USE.search(sentence)


# -- 11. content on a side account -------------------------------------------------------------------------------

_CONTENT_AFTER = re.compile(
    r"(?:上|里|里面)?(?:发了|发过|有|放了|更了|传了|录了)?(?:个|一个|一些|几个|很多|好多)?"
    r"(?:教程|视频|作品|穿搭|测评|合集|回放|攻略|日常|vlog|花絮|教学)"
)
_TRADE = re.compile(r"下单|拍|买|价|便宜|优惠|加|私|货|链接|联系|转账|付款")


def side_account_content(text: str, start: int, end: int) -> bool:
    """Is the side account named for content posted there (我小号上发了个教程), no trade?"""
    if not text[start:end].endswith("小号") or not _CONTENT_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _TRADE.search(sentence)


# -- the entry point ---------------------------------------------------------------------------------------------

_RANKED = frozenset({"绝对化用语", "价格违规"})


def quiet_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 15's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if (text.find("哪", end, end + 12) != -1 or text.find("谁", end, end + 12) != -1) and rhetorical(text, start, end):
        return True
    if text.find("问", max(0, start - 9), start) != -1 and question_copy(text, start, end):
        return True
    if category not in _EFFECTS and (text.find("具", max(0, start - 8), start) != -1 or text.find("任何", max(0, start - 4), start) != -1):
        if denied_property(text, start, end):
            return True
    if category == "虚假紧迫":
        return show_schedule(text, start, end) or later_price(text, start, end, category)
    if category in _RANKED and (which_question(text, start, end) or reference_low(text, start, end)):
        return True
    if category == "价格违规":
        return later_price(text, start, end, category)
    if category == "功效夸大":
        return getting_used(text, start, end)
    if category == "导流私下交易":
        return app_feature(text, start, end) or side_account_content(text, start, end)
    if category == "权威背书":
        return sport_news(text, start, end)
    return False
