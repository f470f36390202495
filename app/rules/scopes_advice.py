"""Advice, care instructions, one's own illness and denied outcomes: a disease is named, nothing is claimed.

Scope rules for the effect categories (医疗用语, 功效夸大, 化妆品宣称), called by :func:`app.rules.scopes.not_a_claim`
for a candidate hit (normalised text, ``[start, end)``). They look at the candidate's sentence only (at most
``_REACH`` characters after it, ``_BACK`` before it) and never drop a hit when the product is brought in
(这个/这款/我们/本品 …), used (喝了/抹两次/贴上) or recommended (放心吃/适合/首选): those are claims.

1. **Denied outcome** (:func:`denied_outcome`, all three categories). A negation right before the outcome denies
   it: 湿疹一直没好利索, 用了半年也没断根, 脚气很难断根, 一直不见好, 根治不了. Only a *cure* outcome (好/断根/痊愈/
   消/降 …) counts: a non-recurrence or a vanishing (再也没犯, 没复发, 不见了, 没影了, 不疼了) is the claim itself.
2. **Advice and care next to a bare disease name** (:func:`advice_about_name`, 医疗用语). A hit that is only a
   disease/symptom name or its patients (咽炎, 甲状腺结节, 有鼻炎的, 胃病的人, 湿疹的宝宝) or a prevention of it
   (预防感冒, 防流感) is no selling point when its sentence gives care (去医院, 看皮肤科, 复查, 遵医嘱, 药不能随便停),
   everyday advice (少抽烟, 多喝水, 管住嘴迈开腿, 记得戴口罩, 注意保暖, 勤洗手; a plain 要/不要 before a habit:
   指甲要剪短, 不要久坐 — not before using, buying or a pitch: 一定要试试, 要有福了), or tells the speaker's own illness
   (胃炎犯了, 查出来高血压, 得过湿疹, 住院了) or a denied outcome (也没好利索). 高血压的喝这个就降了, 湿疹的宝宝用了
   就不痒, 咽炎的含两片嗓子就舒服了, 适合高血压人群 stay claims (the product is used or recommended).
   A remedy told as one that failed (试了好多偏方也不见好) is part of such a story too (:func:`failed_remedy`), and so
   is a name said to be beyond the goods (湿疹这个东西护肤品是治不了的 — :func:`_unable_said`).
   A weight-loss figure told as a realistic expectation after the effortless result is denied (不是吃了就瘦，得配合
   少吃多动，一个月瘦两三斤算正常的) is no promise either (:func:`realistic_expectation`, 功效夸大).
2b. **Not the goods** (:func:`not_the_goods`, all three categories): the wish sent to a doctor (想祛斑的话还是去正规医院
   皮肤科, 想降血压还是要遵医嘱) or the result put down to habits or heredity (长个子靠吃饭睡觉运动, 美白主要靠防晒) —
   unless the goods follow at once (长个子靠营养，这款奶粉…).
3. **Conditional advice before the outcome** (:func:`advice_before_outcome`, 医疗用语). In an outcome form such as
   ``{症状}{X}就好了`` the gap may be ordinary advice, not the product: 口干多喝水就好了, 头晕多休息就好了, 咳嗽去医院
   开点药就好了. 嗓子疼喝这个就好了 stays a claim.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_deferred import sufferer_warned
from app.rules.scopes_text import EFFECT_CATEGORIES, clause_start, none_at_all

CATEGORIES = EFFECT_CATEGORIES
_BOUNDARY = re.compile(r"[。！？!?；;:\n]")
_REACH = 18  # characters looked at after the hit
_BACK = 10  # characters looked at before it


def _after(text: str, end: int, size: int = _REACH) -> str:
    ahead = text[end : end + size]
    cut = _BOUNDARY.search(ahead)
    return ahead[: cut.start()] if cut else ahead


def _before(text: str, start: int, size: int = _BACK) -> str:
    back = text[max(0, start - size) : start]
    cuts = list(_BOUNDARY.finditer(back))
    return back[cuts[-1].end() :] if cuts else back


# -- what makes it a claim after all: the product brought in, used, or recommended ------------------------

_PRODUCT = re.compile(
    r"这个(?!病|东西|毛病|问题|季节|时候)|这款|这瓶|这盒|这罐|这包|这袋|这支|这套|这贴|这片|这杯|这种|这一"
    r"|我们|咱们|咱家|我家的|本品|它|产品|链接|宝贝"
    r"|放心|适合|(?<![不别])(?:能吃|能喝|能用|可以吃|可以喝|可以用)|福音|首选|推荐|必备|囤|闭眼|入手"
    r"|下单|试试|安排|赶紧买|来一|错过|抢|拍下|秒杀|关注|上车|蹲|福利|直播间|小黄车|拍(?!个?片)|人手一|(?<![不别])(?:要|该)[喝吃用抹涂贴泡喷含装](?!够|足|药|饭|早饭|辣|甜|咸|太)"
)
_USE_VERBS = "喝吃用抹涂擦搽贴泡喷敷枕含喂滴洗揉冲"
# 喝了/抹两次/贴上/一抹/含一片 — the product used (多喝水 / 少吃辣 / 别空腹喝咖啡 / 用手去抓 are no such use).
_USED = re.compile(
    rf"(?<![少别])[{_USE_VERBS}](?:了|上|完|过|着|这|两|几|一|个|半)|一[{_USE_VERBS}]"
    rf"|([{_USE_VERBS}])\1|(?:每天|天天|坚持|经常|常)[{_USE_VERBS}]"
    r"|(?:每天|一天|每次|早晚|饭后|睡前|一次)[一两二三四五半几]?[杯包袋粒片颗勺瓶贴支罐盒]"  # 每天一杯: a dose of the product
)
# The outcome promised (就不痒了, 就舒服了, 立马就好).
_OUTCOME = re.compile(
    r"就(?:好|通|稳|降|消|散|没|舒服|不|轻|缓解|断|除|见效|管用|清爽|睡)|立马|马上好|好了|好多了|好转"
    r"|管用|见效|起效|效果|舒服了"
    r"|清爽了|不疼了|不痒了|不痛了|降了|稳了|下来了|变小|都小了|散了|消了"
)


# Before the name, in its sentence: the product already on the table (这款蒲公英茶能消除结节，乳腺增生的姐妹多喝).
_PRODUCT_BEFORE = re.compile(r"这款|这瓶|这盒|这罐|这包|这袋|这支|这套|这贴|本品|产品|链接|宝贝|成分|配方")


# -- 1. denied outcome ----------------------------------------------------------------------------------

# Soft negations (不一定/未必/并不 …) deny an outcome as much as 没 does: 吃了也不一定瘦, 湿疹并没有好.
SOFT_NEG = r"(?:不一定|不见得|不一定能|未必能|未必|并不能|并不会|并没有|并没|并不)"
_NEG = rf"(?:{SOFT_NEG}|没有|没能|没|不见|难以|很难|难|不太|不怎么|未能|未)"
_ADV = r"(?:完全|彻底|怎么|太|真正|见)?"
_CURE = (
    r"(?:好利索|好彻底|好透|好全|好|断根|除根|去根|根治|痊愈|治好|治愈|康复|见好|好转|消下去|消掉|消|退下去|退|散|淡"
    r"|长好|复位|降下来|降|稳住|稳|瘦)"
)
# Anchored at the end of the hit: the negation stands right before the hit's outcome (湿疹一直没好利索).
_DENIED_TAIL = re.compile(rf"(?<!有){_NEG}{_ADV}{_CURE}(?:了|过|的)?$")
# Before a hit that is itself the outcome (也没断根, 很难断根), or an inability after it (根治不了).
_DENIED_BEFORE = re.compile(rf"(?<!有){_NEG}{_ADV}$")
_CURE_HEAD = re.compile(_CURE)
_UNABLE_AFTER = ("不了", "不掉", "不下来", "不下去", "不彻底")
# In the sentence after a bare name: 我爸的痛风吃了好多药也没好利索.
_DENIED_IN = re.compile(rf"(?<!有){_NEG}{_ADV}{_CURE}|{_CURE}不了")
# 湿疹这个东西护肤品是治不了的 / 脚气袜子是解决不了的: what the goods (or anything) cannot cure, said after the name —
# unless a guarantee follows (治不好包退) or one's own product is brought in (_PRODUCT, checked first).
_UNABLE_IN = re.compile(r"(?:治|医|解决|管|看)不(?:了|好)|没法治|没办法治|治不")
_NEG_CHARS = frozenset("没不难未")


def denied_outcome(text: str, start: int, end: int) -> bool:
    """Is the outcome of the hit ``text[start:end]`` denied right before it (没好利索, 也没断根, 根治不了)?"""
    surface = text[start:end]
    if not _NEG_CHARS.isdisjoint(surface) and (tail := _DENIED_TAIL.search(surface)):
        if _NONE_BUT.search(text, max(0, start - 4), start + tail.start()):  # r90: 没一个人没瘦的 is the claim
            return False
        denied = not _GUARANTEE.search(_after(text, end, 8))
    elif _CURE_HEAD.match(surface) and (
        _DENIED_BEFORE.search(text[max(0, start - 6) : start]) or text.startswith(_UNABLE_AFTER, end)
    ):
        denied = not _GUARANTEE.search(_after(text, end, 8))
    else:
        return False
    # 谁说没断根: a rhetorical question keeps the claim (looked at last: the rarest case to reach here).
    return denied and not _RHETORICAL.search(_before(text, start))


_RHETORICAL = re.compile(r"谁说|谁讲|谁告诉|哪个说")
# 没瘦{X}全额退 / 没效果找我: a denied outcome followed by a guarantee is the guarantee claim.
_GUARANTEE = re.compile(r"退|赔|找我|算我|包|不要钱|免单")


# -- 2. advice / care / own illness next to a bare name ---------------------------------------------------

# A bare name: no claim, use, negation or recommendation in the hit itself (湿疹, 有鼻炎的, 胃病的人, 湿疹的宝).
_NOT_NAME = frozenset(
    "治疗愈缓解降抗消改善调理修复恢复效好康根除去止克星控稳" + _USE_VERBS + "不没无别非对告远离适放福首选必囤买入补养护排杀"
)
_PREVENTION = ("预防", "防")
# Medical care: see a doctor, a department, a check-up, the prescribed medicine.
_CARE = re.compile(
    r"就医|就诊|医院|看医生|看大夫|找医生|问医生|问问医生|咨询医生|听医生|医生的|专业医生|挂号|挂个号|急诊|门诊"
    r"|[皮肤妇儿内外骨眼牙]科|急救|皮试|小面积|耳鼻喉|神经内|复查|复诊|体检|检查|查一下|查查|筛查|b超|拍片|拍个片|抽血|验血|化验"
    r"|查(?:一次|个|了)|遵医嘱|医嘱|按时吃药|吃药|用药|服药|药不能|药别|药一定|药要|停药|不能随便停|别随便停"
    r"|打疫苗|接种|疫苗|住院|住了?[^，,]{0,3}院|手术"
)
# Care refused is the claim (不用去医院, 省得吃药, 再也不用打针).
_CARE_REFUSED = re.compile(
    r"(?:不用|不必|不需要|无需|省得|免得|省去|省了|告别|不再|再也不|用不着|何必|还用|不去|甩掉|别|不要)[^，,]{0,2}$"
)


def care_refused(window: str, at: int) -> bool:
    """Is the care word at ``window[at:]`` refused (不用去医院, 别去医院, 省得吃药) — which makes it the claim?"""
    return bool(_CARE_REFUSED.search(window, 0, at))


# Everyday advice: habits, diet, protection, regular checks.
_HABIT = re.compile(
    r"少(?:抽|喝|吃|熬|生气|碰|吹|晒|刷|玩|低头|久坐|去|沾)|多(?:喝水|喝点水|喝温水|喝热水|喝白开水|休息|运动|锻炼|走动|走走|晒"
    r"|吃(?:点|些)?(?:蔬菜|水果|粗粮)|通风|穿|睡)|管住嘴|迈开腿|当心|注意(?:饮食|休息|保暖|作息|卫生"
    r"|防晒|清洁|用眼|别|不要|少|多|控制|定期|按时|补水|保湿|身体|情绪|姿势|腿|腰|脚|皮肤|口腔|安全)|小心|饮食|清淡|忌口|戒烟|戒酒|熬夜|早睡|作息"
    r"|控制|口罩|勤洗手|洗手|保暖|保湿|保持|避免|别(?:吃|喝|抓|挠|碰|熬|吹|太|空腹|乱)"
    r"|不要(?:吃|喝|抓|挠|碰|熬|太|自己|乱)|不能(?:吃|喝|太|随便)|记得(?:戴|带|复查|吃药|按时|定期|多|少|别|不要|保暖|去|测|量|检查|喝水|休息|涂防晒)"
    r"|定期|按时|规律|激动|情绪|喝够|喝足|少量|适量|戒(?:烟|酒|糖|口|掉)?|通风|开窗"
    # a negative modal before any habit (不要久坐, 别穿太多, 少养猫, 不要提重物) — not a pitch (不要再受罪, 别犹豫)
    r"|(?:不要|(?<![特区告类分性级识离派个辨差鉴])别|不能|尽量别|尽量不要|避免|千万别|千万不要|少)(?!再|犹豫|等|担心|怕|受|遭|错过|纠结|愁|烦|焦虑|走弯路|花冤枉)"
    r"[\u4e00-\u9fff]"
    # a plain "should" before a habit (指甲要剪短, 动作要慢一点, 盐要严格控制) — not before using, buying or a pitch
    r"|(?:要|(?<=[你您我他她们还就都也先总])得|一定要|需要|应该|应当)(?![喝吃用抹涂擦搽贴泡喷敷枕含喂滴洗揉冲试囤买入拍选看听抓抢来备注多有福笑乐开高感谢解摆轻舒好放告认选相坚赶抓马早把珍爱疼宠调养补治降缓改修换收润人再受遭犹等担怕错纠愁烦焦])"
    r"[\u4e00-\u9fff]"
)
# The speaker's (or someone's) own illness told as a story.
_OWN_BEFORE = re.compile(r"(?:多年的?老?|(?:也|就)是(?:个)?老|查出来|查出|检查出|体检出|诊断出|确诊了|确诊|得过|得了|患过|患上|也有|就有|本身有|一直有)(?:了|个|点)?$")
_OWN_AFTER = re.compile(
    r"(?<![不没再])(?:又?犯了|又犯|犯病|发作|复发了|又复发|加重|严重|住院|难受|疼得|痒得|折腾)"
    r"|(?:变天|下雨|着凉|受凉|一累|换季)[^，,]{0,3}就(?:疼|痛|痒|犯|难受|咳|喘|发作)"  # 一变天就疼
    r"|是[^，,]{1,8}?(?:出来|引起|造成|导致|遗传)的"  # 颈椎病是低头看手机看出来的: its cause, told
)


# A name is a patient form (有湿疹的, 胃病的人, 湿疹的宝), or a word ending like a disease or symptom (…炎/病/症/疹/
# 结节/结石/高 …) with no effect verb in it: 暖宫, 活血, 祛湿, 长高, 镇痛, 查癌 are effects, not names.
_PATIENT = re.compile(
    r"^(?:有|经常)?(?P<stem>.+?)(?P<suffix>的(?:人群|人|患者|病人|朋友|姐妹|老人|宝|男士|女生|孩子|宝妈|妈妈)?|人群|患者|病人)?$"
)
_NAME_END = frozenset("炎病症疹癌瘤石节痛疼风压糖脂喘气疮梗腺松湿视敏发经胀秘眠腿肿囊疡弱高血生出肝咳嗽泻晕冒感酸干苦汗频筋凉鼾螨藓瘟虫翻斑衰毒")
_EFFECT_IN_STEM = frozenset("长提促帮祛拔矫镇活保清平化接免监筛检测查暖脱预防")
_EFFECT_STEM_START = frozenset("增少早")  # 增高, 少生病, 早期发现 — but 乳腺增生


def name_like(surface: str) -> bool:
    if not _NOT_NAME.isdisjoint(surface):
        return False
    m = _PATIENT.match(surface)
    if m is None:
        return False
    if m.group("suffix"):
        return True
    stem = m.group("stem")
    return stem[-1] in _NAME_END and _EFFECT_IN_STEM.isdisjoint(stem) and stem[0] not in _EFFECT_STEM_START


def _unable_said(after: str) -> bool:
    """Does ``after`` (the words after a bare name) say it cannot be cured, before any product is brought in, with no
    guarantee and no product used or promised an outcome after it (…治不好，用我们这个两天就不痒了 stays a claim)?"""
    m = _UNABLE_IN.search(after)
    if not m or _PRODUCT.search(after, 0, m.start()) or _GUARANTEE.search(after):
        return False
    rest = after[m.end() :]
    return not (_USED.search(rest) or _OUTCOME.search(rest))


def advice_about_name(text: str, start: int, end: int) -> bool:
    """Is the bare disease name (or prevention) ``text[start:end]`` part of advice, care or one's own story?"""
    surface = text[start:end]
    prevention = (
        len(surface) > 2 and surface.startswith(_PREVENTION) and name_like(surface[2 if surface[1] == "防" else 1 :])
    )
    if not (prevention or name_like(surface)):
        return False
    after = _after(text, end)
    before = _before(text, start)
    if not prevention and _unable_said(after):
        return True  # 湿疹这个东西护肤品是治不了的，这个面霜就是保湿
    if _PRODUCT.search(after) or _PRODUCT_BEFORE.search(_before(text, start, 16)):
        return False
    if not prevention and _DENIED_IN.search(after):
        return True  # 吃了好多药也没好利索 / 一直不见好: the outcome is denied
    if _USED.search(after):
        return False
    outcome = _OUTCOME.search(after)
    if outcome and not _advice_then_outcome(after, outcome.start()):
        return False
    for m in _CARE.finditer(after):
        if not _CARE_REFUSED.search(after, 0, m.start()):
            return True
    if _HABIT.search(after):
        return True
    if prevention:
        return False
    if _OWN_AFTER.search(after) or _OWN_BEFORE.search(before):
        return True
    m = _CARE.search(before)
    return bool(m) and not _CARE_REFUSED.search(before, 0, m.start()) and not _PRODUCT.search(before)


