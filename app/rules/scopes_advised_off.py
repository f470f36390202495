"""Context scopes: those advised off (想美白的别拍错了, 高血压能吃吗？少吃点, 有糖尿病的老人少吃点).

:func:`app.rules.scopes_replies.mentioned` calls :func:`advised_off_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **An effect denied, then advised against** (:func:`advised_off`, 化妆品/功效/医疗): 想|要 + the effect + 的 +
   别拍|不要拍|别买|拍错|不适合 … (没有美白功效，想美白的别拍错了) — telling buyers it does not do that. (from round 53)
2. **A condition's food question answered with caution** (:func:`asked_with_caution`, 医疗用语): 问 + the disease +
   能(不能)?|可以 + 吃|喝|用 … 吗, answered 少吃点|不建议|最好别|适量|问医生 (有人问高血压能吃这腊肉吗，少吃点) — the viewer's condition, not a cure
   claimed; answered 能 it stays a claim. (from round 61)
3. **Advice to those with an illness** (医疗用语): 家里有糖尿病的老人，这个还是少吃点 — the illness named to warn. (from round 88)
   Round 99 (F11): also the patient asking (有胆结石的问能不能用空气炸锅，吃啥你得问大夫), someone under treatment (正在皮肤科
   治疗期间的先问问你的医生), an attack's days (痛风发作那几天…先去医院), told which one to skip (别整甜的), how much (控制量), a
   patch test (先在耳后试一下) or a doctor; never with the goods sold to them (放心吃, 适合) or an effect (降, 不升糖, 不过敏).
   Round 103 (F11): 嘅|滴 for 的 and more sufferer nouns (兄弟, 老铁, 哥们, 友友 …), someone on a drug for it (吃着降压药的),
   有 + the illness + 的 said bare (有鼻炎的，…); the advice also as 莫|甭 + a verb (莫买, 甭下单), what to carry (兜里揣几块糖), keeping
   away (企远啲, 站远点, 离远点), airing first (先晾两天), a 主治医生, and a warning with its reason (注意…生产线也做花生, 当心…含虾粉);
   控 (控糖) joins the effects that keep the claim.
   Round 107 (F11): the advice right after 的 (腰间盘突出的别…) or after 有 + the illness + 就 (佢有糖尿病就唔好饮); care words
   (慎重, 谨慎), a doctor fetched (叫大夫), 别空着肚子, 戴个手套, 该吃的药照吃, 唔好|咪 + a verb; the goods said not to be a
   treatment (别拿…当治疗) leave no claim and the treatment word is quiet (:func:`treatment_disclaimed`); a drug stopped keeps it.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _AS_DRUG_BEFORE, _SOFT_OPEN, _answer_at
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import _sentence

# -- an effect denied, then advised against --------------------------------------------------------------------------

_ADVISED_OFF = re.compile(r"的(?:宝宝|宝|姐妹|朋友|家人|人)?(?:们)?(?:别|不要|千万别|不用|可别)(?:拍|买|下单|入|冲|抢)|的(?:宝宝|姐妹|朋友|人)?(?:们)?(?:别)?(?:拍错|买错)|的(?:宝宝|姐妹|朋友|人)?(?:们)?不适合")


def advised_off(text: str, start: int, end: int) -> bool:
    """Is the effect one buyers are told this item is not for (想美白的别拍错了)?"""
    return text[start - 1 : start] in ("想", "要") and bool(_ADVISED_OFF.match(text, end))


_USE_ASKED = re.compile(r"(?:能|可以|能不能|可不可以|敢)(?:吃|喝|用|戴|泡|涂|抹|穿|睡)")

_CAUTION_OPEN = re.compile(
    _SOFT_OPEN + r"(?:少吃|少喝|少用|不建议|最好别|最好不要|别多吃|别吃|别喝|不要多吃|不能多吃|慎用|慎吃|谨慎|适量|控制量|"
    r"问医生|问问医生|咨询医生|遵医嘱|听医生)"
)


def asked_with_caution(text: str, start: int, end: int) -> bool:
    """Is the disease the asker's condition in a 能吃…吗 question answered with caution (高血压能吃吗少吃点)?"""
    if text.find("问", max(0, start - 12), start) == -1:
        return False
    at = _answer_at(text, start, end)
    if at < 0 or not _USE_ASKED.search(text, start, at):
        return False
    return bool(_CAUTION_OPEN.match(text, at))


