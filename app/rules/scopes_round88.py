"""Context scopes, batches 34/35's family traps F2 and F6–F8 widened to the fresh wordings (round 88).

:func:`app.rules.scopes_replies.mentioned` calls :func:`round88_said`. Text is normalised (commas gone, ？ is ``?``,
stutters collapsed). Each reading widens an older family to the wordings the fresh blind writers used and keeps the
family's guard: a turn back after the disclaimer (但, 懂的都懂, 反正, 你去比比 … — ``scopes_answers.TURN_BACK``) and an
outside scope (全网, 市面上 …) keep the claim.

1. **A disclaimer that names the claim as its object** (widens round 82's asked_declined and scopes.py's disclaimed and
   denied effect): 我不敢说用一辈子, 我没法跟你说最低, 不能给大家保证最好 — the say-verb may take an addressee (跟你,
   给大家) and the object need not carry an effect word (用一辈子).
2. **An indirect question of not knowing** (F2): 我哪知道谁是no.1, 不清楚哪家最便宜, 咋晓得谁家第一.
3. **Not to be taken as a drug** (F6, widens the denied effect): 别当止咳药吃, 不要把它当降压药用, 可别拿它当治失眠的吃.
4. **最好 / 最佳 as advice on use** (F8, widens round 85's advice_best): 最好 + when or how + a verb (鱼油最好随餐吃,
   隔离霜最好出门前十五分钟涂, 辅食最好现做现吃), 最佳 + a use + 时间|温度|火候 (燕窝的最佳炖煮时间), 最好吃的吃法是 (the best
   way to eat it). 最好的精华 / 最佳选择 / 最好吃的牛肉干 stay claims.
5. **One's own household's taste and frequency** (F7, widens round 45's own_taste and round 85's own_pick): 老公最爱吃的,
   我妈最喜欢, 家里老人最爱喝 — and 最常 of one's own habit (我自己最常戴的是这条细的, 我最常用的是小号).
6. **The item's own sizes** (F7, widens round 57's size_range): 有三个尺寸，最小的适合一个人用, 大中小三款最大的能炖一只鸡.
7. **A word quoted as forbidden** (widens scopes_corrections): 你别老说最好最好的，人家平台不让说.
8. **A term said to be unknown** (价格违规 …): 出厂价我们也不知道, 下个月的出厂价厂家还没给.
9. **Advice to those with an illness** (医疗用语): 家里有糖尿病的老人，这个还是少吃点 — the illness named to warn.
10. **A device registered as one** (化妆品宣称 械字号): 颈部按摩仪是械字号的 — not a cosmetic that borrows it.
11. **A count cut before its hour unit** (功效夸大 一次管{N}): 贴一次管八个小时 — a duration of use, not 一次管八年.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_round92 import claim_next
from app.rules.scopes_text import SENTENCE_END, _after, _sentence

_END = SENTENCE_END
_OUTSIDE = re.compile(r"全网|全国|全球|全世界|行业|同行|同类|同价位|市面|市场|天下|史上|别家|没有之一|公认")
_WINK = re.compile(r"反正|亲测|说实话|实话说")


def _turned_back(text: str, at: int, reach: int = 30) -> bool:
    after = _after(text, at, reach)
    return bool(TURN_BACK.search(after) or _WINK.search(after))


# -- 1. a disclaimer whose object is the claim ------------------------------------------------------------------------

_SAY_DECLINED_BEFORE = re.compile(
    r"(?:不敢|不能|没法|没办法|哪敢|哪能|可不敢|可不能)(?:跟|和|给|对|同|向)?"
    r"(?:你|你们|大家|各位|家人们|宝宝们|姐妹们|老铁们)?(?:说|讲|吹|夸|保证|打包票|承诺)(?:它|这个|这款)?(?:是|能|可以)?$"
)


def say_declined(text: str, start: int, end: int) -> bool:
    """Is the hit the object of a declined say-verb (我不敢说用一辈子, 我没法跟你说最低) and not turned back?"""
    return bool(_SAY_DECLINED_BEFORE.search(text, max(0, start - 14), start)) and not _turned_back(text, end)


# -- 2. an indirect question of not knowing -----------------------------------------------------------------------------

_UNKNOWN_WHO_BEFORE = re.compile(
    r"(?:哪|不|咋|怎么|谁|没人)(?:知道|晓得|清楚|说得清|分得清)(?:到底)?(?:谁|哪个|哪家|哪款|哪一家|哪一款|啥)(?:家)?(?:是|才是|算|的)?$"
)


# -- 3. not to be taken as a drug ----------------------------------------------------------------------------------------

_AS_DRUG_BEFORE = re.compile(
    rf"(?:别|不要|不能|莫|甭|千万别|可别|不可以|不是让你|不建议)(?:把它|把这个|拿它|拿这个|把|拿)?[^{_END}]{{0,4}}?当(?:成|作|做)?[^{_END}]{{0,3}}$"
)
_AS_DRUG_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:药|吃|用|喝|使|来治)")


# -- 4. 最好 / 最佳 as advice on use ------------------------------------------------------------------------------------

_USE_VERB = r"(?:吃|喝|涂|抹|擦|敷|用|服|冲|泡|煮|炖|蒸|煲|洗|晒|戴|穿|喂|做|吃完|喝完|放|存|换|上|搽)"
_ADVICE_LEAD = (
    r"(?:在|是|要|先)?(?:随餐|随饭|饭中|饭后|饭前|餐后|餐前|睡前|起床|早上|早晨|晚上|中午|空腹|出门前?|上班前|化妆前|洗完澡|洗澡后|"
    r"现[做吃喝泡煮冲开蒸炒榨磨切调拌烤煎买配]|趁热|当天|当顿|冷藏|冰镇|常温|提前|分次|少量|每天|一天|隔天|天天)"
)
_ADVICE_FORWARD = re.compile(rf"{_ADVICE_LEAD}[^{_END}]{{0,10}}?{_USE_VERB}")
_BEST_CLAIM_BEFORE = re.compile(r"(?:是|算|就是|全网|全国|行业|世界|市面上|史上|同类|同价位|效果|质量|品质|口碑|性价比)$")
_BEST_USE = re.compile(
    r"(?:的)?[\u4e00-\u9fff]{0,3}?(?:的)?(?:时间|时机|时段|温度|水温|火候|比例|用量|赏味期|食用期|饮用期|适饮期|时长|季节|月份)"
)
_BEST_NOT_USE = re.compile(r"(?:的)?(?:效果|品质|质量|选择|口感|状态)")
_WAY_AFTER = re.compile(r"的?(?:吃法|喝法|用法|玩法|做法|方法|办法|搭配法|穿法|泡法)")


def advice_on_use(text: str, start: int, end: int) -> bool:
    """Is 最好/最佳 advice on when or how to use the goods (鱼油最好随餐吃, 燕窝的最佳炖煮时间, 最好吃的吃法是)?"""
    surface = text[start:end]
    lo = max(0, start - 4)
    if _BEST_CLAIM_BEFORE.search(text, lo, start) or _outside(text, start, end):
        return False
    if surface.startswith("最佳"):
        return bool(_BEST_USE.match(text, start + 2)) and not _BEST_NOT_USE.match(text, start + 2)
    if surface.rstrip("的") in ("最好吃", "最好喝", "最好用", "最好玩"):
        return bool(_WAY_AFTER.match(text, start + 3))
    return surface == "最好" and bool(_ADVICE_FORWARD.match(text, end))


def _outside(text: str, start: int, end: int) -> bool:
    sentence, _ = _sentence(text, start, end)
    return bool(_OUTSIDE.search(sentence))


# -- 5. one's own household's taste and frequency -----------------------------------------------------------------------

_HOUSEHOLD_BEFORE = re.compile(
    r"(?:我家|俺家|我们家|家里|我)?(?:的)?(?:老公|老婆|媳妇|对象|男朋友|女朋友|我妈|我爸|老妈|老爸|婆婆|公公|闺女|儿子|女儿|"
    r"老太太|老爷子|爷爷|奶奶|姥姥|姥爷|外婆|外公|老人|小孩|孩子|娃|猫|狗|狗子|主子)(?:平时|一直|也|就|还是|特别)?$"
)
_OWN_PREFIX = re.compile(rf"(?:我家|俺家|我们家|家里|我)(?:的)?[^{_END}]{{0,4}}$")
_TASTE_AFTER = re.compile(r"(?:爱|喜欢|稀罕|钟意|中意|馋)")
_SELF_BEFORE = re.compile(r"(?<![们哋])(?:我|俺)(?:个人|自己|本人|平时|自己平时)?(?:也|就|还是)?$")
_HABIT_AFTER = re.compile(r"(?:常|经常|常用|多用|频繁)")


def own_household(text: str, start: int, end: int) -> bool:
    """Is the bare 最 a household member's taste (老公最爱吃的) or one's own habit (我自己最常戴的)?"""
    if _outside(text, start, end):
        return False
    lo = max(0, start - 12)
    if _TASTE_AFTER.match(text, end):
        m = _HOUSEHOLD_BEFORE.search(text, lo, start)
        if m:
            word = m.group(0)
            inherent = re.search(r"老公|老婆|媳妇|对象|男朋友|女朋友|我妈|我爸|老妈|老爸|婆婆|公公|闺女|我家|俺家|家里", word)
            return bool(inherent) or bool(_OWN_PREFIX.search(text, max(0, m.start() - 6), m.start() + 1))
    return bool(_HABIT_AFTER.match(text, end)) and bool(_SELF_BEFORE.search(text, lo, start))


# -- 6. the item's own sizes --------------------------------------------------------------------------------------------

_SIZES_NAMED = re.compile(
    r"(?:[两三四五六七八九几\d]+|多)(?:个|种|款|档)?(?:尺寸|尺码|规格|型号|大小|容量|size|号|码)|大中小|大小两|大小号"
)
_SIZE_HEAD = re.compile(r"最(?:小|大|长|短|高|矮|宽|窄)(?:的|号|码|款|那个|那款)")
_SIZE_USE_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:适合|够|能|可以|装|放|给|一个人|两个人|单人|双人|是)")


def own_sizes(text: str, start: int, end: int) -> bool:
    """Is 最小的/最大的 one of the item's own sizes just named (有三个尺寸，最小的适合一个人用)?"""
    m = _SIZE_HEAD.match(text, start)
    if not m or _outside(text, start, end):
        return False
    return bool(_SIZES_NAMED.search(text, max(0, start - 20), start)) and bool(_SIZE_USE_AFTER.match(text, m.end()))


