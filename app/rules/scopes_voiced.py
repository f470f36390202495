"""Round 124 (batches 56–57's rules-alone false alarms): a word voiced and refused, a set of banned words, nothing is X,
patients told to keep off.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_talked_about` (the big readers are at the module
size limit). Read over the normalised sentence (commas and spaces removed). Each reading checks the word's own
neighbourhood (a few characters) first and reads further only when that cue holds:

1. ``voiced_refused``: the word said as a word — after a speech verb (让我喊, 又想说, 有人刷, 写着, 那句), in quotes, or
   followed by 两个字 — and refused after it (憋回去, 被我掐了, 不喊, 不用这种话术, 别往那方面带节奏, 违禁词我们不说);
   or said under a negated speech verb (为什么不讲「万能」, 不叫万能花洒, 不能说万能). A turn back after the word
   (:data:`app.rules.scopes_answers.TURN_BACK`: 但, 反正, 你品 …) keeps the hit.
2. ``banned_set``: a banned-word list named (违禁词表, 禁用词, 极限词) before the word and refused as a set after it
   (我一个都不碰, 统统不说), with no saying, 是 or 就 between.
3. ``nothing_is``: a universal denial (没有什么东西是万能的, 没有哪款是最好的); round 126: asked rhetorically (哪有机器能百分百的),
   never with ours excepted right after (除了我们家, 就这台能).
4. ``kept_off``: an illness and the patient told to keep off the product right after it (湿疹破了的先别泡, 有三高的别把它
   当药吃, 血脂高的朋友别一次吃一大袋) — not when the product is then brought in (用这个, 试试) or the avoided thing is a
   drug (别再吃安眠药了).
5. ``defined_name``: the word defined as a colour's, flavour's or pattern's name (至尊红是这款红包封的颜色名) or a pet's
   (这只猫名字叫第一名) — 名副其实, 不白叫 … keep the hit.
6. "Not every illness" (不是什么鱼病都管用) before a cures-everything form.

Round 128 (batches 58–59): a viewer's contact request read out and refused (弹幕说加微信能便宜 不用加); claims quoted after
什么 and dismissed as such talk (什么"三天瘦十斤" 这种话 赶紧划走); a viewer's word disowned or told to stop (是你说的不是我说的,
刷包治百病的别刷了) and asked back (哪来的包治百病); a rule's list (不得使用最佳最优, 不说什么最好最牛, 莫老讲第一第一); patients
told to keep their drugs (该吃的药照吃 别把降压药停了); a word the platform bans in a title (神器这俩字平台不让挂); someone
else's shop or dish named (那是人家店名, 名字是照披萨店那个口味叫的).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_advice import name_like
from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_text import SENTENCE_END

_QUOTES = frozenset("\"“「『‘'")
_ANY_QUOTE = re.compile(r"[\"“「『]")
_SPEECH_BEFORE = re.compile(
    r"(?:说|喊|讲|刷|念|提|写着|写了个?|印着|印的|那句|这句|这个词|(?:弹幕|有人|评论区?|公屏)[里上]?(?:有人)?打)[\"“「『‘']?$"
)
_NEG_SPEECH_BEFORE = re.compile(
    r"(?:(?:不|别|甭|莫|不能|不让|不许|不准|不要|不可以|为什么不)(?:再|乱|随便|老|总)?(?:说|喊|讲|叫|念|提)|(?:不得|禁止|严禁|不准|不许)(?:使用|用))"
    r"(?:什么)?(?:最[\u4e00-\u9fff]{1,2}?|第一){0,3}[\"“「『‘']?$"  # r128: 不说什么最好最牛 / 不得使用最佳最优最先进 (a list)
)
_MARKED_AFTER = re.compile(r"[\"”」』’']?(?:这?[两二三四五六七八九十俩仨几]个字|这个词|这种词)")
_REFUSED_AFTER = re.compile(
    r"不是我说的|我可没说|别(?:再)?刷|不要(?:再)?刷|不能(?:随便|乱)用|憋回去|咽回去|掐了|掐掉|按住了|摁住了|拦住了|拦下了|叫停了|不(?:喊|说|讲|念|提|碰|承诺)|停一停|停停|不用这种|别往那|带节奏|一个都不|违禁词|禁用词|极限词|敏感词"
)
_VOICED_CATEGORIES = frozenset({"绝对化用语", "医疗用语", "功效夸大", "价格违规", "权威背书", "迷信", "投资承诺"})


def voiced_refused(text: str, start: int, end: int) -> bool:
    if _NEG_SPEECH_BEFORE.search(text, max(0, start - 12), start) is not None:
        if text[end : end + 1] == "了" or _said_anyway(text, start, end):
            return False  # 别说全网最低了，就是出厂价也… / 不让说全网最低 我偷偷告诉你们 这就是全网最低价
        return TURN_BACK.search(text, end, end + 30) is None
    if not _marked_as_word(text, start, end):
        return _asked_back(text, start, end)
    return _refused_after(text, end)


def _marked_as_word(text: str, start: int, end: int) -> bool:
    """In quotes, after a speech verb (说, 喊, 有人刷, 写着 …) or followed by 两个字 / 这个词."""
    head = text[max(0, start - 6) : start]
    return head[-1:] in _QUOTES or _SPEECH_BEFORE.search(head) is not None or _MARKED_AFTER.match(text, end) is not None


def _refused_after(text: str, end: int) -> bool:
    """Refused within 30 characters after the word, with no turn back there."""
    return _REFUSED_AFTER.search(text, end, end + 30) is not None and TURN_BACK.search(text, end, end + 30) is None


_WHENCE = re.compile(r"(?:哪来的?|哪里来的?|哪儿来的?|哪有什么)$")


def _asked_back(text: str, start: int, end: int) -> bool:
    """一根鱼竿哪来的包治百病: the word asked back rhetorically after the same word was voiced and refused earlier."""
    if text.find("哪", max(0, start - 5), start) == -1 or _WHENCE.search(text, max(0, start - 5), start) is None:
        return False
    at = text.find(text[start:end])
    return at < start and (voiced_refused(text, at, at + end - start) or _NEG_SPEECH_BEFORE.search(text, max(0, at - 12), at) is not None)


def _mentioned_refused(text: str, start: int, end: int) -> bool:
    """Said as a word and refused right after — a later mention that is no claim either."""
    return _marked_as_word(text, start, end) and _refused_after(text, end)


def _said_anyway(text: str, start: int, end: int) -> bool:
    """The same word said again later, not under a denial: the claim made anyway."""
    at = text.find(text[start:end], end)
    while at != -1:
        if text[at - 1 : at] == "不" and text[at - 2 : at - 1] == text[start]:
            at = text.find(text[start:end], at + 1)
            continue  # 包不包过: the word asked as a yes-no question (A不AB), not said
        if _NEG_SPEECH_BEFORE.search(text, max(0, at - 12), at) is None and not nothing_is(text, at) and not (
            _mentioned_refused(text, at, at + end - start)
        ):
            return True
        at = text.find(text[start:end], at + 1)
    return False


_LIST_NAMED = re.compile(r"违禁词|禁用词|极限词|敏感词|禁词|不能说的词|不让说的词")
_SET_REFUSED = re.compile(r"(?:一个|一样|哪个)(?:都|也)不|统统不|全都不|一律不|都不(?:说|讲|用|碰|提)")


def banned_set(text: str, start: int, end: int) -> bool:
    refusal = _SET_REFUSED.search(text, end, end + 24)
    if refusal is None or re.search(r"[说讲是就但]", text[end : refusal.start()]):
        return False
    return _LIST_NAMED.search(text, max(0, start - 30), start) is not None and TURN_BACK.search(text, refusal.end()) is None


_NOTHING_IS = re.compile(
    r"(?:没有?(?:什么|任何|哪个|哪款|哪一款|哪样|一样)|(?:哪有|哪里有|哪儿有)(?:什么|任何|哪个|一款|一个|一台)?)"  # r126: 哪有机器能百分百的
    r"(?:东西|产品|商品|东东|机器|设备|仪器|药)?(?:是|能|会|敢说|可以)(?:做到)?$"
)
_BUT_OURS = re.compile(r"除了|只有|就我们|就这|就它|咱家|我们家")


def nothing_is(text: str, start: int) -> bool:
    lo = max(0, start - 12)
    if text.find("没", lo, start) == -1 and text.find("哪", lo, start) == -1:
        return False
    return _NOTHING_IS.search(text, lo, start) is not None and _BUT_OURS.search(text, start, start + 14) is None


_KEEP_OFF = re.compile(
    r"[^?但用]{0,8}?(?:先|就|千万|最好|可)?(?:别|不要|甭|先别)(?:硬|再|一次|多|直接)?(?:泡|吃|喝|用|涂|抹|按|拍|买|把它当|当)"
)
_BROUGHT_IN = re.compile(r"用这|用我们|试试|换成|换这|吃这|喝这|泡这|药(?!吃)")


def kept_off(text: str, start: int, end: int) -> bool:
    m = _KEEP_OFF.match(text, end, end + 16)
    if m is None:
        return False
    after = text[m.end() : m.end() + 12]
    if "当" in m.group(0)[-2:]:
        return TURN_BACK.search(after) is None  # 别把它当药吃
    return _BROUGHT_IN.match(after) is None and _BROUGHT_IN.search(text, m.end() - 1, m.end() + 12) is None and (
        TURN_BACK.search(after) is None
    )


_IS_A_NAME = re.compile(
    r"[^是]{0,2}?是(?:这款|这个|这只|咱家|我们家?)?[^是]{0,8}?的?(?:颜色|口味|款式|主题|品种|型号|色号|花色|图案)名"
)
_PET_NAMED = re.compile(r"(?:猫|狗|鸟|鹦鹉|仓鼠|兔子|店猫|店狗|小猫|小狗)(?:的)?(?:名字|小名|大名)?叫(?:做)?(?:第)?$")


# r128: 楼下"第一家羊肉泡馍" 那是人家店名 / 超级至尊披萨 名字是照披萨店那个口味叫的 — someone else's shop or dish named.
_NAME_TOLD = re.compile(
    r"(?:那|这|它)(?:个)?(?:只)?是(?:人家店?|别人家?|他家|他们家?|那家店?)(?:的)?(?:店名|菜名|名字|招牌|牌子|字号)|名字是照|名字是跟|是照着?[^"
    + SENTENCE_END + r"]{0,10}叫的"
)


def defined_name(text: str, start: int, end: int) -> bool:
    """The word is the name of a colour, a flavour or a pattern (至尊红是这款红包封的颜色名), of the shop's pet, or of
    someone else's shop or dish (r128)."""
    if (text.find("名", end, end + 40) != -1 or text.find("叫的", end, end + 40) != -1) and _NAME_TOLD.search(
        text, end, end + 40
    ) is not None:
        return _NAME_CLAIMED.search(text) is None
    if text.find("叫", max(0, start - 4), start) != -1 and _PET_NAMED.search(text, max(0, start - 10), start):
        return _NAME_CLAIMED.search(text) is None
    if text.find("名", end) == -1:
        return False
    word = text[start:end]
    at = text.find(word)
    while at != -1:
        if _IS_A_NAME.match(text, at + len(word)) is not None:
            return _NAME_CLAIMED.search(text) is None
        at = text.find(word, at + 1)
    return False