# -- advice to those with an illness ---------------------------------------------------------------------------------

# round 103 (F11): 嘅|滴 for 的 (有哮喘嘅朋友), and the sufferer as 兄弟|哥们|老铁|友友 …
_SUFFERERS = r"(?:老人|老年人|人|小朋友|朋友|家人|患者|病人|宝宝|孩子|小孩|长辈|姐妹|宝们?|兄弟|哥们|老铁|老哥|大哥|大姐|友友|小伙伴|宝子|亲)"
_SUFFERER_AFTER = re.compile(r"(?:的|嘅|滴)?" + _SUFFERERS)

_SUFFERER_IN = re.compile(r"(?:的|嘅)" + _SUFFERERS + r"(?:们)?$")

# round 103 (F11): someone on a drug for it (吃着降压药的，…先问一下你的主治医生), or 有 + the illness + 的 said bare (有鼻炎的，…)
_ON_DRUG_AFTER = re.compile(r"(?:的)?药(?:的|嘅)")
_ON_DRUG_BEFORE = re.compile(r"(?:吃着|在吃|正在吃|还在吃|长期吃|常年吃|服着|在服|用着|在用)$")

# round 99 (F11): the patient asking (有胆结石的问能不能用…), someone under treatment (正在皮肤科治疗期间的), an attack's days
# (痛风发作那几天, 鼻炎犯的时候) — each told what to do next.
_PATIENT_ASKS = re.compile(r"的?(?:也|还)?(?:来|在)?问")
_UNDER_CARE = re.compile(r"(?:期间|中|阶段|的时候)?的")
_IN_CARE_BEFORE = re.compile(r"(?:正在|还在|在|刚|正)[\u4e00-\u9fff]{0,4}$")
_ATTACK_TIME = re.compile(r"(?:那几天|那阵子?|那会儿?|的时候|期间|时)")