# -- 7. a word quoted as forbidden ---------------------------------------------------------------------------------------

_QUOTE_SAY_BEFORE = re.compile(r"(?:别|不要|甭|少|不能|不许|不准)(?:老|总|再|一直|动不动|老是|总是)?(?:就)?(?:说|讲|喊|提|用)$")
_FORBIDDEN_AFTER = re.compile(
    rf"[^{_END}]{{0,16}}?(?:不让说|不让讲|不许说|不能说|不准说|违规|违禁|极限词|广告法|会被封|封号|限流|被罚|不让用)"
)


# -- 8. a term said to be unknown -----------------------------------------------------------------------------------------

_UNKNOWN_AFTER = re.compile(
    r"(?:我们|咱们|我|咱|主播|厂家|厂里)?(?:也|都|还|真|其实)?(?:不知道|不清楚|不晓得|没数|说不准|没给|还没出|还没定|没定)"
)


# -- 9. advice to those with an illness ------------------------------------------------------------------------------------

_SUFFERER_AFTER = re.compile(r"的?(?:老人|老年人|人|朋友|家人|患者|病人|宝宝|孩子|小孩|长辈|姐妹|宝们?)")
_SUFFERER_IN = re.compile(r"的(?:老人|老年人|人|朋友|家人|患者|病人|宝宝|孩子|小孩|长辈)$")
_CAUTION = re.compile(r"少吃|少喝|少用|别吃|别喝|别用|不要吃|不要喝|不要用|慎吃|慎用|慎服|不建议|不适合|不宜|不能吃|不能喝|忌口")
_SOLD_TO = re.compile(r"能吃|能喝|能用|可以吃|可以喝|可以用|放心|适合|推荐|专为|专门|首选|福音|必备|看过来")


