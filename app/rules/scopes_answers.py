"""Context scopes, part 2b: a claim asked about and answered no, refused by the seller, or said to be unrelated.

Split out of :mod:`app.rules.scopes_mentions` (same behaviour). ``scopes.not_a_claim`` calls :func:`answered_no`,
:func:`refused_after` and :func:`unrelated`. Round 82: :func:`asked_declined` is the general reading of "asked, and the
answer declines" (any wording, one line or two turns, with or without ？); :func:`answered_no` enters it first,
``scopes_denials`` uses it for the disclaimed superlative and ``scopes_replies`` shares its :data:`TURN_BACK`. Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import _after

# 有宝宝问能不能加微信，不可以哈 / 刚才有人问可不可以私下转账，不可以的: a question about the claim (an A-not-A or
# 能否 before it), answered no right after it, asserts nothing — the reported form of ``scopes_asserted._ANSWERED_NO``
# (which needs 吗). Up to three words may finish the question (问能不能加微信私聊，不行哈). Answered yes (可以啊，加我
# 微信) it stays a claim; so does an unanswered question. Round 103: the question may close with a full stop before the
# answering turn (主播B：有宝宝问能不能加微信。主播A：不能哈).
_ASKED_BEFORE = re.compile(
    r"(?:能不能|可不可以|可以不可以|能否|会不会|是不是|有没有|行不行|让不让|给不给|包不包|支不支持|要不要"
    r"|可唔可以|会唔会|得唔得|系唔系|係唔係|有冇|能唔能|使唔使"  # Cantonese A-not-A
    r"|问(?:一下|下|我)?(?:咋|怎么|怎样|如何|点样|点))"  # round 121: 问咋加主播微信，不加啊
    r"[^。！？!?；;:：\n]{0,8}$"
)
_NO_ANSWER = re.compile(
    r"(?:[^。！？!?；;\n:：可能行]{1,3}?(?=不|没|唔|冇|整不|办不|[吗呢呀啊]?[?？]|[^。！!?？；;\n:：]{0,6}[:：]))?(?:吗|呢|呀|啊|的)?[?？。]?(?:[^。！!?？；;\n:：]{0,6}[:：])?(?:那可|那真|那|这个真|这个|这可|这|我们|咱们|主播|真)?"
    r"(?:不可以|不行|不能(?!不)|不是(?!一般|一点|盖|吹|开玩笑|我吹|我说)|不会(?!有比|再有)|不加|不包|不支持|不提供|不接受|没有(?!比|之一|第二|哪|谁|什么比|更)"
    r"|当然不(?!止|仅|光|只)|肯定不(?!止|仅|光|只)|那可不(?!是)|不可能|做不到|没那么神"
    r"|整不了|办不到|不中|没门|唔可以|唔得|唔会|唔系|唔係|唔能|冇(?!得顶|得比|第二)"  # 东北话 / Cantonese no
    r"|(?:去|治|消|降|祛|美白|白|瘦|长|办|解决|管|根治|医|保证)不了)"
)

_CAN_BEFORE = re.compile(r"(?:能|可以|能否|可否)(?:私下|直接|私|先)?$")
_MARKED = re.compile(r"[吗么?？]")
_ANSWER_GUARANTEE = re.compile(r"退|赔|差价")
_ASKED_AFTER = re.compile(
    r"(?:不[?？]|吗[?？]?|行不行|可不可以|能不能|好不好|成不成|可以不|行不|可以吗|行吗|能吗)[?？]?"
)


def answered_no(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate the object of a question (问能不能…) answered no right after it (不可以哈), or asked and declined
    in any wording (:func:`asked_declined`, round 82: 问是不是最好的，那我哪知道啊)?"""
    if asked_declined(text, start, end):
        return True
    asked = _ASKED_AFTER.match(text, end)  # 可以加微信不？ / 加微信行不行
    m = _NO_ANSWER.match(text, asked.end() if asked else end)
    if not m or _ANSWER_GUARANTEE.search(text, m.end(), m.end() + 8) or TURN_BACK.search(_after(text, m.end(), 24)):
        return False  # 是不是全网最低价？不是全网最低价退差价 / round 82: 是不是第一？我不能说，用了就知道 — turned back
    if asked or _ASKED_BEFORE.search(text, max(0, start - 14), start):
        return True
    # round 81: the question echoed with a word after the hit (可以加个微信聊吗？主播B：不加的)
    return _CAN_BEFORE.search(text, max(0, start - 4), start) is not None and _MARKED.search(text, end, m.end()) is not None


