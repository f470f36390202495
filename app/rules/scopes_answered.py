"""Context scopes, batch 16's false-alarm families: questions answered no, words mentioned, specs, facts with a source.

:func:`app.rules.scopes_replies.mentioned` calls :func:`answered_said`, which tries each family for the categories
it concerns. Text is normalised: commas are gone, ？ is ``?``; a speaker label's ``：`` is ``:``.

1. **A question answered no** (:func:`answered_no`, any category): 能转运吗? 好运只是系列名…, 学完包就业吗?…我们不承诺就业,
   能不能让猪不生病? 那哪能啊, 问能不能去别的平台买，不建议哈 — the claim is the asker's; the answer denies it (not when the answer opens 能/当然/肯定).
2. (round 101: the word mentioned, not used — 最好这个词我不说, 杀菌消炎这种话不能说 — is read by
   :mod:`app.rules.scopes_forbidden_word`, reading 1.)
3. **No such price here** (:func:`no_such_price`, 价格违规): 我们是品牌自播间没有什么内部价 — 没有什么/没啥 before it.
4. **The law's own wording** (:func:`breast_milk_best`, 绝对化用语): 母乳是宝宝最好的食物 — the statement infant-formula
   sellers must make (《婴幼儿配方乳粉产品配方注册管理办法》, WHO code), about breast milk, not the goods.
5. **A volume number** (:func:`volume_number`, 绝对化用语): 第一辑/第一册/第一卷/第一季 — an ordinal, no ranking.
6. **A prize with its event** (:func:`prize_with_event`, 绝对化用语): 县里赛牛会拿了第一名 — a real placing in a named
   contest, not a sales ranking.
7. **A spec's upper end** (:func:`spec_maximum`, 绝对化用语): 字体最大能调到特大号, 最大可以开到三档 — a setting's range;
   R1是最低的风险等级 — a named level of a scale.
8. **The next batch's time stated** (:func:`next_batch`, 虚假紧迫): 最后一锅了明天早上五点再开锅 — no deadline to buy.
9. **The later price stated** (:func:`restored_price`, 价格违规): 明天恢复一百二十九 — the price the goods return to.
10. **A platform as the data's scope** (:func:`platform_scope`, 导流私下交易): 据…统计在天猫运动按摩品类销量排名 —
    the platform names where the figure was counted, no trade off the room.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import NUMERALS, PRESSURE, SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a question answered no -----------------------------------------------------------------------------------

# round 81: the ? may be lost before the next speaker's label (这个能转运吗主播B：这就是个装饰品不能转运)
_QUESTION_END = re.compile(rf"[^{_END}:]{{0,12}}?(?:(?:吗|么|嘛|不|没)?\?|(?:吗|么)(?=[^{_END}:?]{{0,6}}:))")
_ASK_BEFORE = re.compile(rf"(?:能不能|会不会|是不是|有没有|可不可以|能|会|可以|问)[^{_END}:]{{0,10}}$")
_SPEAKER = re.compile(rf"(?:[^{_END}:]{{0,6}}:)?")
_YES_OPEN = re.compile(r"(?:那|嗯|哎|哈)*(?:能|当然|肯定|必须|那必须|可以|会的|是的|是啊|对|没问题|包的|绝对|放心|有的)")
_NO_ANSWER = re.compile(
    r"哪能|哪有|不能|不会|不行|不是|只是|没有任何|没有这个|没这个"
    r"|做不到|办不到|不建议|不可能|没那么|别信|没有那种|没那种|没有这种|没这种|没有那个|没那个|就是一?个(?:普通|装饰|摆件|摆设|工艺品)|没这功能|没有这功能"
)
_WINK = re.compile(r"但|不过|可是|你懂|懂的|不是一般|不是吹|不是我吹|不是盖|不夸张")


_REPORTED_ASK = re.compile(rf"问(?:我们|主播|我)?(?:能不能|可不可以|是不是|会不会)[^{_END}:]{{0,6}}$")
_REPORTED_NO = re.compile(rf"[^{_END}:]{{0,8}}?(?:不建议|不推荐|那哪能|哪能啊|不可以的?哈|不行哈|不能哈|不是的)")


def answered_no(text: str, start: int, end: int) -> bool:
    """Is the hit inside a question (能转运吗?) whose answer, within the next sentence, says no?"""
    if _REPORTED_ASK.search(text, max(0, start - 14), start) and _REPORTED_NO.match(text, end):
        return True  # 宝妈问能不能去别的平台买更便宜不建议哈: a reported question and its "no", commas gone
    q = _QUESTION_END.match(text, end)
    if not q or not (q.group().endswith(("吗?", "么?", "吗", "么")) or _ASK_BEFORE.search(text, max(0, start - 12), start)):
        return False
    at = q.end()
    label = _SPEAKER.match(text, at)
    if label and label.group() and ":" in label.group():
        at = label.end()
    if _YES_OPEN.match(text, at):
        return False
    answer = text[at : at + 40]
    cut = re.search(r"[?？]", answer)
    answer = answer[: cut.start()] if cut else answer
    no = _NO_ANSWER.search(answer)
    return bool(no) and not _WINK.search(answer, no.start())  # 不敢说，但你去比比 / 不是吹: a wink, not a no


# -- 3. no such price here ---------------------------------------------------------------------------------------

_NONE_BEFORE = re.compile(r"(?:没有什么|没什么|没有啥|没啥|没有所谓的?|不存在什么|哪有什么)$")
_COMPARED = re.compile(rf"[^{_END}]{{0,3}}(?:比|能比|更)")


def no_such_price(text: str, start: int, end: int) -> bool:
    """Does the host say there is no such price (没有什么内部价)?"""
    return bool(_NONE_BEFORE.search(text, max(0, start - 6), start)) and not _COMPARED.match(text, end)


# -- 4. the law's own wording: breast milk -----------------------------------------------------------------------

_BREAST_MILK = re.compile(r"母乳(?:喂养)?(?:对(?:于)?(?:宝+|婴儿|婴幼儿|孩子|新生儿)来说)?(?:才|永远|始终|仍|仍然|依然|依旧|还|一直|都|也)*是(?:宝+|婴儿|婴幼儿|孩子|新生儿)?的?$")


def breast_milk_best(text: str, start: int, end: int) -> bool:
    """Is the 最好 said of breast milk (母乳是宝宝最好的食物)?"""
    return bool(_BREAST_MILK.search(text, max(0, start - 20), start))


# -- 5. a volume number --------------------------------------------------------------------------------------------

_VOLUME = re.compile(r"[辑册卷季部集章课单元]")


def volume_number(text: str, start: int, end: int) -> bool:
    """Is 第一 the number of a volume or season (第一辑, 第一册, 第一季)?"""
    return text[start:end] in ("第一", "第1") and bool(_VOLUME.match(text, end))


# -- 6. a prize with its event -----------------------------------------------------------------------------------

_EVENT_WON = re.compile(
    rf"(?:比赛|大赛|竞赛|赛会|[牛猪羊鸡马狗鸽]会|评比|运动会|擂台|选拔|技能赛|赛)[^{_END}]{{0,4}}?"
    r"(?:上|里|中)?(?:拿了|拿过|获得了?|得了|得过|荣获|夺得|取得了?|拿下了?|考了)$"
)


def prize_with_event(text: str, start: int, end: int) -> bool:
    """Is 第一名 a placing won in a named contest (县里赛牛会拿了第一名)?"""
    return bool(_EVENT_WON.search(text, max(0, start - 14), start))


# -- 7. a spec's upper end ---------------------------------------------------------------------------------------

_SPEC_AFTER = re.compile(r"(?:能|可以|可|能够|支持)(?:调|开|设|放|加|升|拉|扩展|扩容)(?:到|至|成)?")


_LEVEL_CODE = re.compile(r"(?:[a-z][0-9]|[0-9一二三四五六七八九]级|[0-9一二三四五六七八九]档)是?$")
_SCALE_END = re.compile(r"最(?:低|高)的(?:风险)?(?:等级|级别|档位|档)")


def spec_maximum(text: str, start: int, end: int) -> bool:
    """Is 最大 the upper end of a setting (字体最大能调到特大号), or 最低 a named level of a scale (R1是最低的风险等级)?"""
    if text[start:end] == "最大" and _SPEC_AFTER.match(text, end):
        return True
    return bool(_SCALE_END.match(text, start)) and bool(_LEVEL_CODE.search(text, max(0, start - 4), start))


# -- 8. the next batch's time stated -------------------------------------------------------------------------------

_NEXT_BATCH = re.compile(
    rf"[^{_END}]{{0,10}}?(?:明天|明早|明儿|后天|下午|晚上|下周|下礼拜|下一场|下场|下次|[{NUMERALS}]+点)"
    rf"[^{_END}]{{0,8}}?(?:再开|再做|再炒|再蒸|再出|再烤|再煮|再来|还有|继续|照常|再上|开锅|出锅)"
)


def next_batch(text: str, start: int, end: int) -> bool:
    """Is a last batch followed by the next one's time (最后一锅了明天早上五点再开锅), with no pressure?"""
    if not _NEXT_BATCH.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not PRESSURE.search(sentence) and "涨" not in sentence and "这个价" not in sentence and not _OTHER_PRICE.search(
        sentence)  # round 115: 明天你再来就是另一个价了 — the buyer coming back pays more: a deadline


