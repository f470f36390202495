"""Context scopes in which a matched term is not a claim: negation/warning, and comparison inside one's own shop.

Generic rules, applied to a candidate hit (normalised text, ``[start, end)``) after the automaton found it. They
look at most ~16 characters either side, within the sentence; the context before the hit is read *backwards*
(the window reversed once, regexes written reversed and anchored with ``match``), so a candidate costs about a
microsecond or two, and nothing for the categories a rule does not concern. The matcher calls
:func:`not_a_claim` (see ``/work/notes/matcher_requests.md``).

1. **Negation and warnings** (:func:`negated`). 不荐股, 我们从来不说包过, 请不要相信保本保息的说法, 谨防私下交易,
   看到私下加微信的都是骗子: a negated or denounced claim is no claim. A negator (不/不要/千万别/从来不/谨防/严禁 …)
   right before the term, with at most three light words in between (说, 相信, 让大家, 去, 私下 …), or a
   denunciation right after it (…的都是骗子, 是假的, 是违法的) drops the hit. Decided per category, with the law
   in mind:

   - applied (a denied promise/diversion/fake/backing/urgency is no such thing): 导流私下交易, 投资承诺,
     数据造假, 迷信, 权威背书, 虚假紧迫;
   - for 医疗用语, 功效夸大, 化妆品宣称 only a strong negator before an *effect* (不能治病, 不能美白, 本品不具有疾病预防
     治疗功能, 并不能降血压); a negated harm (不伤身/不反弹/无副作用/不含激素) *is* the claim (《广告法》第十七、二十八条);
   - for 绝对化用语/价格违规 a disclaimer (我们不敢说最好, 这不是最便宜的, 不存在什么全网最低价), unless 但是/不过 … or a
     guarantee follows (我不敢说是全网最低价，但是你去比比 — the known dodge; 不是全网最低价我退你差价);
   - disbelief before the term (千万别信什么包治百病的话, 别听人说吃这个能治病) and a denunciation after it (说包过的都是
     骗子, 那是迷信, 都是骗人的, 你都别信) deny any claim: every category but 低俗违规;
   - never when the matched form itself starts with a negation (不过退款, 无效退款: the negation is the claim),
     nor for rhetorical, conditional or A-not-A forms (要不加个微信, 加不加微信, 不就是…, 还没加微信的, 不加微信怎么拿
     优惠), nor when the negation picks out whom to address (不会加微信的宝宝看这里).

2. **Internal comparison** (:func:`internal_comparison`). 《广告绝对化用语执法指南》(2023) treats a superlative
   that compares the seller's own goods with each other (我们店里最便宜的一款, 这三个色号里最显白的,
   卡其色是我们家卖得最好的) as not unlawful. A 最…/第一 hit (绝对化用语 or 价格违规) is dropped when it is
   scoped to a set of one's own goods: a plural set right before it (这三个色号里, 这几款, 今天上的几款里, 其中,
   系列里, 颜色里), or the shop (店里, 本店, 我们家, 咱家 …, with only 卖得/销量/人气 … in between) *and* the
   superlative picks an item out (最X的 …: 我们家最便宜的是一号链接) — 我们家最好 / 我们家是最好的 stay claims.
   A colour of the item right before 最 (燕麦色最百搭) is such a set too, and so is a set followed by the chosen
   item (这几个链接里，三号链接最划算; 我们家这几款洗发水里，这款最控油). Never when an external scope is named
   (全网, 全国, 行业, 同行, 市面上, 所有, 史上, 品牌, 平台 …).

3. **Cautions** (:func:`caution`). A bare disease name followed in its sentence by 先问医生/遵医嘱/慎用/禁用 … is a
   warning label (有糖尿病足的一定要先问医生), unless a suitability claim comes first (糖尿病人也能吃，不过先问医生).

4. **Sourced rankings** (:func:`sourced_ranking`). A ranking (第一, 冠军, 领先) with a named source and a time limit in
   its sentence (据中国汽车工业协会统计，今年十月…销量排名第一; 根据天猫双十一榜单…) is an objective fact per the Guideline;
   an unnamed source (据权威机构统计, 据统计) is not.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[。！？!?；;:\n]")  # ':' — a speaker label (主播B：) starts new speech
_REACH = 16  # characters looked at either side of the hit


def _rev(alternation: str) -> str:
    """A ``|``-separated list of literals, each spelt backwards (for regexes read over a reversed window)."""
    return "|".join(a[::-1] for a in alternation.split("|"))


# -- 1. negation / warning ---------------------------------------------------------------------------

NEGATION_CATEGORIES = frozenset({"导流私下交易", "投资承诺", "数据造假", "迷信", "权威背书", "虚假紧迫"})
# Disbelief (千万别信什么包治百病的话) and denunciation (…都是骗人的, 那是迷信) deny any claim; only vulgar
# wording stays vulgar whatever follows it.
WARNING_CATEGORIES = NEGATION_CATEGORIES | {"价格违规", "绝对化用语", "医疗用语", "功效夸大", "化妆品宣称"}

_NEGATORS = (
    "千万不要|千万别|千万不能|一定不要|绝对不要|绝对不会|绝对不能|从来不|从来没有|从来没|从不|从没有|从没|不存在|"
    "绝不|决不|并不|并没有|并没|不会|不要|不能|不可以|不可能|不用|不需要|不必|无需|不敢|不得|不许|不准|"
    "请勿|切勿|严禁|禁止|拒绝|杜绝|谨防|警惕|提防|当心|小心|防止|举报|没有|没|别|不"
)
# Light words allowed between the negator and the term (不要 相信 保本, 不会 让大家 去 淘宝, 千万不要 私下 转账).
_LIGHT = (
    "让大家|让你们|让你|叫大家|带大家|跟大家|给大家|所谓的|所谓|这种|那种|这些|那些|什么|任何|"
    "承诺|保证|宣传|相信|听信|轻信|随便|轻易|私下|参与|接受|进行|添加|加入|我们|咱们|大家|你们|主播|"
    "疾病|预防|药物|医疗|保健|添加|私人|个人|别人|有人|他们|人家|网上|跟你|和你|给你|你|说|讲|提|信|让|叫|带|去|再|要|会|能|跟|和|给|找|用|做|搞|是|在|加"
)
_LIGHT_REV = rf"(?:{_rev(_LIGHT)}){{0,3}}"
_NEG_REV = re.compile(rf"{_LIGHT_REV}(?:{_rev(_NEGATORS)})")
# Disbelief is strong: up to six characters of anything may stand between it and the claim (千万别相信那些说能根治…),
# unless they bring in one's own product or a contrast (别信他们，我们这个能根治).
_DISBELIEF_REV = re.compile(
    r"(?P<gap>.{0,6}?)(?:(?:信轻|信听|信相|信|听|为以|为认|得觉|碰|与参|投|买)(?:要不|别|能不|可不|莫)(?:万千|定一|对绝|可)?"
    r"|防谨|惕警|防提|报举)"
)
_OWN_OR_CONTRAST = re.compile(r"我们|咱们|我家|咱家|本品|我的|但|可是|不过|其实")
# A denied effect (不能治病, 不具有疾病预防治疗功能, 并不能降血压) is no claim, but a negated harm (不伤身, 不反弹, 无副作用)
# *is* the claim: for 医疗/功效/化妆品 only strong negators, only before an effect, never for a hit that negates itself.
EFFECT_CATEGORIES = frozenset({"医疗用语", "功效夸大", "化妆品宣称"})
_EFFECT_NEGATORS = "不存在|不敢说|不会说|从不说|不说|没说|不能代替|不可代替|不能替代|不具有|不具备|并不能|并不会|不可能|不可以|不属于|不用于|无法|不能|不会|不是|并非|没有"
_EFFECT_NEG_REV = re.compile(rf"{_LIGHT_REV}(?:{_rev(_EFFECT_NEGATORS)})")
_NO_GUARANTEE_REV = re.compile(r"(?P<gap>.{0,6}?)(?:证保敢不|证保不|证保能不|证保法没|证保法无|诺承不|诺承敢不)")
_EFFECT_CHARS = frozenset("治疗愈降抗消改善缓解修复增强提高美白祛淡瘦减生")
_HARM_CHARS = frozenset("不无没零")
# 我们不敢说是最好的 / 这不是最便宜的: a disclaimed superlative — unless 但是 … follows (我不敢说是全网最低价，但是
# 你去比: the known dodge) or a guarantee (不是全网最低价就退差价).
_DISCLAIM_REV = re.compile(
    rf"(?:{_rev(_LIGHT + '|全网|全国|全行业|行业|市面上|同行|史上|同类')}){{0,4}}"
    rf"(?:{_rev('不存在|哪有|哪来的|不敢说|不能说|不会说|不说|没说|从不说|从来不说|并不是|不是|不算|称不上|谈不上|不一定是|不会|不敢|从不|从来不')})"
)
_DISCLAIM_BUT = re.compile(r"但|可是|不过|然而")
_GUARANTEE_AFTER = re.compile(r"退|差价|赔|的话")
_NEGATION_CHARS = frozenset("不没无别非勿禁拒杜谨警提当小防举严哪")
_DISBELIEF_CHARS = frozenset("信听防惕报以认觉碰参投买")
_SELF_NEGATED = frozenset("不没无别非勿")
# 别 in 特别/区别/告别 … is no negator; neither is 没 after 还 (还没加微信的: not yet).
_BIE_WORDS = frozenset("特区告类分性级识离派个辨差鉴")
# A bare 不/没 + verb may be a condition: 不加微信的话 / 不加微信怎么拿优惠 (that asks you to add).
_CONDITION_AFTER = re.compile(r"(?:的话|就|才|怎么|咋|哪|吗|能|可以)")
# 不会加微信的宝宝看这里 / 没关注的家人们: the negation picks out the viewers to address, it denies nothing
# (宝宝 is already collapsed to 宝 by the normaliser).
_ADDRESSED_AFTER = re.compile(r"的(?:宝|姐妹|家人|朋友|兄弟|老铁|小伙伴|亲|粉丝|新人|新朋友|同学|可以|赶紧|抓紧|快)")

_WARNING = re.compile(
    r"骗子|诈骗|骗局|骗人|骗钱|是假的|违法|违规|不合法|不合规|不靠谱|不可信|不能信|割韭菜|智商税|迷信|忽悠|"
    r"瞎说|胡说|吹牛|虚假宣传|夸大宣传|心理作用|没有科学依据|没科学依据|不科学|伪科学|噱头|谣言|坑人|是坑|"
    r"陷阱|要小心|要当心|要警惕|要谨慎|别上当|上当|别信|不要信|别相信|不要相信|千万别信|别听|"
    r"瞎扯|胡扯|扯淡|鬼话|胡编|乱说|假话"
)
_WARNING_GAP = 8
# The denunciation is about others (其他的都是骗子), or rhetorical (谁说是骗人的): the claim stands.
_CONTRAST = ("其他", "别的", "别人", "别家", "他们", "人家", "外面", "有些", "有的", "谁说", "哪里", "怎么", "哪是")


def _before(text: str, start: int) -> str:
    """The context before ``start`` within its sentence, at most ``_REACH`` characters, *reversed*."""
    back = text[max(0, start - _REACH) : start][::-1]
    cut = _BOUNDARY.search(back)
    return back[: cut.start()] if cut else back


def _after(text: str, end: int, size: int = _REACH) -> str:
    ahead = text[end : end + size]
    cut = _BOUNDARY.search(ahead)
    return ahead[: cut.start()] if cut else ahead


def _real_negator(text: str, at: int) -> bool:
    head = text[at]
    prev = text[at - 1] if at > 0 else ""
    nxt = text[at + 1] if at + 1 < len(text) else ""
    if head == "不":
        # 要不 (how about), A不A questions (加不加, 要不要, 是不是), 不就是 / 不都是 / 不也是 (rhetorical).
        if prev == "要" or (prev and prev == nxt) or (nxt and nxt in "就都也还"):
            return False
    if head == "别" and prev in _BIE_WORDS:
        return False
    return not (head == "没" and prev == "还")


def _disbelieved(back: str) -> bool:
    m = _DISBELIEF_REV.match(back)
    return bool(m) and not _OWN_OR_CONTRAST.search(m.group("gap")[::-1])


# 别被那些说包治百病的广告骗了: the claim is what one is warned to be fooled by.
_FOOLED_REV = re.compile(r"(?P<gap>.{0,8}?)(?:被|上)(?:别|要不|别万千|要不万千|能不|心小)")
_FOOLED_AFTER = re.compile(r"骗|忽悠|坑|误导|套路|洗脑|蒙|当")  # 别上那些号称三天瘦十斤的当
_FOOLED_CHARS = frozenset("骗忽坑误套洗蒙当")


def _fooled(text: str, end: int, back: str) -> bool:
    m = _FOOLED_REV.match(back)
    return bool(m) and not _OWN_OR_CONTRAST.search(m.group("gap")[::-1]) and bool(_FOOLED_AFTER.search(_after(text, end)))


def _negator_before(text: str, start: int, end: int, back: str) -> bool:
    if _NEGATION_CHARS.isdisjoint(back):
        return False
    m = _NEG_REV.match(back)
    if not m or not _real_negator(text, start - m.end()) or _ADDRESSED_AFTER.match(text, end):
        return False
    return not (m.group(0) in ("不", "没") and _CONDITION_AFTER.match(text, end))


def _warning_after(text: str, end: int) -> bool:
    window = _after(text, end, _WARNING_GAP + 4)
    m = _WARNING.search(window)
    if not m or m.start() > _WARNING_GAP:
        return False
    gap = window[: m.start()]
    if any(word in gap for word in _CONTRAST):
        return False
    # 不是骗子 / 没有违规 / 绝对不违规: a denial of the denunciation, i.e. the claim stands.
    return not any(ch in gap[-2:] for ch in "不没非别")


def _effect_denied(text: str, start: int, end: int, back: str) -> bool:
    surface = text[start:end]
    if _EFFECT_CHARS.isdisjoint(surface) or not _HARM_CHARS.isdisjoint(surface):
        return False
    m = _EFFECT_NEG_REV.match(back)
    if m:
        return not _CONDITION_AFTER.match(text, end)
    # 我们家不敢保证一个月白三个度: a refused guarantee reaches over a short gap (not over 但/我们).
    m = _NO_GUARANTEE_REV.match(back)
    return bool(m) and not _OWN_OR_CONTRAST.search(m.group("gap")[::-1])


def _disclaimed(text: str, start: int, end: int, back: str) -> bool:
    m = _DISCLAIM_REV.match(back)
    if not m or not _real_negator(text, start - m.end()):
        return False
    after = _after(text, end)
    if _GUARANTEE_AFTER.search(after):
        return False  # 不是全网最低价我退你差价
    # 我不敢说是全网最低价，但是… is the dodge; 不是最便宜的，但品质有保障 is a plain denial and stays one.
    return not ("说" in m.group(0) and _DISCLAIM_BUT.search(after))


def negated(text: str, start: int, end: int, category: str, back: str | None = None) -> bool:
    """Is the candidate ``text[start:end]`` negated or denounced in ``text`` (normalised)? See the module doc."""
    if category not in WARNING_CATEGORIES:
        return False
    if back is None:
        back = _before(text, start)
    if category in NEGATION_CATEGORIES and text[start] not in _SELF_NEGATED and _negator_before(text, start, end, back):
        return True
    if category in EFFECT_CATEGORIES and _effect_denied(text, start, end, back):
        return True
    if category in COMPARISON_CATEGORIES and _disclaimed(text, start, end, back):
        return True
    if not _DISBELIEF_CHARS.isdisjoint(back) and _disbelieved(back):
        return True
    if ("被" in back or "上" in back) and _fooled(text, end, back):
        return True
    return _warning_after(text, end)


# -- 2. internal comparison --------------------------------------------------------------------------

COMPARISON_CATEGORIES = frozenset({"绝对化用语", "价格违规"})
_NUM = "一二两俩三四五六七八九十几0-9"
_CLASSIFIER = "个款种件套色样支瓶盒组位只双条类"
_SET_NOUN = "颜色|色号|配色|款式|款|链接|尺码|码|口味|味道|规格|套餐|型号|系列|产品|宝贝|单品|商品|东西|衣服|面料|香型"
_SHOP = "我们店铺|我们店|咱们店|咱们家|我们家|我家|咱家|自家|本店|店铺|店内|店里|全店|小店|本直播间|直播间里"
_FILL = "卖得|卖的|销量|人气|口碑|价格|价位|价钱|现在|目前|今天|今年|一直|里面|当中|之中|里|中|的话|呢|啊"
_LOC = "里面|当中|之中|里|中"
# Read backwards from the superlative: fill words, then a set of one's own goods (这三个色号里, 这几款, 几款里,
# 今天上的几款里, 系列里, 其中) or the shop (店里, 我们家 …).
_NOUN_REV, _LOC_REV = _rev(_SET_NOUN), _rev(_LOC)
_SCOPE_REV = re.compile(
    rf"(?:{_rev(_FILL)}){{0,3}}(?:(?P<set>"
    rf"(?:{_LOC_REV})?(?:{_NOUN_REV})?[{_CLASSIFIER}]?(?:[{_NUM}]+|些)(?:这|那)"
    rf"|(?:{_LOC_REV})?(?:{_NOUN_REV})?(?:[{_CLASSIFIER}][{_NUM}]+)?的(?:上|播|卖|讲|推)(?:天今|晚今|场这|场本)"
    rf"|(?:{_LOC_REV})(?:{_NOUN_REV})?[{_CLASSIFIER}][{_NUM}]+"
    rf"|(?:{_LOC_REV})[^是的]{{1,4}}?[{_CLASSIFIER}](?:[{_NUM}]+|些)(?:这|那)?"
    rf"|(?:{_LOC_REV})[^是的]{{0,4}}?[套组盒箱批](?:这|那)"
    rf"|(?:{_LOC_REV})(?:{_NOUN_REV})"
    rf"|中其)|(?P<shop>{_rev(_SHOP)}))"
)
# The set, then the item as subject: 这几个链接里，三号链接最划算 / 同一个系列里面这款精华的质地最清爽.
_INSET_REV = re.compile(
    rf"[^是]{{1,8}}?(?:{_LOC_REV})(?:(?:{_NOUN_REV})[{_CLASSIFIER}]?(?:[{_NUM}]+|些)?(?:这|那)?|[{_CLASSIFIER}][{_NUM}]+(?:这|那)?"
    rf"|[^是的]{{1,4}}?[{_CLASSIFIER}](?:[{_NUM}]+|些)(?:这|那)?|中其)"
)
_BARE_SET = re.compile(rf"(?:这|那)(?:[{_NUM}]+|些)[{_CLASSIFIER}]?")  # 这几个: may be brands
# A colour of the item right before 最 (燕麦色最百搭, 黑色是最显瘦的) — not 肤色/气色/出色/特色 ….
_COLOUR_REV = re.compile(
    rf"(?:{_rev('是|就是|的话|呢|啊|其实|真的|还是|更是|应该|算')}){{0,2}}号?色(?![肤脸气成特出角景音货本面神声绝好春夜姿起失逊润血物菜情])"
)
_SCOPE_CHARS = frozenset("里中这那其店家色天场")
_EXTERNAL = re.compile(
    r"全网|全国|全球|全世界|世界|国内|国际|中国|亚洲|行业|同行|同类|同款|同价位|市面|市场|网上|所有|任何|天下|"
    r"史上|历史|有史以来|业内|业界|品牌|牌子|大牌|厂家|商家|平台|别的主播|其他主播|别家|其他家|外面|全平台|全抖音|全淘宝"
)


def internal_comparison(text: str, start: int, end: int, category: str, back: str | None = None) -> bool:
    """Is the superlative ``text[start:end]`` a comparison among the seller's own goods? See the module doc."""
    if category not in COMPARISON_CATEGORIES:
        return False
    surface = text[start:end]
    if "最" not in surface and "第一" not in surface:
        return False
    if back is None:
        back = _before(text, start)
    if _SCOPE_CHARS.isdisjoint(back):
        return False
    if category == "绝对化用语" and "色" in back and "最" in surface and _COLOUR_REV.match(back):
        return not _EXTERNAL.search(back[::-1] + surface)  # 燕麦色最百搭: one colour of the item against the others
    m = _SCOPE_REV.match(back)
    if not m:
        return bool(_INSET_REV.match(back)) and not _EXTERNAL.search(back[::-1] + surface)
    if _EXTERNAL.search(back[::-1] + surface):
        return False
    if m.group("set") and not _BARE_SET.fullmatch(m.group("set")[::-1]):
        return True
    # The shop, or a bare 这几个 (which may be brands): the superlative must pick an item out (最便宜的 …).
    return surface.endswith("的") or text[end : end + 1] == "的"