# Round 128 (batch 59's false alarms). 弹幕说加微信能便宜 不用加 / 有人刷"加V私聊" 我们不加: a viewer's contact request
# read out and refused — not an invitation. Another invitation after the refusal (私聊我, 加我) keeps the hit.
_VIEWER_SAID = re.compile(
    r"(?:弹幕|有人|评论区?|公屏|观众|网友|粉丝|家人们?)[里上]?(?:在)?(?:说|问|刷|发|喊|留言)[^" + SENTENCE_END + r"]{0,8}$"
)
_CONTACT_REFUSED = re.compile(r"(?:不用|不需要|没必要|别|不要|不)(?:去|再)?加|不私聊|不私下|不走私")
_INVITED_AGAIN = re.compile(r"私聊我|加我|找我|联系我|私我|私信我|加主播|后台私")


_WORD_BEFORE = re.compile(r"(?:[这那]?[俩仨两二三四几]个?字|这个词|这种词|标题上?|字眼)$")


def viewer_contact_refused(text: str, start: int, end: int) -> bool:
    if text.startswith("平台", start) and _WORD_BEFORE.search(text, max(0, start - 6), start) is not None:
        return True  # 神器这俩字平台不让挂: a word the platform bans, no way to reach us told
    if _VIEWER_SAID.search(text, max(0, start - 16), start) is None:
        return False
    m = _CONTACT_REFUSED.search(text, end, end + 20)
    return m is not None and _INVITED_AGAIN.search(text, m.end()) is None and TURN_BACK.search(text, m.end()) is None