# -- 3. conditional advice before the outcome ------------------------------------------------------------

_COND_ADVICE = re.compile(
    r"多喝(?:点|些)?(?:温|热|开|白开|凉白开)?水|喝(?:点|些)?(?:温|热|开|白开)水|多休息|休息(?:一下|一会儿?|几天|好)?"
    r"|睡(?:一|个)?(?:觉|会儿?)|多睡|早(?:点)?睡|多运动|运动运动|多走走|(?:吃|开)(?:点|些)?药"
    r"|去(?:趟)?医院|上医院|看(?:看)?医生"
    r"|打(?:一)?针|输液|挂水|多吃(?:点|些)?(?:蔬菜|水果|粗粮)|少吃|忌口|放下手机|少熬夜|别熬夜|注意保暖|多穿(?:点|些)?"
    r"|出(?:出|身)?汗|发发汗|伸直|拉一拉|缓一缓|歇一歇|歇会儿?|躺一会儿?|走走|出去走|走一走|走动|散散?步|遛弯|活动活动"
)


def _advice_then_outcome(window: str, at: int) -> bool:
    """Does advice (多喝水, 多休息, 去医院) end just before the outcome at ``window[at:]`` (…就好了)?"""
    for m in _COND_ADVICE.finditer(window, 0, at + 1):
        gap = window[m.end() : at]
        if len(gap) <= 4 and not _PRODUCT.search(window, 0, at) and not _USED.search(gap):
            return True
    return False


