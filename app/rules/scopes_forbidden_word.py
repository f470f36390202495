"""Context scope: a banned word talked about as forbidden, not said as a claim (batch 40's family F9, round 96).

Hosts name the words they may not use — to explain a rule, to stop the chat from typing them, to tell of a colleague
fined for one: 广告法不让用"最"字, 我们这儿不说"第一", 弹幕别刷包治百病了会被封, 顶级这两个字我们直播间禁用. The word is
mentioned, not used. :func:`app.rules.scopes_replies.mentioned` calls :func:`forbidden_word` (any category, gated on
the characters its frames need). Text is normalised (commas and spaces gone, traditional folded, ？ is ``?``).

The word counts as mentioned when one of these holds in its sentence:

1. **Marked as a word, in a ban** (:func:`_marked`): quoted (“” "" 「」 『』 ‘’ — 刚才有宝宝说"顶级"…不能用), followed by a
   word noun (这个词, 这俩字, 两个字, 四个字, 这种词, 这个说法, 这些字眼, 那个最字), or in a list of banned words (背违禁词
   什么最顶级首选; 首选、顶级、国家级这些词都算违禁词) — and the sentence bans or refuses it: a ban word anywhere (不让,
   违禁, 违规, 广告法, 被封, 被平台警告, 俾人封号, 举报, 屏蔽, 禁用, 不能用, 用不了, 绝对化用语, 唔俾 …), or a refusal right before (不说"第一", 从来不出"最好"这俩字, 唔可以讲"第一",
   差点说出那个最字, 别在评论区写"万能锅") or right after (顶级这俩字我不说), or a hypothetical (我要是说了万能两个字).
2. **The object of a ban, or an averted slip** (:data:`_BANNED_BEFORE`): 不让说唯一, 不许提根治, 平台不让我说第一, 唔俾讲最平,
   禁止说最低价; 差点说出那个第一, 差点就说了个最好.
3. **Told not to type or say it, with the ban's reason after** (:data:`_TOLD_NOT_BEFORE` + a ban word after): 弹幕别再刷包治
   百病了会被封的, 别老在弹幕问是不是最好的平台不让我说这个字.
4. **Someone said it and paid for it** (:data:`_SAID_BEFORE` + :data:`_PAID_AFTER`): 之前有个主播说养生壶能降三高被罚了,
   你们让我喊全网最低我喊不了, 以前我老说全网最低后来被平台警告了, 讲咗第一会俾人封号.
5. **The word named bare with its ban right after** (:data:`_BANNED_AFTER`): 全网最低不让说, 药妆是违禁词, 第一属于极限词.
6. **Who said it? Nobody** (:data:`_WHO_SAID`): 刚才谁说根治了…没人说啊 (and 跟根治八竿子打不着 is
   ``scopes_answers.unrelated``).
7. **Cues anywhere in the sentence** (:func:`_framed`, round 105 — batch 42 showed readings 1–6 were too close to
   their sequences): a frame (:data:`_FRAME`: 违禁词, 词清单, 广告法, 绝对化用语, 这些词/那种说法, 算违规; or the set refused
   after it, :data:`_SET_REFUSED`: 一律不用, 统统不能, 一个都不说, 挂在嘴上, 我们不碰) with the word quoted, listed (an opener
   before it with only other words between — 比如, 什么, 啥子, 那种, 记一下 — or 这些词 after) or followed by a word noun
   (零风险这仨字); the chat told to stop (:data:`_CHAT` + :data:`_CHAT_STOP_BEFORE` + 了 after: 弹幕别刷全网最低了, 别老在弹幕喊
   顶流天花板了); a viewer's word refused (:func:`_reported_refused`: 弹幕里说万能的那位兄弟我们不这么讲, 有人让我说…百分之百
   这话我说不了 — the viewer's 是 is no assertion); a slip averted (差点把那个“最”字说出来了); a word cut off and stopped
   (这个腊肉最……停停停 那个字不能讲). A shopping 清单, a list opener without a frame (什么顶级牛排都有), the chat invited to
   type it (评论区打个顶级) and a new clause after 别刷了 (弹幕别刷了 直接拍 全网最低) stay claims.

绝对化用语, the rule's own name, is an exemption of the bare 绝对 row (ABS-0102), not a reading here.

Guards — the word asserted of the goods right before it or its quotation (这就是全网最低价，平台不让说; 这款就是“爆款第一”)
is never a mention (a list of banned words with 是 is: 违禁词就是“最”“第一”这些);
and the sentence turns back and makes the claim anyway: a turn (``scopes_answers.TURN_BACK``: 但, 反正…是, 懂的 …),
a wink (偷偷说一句, 小声说, 说白了, 照样说, 不让说我也说), or the same word said again later outside a mention (广告法不让说最低价
我偷偷说一句全网最低价, 唔俾讲最平 咁我讲全网最平). Then the mention keeps firing, and the claim after it fires on its own.
So 虽然不让说，但它就是最好的 / 平台不让说第一 反正你们懂的 这双小白鞋销量第一 / 美白不能说哈，但是你们用完一个礼拜白两个度
still fire.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK, unrelated
from app.rules.scopes_forbidden_list import refused_list
from app.rules.scopes_text import SENTENCE_END, chars_search

_END = SENTENCE_END
_OPENERS = "“「『‘\"'"
_CLOSERS = "”」』’\"'"
_QUOTES = frozenset(_OPENERS + _CLOSERS)
_Q = "[“「『‘\"']?"  # an opening quote may stand between a frame and the word (不说“第一”)
_QUOTE_REACH = 8  # a quoted word is short: its opening quote within this many characters before it, the closing one after

# Characters one of the frames needs near the hit: quotes, 字/词/话/承诺, the ban, refusal and reminder verbs.
_GATE = chars_search(frozenset(_OPENERS + _CLOSERS + "字词说讲让禁违罚封举屏刷喊俾提谁诺话语嘱代规求调叫诉单法条碰停嘴律统差幕写评问兴想为挂接"))

# -- 1. marked as a word ------------------------------------------------------------------------------------------------

# 这个词 / 这俩字 / 两个字 / 四个字 / 这种词 / 这个说法 / (那个最)字 — not 字号/字体/字幕/词条/词典.
_WORD_NOUN = re.compile(
    r"[”」』’\"']?(?:啊|呀|哈|了|呢)?(?P<det>(?:这|那)?(?:俩|仨|两个|[一二三四五六七八九几]个|个|种|类|样的)|这|那|的(?=字眼|说法|提法|用语)|(?<=的)(?=字眼|说法|提法|用语))?"
    r"(?:字眼|字儿|字|词儿|词汇|词语|词|说法|提法|用语|表述|承诺|(?:(?<=种|类|个)|(?<=样的))话)(?![号体幕条典])"
)
_ONE_BEFORE = re.compile(r"(?:那|这)?个$|带[“「『‘\"']?$")  # 那个最字: a bare 字 needs the classifier before the word
_LIST_NAME = "违禁词|禁用词|违规词|极限词|敏感词|禁词|违禁用语"  # the banned list by its name
# 背违禁词什么最顶级首选 — the banned list named, then its items (no saying or claim between).
_LIST_BEFORE = re.compile(
    rf"(?:{_LIST_NAME}|绝对化用语)(?:有|是|像|比如|例如|包括|什么|就是|啥|:|里|里面|中|这些)*"
    rf"[^{_END}说讲是就我咱它这那的]{{0,8}}$"
)
# Round 112: an item further down a list read out after its name and a colon (禁词表：最、第一、顶级、国家级、特效、根治 —
# the separators are gone in the normalised text).
_LIST_RUN = re.compile(
    rf"(?:{_LIST_NAME})(?:表|清单|单)?(?:里|里面)?(?:有|是|包括)?:[^{_END}说讲是就我咱它这那的但]{{0,24}}$"
)
# …or followed by the rest of the list and its name (首选、顶级、国家级这些词都算违禁词; 特效神效之类的字眼).
_LIST_AFTER = re.compile(
    rf"[”」』’\"'“「『‘]?[^{_END}说讲是就我咱它的]{{0,10}}?(?:(?:这些|那些|这几个|这类|之类的?|等|这样的|那样的|这种|那种)(?:词|字|说法|字眼|用语|词汇)|(?:这些|那些)(?:都|全|统统|一律))"
)

# A ban anywhere in the sentence (with a marked word).
# Punished for it: 被罚, 被平台警告, 会俾人封号 (Cantonese 俾 for 被).
_PUNISHED = rf"(?:被|俾|给)[^{_END}]{{0,4}}?(?:罚|封|处罚|举报|限流|警告|约谈|屏蔽|禁言|扣分|下架)|罚了|封了|封咗|罚咗|封号|封直播间"
_BAN = (
    rf"{_PUNISHED}|"
    r"不让|不许|不准|不允许|不兴|挨罚|要罚|查得(?:很|好|特别|非常)?严|管着|没资格(?:说|讲|用)|不得(?:说|讲|用|使用|出现)|禁用|禁止|严禁|违禁|违规|违法|违反|不合规|不合法|广告法|"
    r"封禁|罚款|处罚|举报|屏蔽|限流|极限词|敏感词|禁词|禁语|绝对化|太绝对|过于绝对|唔俾|唔准|唔可以|犯忌讳|忌讳|"
    r"不能(?:说|讲|用|碰|提|喊|打|写|刷|出现)|不可以(?:说|讲|用|提)|(?:说|讲|用|喊)不得|(?:说|讲|喊)不了|白播|平台规定|平台规则"
)
_BAN_IN = re.compile(_BAN)
# A refusal by the host right after the marked word (顶级这俩字我不说, "根治"俩字别打了).
_REFUSED_AFTER = re.compile(
    rf"[^{_END}]{{0,8}}?(?:(?:不|没|别|唔|冇|甭|没法|禁止)(?:能|会|敢|让|可以|许|准|再|要)?(?:说|讲|用|喊|提|碰|出|打|刷|写|给|做|承诺|挂|接|回|答)"
    r"|(?:说|讲|用|喊)不(?:了|得|着|上)|没资格(?:说|讲|用)|(?:咽|憋|收|吞)回去)"
)
_ADDRESSEE = r"(?:(?:同|跟|和|给|对)?(?:我|你|你们|大家|主播|我们|咱|咱们|人|恁))?"
_PLACE = rf"(?:(?:在|喺|到|往)[^{_END}]{{1,5}}?)?"
_SAY = r"(?:说|讲|用|喊|提|刷|打|写|发|叫|念|出|问|碰)(?:了|过|出)?(?:一句|一个|个|那个|这个|是不是|有没有)?"
_NEGATED = r"(?:不兴|不|没|冇|别|不要|甭|千万别|少|唔好|唔|差点|从来不|从不|绝不)(?:会|敢|能)?"
# A refusal or a warning right before the word (不说"第一", 别在评论区写"万能锅", 差点说出那个最字).
_TOLD_NOT_BEFORE = re.compile(
    rf"{_NEGATED}{_ADDRESSEE}(?:再|老|总|老是|总是|一直|乱|在弹幕)?{_PLACE}{_SAY}(?:乜嘢|咩|什么|啥|啥子)?{_Q}$"
)
# Round 101 (from scopes_corrections' round 77): someone reminds the host not to say it — no ban word needed after
# (场控叮嘱主播别说第一, 运营交代过不要讲最好, 老板让我们别用顶级).
_REMINDED_NOT_BEFORE = re.compile(
    rf"(?:提醒|叮嘱|嘱咐|告诉|交代|规定|要求|强调|说过|让|叫)[^{_END}]{{0,6}}?"
    rf"(?:不要|别|不能|不可以|不许|不准|不让|不得|禁止|千万别|不该)(?:再)?(?:说|讲|用|提)(?:了|过)?(?:一?个|一?句)?{_Q}$"
)
# A hypothetical saying (我要是说了万能两个字 …).
_IF_SAID_BEFORE = re.compile(rf"(?:要是|如果|若是|万一|一旦|假如)[^{_END}]{{0,3}}?(?:说|讲|喊|刷|写)(?:了|出)?(?:一句|个)?{_Q}$")

# -- 2. the object of a ban -----------------------------------------------------------------------------------------------

_BANNED_BEFORE = re.compile(
    rf"(?:(?:不让|不许|不准|不允许|不能|不可以|不得|禁止|严禁|唔俾|唔准|唔可以){_ADDRESSEE}(?:再)?{_PLACE}"
    rf"(?:说|讲|用|喊|提|刷|打|写|念|碰)|(?:差点|差点儿|差一点|险些)(?:就|没)?(?:说|讲|喊|秃噜))"  # an averted slip: 差点说出那个第一
    rf"(?:了|过|出)?(?:一句|这个|那个|个)?{_Q}$"
)

# -- 4. someone said it and paid for it -----------------------------------------------------------------------------------

_SAID_BEFORE = re.compile(rf"(?:说|讲|喊|刷|写|打|发)(?:了|过|出)?[^{_END}说讲]{{0,10}}$")
_PAID_AFTER = re.compile(
    rf"[^{_END}]{{0,6}}?(?:{_PUNISHED}|"
    r"(?:喊|说|讲)不了|(?:是|算|属于)(?:违禁|违规|极限词|敏感词)|违禁词)"
)

# -- 5. named bare with its ban right after ------------------------------------------------------------------------------

_BANNED_AFTER = re.compile(
    r"(?:这个词|这俩字|两个字|这个字)?(?:是|也|都|就|了|啊|哈|呢|现在|早就|国家|平台)*"
    r"(?:不让说|不让讲|不让用|不能说|不能讲|不许说|不准说|禁用|禁止说|(?:是|算|属于)(?:违禁|违规|极限|敏感|禁用)词?|违禁词|极限词)"
)

# -- 6. who said it? nobody -------------------------------------------------------------------------------------------------

_WHO_SAID = re.compile(r"(?:谁|哪个|哪位|边个)(?:说|讲|提|喊)(?:了|过)?$")
_NOBODY_AFTER = re.compile(r"[^。！!；;\n]{0,16}?(?:没人|没有人|谁也没|冇人|没谁|没)(?:说|讲|提|喊)")

# -- 7. round 105: a frame anywhere in the sentence, the word in a list, in the chat, in someone's mouth, cut off ----------

# The rule or list named anywhere in the sentence (违禁词清单, 《广告法》第九条, 绝对化用语就是…, 那些词, 这种说法, 算违规).
_FRAME = re.compile(
    r"违禁词|违禁用语|禁用词|敏感词|极限词|违规词|禁词|词清单|禁用清单|违禁清单|广告法|绝对化用语|"
    r"(?:这|那)(?:些|几个|类|种)(?:词|字|说法|字眼|用语)|的说法|算违规|属于违规|是违规"
)
# …or the whole set refused after the word (统统不能挂在嘴上, 一律不用, 一个都不说, 我们直播间不碰).
_SET_REFUSED = re.compile(
    r"(?:统统|一律|一概|一个都|一个也|都)不(?:能|许|准|让|可以)?(?:说|讲|用|提|碰|挂|出现)|(?:挂在|挂)嘴上|(?:我们|咱|直播间|我)[^。！？!?；;\n]{0,3}不碰"
)
# The word put in a list: an opener before it with only other words or separators between (比如最佳、最先进, 什么顶级极品,
# 啥子最佳最优, 就是那种最好最强的说法, 记一下极致顶级).
_LIST_OPENER = re.compile(
    rf"(?:比如|例如|譬如|诸如|像是|就是像|什么|啥子|啥|包括|列的|列了|背过|背了|记一下|记住|那种|这种|这类)"
    rf"[^{_END}说讲是就我咱它的]{{0,8}}$"
)
# The chat told to stop typing it: 弹幕别刷全网最低了, 别老在弹幕喊顶流天花板了, 评论区不要再发包治百病啦.
_CHAT = re.compile(r"弹幕|评论区|评论里|公屏|留言区")
_CHAT_STOP_BEFORE = re.compile(
    rf"(?:别|不要|甭|莫|少|千万别|唔好)(?:再|老|总|老是|总是|一直|乱)?(?:在弹幕|在评论区|在公屏)?(?:上|里)?"
    rf"(?:刷|喊|打|发|带|扣|说|写)个?[^{_END}是就说讲问了吧拍买抢下]{{0,6}}{_Q}$"
)
_CHAT_STOP_AFTER = re.compile(
    r"[”」』’\"']?(?:了|啦|咯|嘞)|[”」』’\"']?(?:这种|这个|这些|之类)|[^。！？!?；;\n]{0,5}?(?:这|它|那)(?:就|只|只是|就是)?是(?:个|一个|件|款)"
)
_TYPING_STOP = re.compile(rf"(?:别|不要|甭|莫|千万别|唔好)(?:再|老|总|一直|乱)?刷个?{_Q}$")  # 刷 is typing into the chat
# Round 106: a chatter described by what they type, told to stop (弹幕里那个一直刷包治失眠的姐妹快别刷了).
# Round 106: the host would like to say it but may not (这个绝无仅有俺也想说 可是不能说).
_WANTED_BARRED = re.compile(
    rf"[^{_END}]{{0,4}}?(?:也|很|都|是)?想(?:说|讲|用|喊)[^{_END}]{{0,8}}?(?:不能|不敢|不让|不可以|没法|说不得|讲不得|说不了|讲不了)"
)
_TYPER_BEFORE = re.compile(rf"(?:那个|那位|有个|有位|这位|这个)[^{_END}]{{0,4}}?(?:刷|打|写|发|扣)[^{_END}说讲是]{{0,6}}{_Q}$")
_TYPER_STOPPED = re.compile(rf"[^{_END}]{{0,14}}?(?:别|不要|甭|莫|唔好)(?:再|老|总)?(?:刷|打|写|发|扣)")
# Round 106: a question why the host does not say it (恁为啥不说这被子“特效保暖”, 有钓友问为啥我不说这竿子是国家级的).
_WHY_NOT_BEFORE = re.compile(
    rf"(?:为啥|为什么|为何|咋|怎么|凭啥|干嘛|点解)(?:我|你|你们|主播|恁|咱|咱们|我们)?(?:不|唔|从来不|都不)(?:说|讲|用|喊|提)[^{_END}说讲]{{0,8}}{_Q}$"
)
# Someone else said or asked for it, and the host refuses (弹幕里说万能的那位兄弟我们不这么讲; 有人让我说…百分之百 这话我说不了).
_OTHERS_SAID_BEFORE = re.compile(
    rf"(?:有人|(?:佢|他|她)(?=问)|有(?:个|位)?(?:宝|姐妹|朋友|兄弟|老铁|家人|粉丝|顾客|网友)|弹幕|评论区|评论里|那位|粉丝|顾客|客户)[^{_END}]{{0,4}}?"
    rf"(?:说|讲|喊|刷|打|写|发|问)(?:了|过)?[^{_END}说讲就]{{0,8}}{_Q}$"
)
_REFUSED_LATER = re.compile(
    rf"[^{_END}]{{0,14}}?(?:不这么(?:讲|说)|不能这么(?:讲|说)|不(?:敢|会)这么(?:讲|说)|(?:这话|这句)[^{_END}]{{0,3}}(?:说|讲)不了|"
    r"(?:说|讲|喊)不了|(?:说|讲)不出口|(?:用|说|讲)不着|(?:没有?|冇|并没有)(?:这个|这种|那个|那种|这)(?:功能|功效|作用|效果|本事)|(?:讲|说)唔得|不能(?:说|讲)|我们不(?:说|讲)|我不(?:说|讲|接)|这话我不接|不敢这么(?:承诺|保证|讲|说))"
)
# An averted slip: 刚才差点把那个“最”字说出来了, 差点就把全网最低秃噜出来.
_SLIP_BEFORE = re.compile(rf"(?:差点|差点儿|差一点|险些)(?:就|没)?(?:把|将)[^{_END}]{{0,6}}$")
_SLIP_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:说出|讲出|说漏|秃噜|溜出|喊出)")
# A word cut off and stopped (这个腊肉最……停停停，那个字不能讲 — the ellipsis and the stutter are gone after normalising).
_CUT_AFTER = re.compile(
    rf"(?:[^{_END}]{{0,5}}?:)?(?:停|打住|等等|不对)[^{_END}]{{0,12}}?(?:(?:那|这)个字|不能(?:讲|说)|不可以(?:讲|说)|换个说法|口误|说不得)"
)


def _reported_refused(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Someone else said or asked for the word, and the host refuses it (有人让我说…百分之百 这话我说不了)."""
    return bool(_OTHERS_SAID_BEFORE.search(text, max(lo, start - 18), start) and _REFUSED_LATER.match(text, end, hi))