_OTHER_PRICE = re.compile(r"另一个价|另外一个价|别的价|不是这个价|就贵|贵了|原价")


# -- 9. the later price stated -----------------------------------------------------------------------------------

_RESTORED = re.compile(rf"(?:恢复|回到|变回|改回)(?:到|成)?(?:原价|日常价)?[{NUMERALS}]+(?:块|元)?$")


def restored_price(text: str, start: int, end: int) -> bool:
    """Is the hit a stated price the goods return to (明天恢复一百二十九), with no pressure in the sentence?"""
    if not _RESTORED.search(text[start:end]):
        return False
    sentence, _ = _sentence(text, start, end)
    return not PRESSURE.search(sentence) and "涨" not in sentence


# -- 10. a platform as the data's scope --------------------------------------------------------------------------

_PLATFORM_DATA = re.compile(rf"(?:平台)?[^{_END}]{{0,8}}?(?:品类|类目|榜单|榜|销量|销售额|排名|数据)")
_SOURCE = re.compile(r"据|数据来源|来源|统计|报告|榜单|洞察")
_TRADE = re.compile(r"去|搜|下单|链接|店铺|旗舰店|加|私|便宜|优惠")


def platform_scope(text: str, start: int, end: int) -> bool:
    """Is the platform the scope of a sourced figure (据…统计在天猫运动按摩品类销量排名第一)?"""
    if not _PLATFORM_DATA.match(text, end) or text[max(0, start - 1) : start] != "在":
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_SOURCE.search(sentence)) and not _TRADE.search(text, max(lo, start - 3), start - 1)


# -- the entry point ---------------------------------------------------------------------------------------------


def answered_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 16's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    asked = text.find("?", end, end + 14) != -1 or text.find("问", max(0, start - 14), start) != -1
    if (asked or text.find("吗", end, end + 13) != -1) and answered_no(text, start, end):
        return True
    if category == "绝对化用语":
        return (
            breast_milk_best(text, start, end)
            or volume_number(text, start, end)
            or prize_with_event(text, start, end)
            or spec_maximum(text, start, end)
        )
    if category == "价格违规":
        return no_such_price(text, start, end) or restored_price(text, start, end)
    if category == "虚假紧迫":
        return next_batch(text, start, end)
    if category == "导流私下交易":
        return platform_scope(text, start, end)
    return False