def advice_before_outcome(text: str, start: int, end: int) -> bool:
    """Is the gap of an outcome hit (口干多喝水就好了) ordinary advice rather than the product?"""
    surface = text[start:end]
    at = surface.rfind("就")
    if at <= 0 or "好" not in surface[at:]:
        return False
    if _PRODUCT.search(_before(text, start, 6)):
        return False
    found = list(_COND_ADVICE.finditer(surface, 0, at))
    if not found or len(surface) - found[-1].end() > 7:
        return False
    m = found[-1]
    gap = surface[m.end() : at]
    return not (_PRODUCT.search(surface) or _USED.search(gap))


# 千万不要自己停药 / 药不能随便停: a warning against stopping medicine, not the claim that one can (可以停药).
_STOP_MEDICINE_WARNING = re.compile(r"(?:不要|别|不能|不可|不可以|切勿|千万别|千万不要|不得|不准)(?:自己|随便|擅自|私自|自行|轻易)?$")


def stop_medicine_warned(text: str, start: int, end: int) -> bool:
    """Is the hit ``text[start:end]`` (停药) warned against (千万不要自己停药)?"""
    return text.startswith("停", start) and bool(_STOP_MEDICINE_WARNING.search(text[max(0, start - 6) : start]))


def failed_remedy(text: str, start: int, end: int) -> bool:
    """Is the remedy ``text[start:end]`` (偏方, 秘方) told as one that failed (试了好多偏方也不见好)?"""
    if not _NEG_CHARS.isdisjoint(text[start:end]):  # the cheapest test first (same result)
        return False
    after = _after(text, end)
    return bool(_DENIED_IN.search(after)) and not _PRODUCT.search(after) and not _GUARANTEE.search(after)