# -- 3. a disease named in a caution -----------------------------------------------------------------

_CLAIM_VERB_CHARS = frozenset("治疗愈缓解预防降抗消改善调理修复恢复效好康根除去止克星控稳")
_CAUTION = re.compile(
    r"(?:问|咨询|询问|遵|听从|遵从)(?:一下|问)?(?:医生|医嘱|大夫|专业医师)|遵医嘱|慎用|慎食|慎服|慎饮|禁用|禁食|禁服|忌用|忌食"
    r"|不宜|不建议|不适合|请勿|就医|去医院|看医生|医生指导"
)
_SUITABLE = re.compile(r"能吃|能喝|能用|可以吃|可以喝|可以用|放心|适合|都能|也能|专用|福音|首选|必备|推荐")


def caution(text: str, start: int, end: int, category: str) -> bool:
    """Is the disease name ``text[start:end]`` part of a caution (先问医生, 慎用) rather than a selling point?"""
    if category != "医疗用语" or not _CLAIM_VERB_CHARS.isdisjoint(text[start:end]):
        return False
    window = _after(text, end)
    m = _CAUTION.search(window)
    return bool(m) and not _SUITABLE.search(window, 0, m.start())


# -- 4. a sourced, time-limited ranking ------------------------------------------------------------

# 《广告绝对化用语执法指南》(2023): a ranking limited in time and scope, with a named source, is an objective fact
# (据中国汽车工业协会统计，这款车型今年十月在国内紧凑型SUV里销量排名第一). An unnamed source (据权威机构统计) is not.
_RANKING_WORDS = ("第一", "冠军", "领先", "前三", "top", "no1")
_SOURCE = re.compile(r"(?:据|根据)(?P<src>[^。！？!?；;\n]{2,16}?)(?:的)?(?:统计|数据|报告|榜单|排名|显示|发布|调查|监测)")
_VAGUE_SOURCE = re.compile(r"权威|某|有关|相关|专家|业内|网友|我们|大家|不完全|机构$|部门$")
_TIME_LIMIT = re.compile(
    r"今年|去年|前年|[0-9零〇一二三四五六七八九]{3,4}年|[0-9一二三四五六七八九十]+月|季度|上半年|下半年|年度|双十一|双11|618"
    r"|期间|第[0-9一二三四五六七八九十]+周|上周|上个月|本月|当月"
)
_SENTENCE_REACH = 60