_CAUTION = re.compile(
    r"少吃|少喝|少用|别吃|别喝|别用|不要吃|不要喝|不要用|慎吃|慎用|慎服|不建议|不适合|不宜|不能吃|不能喝|忌口"
    # round 99 (F11): which one to skip, how much, a patch test, a doctor or a hospital first
    r"|别(?:整|买|选|拍|挑|碰|硬|乱|自己)|控制(?:好)?量|控制着|先(?:在)?[\u4e00-\u9fff]{0,4}?试|试一下|小面积|耳后|手腕内侧"
    r"|(?:问|咨询|听)(?:一下|问)?(?:你的|您的)?(?:主治|家庭|专科)?(?:医生|大夫)|遵医嘱|(?:先)?去(?:趟)?医院|看医生|就医"
    # round 103 (F11): 莫|甭 for 别, what to carry (兜里揣几块糖), keep away (企远啲, 站远点, 离远点), air it first (先晾两天),
    # and a warning with its reason (注意，这个的生产线也做花生 / 糖分太高)
    r"|(?:莫|甭|不要)(?:买|拍|下单|入|囤|吃|食|喝|用|碰|整)(?!药)|(?:揣|带|备|装)(?:上|着|好)?(?:几|点|一|些|两)"
    r"|(?:站|企|离|躲|坐|待)(?:得)?(?:远|开)|远离|避开|别靠近|别凑|先(?:晾|放|散|通风|开窗|透气)"
    r"|(?:注意|当心|小心|留意)(?=[^。!?]{0,24}?(?:含|配料|成分|生产线|车间|也做|过敏原|糖分|盐分|太甜|太咸|太辣|烟|味|刺激))"
    # round 107 (F11): choose with care (选被子慎重点儿), a doctor fetched (叫大夫看看, 找医生), what not to do to oneself (别空着肚子,
    # 别直接上手抓, 戴个手套), the drugs kept (该吃的药照吃), and Cantonese 唔好|咪 + a verb (唔好饮, 咪食)
    r"|慎重|谨慎|悠着|(?:叫|找|让|请)(?:个)?(?:大夫|医生)|别(?:空|饿|直接|上手|用手|熬|累|着凉|受凉|久坐|久站)|空(?:着)?肚子|空腹"
    r"|戴(?:个|上|好|副)?(?:手套|口罩)|(?:药|该吃的)[^。!?]{0,3}?照(?:吃|用|常)|照常吃药|药(?:别|不能|不要)停"
    # round 118 (F11): the drug kept as prescribed (降压药该吃就吃), how much (喝多了不好, 要适量), treatment sent to a clinic
    # (治还是得去皮肤科)
    r"|[\u4e00-\u9fff]{0,3}药[^。!?]{0,3}?该(?:吃|用)就(?:吃|用)|(?:吃|喝|用|穿)(?:多|太多)了?(?:不好|伤|不行)|适量|别贪多|不宜多"
    r"|治(?:病)?(?:还是|得|要)[^。!?]{0,3}?(?:去|找|上|看)(?:正规)?(?:医院|皮肤科|医生|大夫|专科|门诊)"
    r"|(?:唔好|咪|唔该唔好|千祈唔好)(?:饮|食|用|买|掂|揸|拍|碰)"
)

# round 107 (F11): the sufferers told off at once (腰间盘突出的别自己瞎买…), or 有 + the illness + 就 + the advice (佢有糖尿病就唔好饮)
_ADVICE_RIGHT_AFTER = re.compile(r"(?:的|嘅)(?:们)?(?:千万|最好|可|就|先|还是)?(?:别|莫|甭|不要|唔好|咪|慎)")
_HAS_THEN_ADVICE = re.compile(r"(?:的话|嘅话)?(?:就|便|咁就)?(?:千万|最好|还是)?(?:别|莫|甭|不要|唔好|咪|少|慎|不能|不宜)")

_DRUG_STOPPED = re.compile(r"停药|(?:别|莫|不要|甭|不用|不必|唔使|唔好)(?:再)?(?:吃|用|食)药")

# round 107 (F11): a treatment the goods are said not to be, or sent to a hospital (别拿这个颈枕当治疗, 该做理疗去医院做)
_TREATMENTS = ("治疗", "理疗", "治病", "医治", "疗法")
_SENT_TO_HOSPITAL = re.compile(r"(?:的话)?(?:就|还是|要|得)?(?:去|到|上|找)(?:正规)?(?:医院|诊所|医生|大夫)")


def treatment_disclaimed(text: str, start: int, end: int) -> bool:
    """Is the treatment word one the goods are said not to be, or one sent to a hospital (别拿它当治疗, 该做理疗去医院做)?"""
    if text[start:end] not in _TREATMENTS:
        return False
    sentence, lo = _sentence(text, start, end)
    if _DRUG_STOPPED.search(sentence):
        return False
    cut = [m.span() for m in _DISCLAIMED.finditer(sentence)]
    if not any(a <= start - lo and end - lo <= b for a, b in cut) and not (
        text.endswith(("该做", "要做", "得做", "想做", "做", "要", "该"), max(0, start - 2), start)
        and _SENT_TO_HOSPITAL.match(text, end)
    ):
        return False
    rest = _DISCLAIMED.sub("", sentence[: start - lo] + "\x00" + sentence[end - lo :])
    return not _CLAIMED.search(_CAUTION.sub("", rest)) and not _SOLD_TO.search(rest)