# -- 4. a denied promise (投资承诺: results of investments and exams) ------------------------------------

# The promised result: 稳过, 包过, 一次过, 上岸, 保本, 保底, 有保障, 稳拿, 稳赚, 稳了, 回本, 翻倍 … A bare 不 counts here
# (收益不保底, 很不稳定): a negated *loss* (不亏, 不赔, 零风险) is no such tail — it is the promise itself.
_PROMISE = (
    r"(?:稳稳?过|稳拿|稳赚|稳收|稳涨|稳了|稳|包过|包拿证|包上岸|包录取|包|一次过|一次性通过|一次通过|通过|过|上岸|拿证|考上|录取"
    r"|保本|保底|保息|保收益|有保障|保障|保证|回本|翻倍|赚钱|赚|涨|提分|高分|拿到)"
)
_PROMISE_NEG = rf"(?:{SOFT_NEG}|不是说|没有|没|不太|不怎么|未能|未|不能|不会|难以|很难|难|不)"
# Inside the hit (a gap form: 雅思不一定稳过, 科目二没有包过), the negation ends right before the tail.
_PROMISE_DENIED_IN = re.compile(rf".(?:{_PROMISE_NEG}){_ADV}(?:{_PROMISE})(?:了|的)?$")
# Right before a hit that is itself the tail (也不一定稳过, 不一定一次过; 不是说听了就稳过).
# 也不是听完就包过的: 不是 … 就 denies that the one leads straight to the other (not 不是吹/不是我说: emphasis).
_PROMISE_DENIED_BEFORE = re.compile(
    rf"(?:{_PROMISE_NEG}){_ADV}(?:说)?(?:能|可以|就|都|会|容易|轻易|好)?$|不是(?!吹|我吹|我说|开玩笑|夸张)[^，,]{{0,5}}?就$"
)
_PROMISE_HEAD = re.compile(_PROMISE)
_NONE_BUT = re.compile(r"(?:没有|没|冇|无)(?:一个人?|一位|人|谁|哪个|哪一个)?[考学听读能会]{0,2}$")  # r90: 没有一个没过的
_PROMISE_CATEGORIES = frozenset({"投资承诺"})