def sufferer_warned(text: str, start: int, end: int) -> bool:
    """Is the illness named of those warned off (家里有糖尿病的老人，这个还是少吃点)?"""
    if not (_SUFFERER_AFTER.match(text, end) or _SUFFERER_IN.search(text, start + 1, end)):
        return False
    sentence, _ = _sentence(text, start, end)
    after = text[end : end + 30]
    return (
        bool(_CAUTION.search(after))
        and not _SOLD_TO.search(_CAUTION.sub("", sentence))  # 糖尿病人也能吃 / 高血压的朋友看过来: sold to them
        and not re.search(r"治|降|调理|改善|缓解|控制|稳", sentence)
    )


# -- 10. a device registered as one ----------------------------------------------------------------------------------------

_DEVICE_BEFORE = re.compile(rf"(?:按摩仪|理疗仪|按摩器|仪器|血压计|血糖仪|体温计|雾化器|护腰|护膝|颈托|轮椅|拐杖|助听器|艾灸仪|热敷贴|理疗贴|(?<!美容)仪)[^{_END}]{{0,4}}$")
_COSMETIC = re.compile(r"面膜|精华|面霜|乳液|爽肤水|护肤|化妆|祛痘|美白|淡斑|修复|抗衰|敷脸|涂脸|脸上")