# 什么"三天瘦十斤""穿上立马显瘦二十斤" 这种话你们听到就赶紧划走: claims quoted after 什么, called "such talk" and
# dismissed — the host mocking other sellers' claims, not making one.
_MOCKED_BEFORE = re.compile(r"(?:什么|啥|那些|所谓的?)(?:[\"“「][^\"”」" + SENTENCE_END + r"]{1,16}[\"”」])*[\"“「][^\"”」]{0,16}$")
_SUCH_TALK = re.compile(r"(?:这种|这类|这些|那种|那些|之类的?)(?:话|说法|词|话术|宣传|广告|鬼话)")
_DISMISSED = re.compile(r"别信|划走|走开|骗|忽悠|假的|不靠谱|智商税|离远点|快跑|别买|不可能|吹牛|扯")


def mocked_quote(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 40)
    if text.find("什", lo, start) == -1 and text.find("啥", lo, start) == -1 and text.find("所谓", lo, start) == -1 and (
        text.find("那些", lo, start) == -1
    ):
        return False
    if _MOCKED_BEFORE.search(text, lo, start) is None:
        return False
    m = _SUCH_TALK.search(text, end, end + 30)
    if m is None:
        return False
    d = _DISMISSED.search(text, m.end(), m.end() + 24)
    return d is not None and TURN_BACK.search(text, d.end()) is None