def denied_promise(text: str, start: int, end: int, category: str, breaks=None) -> bool:
    """Is the promised result of the hit denied by a (soft) negation right before its tail (雅思不一定稳过,
    收益并不稳拿, 收益没有保障, 教资不一定一次过)? The same rule as :func:`denied_outcome`, for promises.
    Not over a removed comma (``breaks``, see :func:`app.rules.scopes_text.clause_start`): 一点风险都没有，稳赚."""
    if category not in _PROMISE_CATEGORIES:
        return False
    surface = text[start:end]
    if _RHETORICAL.search(_before(text, start)):
        return False  # 谁说不一定稳过
    if not _NEG_CHARS.isdisjoint(surface) or "并" in surface:
        inside = _PROMISE_DENIED_IN.search(surface)
        if inside and not _NONE_BUT.search(text, max(0, start - 4), start + inside.start() + 1):
            return not _GUARANTEE_BACK.search(_after(text, end, 8))
    lo = max(0, start - 8)
    m = _PROMISE_HEAD.match(surface) and _PROMISE_DENIED_BEFORE.search(text, lo, start)
    if m:
        if breaks is not None and clause_start(start, 8, breaks) > m.start():
            return False  # 一点风险都没有，稳赚不赔: the 没有 ends the clause before
        if text.startswith("没", m.start()) and none_at_all(text, m.start(), end):
            return False  # the same said without a comma (recogniser text): 一点风险都没有稳赚不赔
        return not _GUARANTEE_BACK.search(_after(text, end, 8))
    return False