# -- 11. a count cut before its hour unit ----------------------------------------------------------------------------------

_HOUR_AFTER = re.compile(r"(?:个)?(?:小时|钟头|钟|分钟|晚上|晚|夜)")


def round88_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of round 88's widened families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    surface = text[start:end]
    lo = max(0, start - 16)
    if category in ("绝对化用语", "功效夸大") and say_declined(text, start, end):
        return True
    if category == "绝对化用语" or category == "价格违规":
        if _UNKNOWN_WHO_BEFORE.search(text, lo, start) and not _turned_back(text, end, 20):
            return True
        if _QUOTE_SAY_BEFORE.search(text, max(0, start - 6), start) and _FORBIDDEN_AFTER.match(text, end):
            return not _turned_back(text, end, 24)
    if category == "绝对化用语" and surface.startswith("最"):
        if advice_on_use(text, start, end) and not claim_next(text, end):  # round 92: 最好睡前用第二天细纹全平
            return True
        if surface == "最" and own_household(text, start, end):
            return True
        if len(surface) <= 3 and own_sizes(text, start, end):
            return True
    if category == "价格违规" and _UNKNOWN_AFTER.match(text, end) and not _turned_back(text, end):
        return True
    if category in ("医疗用语", "功效夸大") and _AS_DRUG_BEFORE.search(text, max(0, start - 10), start):
        return bool(_AS_DRUG_AFTER.match(text, end)) and not _turned_back(text, end, 16)
    if category == "医疗用语" and sufferer_warned(text, start, end):
        return True
    if category == "化妆品宣称" and surface == "械字号":
        sentence, _ = _sentence(text, start, end)
        return bool(_DEVICE_BEFORE.search(text, max(0, start - 10), start)) and not _COSMETIC.search(sentence)
    return category == "功效夸大" and surface.startswith("一次管") and bool(_HOUR_AFTER.match(text, end))