def _framed(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Reading 7 (round 105): the word listed, quoted or named under a frame, told off the chat, refused, slipped, cut off."""
    framed = _FRAME.search(text, lo, hi) is not None or _SET_REFUSED.search(text, end, hi) is not None
    if framed and (
        _quoted(text, start, end)
        or _LIST_OPENER.search(text, max(lo, start - 14), start)
        or _LIST_AFTER.match(text, end, hi)
        or _noun_after(text, start, end, False)
    ):
        return True
    if (
        (_CHAT.search(text, lo, hi) or _TYPING_STOP.search(text, max(lo, start - 8), start))  # round 112: 别刷包治百病了
        and _CHAT_STOP_BEFORE.search(text, max(lo, start - 16), start)
        and _CHAT_STOP_AFTER.match(text, end, hi)
    ):
        return True
    if _WANTED_BARRED.match(text, end, hi):
        return True
    if _reported_refused(text, start, end, lo, hi) or _WHY_NOT_BEFORE.search(text, max(lo, start - 16), start):
        return True
    if (
        _CHAT.search(text, lo, hi)
        and _TYPER_BEFORE.search(text, max(lo, start - 16), start)
        and _TYPER_STOPPED.match(text, end, hi)
    ):
        return True
    if _SLIP_BEFORE.search(text, max(lo, start - 10), start) and _SLIP_AFTER.match(text, _closed_end(text, end), hi):
        return True
    return _CUT_AFTER.match(text, end, min(len(text), end + 24)) is not None

# -- the guard: the claim made anyway ---------------------------------------------------------------------------------------

_WINK = re.compile(
    r"偷偷|悄悄|小声|说白了|说真的|说实话|实话说|反正|照样|(?:也|偏|还是|硬|还|照)(?:要|得)?(?:说|讲|喊)(?!不)|咁我讲|我就说一句"
)
# A reassertion after the ban (别说第一，其实就是卖得最好; 不让说顶级，说顶级都谦虚了; 这种话不说，保证你满意) — round 101,
# from scopes_corrections (round 77) and scopes_answered.word_mentioned (batch 16).
_REASSERTED = re.compile(
    r"其实|照样|可它|形容它刚好|形容它正合适|当得起|配得上|名不虚传|不止|何止|还不够|谦虚|保守|说少了|没说错|说得对|说的对|一点没错|没毛病|确实|名副其实|实至名归|保证|放心"
)
_ASSERTED_BEFORE = re.compile(rf"(?:(?<![不唔])是|就是|算是|真是|堪称|号称|称得上|妥妥的|绝对|确实|当之无愧){_Q}$")
_SENTENCE_AFTER = 30
# Round 106: a turn that only declines (可是不能说, 但是不敢讲) and a word said again only to deny it (哪有万能的).
_DECLINE_TURN = re.compile(
    r"(?:但是?|不过|可是|可)(?:俺|我|咱|我们|咱们)?(?:真|就是|还是|实在)?(?:不能|不敢|不让|不可以|没法|不好)(?:说|讲|用|喊)"
)
_OTHER_QUOTE = re.compile(r"^[”」』’\"']?\s*[“「『‘\"'][^”」』’\"'“「『‘]{1,10}[”」』’\"']")  # the next word quoted
_DENIED_BEFORE = re.compile(r"(?:哪有|哪来的?|哪儿有|哪里有|没有|冇|不存在|根本没有?)$")


def _quoted(text: str, start: int, end: int) -> bool:
    """Does the hit stand inside a short quotation (“最”字, "最平", 「頂級」, “全国销量冠军”)?"""
    return _quote_start(text, start, end) >= 0


def _quote_start(text: str, start: int, end: int) -> int:
    """Where the short quotation around the hit opens, or -1 (see :func:`_quoted`)."""
    lo = max(0, start - _QUOTE_REACH)
    if _OPENER_IN(text, lo, start) is None:
        return -1  # (most hits: the walk back below could only stop on a closer, an end or ``lo``)
    i = start - 1
    while i >= lo and text[i] not in _QUOTES and text[i] not in _END:
        i -= 1
    if i < lo or text[i] not in _OPENERS:
        return -1
    j, hi = end, min(len(text), end + _QUOTE_REACH)
    while j < hi and text[j] not in _QUOTES and text[j] not in _END:
        j += 1
    return i if j < hi and text[j] in _CLOSERS else -1


def _closed_end(text: str, end: int) -> int:
    """Where a marker after the word may start: past the rest of its quotation (“万能锅”这个词)."""
    j, hi = end, min(len(text), end + _QUOTE_REACH)
    while j < hi and text[j] not in _CLOSERS and text[j] not in _END:
        j += 1
    return j if j < hi and text[j] in _CLOSERS else end


def _noun_after(text: str, start: int, end: int, quoted: bool) -> re.Match | None:
    """The word noun after the word (这个词, 这俩字, "根治"俩字, 那个最字), if any."""
    m = _WORD_NOUN.match(text, _closed_end(text, end) if quoted else end)
    if m and m.group("det") is None and not quoted and not _ONE_BEFORE.search(text, max(0, start - 2), start):
        return None  # a bare 字/词 right after an unquoted word (第一词条 aside) needs 那个 before it
    return m


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """From past the last sentence end in the 24 characters before the hit to the first one in the 30 after it."""
    lo = max(0, start - 24)
    last = _LAST_END(text, lo, start)
    if last is not None:
        lo = last.start() + 1
    hi = min(len(text), end + _SENTENCE_AFTER)
    first = _END_IN(text, end, hi)
    return lo, first.start() if first is not None else hi


_OPENER_IN = chars_search(_OPENERS)
_END_IN = chars_search(_END)
_LAST_END = re.compile(f"[{re.escape(_END)}][^{re.escape(_END)}]*\\Z").search  # \Z: the end of the window


def _marked(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Reading 1: the word marked as a word (quoted, a word noun after it, a banned list before it) in a ban or refusal."""
    quoted = _quoted(text, start, end)
    noun = _noun_after(text, start, end, quoted)
    listed = (
        _LIST_BEFORE.search(text, max(lo, start - 20), start)
        or _LIST_RUN.search(text, max(lo, start - 64), start)
        or _LIST_AFTER.match(text, end, hi)
    )
    if not (quoted or noun or listed):
        return False
    if _TOLD_NOT_BEFORE.search(text, max(lo, start - 14), start) or _IF_SAID_BEFORE.search(text, max(lo, start - 10), start):
        return True
    if _BAN_IN.search(text, lo, start) or _BAN_IN.search(text, end, hi):
        return True
    after = noun.end() if noun else _closed_end(text, end) + (1 if quoted else 0)
    listed_after = None if noun else _LIST_AFTER.match(text, end, hi)
    return bool(_REFUSED_AFTER.match(text, listed_after.end() if listed_after else after, hi))


def _turned_back(text: str, start: int, end: int, hi: int, category: str) -> bool:
    """Does the sentence go on to make the claim anyway (但…就是, 反正, 偷偷说一句, the word said again)?"""
    after = _DECLINE_TURN.sub("", text[end:hi])  # 俺也想说 可是不能说: the turn declines, it claims nothing
    after = _OTHER_QUOTE.sub(lambda m: " " * len(m.group()), after)  # r120: 不让讲“三天见效”“无效退款”: the next banned word
    if TURN_BACK.search(after) or _WINK.search(after) or _REASSERTED.search(after):
        return True
    surface = text[start:end]
    at = after.find(surface)
    while at != -1:
        again = end + at
        named = text.startswith("化", again + len(surface))  # 喊了就是绝对化用语: the rule's name, not the word again
        denied = _DENIED_BEFORE.search(text, max(0, again - 4), again) is not None  # 车载充电器哪有万能的
        again_end = again + len(surface)
        if not (
            named
            or (surface[0] == "第" and _ORDINAL_AGAIN.match(text, again_end) is not None)  # 今日第一个链接: an ordinal
            or denied
            or _quoted(text, again, again_end)
            or _noun_after(text, again, again_end, False)  # 特效这个词…用不着: named as a word again
            or unrelated(text, again, again_end, category)
        ):
            return True  # 不让说最低价 我偷偷说一句全网最低价: said again, as a claim
        at = after.find(surface, at + len(surface))
    return False


# Round 110: the word said again as an ordinal (我知"第一"系违禁词，我讲嘅系今日第一个链接) — no claim made after all.
_ORDINAL_AGAIN = re.compile(r"个|位|次|天|步|集|期|档|格|轮|单|件|条|排|批")
# Round 110: asked whether one meant to say it (你头先系咪想讲"第一"?, 你是不是想说“最好”?) — the quoted word is talked about.
_MEANT_BEFORE = re.compile(rf"(?:想|要|打算)(?:说|讲|喊|讲句|说句)(?:的是)?{_Q}$")


def _asked_meant(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A quoted word someone is asked whether they meant to say (系咪想讲"第一"?)."""
    if not _quoted(text, start, end) or _MEANT_BEFORE.search(text, max(lo, start - 6), start) is None:
        return False
    close = _closed_end(text, end)
    return text.startswith("?", close + 1) or text.startswith("?", close)


def forbidden_word(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` a banned word named as forbidden (module doc), and the sentence makes no claim of it after?"""
    if start >= end or _GATE(text, max(0, start - 20), min(len(text), end + 24)) is None:
        return False
    lo, hi = _sentence_bounds(text, start, end)
    opened = _quote_start(text, start, end)
    head = opened + 1 if opened >= 0 else start  # 这款就是“爆款第一”: asserted before the quotation
    # …but not a quoted word under a named list (违禁词清单上面头一个就是“第一”, round 105).
    if _ASSERTED_BEFORE.search(text, max(lo, head - 5), head) and not (
        _LIST_BEFORE.search(text, max(lo, start - 20), start)
        or (opened >= 0 and _FRAME.search(text, lo, opened))
        or _WHY_NOT_BEFORE.search(text, max(lo, start - 16), start)
        or _reported_refused(text, start, end, lo, hi)  # 有人说这个锅是最好的，我们不这么讲: the 是 is the viewer's
    ):
        return False  # 这就是全网最低价，平台不让说 / 别问了就是第一，违规我认: said as the goods' own, a wink at the ban
    mentioned = (
        _marked(text, start, end, lo, hi)
        or _BANNED_BEFORE.search(text, max(lo, start - 14), start) is not None
        or _REMINDED_NOT_BEFORE.search(text, max(lo, start - 20), start) is not None
        or (_TOLD_NOT_BEFORE.search(text, max(lo, start - 14), start) is not None and _BAN_IN.search(text, end, hi) is not None)
        or (_SAID_BEFORE.search(text, max(lo, start - 14), start) is not None and _PAID_AFTER.match(text, end, hi) is not None)
        or _BANNED_AFTER.match(text, end, hi) is not None
        or (_WHO_SAID.search(text, max(lo, start - 4), start) is not None and _NOBODY_AFTER.match(text, end) is not None)
        or _framed(text, start, end, lo, hi)
        or _asked_meant(text, start, end, lo, hi)
    )
    return (mentioned and not _turned_back(text, start, end, hi, category)) or refused_list(text, start, end, lo, hi)