# 押题这种事我们不做 / 保本保息这种话我们从来不说 / 包过的承诺我们不给: the claim named, then refused by the seller right
# (round 74: goods refused too — 祛痘的产品我们不卖, 减肥这类货咱们从来不带, 降血压的保健品我们家不上架)
# after it. A subject (我们/咱们/本店 …) or a topic word (这种事/这种话/的承诺) must stand between, so a plain 不 after
# the term (押题不准不要钱) is not read as a refusal; 押题这种事我们最拿手 stays a claim.
_REFUSED_AFTER = re.compile(
    r"(?:的)?(?P<topic>(?:这种|这类|那种|这样的|那样的|这些|那些)(?:事情?|事儿|东西|话|承诺|说法|服务|业务|操作|宣传|名堂|产品|货|商品)?"
    r"|的(?:承诺|说法|话|服务|业务|事情?|事儿|勾当|产品|东西|货|商品|药|保健品|化妆品|护肤品|项目)"
    r"|(?:这个|那个|这|那)(?:事情?|事儿|种事|套|活儿?))?"  # round 121: 好评返现这事咱不干
    r"(?P<who>我们|咱们|我|咱|本店|本直播间|主播|直播间)?(?:这边|这里|家|直播间|店里|店)?(?:从来|坚决|绝对|一概|一律|向来|也|都|是|可|真)?"
    r"(?:不|不会|从不|绝不|决不|没)(?:做|干|搞|说|讲|给|承诺|提供|碰|接|玩|沾|参与|支持|允许|敢说|敢做|敢碰|保证|卖|带|上架|上|进货|进|推|懂|信|了解|研究)"
    r"(?!假|谎|瞎|大话|虚|空话|半句|一句假|骗|贵|差|次|高价|二手|别的|别家|第二|关子)"  # 我不敢说假话 / 不卖贵的 re-assert it
)


_REASSERTED = re.compile(
    r"[^。！？!?]{0,2}?(?:谁|吗|但|可是|不过|(?:你们|您|你|大家|家人们|老铁们|各位)?(?:也|都|自己|心里)(?:知道|懂|明白|清楚|有数))"
)


# 想加微信的宝宝别加了 / 要私下转账的就不用问了: the viewers who want it are told no.
_TOLD_OFF_AFTER = re.compile(
    r"的(?:宝宝|宝|姐妹们?|家人们?|朋友们?|兄弟们?|老铁们?|粉丝|人|亲们?)?(?:就|也)?(?:别|不要|不用|甭)(?:再)?(?:加|问|私信|发|联系)"
)
_TOLD_OFF_CATEGORIES = frozenset({"导流私下交易", "投资承诺", "数据造假"})  # not 想根治的姐妹别找了，就这款


# 线下交易不支持 / 私下转账一律不接受: a channel off the platform named, then refused outright (no subject needed).
_CHANNEL_REFUSED = re.compile(
    r"(?:我们|咱们|这边|这里|本店)?(?:一律|一概|都|是|也|坚决|统统)?(?:不支持|不接受|不提供|不允许|不开放|不做)"
    r"(?![^。！？!?；;\n]{0,8}?(?:退|换|售后|发票|保修|七天))"  # 线下交易不支持退换: about what such a sale lacks
)


def refused_after(text: str, start: int, end: int, category: str) -> bool:
    """Is the claim ``text[start:end]`` refused right after it (押题这种事我们不做, 想加微信的宝宝别加了)?"""
    if category in _TOLD_OFF_CATEGORIES and _TOLD_OFF_AFTER.match(text, end):
        return True
    if category == "导流私下交易" and _CHANNEL_REFUSED.match(text, end):
        return True
    m = _REFUSED_AFTER.match(text, end)
    if not m or not (m.group("topic") or m.group("who")):
        return False
    rest = _after(text, m.end())
    # 我们不做谁做 / 不说，但是… / 我不说你们也知道 (round 125): re-assert it
    return not _REASSERTED.match(rest)


# 分的是颗粒大小，跟药效没关系 / 价格高低和疗效无关: the term is said to have nothing to do with what is described.
_UNRELATED_BEFORE = ("跟", "和", "与", "同", "跟什么", "和什么", "跟啥")
_UNRELATED_AFTER = re.compile(
    r"(?:也|都|可|完全|根本|一点|半点|压根|压根儿|并)?(?:没关系|没有关系|没有任何关系|没啥关系|没什么关系|毫无关系|无关|不相干|不沾边|扯不上|"
    r"八竿子打不着|八竿子都打不着|八杆子打不着|不搭边|搭不上边|挨不上|挨不着|不搭界|两码事)"  # round 96
)


def unrelated(text: str, start: int, end: int, category: str) -> bool:
    """Is the term said to be unrelated to the matter (跟药效没关系)?"""
    return text.endswith(_UNRELATED_BEFORE, 0, start) and bool(_UNRELATED_AFTER.match(text, end))