# 不一定过？过不了全额退: a guarantee right after turns the doubt back into the promise.
_GUARANTEE_BACK = re.compile(r"退|赔|包|免费重学|免费重修|重读|不要钱")


# 不是吃了就瘦，得配合少吃多动，一个月瘦两三斤算正常的: the effortless result is denied before the figure and the
# figure is told as what is normal with diet and exercise — an expectation, not a promise. Both are needed:
# 一个月瘦十斤很正常 alone is the claim.
_EFFORTLESS_DENIED = re.compile(r"不是[^，,。！？!?]{0,4}?就(?:瘦|能瘦|掉秤|变瘦)|不可能[^，,。！？!?]{0,4}?就(?:瘦|能瘦)")
_NORMAL_AFTER = re.compile(r"^[^，,。！？!?]{0,3}?(?:算正常|算是正常|是正常的|属于正常|就很好了|已经很好了|算不错)")
_EFFORT = re.compile(r"配合|少吃多动|管住嘴|迈开腿|运动|控制饮食|节食")


def realistic_expectation(text: str, start: int, end: int) -> bool:
    """Is the weight-loss figure ``text[start:end]`` told as a realistic expectation (see the comment above)?"""
    if not _NORMAL_AFTER.match(text[end : end + 12]):
        return False
    before = text[max(0, start - 30) : start]
    return bool(_EFFORTLESS_DENIED.search(before)) and bool(_EFFORT.search(before))


