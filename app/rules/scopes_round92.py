"""Context scopes, batch 36's false alarms of families F8, F4, F5, F1 and F3 (round 92): older readings widened.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round92_said`. Text is normalised (commas and spaces gone, ？ is
``?``, traditional folded to simplified). Each reading widens an older family and keeps its guard.

1. **最好 / 最佳 as advice on use** (F8; widens round 85's advice_best and round 88's advice_on_use):
   - a way of cooking or using + 着|住|熟|好 + eat or drink after 最好 (这个红薯最好蒸着吃, 腊肠最好蒸住食, 饺子最好煮熟了吃);
   - a condition before a clause-final 最好|最佳: 再 + verb (醒半个小时再喝最好), a time of day or a span (早上六点前和傍晚
     下竿最好, 晚上九点以后浇水最好), a temperature or a span of it (水温八十度上下最佳, 九十度左右的水最好);
   - 最佳的|最好的 + a way (学法, 练法, 吃法, 用法 …) + 是 (这个课最佳的学法是每天听一节).
   Guards: an outside scope (全网, 同类 …), a claim word right before (是, 质量, 效果 …), and a claim in the next clause
   (保证, 再也不, 全平, 根治 …: 最好睡前用第二天细纹全平 is no advice that covers the claim).
2. **开关 heard as 开光** (F4; widens round 68's switch_heard): 开光 + 在 + where on the thing (开光在侧边, 开光在哪, 开光在
   底下) in a sentence naming no charm — a rite has no place on a dog bed's heating pad.
3. **顶级 heard for 顶层** (F4; widens round 83's top_floor): a building before and a roof place after (楼的顶级是个天台花园,
   大厦顶级是露台). 这栋楼的顶级装修 stays a claim.
4. **A medium's topic** (F5; widens round 84's media_topic): the medium anywhere before in the sentence and a content verb
   (or 主角是, 主人公是) right before the word (这个展…有一个单元专门讲老北京人的风水讲究, 这本小说主角是个风水先生), and
   the cosmetic word as a history's topic (这本美妆史讲古代女子怎么美白). Round 84's guards stand: a promise, a lesson
   for you (教你怎么), a sale or a use of the goods.
5. **Stock and seasons stated as facts** (F1; widens round 84's stock_fact): a run-out (拍完就下架, 卖完就没了) in a
   sentence stating the real stock (库存是五百单, 备了三百份) with no push or offer; and a crop's own season (十一月到一月这仨
   月最甜, 产季头两周最肥) — the fruit compared with itself over the year, not with others.
6. **An enumeration marker** (F3; widens round 83/87's enumeration_marker): 第一 after a list announced by a count of
   goods (今天就上三样, 带了两款) or a list noun (规则, 注意事项, 步骤, 要求 …), or a run of 第二 and 第三 after it.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_round53 import _CROP, _HARD_PUSH, _NO_CROP, _OFFER
from app.rules.scopes_round68 import _CHARM
from app.rules.scopes_round83 import _NEXT_POINT, _NO_SECOND, _RANK_AFTER, _RANK_BEFORE
from app.rules.scopes_round84 import _CONTENT, _MEDIUM, _USE, _promised
from app.rules.scopes_text import NUMERALS, SENTENCE_END, _sentence

_END = SENTENCE_END
_OUTSIDE = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同价位|市面|市场|天下|史上|业内|别家|其他家|没有之一|公认|第一"
)

# -- 1. 最好 / 最佳 as advice on use -------------------------------------------------------------------------------------

_CLAIM_BEFORE = re.compile(r"(?:是|算|就是|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它|口感|味道)$")
_CLAIM_NEXT = re.compile(
    r"保证|包你|保你|再也不|全平|全消|全没了|根治|治好|痊愈|不会再|百分百|一定能|肯定能|就能[白瘦好治消通]|就[瘦白通消退]了?|见效|不长肉|不生病"
)
_COOK = r"(?:蒸|煮|炖|煲|炒|煎|烤|焖|泡|冲|烫|焯|卤|腌|凉拌|拌|热|温|冰|冻|晾|切|剥|削|榨|打|煮熟|蒸熟)"
_WAY_THEN_EAT = re.compile(rf"{_COOK}(?:着|住|熟|好|透|了|一下|软)?(?:了|再|后|之后)?(?:吃|喝|食|饮|用)")
_COND_MARK = re.compile(
    r"(?:再|先)(?=[\u4e00-\u9fff]{1,2}$)|(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|半夜|睡前|饭后|饭前|餐后|餐前|空腹|"
    rf"[{NUMERALS}]+(?:点|点钟|点半)(?:前|后|以前|以后|之前|之后)?|(?:前|后|以前|以后|之前|之后|以内|之内|左右|上下)|"
    rf"[{NUMERALS}]+(?:度|℃|分钟|个小时|小时|天|周))"
)
# what is done between the condition and 最好 (再喝, 浇水, 下竿, 的水泡): 开春以后的新茶最好 ranks the goods, no use named
_ACT = re.compile(r"[喝吃泡煮蒸炖煲用涂抹擦敷洗晒浇喂种钓竿烤煎炒焖放存戴穿睡练学听读背做下冲饮服食醒开]")


def _condition_before(text: str, start: int) -> bool:
    for m in _COND_MARK.finditer(text, max(0, start - 16), start):
        gap = text[m.end() : start]
        if len(gap) > 6 or any(c in _END for c in gap):
            continue
        if not gap or _ACT.search(gap.rsplit("的", 1)[-1]):
            return True
    return False


_CLAUSE_END = re.compile(rf"(?:了|啦|哦|哈|呢|嘛|啊|喔)*(?:[{_END}]|$)")
_WAY_NOUN_AFTER = re.compile(
    r"的?(?:[学练听看读背记吃喝用泡煮做养种穿戴存放保]法|方法|办法|方式|时间|时机)(?:是|就是|呢是|嘛是)"
)


def claim_next(text: str, end: int) -> bool:
    """Is a claim said in the next clause after the advice (最好睡前用第二天细纹全平, 最好长期喂狗狗再也不会生病)?"""
    return bool(_CLAIM_NEXT.search(text, end, end + 18))


def advice_widened(text: str, start: int, end: int) -> bool:
    """Is 最好/最佳 advice (这个红薯最好蒸着吃, 醒半个小时再喝最好, 水温八十度上下最佳, 最佳的学法是)?"""
    surface = text[start:end].rstrip("的")
    if surface not in ("最好", "最佳") or _CLAIM_BEFORE.search(text, max(0, start - 3), start):
        return False
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE.search(sentence) or claim_next(text, end):
        return False
    if _WAY_NOUN_AFTER.match(text, start + 2):
        return True
    if surface == "最好" and _WAY_THEN_EAT.match(text, start + 2):
        return True
    if not _CLAUSE_END.match(text, start + 2):
        # the comma is gone: a clause-final 最好 may run straight into the next clause (最佳开水会把叶子烫熟)
        nxt = text[start + 2 : start + 3]
        if not nxt or nxt in "的是了用看吃喝听闻玩穿卖使":
            return False
        if not re.match(
            r"(?:开水|凉水|冷水|热水|太|别|不要|不然|否则|要不|这样|那样|烤|煮|蒸|炒|也|就|会|才)",
            text[start + 2 :],
        ):
            return False
    return _condition_before(text, start)


# -- 2. 开关 heard as 开光 --------------------------------------------------------------------------------------------------

_PLACED_AFTER = re.compile(
    r"(?:就|是)?在(?:哪|哪儿|哪里|啥地方|什么地方|什么位置|(?:机身|底座|手柄|把手|线上|尾部|顶部|底部|垫子|插头)?"
    r"(?:侧|底|背|顶|后|前|左|右|下|旁|尾|线)(?:面|边|部|头|侧|方|下|上)?)"
)


def switch_placed(text: str, start: int, end: int) -> bool:
    """Is 开光 a switch located on the thing (加热垫开光在侧边, 插座开光在哪)?"""
    placed = _PLACED_AFTER.match(text, end) if text[start:end] == "开光" else None
    if not placed or re.match(r"(?:的)?(?:做|开|请|弄|办|进行|举行|念|供)", text[placed.end() :]):
        return False  # 开光在后面做的: the rite done later, not a switch
    sentence, _ = _sentence(text, start, end)
    return not _CHARM.search(sentence)


# -- 3. 顶级 heard for 顶层 ---------------------------------------------------------------------------------------------------

_BUILDING_BEFORE = re.compile(r"楼|栋|幢|大厦|公寓|小区|宿舍|写字楼|房子|酒店|商场")
_ROOF_PLACE_AFTER = re.compile(
    r"(?:呢|啊)?(?:是|就是|有|住着|是个|是一个)(?:个|一个)?[\u4e00-\u9fff]{0,2}?(?:天台|露台|阁楼|平台|花园|屋顶|楼顶|阳台|泳池|餐厅|会所|机房|水箱)"
)


def top_floor_place(text: str, start: int, end: int) -> bool:
    """Is 顶级 the top floor of a building named before (他们家楼的顶级是个天台花园)?"""
    if not text.startswith("顶级", start):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_BUILDING_BEFORE.search(sentence[: start - lo])) and bool(
        _ROOF_PLACE_AFTER.match(text, start + 2)
    )


# -- 4. a medium's topic ----------------------------------------------------------------------------------------------------

_MEDIUM_MORE = re.compile(
    r"美妆史|[\u4e00-\u9fff]史(?:书)?(?=讲|写|里)|单元|展区|板块|栏目|篇章|一章|一节|一集"
)
_ROLE = re.compile(r"(?:主角|主人公|男主|女主|角色|人物|反派|配角)(?:是|叫|就是)(?:个|一个|位|一位)?$")


def topic_widened(text: str, start: int, end: int) -> bool:
    """Is the word the topic of a medium named before in the sentence (一个单元专门讲…的风水讲究, 主角是个风水先生)?"""
    sentence, lo = _sentence(text, start, end)
    before = sentence[: start - lo]
    if _promised(sentence) or not (_MEDIUM.search(before) or _MEDIUM_MORE.search(before)):
        return False
    if _ROLE.search(before):
        return True
    verbs = list(_CONTENT.finditer(before))
    if not verbs:
        return False
    topic = before[verbs[-1].end() :]
    return len(topic) <= 10 and not _USE.search(topic)


# -- 5. stock and seasons stated as facts ---------------------------------------------------------------------------------------

_RUN_OUT = re.compile(r"[拍卖抢]完|售完|售罄")
_STOCK_STATED = re.compile(
    rf"库存(?:是|有|就|只有|一共)?{NUMBER_RX}|(?:备了|备货|上了|放了|准备了)(?:就|只)?{NUMBER_RX}(?:单|件|份|个|箱|盒|套)"
)
_PUSH = re.compile(
    r"今天不|只有今天|就今天|错过|再不|不拍|不买|不抢|后悔|倒计时|秒|手慢|抓紧|赶紧|快抢|快拍|没机会|买不到"
)
_SEASON_SPAN = re.compile(
    rf"(?:[{NUMERALS}]+月(?:份)?(?:到|至|~|-)[{NUMERALS}]+月(?:份)?|这[几两仨三俩]个?月|产季|当季|应季|这个季节|这季|季节|[头前][{NUMERALS}]+个?(?:周|天|月|礼拜|星期)|开春|入秋)"
    rf"[^{_END}]{{0,4}}$"
)
_TASTE = re.compile(r"最(?:甜|好吃|鲜|肥|嫩|香|脆|多汁|饱满|水灵|明显|足|浓|糯|软|出味|有嚼劲)")  # r94: 头两个月口感最明显


def fact_widened(text: str, start: int, end: int, category: str) -> bool:
    """Is the run-out a stated stock (库存是五百单拍完就下架), or 最甜 a crop's own season (十一月到一月这仨月最甜)?"""
    sentence, _ = _sentence(text, start, end)
    if category == "虚假紧迫":
        return bool(_RUN_OUT.search(text[start:end]) and _STOCK_STATED.search(sentence)) and not (
            _PUSH.search(sentence) or _HARD_PUSH.search(sentence) or _OFFER.search(sentence)
        )
    taste = _TASTE.match(text, start)
    if (
        not taste
        or _OUTSIDE.search(sentence)
        or re.match(r"的?(?:就是|是|要数|就数|还得是)", text[taste.end() :])
    ):
        return False
    span = _SEASON_SPAN.search(text, max(0, start - 12), start)
    if not span:
        return False
    return "月" in span.group() or "季" in span.group() or bool(_CROP.search(_NO_CROP.sub("", sentence)))