def sourced_ranking(text: str, start: int, end: int, category: str) -> bool:
    """Is the ranking ``text[start:end]`` stated with a named source and a time limit in its sentence?"""
    if category != "绝对化用语" or not any(w in text[start:end] for w in _RANKING_WORDS):
        return False
    before = text[max(0, start - _SENTENCE_REACH) : start]
    cut = _BOUNDARY.search(before[::-1])
    if cut:
        before = before[len(before) - cut.start():]
    m = _SOURCE.search(before)
    return bool(m) and not _VAGUE_SOURCE.search(m.group("src")) and bool(_TIME_LIMIT.search(before, m.start("src")))


# -- 5. a platform named as a data source ------------------------------------------------------------

# 根据京东今年六一八的销售数据 / 据天猫榜单: naming the platform whose data is quoted sends nobody there.
_SOURCE_WORDS = ("据", "来自", "参考", "按照")
_DATA_AFTER = re.compile(r"数据|榜单|统计|排名|排行|报告|显示|发布")


def platform_as_source(text: str, start: int, end: int, category: str) -> bool:
    """Is the platform name ``text[start:end]`` the source of quoted data rather than a place to go?"""
    if category != "导流私下交易" or not text[max(0, start - 2) : start].endswith(_SOURCE_WORDS):
        return False
    return bool(_DATA_AFTER.search(_after(text, end, 12)))