# 想祛斑的话还是去正规医院皮肤科看看 / 想治脚气请去医院: the wish is sent to a doctor, not to the goods.
_WISH_BEFORE = ("想", "要想", "想要", "如果想", "若想", "需要")
_TO_DOCTOR = re.compile(
    r"(?:的话|的)?(?:请|就|还是|最好|建议|得|要|一定要|应该|可以){0,2}"
    r"(?:(?:去|到|找|上|看)(?:正规|专业|大)?的?(?:医院|皮肤科|医生|大夫|门诊|专科|诊所|[\u4e00-\u9fff]{1,2}科)"
    r"|遵医嘱|听医生|问医生|问问医生|咨询医生|就医|就诊)"
)
# 长个子靠吃饭睡觉运动 / 美白主要靠防晒: the result put down to habits or heredity, not to the goods.
_CAUSE_AFTER = re.compile(
    r"(?:主要|还是|全|都|得|要|其实|更多)?(?:靠|看|取决于|在于)(?:的是)?(?:先天|后天)?"
    r"(?:吃饭|睡觉|睡眠|运动|遗传|基因|营养均衡|锻炼|作息|饮食|爸妈|父母|坚持|防晒|早睡|管住嘴)"
)


def not_the_goods(text: str, start: int, end: int) -> bool:
    """Is the outcome ``text[start:end]`` sent to a doctor (想祛斑请去医院) or put down to habits (长个子靠睡觉)?"""
    if text.endswith(_WISH_BEFORE, max(0, start - 4), start) and _TO_DOCTOR.match(text, end):
        return True
    m = _CAUSE_AFTER.match(text, end)
    return bool(m) and not _PRODUCT.search(text, m.end(), m.end() + 6)


def not_claimed(text: str, start: int, end: int, category: str) -> bool:
    """Should the effect-category candidate ``text[start:end]`` be dropped by one of the rules above?"""
    if category not in CATEGORIES:
        return False
    if denied_outcome(text, start, end) or not_the_goods(text, start, end):
        return True
    if category == "功效夸大":
        return "瘦" in text[start:end] and realistic_expectation(text, start, end)
    if category != "医疗用语":
        return False
    return (
        advice_before_outcome(text, start, end)
        or advice_about_name(text, start, end) or (name_like(text[start:end]) and sufferer_warned(text, start, end))
        or stop_medicine_warned(text, start, end)
        or failed_remedy(text, start, end)
    )