_SOLD_TO = re.compile(r"能吃|能喝|能用|可以吃|可以喝|可以用|放心|适合(?![\u4e00-\u9fff]{0,2}?(?:啥|什么|哪|怎))|推荐|专为|专门|首选|福音|必备|看过来")

# round 103: also a drug stopped or replaced (莫吃药了 喝这个茶就行) and more effects (能通鼻, 养胃, 好转, 断根, 不发作 …)
_CLAIMED = re.compile(r"停药|(?:别|莫|不要|甭|不用|不必)(?:再)?(?:吃|用)药|代替|替代|通鼻|通气|鼻子(?:就)?通|养(?:胃|肝|肺|肾)|修复|好转|断根|去根|除根|不(?:再)?犯|不发作|舒缓|止咳|止痒|治|降|调理|改善|缓解|控|稳|不升|好使|管用|有效|见效|不过敏|抗敏|脱敏|就好|就没|不痒|不疼")

_REFERRED = re.compile(r"(?:问|咨询|听)(?:一下|问)?(?:你的|您的)?(?:医生|大夫)|遵医嘱|去(?:趟)?医院|看医生|就医")


# round 107 (F11): the goods said NOT to be a treatment (别拿这个颈枕当治疗, 它治不了, 只是让你坐着舒服点) — no claim left
_DISCLAIMED = re.compile(
    r"(?:别|不要|莫|甭|唔好)(?:拿|把)?[^。!?]{0,8}?当(?:成)?(?:治疗|药|治病|理疗)|(?:不|没)(?:能|是|会|可以)(?:用来)?治|治不了|代替不了|不能代替|不治病|不能当(?:成)?药"
)


def sufferer_warned(text: str, start: int, end: int) -> bool:
    """Is the illness named of those warned off (家里有糖尿病的老人，这个还是少吃点)?"""
    surface = text[start:end]
    if not (
        _SUFFERER_AFTER.match(text, end)
        or _SUFFERER_IN.search(text, start + 1, end)
        or _PATIENT_ASKS.match(text, end)
        or (_UNDER_CARE.match(text, end) and _IN_CARE_BEFORE.search(text, max(0, start - 8), start))
        or (surface.endswith(("发作", "犯了", "犯", "发病")) and _ATTACK_TIME.match(text, end))
        or (_ON_DRUG_AFTER.match(text, end) and _ON_DRUG_BEFORE.search(text, max(0, start - 4), start))
        or (surface.startswith("有") and surface.endswith(("的", "嘅")))
        or _ADVICE_RIGHT_AFTER.match(text, end)
        or (text.endswith("有", max(0, start - 1), start) and _HAS_THEN_ADVICE.match(text, end))
    ):
        return False
    sentence, lo = _sentence(text, start, end)
    after = text[end : end + 40]
    if not _CAUTION.search(after) or _DRUG_STOPPED.search(sentence):
        return False
    rest = _CAUTION.sub("", _DISCLAIMED.sub("", sentence[: start - lo] + "\x00" + sentence[end - lo :]))
    sold = _SOLD_TO.search(rest)
    if sold and not (sold.group() in ("能用", "可以用") and _REFERRED.search(after)):
        return False  # 糖尿病人也能吃 / 高血压的朋友看过来: sold to them (a tool allowed, the diet sent to a doctor: 锅能用，吃啥问大夫)
    return not _CLAIMED.search(rest)


def advised_off_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category not in _EFFECTS:
        return False
    if advised_off(text, start, end):
        return True
    if category != "医疗用语":
        return False
    window = text[end : end + 9]
    if ("吗" in window or "么" in window or "嘛" in window) and asked_with_caution(text, start, end):
        return True
    if treatment_disclaimed(text, start, end):
        return True  # round 107 (F11)
    return not _AS_DRUG_BEFORE.search(text, max(0, start - 10), start) and sufferer_warned(text, start, end)