# -- round 82: the general reading of "asked, and the answer declines" ---------------------------------------------
# A viewer asks about the claim (是不是最好的, 有没有全网最低, 能不能治…, 最低价吗, 问我是不是行业第一) and the anchor
# declines to make it: says they don't know, can't or won't say, have no data, never compared, or answer with a
# limited scope (只能说今天直播间是这个价). Said in one line or as 主播A/B turns, with or without ？ (the normaliser drops
# commas and a recogniser gives no punctuation), in many words. The other "answered no" readings (scopes_answered,
# scopes_replies, scopes_advised_off/scopes_declines, scopes_asserted) use :data:`DECLINE` for their declining answers too.
# Guards: a yes first (当然, 肯定是, 必须), and a turn back after the decline (但|不过 …, 懂的都懂, 你去比比, 不服,
# 用了就知道, 绝对|肯定 …) keep the claim.
_AB = (
    r"是不是|有没有|能不能|会不会|可不可以|算不算|保不保证?|敢不敢|行不行|能否|可否"
    r"|系唔系|係唔係|有冇|能唔能|可唔可以|會不會|有沒有|能不能|係咪|系咪|哪个|哪款|哪家"  # r91: 係咪, 哪个…最强
)
_ASKED_AB_BEFORE = re.compile(
    rf"(?:{_AB}|问(?!题)(?:我|我们|主播|一下)?|問)(?P<gap>(?:(?!{_AB}|问)[^。！!；;\n:：?？]){{0,10}})$"
)
_ASK_TAIL = re.compile(r"[^。！!；;\n:：?？]{0,8}?(?:吗|(?<![什怎这那多要])么|嘛)|[^。！!；;\n:：?？]{0,10}?[?？]")
# The gap between the last question word and the hit names the goods or a scope (是不是这款, 问我系唔系全香港最平); a
# question closed before the hit (有没有想要的 全网最低价, 是不是很心动, 能不能接受) or a said word (…我只能说是最好的) is no gap.
_GAP_SAID = re.compile(r"说|知|敢|但|反正|就是|肯定|绝对|的|是|要|想|心动|接受|喜欢|了|吗|呢|啊|吧|买|拍|抢|看|听|[?？:：]")
DECLINE = (
    r"不知道|不晓得|不清楚|唔知|哪知道|哪晓得|不了解|没数|说不准|说不好|不好说|不好讲|没法说|说不了|讲不了|"
    r"不能说|不敢说|哪敢说|不能这么说|不敢讲|不敢吹|不敢夸|不说(?!了|别的|话|瞎话|假话|谎|半句|一句假)|不评|不下结论|不能乱说|不乱说|不瞎说|"
    r"没法承诺|不承诺|没法保证|没办法保证|不能保证|不敢保证|保证不了|不打包票|不能打包票|不敢打包票|"
    r"没比过|没比较过|没有比过|没挨家比|没去比|冇去比|冇比过|没比|没去看|没看过|没统计|没有统计|"
    r"没(?:有)?(?:这个|这种|这方面|相关|什么)?(?:数据|排名)|没(?:做|参加|参与|搞)过[^。！!；;\n]{0,6}?(?:排名|评比|排行)|"
    r"看个人|因人而异|"
    r"(?:不敢|不能|不好|别|莫|可不敢|不要|不会)(?:瞎|乱|胡)(?:说|讲|吹)|咋知道|怎么知道|哪儿知道|哪里知道|咋晓得|哪个晓得|"  # round 88
    r"(?:没法|没办法|不能|不好|不敢)(?:跟|和|给|同|对)(?:你|你们|大家|各位)(?:说|讲|保证|打包票)|"
    r"没法回答|没办法回答|回答不了|答不上|不好回答|不能回答|没(?:有)?(?:做过|做|进行过)(?:对比|比较)|没[^。！!；;\n]{1,7}?比过|"
    r"不存在(?!比|更|第二|竞争|对手)|"
    r"(?:只能|我只|只|我就|就只|淨系|净系)(?:说|讲|知道|知)(?!了)|"
    r"(?:可能|也许|说不定|应该)有(?:吧|的|更|比)|"
    r"说不上来|讲不上来|说不上|唔识讲|唔讲得|唔好讲|只可以话|咋说呢|怎么说呢|点讲呢|下不了结论|替你下结论|"  # round 91
    r"(?:你们|大家|你)?自己判断|保不了|(?:各人|每个人|个人)口味不一样|"
    r"不(?:这么|这样|那么|那样)(?:说|讲|叫|宣传)|没资格(?:说|讲|评)|不够格|哪够格|轮不到我(?:说|讲)|"  # round 94
    r"(?<![能敢])不保证(?![^。！!；;\n]{0,4}?(?:退|赔))|哪有(?:什么|啥|这种|这个)|哪来的|不搞(?:排名|评比|排行)|不参与(?:排名|评比)|"
    r"不(?:讲|谈|聊)(?:这个|这些|这种|那个)|"  # round 106: 我们就是卖个装饰品，不讲这个
    r"就是(?:卖|当|个卖)?(?:个|一个)[^。！!；;\n]{0,8}?(?:装饰|摆设|摆件|工艺品|饰品|玩意儿)|(?:装饰|摆设)用的|当(?:个)?(?:装饰|摆件|摆设|工艺品)"
)
_DECLINE = re.compile(DECLINE)
_QMARK = re.compile(r"[?？]")
_YES_BEFORE = re.compile(r"当然|肯定是|必须|那必须|没错|是的|对的|那是|没有之一|绝对")
TURN_BACK = re.compile(
    r"但|不过|可是|然而|总之|懂的|都懂|你懂|懂我|你品|细品|自己品|心里有数|不用我说|不多说|你猜|(?<![没冇不])(?:比比|去比)|一比就|不服|"
    r"[试用吃喝买戴贴][了过完]?(?:你)?就知道|反正(?:它|这个|这款)?(?:就)?(?:是|比|最|第一|卖得)|(?<![太么于])绝对(?!化|值|温度|路径|禁止|别|的话|的说法|的字眼|不(?:要|能|可以|许|准|敢|会说|说|讲|提|吹)|没(?:说|讲|提|吹))|肯定(?!不|有)|找不到|找不出|没有比|没有能|打不过|比不了|还有谁|谁能|谁家|退|赔|差价"
)