# -- 6. an enumeration marker ---------------------------------------------------------------------------------------------------

_LIST_BEFORE = re.compile(
    r"(?:(?:上|带|选|有|准备|讲|说)(?:了)?[两二三四五六七八九几0-9](?:个|样|款|种|件|条|点)(?:东西|货|品|宝贝)?"
    r"|规则|规定|须知|注意事项|事项|步骤|流程|要求|要点|原则|条件|说明|好处|优点|特点|做法|用法|吃法)[^{_END}]{0,3}$"
)


def list_widened(text: str, start: int, end: int) -> bool:
    """Is 第一 the first point of a list announced or run on (今天就上三样第一土鸡蛋第二小米, 退换规则第一…第二…)?"""
    if text[start:end] not in ("第一", "第1") or _RANK_AFTER.match(text, end):
        return False
    if _RANK_BEFORE.search(text, max(0, start - 3), start):
        return False
    announced = _LIST_BEFORE.search(text, max(0, start - 14), start)
    seconds = [
        m
        for m in _NEXT_POINT.finditer(text, end, end + 60)
        if not _NO_SECOND.search(text, max(0, m.start() - 2), m.start())
    ]
    seconds = [
        m
        for m in seconds
        if text[m.start() - 1 : m.start()] not in ("比", "过", "于", "超")
        and not _RANK_AFTER.match(text, m.end())
    ]
    if not seconds:
        return False
    return bool(announced) or text.find("第三", seconds[0].end(), seconds[0].end() + 40) != -1


# -- the entry point --------------------------------------------------------------------------------------------------------------


def round92_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of round 92's widened families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        if text[start] == "最":
            return advice_widened(text, start, end) or fact_widened(text, start, end, category)
        return top_floor_place(text, start, end) or list_widened(text, start, end)
    if category == "迷信":
        return switch_placed(text, start, end) or topic_widened(text, start, end)
    if category == "化妆品宣称":
        return bool(
            re.search(r"[\u4e00-\u9fff]史|这本|那本|这部|纪录片|展", text[max(0, start - 16) : start])
        ) and topic_widened(text, start, end)
    if category == "虚假紧迫":
        return fact_widened(text, start, end, category)
    return False