# 高血压的叔叔阿姨们 …该吃的药照吃 锅不是药 别把降压药停了: patients told to keep taking their drugs — advice, not a cure.
_DRUG_KEPT = re.compile(
    r"(?:别|不要|千万别|不能|不可以|不许)(?:擅自|自己|随便)?(?:把)?[\u4e00-\u9fff]{0,4}药(?:给)?(?:停|断|减)"
    r"|药(?:照吃|照常吃|继续吃|还得吃|还要吃|该吃吃|别停|不能停|不要停)|该吃的药(?:照|还得|继续|还是)"
)
_CURE_CUE = re.compile(r"就稳|降下来|降了|降压(?!药)|治好|好了|根治|不用吃药|可以停")


def drug_kept(text: str, start: int, end: int) -> bool:
    if "药" not in text:
        return False
    ms = list(_DRUG_KEPT.finditer(text))
    if not ms:
        return False
    if any(m.start() <= start < m.end() for m in ms):
        return True  # 别把降压药停了 itself
    m = ms[-1]
    return name_like(text[start:end]) and _CURE_CUE.search(text) is None and TURN_BACK.search(text, m.end()) is None


_NAME_CLAIMED = re.compile(r"不白叫|名副其实|名不虚传|因为我们就是|就是最|当之无愧|配得上|就是没有|名字都告诉你")
_NOT_EVERY = re.compile(r"(?:不是|并非|并不是|也不是)$")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` a word voiced and refused, an item of a refused banned list, a denied universal or an
    illness whose patients are kept off the product?"""
    if category == "导流私下交易":
        return viewer_contact_refused(text, start, end)
    if category not in _VOICED_CATEGORIES:
        return False
    if _ANY_QUOTE.search(text, max(0, start - 16), start) is not None and mocked_quote(text, start, end):
        return True
    if category == "医疗用语" and drug_kept(text, start, end):
        return True
    if voiced_refused(text, start, end) or banned_set(text, start, end):
        return True
    if category == "绝对化用语":
        return nothing_is(text, start) or defined_name(text, start, end)
    if category == "医疗用语" and text[start] in "什啥" and _NOT_EVERY.search(text, max(0, start - 4), start):
        return TURN_BACK.search(text, end, end + 30) is None  # 不是什么鱼病都管用 (not every illness)
    return category == "医疗用语" and kept_off(text, start, end)