_ECHO_AB = re.compile(r"([\u4e00-\u9fff]{1,3})(?:不|唔)\1")


def _echo_declined(text: str, start: int, end: int) -> bool:
    """Is the hit in an A-not-A echo of the question that opens a declining answer (最低不最低我没法承诺, 天不天花板我不知道)?"""
    for m in _ECHO_AB.finditer(text, max(0, start - 4), end + 8):
        if m.start() <= start < m.end():
            no = _DECLINE.search(text, m.end(), m.end() + 10)
            return bool(no) and not TURN_BACK.search(_after(text, no.end(), 30))
    return False


def asked_declined(text: str, start: int, end: int) -> bool:
    """Is the hit asked about (是不是…, 有没有…, …吗, 问…) and the answer declines to claim it (see above)?"""
    if text.find("不", start - 4 if start > 4 else 0, end + 8) != -1 and _echo_declined(text, start, end):
        return True
    asked = _ASKED_AB_BEFORE.search(text, max(0, start - 14), start)
    if not asked and start and text[start:start + 2] in ("没有", "不是", "不能", "不会") and text[start - 1] == text[start + 1]:
        asked = _ASKED_AB_BEFORE.search(text, max(0, start - 14), start + 2)  # 有没有比这更便宜的: the hit heads the A-not-A
    if asked and _GAP_SAID.search(asked.group("gap")):
        asked = None  # 是不是最好的我只能说是最好的: the second 最好 is said, not asked
    tail = _ASK_TAIL.match(text, end)
    if not asked and not tail:
        return False
    at = tail.end() if tail else end
    window = text[at : at + 40]
    cut = re.search(r"[。！!；;\n]", window)
    window = window[: cut.start()] if cut else window
    q = _QMARK.search(window, 1)
    window = window[: q.start()] if q else window  # the next question is no longer the answer
    no = _DECLINE.search(window)
    if not no or no.start() > 30 or _YES_BEFORE.search(window, 0, no.start()):
        return False
    if TURN_BACK.search(window, no.end()):
        return False
    # 我只能说是最好的 / 我不知道，全网最低就在我们这: the term said again after the decline re-asserts it — unless it is
    # the decline's own object (我哪敢说最好, 我可不说最好)
    said = no.group().endswith(("说", "讲", "吹", "夸", "评", "什么", "啥", "这种", "这个"))  # r94: 哪有什么第一名
    return not _said_again(window, text[start:end].rstrip("的"), no.end() + said)


# round 88: 我哪知道谁是no.1 (an indirect question) and 不存在保不保本 (the A-not-A echo) do not say the term again.
_ASKED_AGAIN = re.compile(r"(?:谁|哪个|哪家|哪款|哪一家|什么)(?:家)?(?:是|才是|算)?$")


def _said_again(window: str, term: str, at: int) -> bool:
    k = window.find(term, at)
    while k != -1:
        echo = k >= 2 and window[k - 1] in "不唔" and window[k - 2] == term[0]
        if not echo and not _ASKED_AGAIN.search(window, max(0, k - 4), k):
            return True
        k = window.find(term, k + 1)
    return False