# Each warning word contains one of these: a set test spares the regex on most windows.
_WARNING_CHARS = frozenset("骗假违靠信韭税迷忽瞎胡吹虚夸理依科噱谣坑阱心惕慎当听扯鬼编乱")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Should the candidate ``text[start:end]`` (normalised text) be dropped by one of the scope rules?

    The hot path for the matcher: a category test and a few character-set tests decide, for most
    candidates, that no rule can apply, before any regex runs.
    """
    if category not in WARNING_CATEGORIES:
        return False
    pre = text[max(0, start - _REACH) : start]
    negation = text[start] not in _SELF_NEGATED and not _NEGATION_CHARS.isdisjoint(pre)
    disbelief = not _DISBELIEF_CHARS.isdisjoint(pre)
    comparison = (
        category in COMPARISON_CATEGORIES
        and ("最" in text[start:end] or "第一" in text[start:end])
        and not _SCOPE_CHARS.isdisjoint(pre)
    )
    fooled = ("被" in pre or "上" in pre) and not _FOOLED_CHARS.isdisjoint(text[end : end + _REACH])
    if negation or disbelief or comparison or fooled:
        back = _before(text, start)
        if negation and (
            (category in NEGATION_CATEGORIES and _negator_before(text, start, end, back))
            or (category in EFFECT_CATEGORIES and _effect_denied(text, start, end, back))
            or (category in COMPARISON_CATEGORIES and _disclaimed(text, start, end, back))
        ):
            return True
        if disbelief and _disbelieved(back):
            return True
        if fooled and _fooled(text, end, back):
            return True
        if comparison and internal_comparison(text, start, end, category, back):
            return True
    if not _WARNING_CHARS.isdisjoint(text[end : end + _WARNING_GAP + 4]) and _warning_after(text, end):
        return True
    if category == "医疗用语":
        return caution(text, start, end, category)
    if category == "导流私下交易":
        return platform_as_source(text, start, end, category)
    return category == "绝对化用语" and "据" in text[max(0, start - _SENTENCE_REACH) : start] and sourced_ranking(
        text, start, end, category
    )
