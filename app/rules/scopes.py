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
   卡其色是我们家卖得最好的) as not unlawful. So is picking one of the item's own sizes, packs or colours
   (:func:`picked_variant`: 最便宜的是那个小号的, 最贵的是礼盒装 — 最便宜的就是我们家 / 最好的是这款 stay claims). A 最…/第一 hit (绝对化用语 or 价格违规) is dropped when it is
   scoped to a set of one's own goods: a plural set right before it (这三个色号里, 这几款, 今天上的几款里, 其中,
   系列里, 颜色里), or the shop (店里, 本店, 我们家, 咱家 …, with only 卖得/销量/人气 … in between) *and* the
   superlative picks an item out (最X的 …: 我们家最便宜的是一号链接) — 我们家最好 / 我们家是最好的 stay claims.
   A colour of the item right before 最 (燕麦色最百搭) is such a set too, and so is a set followed by the chosen
   item (这几个链接里，三号链接最划算; 我们家这几款洗发水里，这款最控油). Never when an external scope is named
   (全网, 全国, 行业, 同行, 市面上, 所有, 史上, 品牌, 平台 …).

3. **Cautions** (:func:`caution`). A bare disease name followed in its sentence by 先问医生/遵医嘱/慎用/禁用 … is a
   warning label (有糖尿病足的一定要先问医生), unless a suitability claim comes first (糖尿病人也能吃，不过先问医生).
   So is telling patients to keep off the product (血压高的朋友这款酒就别拍了, 糖尿病人不适合吃这个月饼).

4. **Sourced rankings** (:func:`sourced_ranking`). A ranking (第一, 冠军, 领先) with a named source and a time limit in
   its sentence (据中国汽车工业协会统计，今年十月…销量排名第一; 根据天猫双十一榜单…) is an objective fact per the Guideline;
   an unnamed source (据权威机构统计, 据统计) is not.

5. **A platform named as a data source** (:func:`platform_as_source`): 根据京东今年六一八的销售数据 sends nobody there.

6. **Not asserted** (:func:`not_asserted`) — the claim is mentioned, not made:

   - a yes/no question about it answered no (这个能治脚气吗？不能啊); a question answered yes, or asked only to
     assert it (你知道它为什么能降血压吗？因为…), stays a claim, and so does a rhetorical denial (谁说不能根治？ /
     谁告诉你它不能保本: 谁说 before a negator cancels every negation rule above);
   - an A-not-A form of the term itself (招不招财, 开光不开光, 降不降血压): a question or an indifference (不管…) — but
     not for 导流/数据造假, where 加不加微信 is still the invitation;
   - a dismissal with 什么 right before it (不是什么特效药, 不讲什么开光, 别指望它降血压 via disbelief); not
     没(有)什么 (没什么副作用 is the claim of 第十七/二十八条);
   - the topic of a book, course or film (讲风水的书, 关于开光仪式的纪录片, 风水学史, 风水史的著作), and a belief named
     as an idea or custom (建筑里的风水观念, 风水文化): it claims nothing about the goods;
   - a real qualification named in the sentence, not denied: a special cosmetic (国妆特字号/特证/特殊化妆品 — it may claim
     its registered use, 《化妆品监督管理条例》第十六条), a device registration for the 械字号 mention itself (二类医疗
     器械，有注册证，械字号可查 — 械字号 alone, or 械字号面膜 claiming 美白, still fires), and a 蓝帽子 health food's
     function said in the approved wording (辅助降血脂, 有助于增强免疫力; 能降血脂 still fires);
   - 恢复原价{N} / 恢复日常价{N} (after a real deadline): the later regular price, stated (《明码标价和禁止价格欺诈规定》: a real price), not a made-up one;
   - a stated total before "gone when sold" (一共五百本，签完就没有了): a fact, not invented urgency;
   - the shop's own best-seller (我们店里的销冠) as an internal comparison (全网销冠 fires).
   Also in :func:`_disclaimed`: 我不说第一，但是在这个价位值得一试 is modesty; only a challenge to compare after 但
   (你去比比, 懂的都懂) makes it the dodge.

5b. **A channel described** (:func:`channel_described`, 导流): paying on the platform (微信支付和支付宝都能用),
   shopping advice (去淘宝买东西要认准正品), or where one saw something (朋友圈看到有人晒) — unless the clause invites,
   names one's own shop, a transfer or a deal (加我, 搜我们店, 转账给我, 不走平台, 看我朋友圈).
5c. **An object disclaimed** (:func:`object_disclaimed`, 迷信/医疗用语): 八卦镜只是装饰品, 护身符只是个纪念品.
5d. **A past sell-out** (:func:`past_event`, 虚假紧迫): 去年冬天卖断货了，今年备货多 — unless pressure now follows;
    likewise a numbered edition (:func:`numbered_edition`: 全球限量五千只，表背都有编号).
5e. **A disclaimer after the term** (:func:`_disclaimed_after`, 绝对化/价格): 别问我是不是全网最低价，这个我不敢说, 最好用的
    我不好说 — not when others are the ones who don't dare (别的主播都不敢说), nor before 假话 (我不敢说假话), a wink
    (懂的都懂) or a dodge after 但. Before the term the disclaimer also knows 不好说/不吹/不夸 and 它/这 in between
    (我不说它是最好的, 我从来不吹它是第一).
5f. **A title** (:func:`in_title`, 绝对化/价格): a superlative inside 《…》 names a book, film or song (《最好的我们》).
   Refusing a transaction (不支持/不接受/拒绝/不提供 + 私下转账/线下交易) is a negation like any other (rule 1), and
   a soft negation before a promise (雅思不一定稳过, 收益没有保障) denies it (:func:`scopes_advice.denied_promise`).

7. **Advice, care, one's own illness, denied outcomes** (:mod:`app.rules.scopes_advice`, effect categories):
   咽炎的话少抽烟少喝酒, 甲状腺结节要定期复查, 主播前两天胃炎犯了, 湿疹一直没好利索, 口干多喝水就好了 — unless the
   product is brought in, used or recommended (高血压的喝这个就降了, 湿疹的宝宝用了就不痒).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules import scopes_advice
from app.rules.patterns import NUMBER_RX, UNIT_RX

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
    "请勿|切勿|严禁|禁止|拒绝|杜绝|谨防|警惕|提防|当心|小心|防止|举报|不代表|不等于|不意味着|"
    "不支持|不接受|不提供|不开放|不允许|没有|没|别|不"
)
# Light words allowed between the negator and the term (不要 相信 保本, 不会 让大家 去 淘宝, 千万不要 私下 转账).
_LIGHT = (
    "让大家|让你们|让你|叫大家|带大家|跟大家|给大家|所谓的|所谓|这种|那种|这些|那些|什么|任何|"
    "承诺|保证|宣传|相信|听信|轻信|随便|轻易|私下|参与|接受|进行|添加|加入|我们|咱们|大家|你们|主播|"
    "一切|所有|任何形式的|支持|提供|线下|走|"
    "疾病|预防|药物|医疗|保健|添加|私人|个人|别人|有人|他们|人家|网上|跟你|和你|给你|你|说|讲|提|信|让|叫|带|去|再|要|会|能|跟|和|给|找|用|做|搞|是|在|加"
)
_LIGHT_REV = rf"(?:{_rev(_LIGHT)}){{0,3}}"
_NEG_REV = re.compile(rf"{_LIGHT_REV}(?:{_rev(_NEGATORS)})")
# Disbelief is strong: up to six characters of anything may stand between it and the claim (千万别相信那些说能根治…),
# unless they bring in one's own product or a contrast (别信他们，我们这个能根治).
_DISBELIEF_REV = re.compile(
    r"(?P<gap>.{0,6}?)(?:(?:信轻|信听|信相|信|听|为以|为认|得觉|碰|与参|投|买)(?:要不|别|能不|可不|莫)(?:万千|定一|对绝|可)?"
    r"|望指(?:用不|要不|别|不)|防谨|惕警|防提|报举)"
)
_OWN_OR_CONTRAST = re.compile(r"我们|咱们|我家|咱家|本品|我的|但|可是|不过|其实")
# A denied effect (不能治病, 不具有疾病预防治疗功能, 并不能降血压) is no claim, but a negated harm (不伤身, 不反弹, 无副作用)
# *is* the claim: for 医疗/功效/化妆品 only strong negators, only before an effect, never for a hit that negates itself.
EFFECT_CATEGORIES = frozenset({"医疗用语", "功效夸大", "化妆品宣称"})
_EFFECT_NEGATORS = "不存在|不敢说|不会说|从不说|不说|没说|不能代替|不可代替|不能替代|不具有|不具备|并不能|并不会|不可能|不可以|不属于|不用于|无法|不能|不会|不是|并非|没有"
_EFFECT_NEG_REV = re.compile(rf"{_LIGHT_REV}(?:{_rev(_EFFECT_NEGATORS)})")
_NO_GUARANTEE_REV = re.compile(r"(?P<gap>.{0,6}?)(?:证保敢不|证保不|证保能不|证保法没|证保法无|诺承不|诺承敢不)")
_EFFECT_CHARS = frozenset("治疗愈降抗消改善缓解修复增强提高美白祛淡瘦减生退止")
_HARM_CHARS = frozenset("不无没零")
# 我们不敢说是最好的 / 这不是最便宜的: a disclaimed superlative — unless 但是 … follows (我不敢说是全网最低价，但是
# 你去比: the known dodge) or a guarantee (不是全网最低价就退差价).
_DISCLAIM_REV = re.compile(
    rf"(?:{_rev(_LIGHT + '|全网|全国|全行业|行业|市面上|同行|史上|同类|它|这|这个|这款|可')}){{0,4}}"
    rf"(?:{_rev('不存在|哪有|哪来的|不敢说|不能说|不会说|不好说|不说|没说|从不说|从来不说|不敢吹|不吹|没吹|不夸|并不是|不是|不算|称不上|谈不上|不一定是|不会|不敢|从不|从来不')})"
)
# 我不说它是最好的 … 懂的都懂 / 你品: a wink after the disclaimer re-asserts it, with or without 但.
_WINK = re.compile(r"懂的都懂|都懂的|懂得都懂|你品|你细品|心里有数|不用我说|不用我多说|不多说|你猜")
# 别问我是不是全网最低价，这个我不敢说 / 最好用的我不好说: the disclaimer after the term, in its sentence — not when
# others are the ones who "don't dare" (这是全网最低价，别的主播不敢说).
_DISCLAIM_AFTER = re.compile(
    r"(?P<gap>[^。！？!?；;\n]{0,8}?)(?:我|咱|主播)?(?:可|真|也|还真|是真|真的)?"
    r"(?:不敢说|不好说|不能说|说不好|不敢讲|不好讲|不敢保证|不能保证|保证不了|不敢打包票|不敢吹|不敢夸)"
    r"(?!假|谎|瞎|大话|虚|空话|半句|一句假|骗)"  # 我不敢说假话 re-asserts it (commas are gone after normalising)
)
_OTHERS = re.compile(r"别|其他|其它|他们|人家|同行|谁")


def _disclaimed_after(text: str, end: int) -> bool:
    """Is the superlative ending at ``end`` disclaimed right after it (…，这个我不敢说), and not re-asserted?"""
    after = _after(text, end)
    m = _DISCLAIM_AFTER.match(after)
    if not m or _OTHERS.search(m.group("gap")) or _DISCLAIM_BUT.search(m.group("gap")):
        return False
    rest = after[m.end() :]
    if _GUARANTEE_AFTER.search(rest) or _WINK.search(rest):
        return False
    but = _DISCLAIM_BUT.search(rest)
    return not (but and _DODGE_AFTER.search(rest, but.end()))


# 《最好的我们》/《第一炉香》: a superlative inside the title of a book, film or song names the work (the Guideline's
# 商品名称 case); spoken text has no 《》, scripts do.
_TITLE_REACH = 24


def in_title(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` lie inside a 《…》 title?"""
    lo = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if lo == -1 or text.find("》", lo, start) != -1:
        return False
    hi = text.find("》", end, end + _TITLE_REACH)
    return hi != -1 and text.find("《", end, hi) == -1
_DISCLAIM_BUT = re.compile(r"但|可是|不过|然而")
_GUARANTEE_AFTER = re.compile(r"退|差价|赔|的话")
_NEGATION_CHARS = frozenset("不没无别非勿禁拒杜谨警提当小防举严哪")
_DISBELIEF_CHARS = frozenset("信听防惕报以认觉碰参投买望")
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
    if _RHETORICAL_REV.match(back, m.end()):
        return False  # 谁说不能保本？
    return not (m.group(0) in ("不", "没") and _CONDITION_AFTER.match(text, end))


def _warning_after(text: str, end: int) -> bool:
    window = _after(text, end, _WARNING_GAP + 4)
    m = _WARNING.search(window)
    if not m or m.start() > _WARNING_GAP:
        return False
    gap = window[: m.start()]
    if any(word in gap for word in _CONTRAST):
        return False
    # 不是骗子 / 没有违规 / 绝对不违规 / 不是什么智商税: a denial of the denunciation, i.e. the claim stands.
    # (我不敢说假话 / 从不说瞎话: a denial of lying, after a verb of saying, re-asserts the claim.)
    tail = gap[-4:] if gap.endswith(("什么", "啥", "说", "讲")) else gap[-2:]
    return not any(ch in tail for ch in "不没非别")


def _effect_denied(text: str, start: int, end: int, back: str) -> bool:
    surface = text[start:end]
    if _EFFECT_CHARS.isdisjoint(surface) or not _HARM_CHARS.isdisjoint(surface):
        return False
    m = _EFFECT_NEG_REV.match(back)
    if m:
        return not _CONDITION_AFTER.match(text, end) and not _RHETORICAL_REV.match(back, m.end())
    # 我们家不敢保证一个月白三个度: a refused guarantee reaches over a short gap (not over 但/我们).
    m = _NO_GUARANTEE_REV.match(back)
    return bool(m) and not _OWN_OR_CONTRAST.search(m.group("gap")[::-1])


def _disclaimed(text: str, start: int, end: int, back: str) -> bool:
    m = _DISCLAIM_REV.match(back)
    if not m or not _real_negator(text, start - m.end()) or _RHETORICAL_REV.match(back, m.end()):
        return False
    after = _after(text, end)
    if _GUARANTEE_AFTER.search(after):
        return False  # 不是全网最低价我退你差价
    # 我不敢说是全网最低价，但是你去比比 is the dodge; 不是最便宜的，但品质有保障 is a plain denial and stays one, and
    # so is 我不说第一，但是在这个价位值得一试 (modesty: nothing after 但 invites the comparison back).
    if "说" not in m.group(0) and "吹" not in m.group(0) and "夸" not in m.group(0):
        return True
    if _WINK.search(after):
        return False  # 我不说第一，懂的都懂
    but = _DISCLAIM_BUT.search(after)
    return not (but and _DODGE_AFTER.search(after, but.end()))


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


# 最便宜的是那个小号的 / 最贵的是礼盒装 / 最显白的是奶茶色: the superlative picks one size, pack or colour of the
# goods on sale — the set is the item's own variants, even unnamed. 最便宜的就是我们家 / 最好的是这款 stay claims.
_VARIANT_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,3}}?的?(?:就|应该|还是)?是(?:那个|这个|那款|这款|那一款|这一款|那种|这种)?"
    rf"(?:(?:加大|特大|超大|大|中|小|迷你|均)号|[{_NUM}]+(?:号|码|寸|毫升|升|克|斤|支装|片装|只装|个装)"
    r"|[\u4e00-\u9fff]{1,5}?(?:装|色|口味|味|码|规格|尺寸|尺码|版|款式|色号))"
)


def picked_variant(text: str, start: int, end: int, category: str) -> bool:
    """Does the superlative ``text[start:end]`` pick one of the item's own variants (最便宜的是小号的)?"""
    if category not in COMPARISON_CATEGORIES or "最" not in text[start:end]:
        return False
    if text.find("是", end, end + 6) == -1:
        return False
    m = _VARIANT_AFTER.match(text, end)
    return bool(m) and not _EXTERNAL.search(_before(text, start)[::-1] + text[start : m.end()])


# -- 3. a disease named in a caution -----------------------------------------------------------------

_CLAIM_VERB_CHARS = frozenset("治疗愈缓解预防降抗消改善调理修复恢复效好康根除去止克星控稳")
_CAUTION = re.compile(
    r"(?:问|咨询|询问|遵|听从|遵从)(?:一下|问)?(?:医生|医嘱|大夫|专业医师)|遵医嘱|慎用|慎食|慎服|慎饮|禁用|禁食|禁服|忌用|忌食"
    r"|不宜|不建议|不适合|请勿|就医|去医院|看医生|医生指导|(?:按|听|照)(?:照)?医生|按医嘱|(?:得|要|需要|还是得|还得|该)(?:用药|吃药|开药|上药|去医院)"
    # 血压高的朋友这款酒就别拍了 / 糖尿病的朋友这个蛋糕就不要买了: told to keep off the product (not 别吃药: the object
    # must be the product, i.e. nothing or 这/那 follows the verb).
    r"|(?:别|不要|不能|千万别|千万不要|最好别|最好不要)(?:拍|买|下单|喝|吃|用|入手|碰|抢|囤)(?=了|这|那|哈|啊|呀|哦|噢|的|[，,。！!]|$)"
)
_SUITABLE = re.compile(r"(?<![不别])(?:能吃|能喝|能用)|可以吃|可以喝|可以用|放心|(?<!不)适合|都能|也能|专用|福音|首选|必备|推荐")
# A pattern hit whose own gap keeps the patient off the product (糖尿病人不适合吃这个): a caution, not a target group.
_AVOID_IN = re.compile(r"不适合|不宜|不建议|不能吃|不能喝|不能用|别吃|别喝|别用|不要吃|不要喝|不要用|慎用|慎食|禁用|禁食")


def caution(text: str, start: int, end: int, category: str) -> bool:
    """Is the disease name ``text[start:end]`` part of a caution (先问医生, 慎用) rather than a selling point?"""
    if category != "医疗用语" or not _CLAIM_VERB_CHARS.isdisjoint(text[start:end]):
        return False
    surface = text[start:end]
    avoid = _AVOID_IN.search(surface)
    if avoid and not _SUITABLE.search(surface, 0, avoid.start()):
        return True  # 糖尿病人不适合吃这个月饼
    window = _after(text, end)
    m = _CAUTION.search(window)
    # 不用去医院 / 别去医院了，用这个就行: refused care is the claim, not a caution.
    return bool(m) and not _SUITABLE.search(window, 0, m.start()) and not scopes_advice.care_refused(window, m.start())


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


# -- 5b. a channel named without sending anyone there (导流私下交易) ------------------------------------

# 导流 means moving the deal off the platform (contact, payment or purchase elsewhere). Naming a channel is not that
# when the sentence only describes how the platform's own checkout is paid (微信支付和支付宝都能用, 支持支付宝花呗), gives
# shopping advice about another platform (去淘宝买东西要认准正品, 在京东买电器记得看自营), or quotes it as where one saw
# or read something (朋友圈看到有人晒, 微信公众号的文章说过). 加我微信, 去淘宝搜我们店, 支付宝转账给我, 看我朋友圈 stay
# diversions: an invitation, one's own shop or a transfer anywhere in the clause keeps the hit.
_CLAUSE_BOUNDARY = re.compile(r"[。！？!?；;:\n，,]")
_OFF_PLATFORM = re.compile(
    r"转账|转给|转我|打给我|打款|给我|私下|私聊|私信|加我|加主播|加一下|加个|加v|加微|找我|联系我|扫码|扫我|二维码|收款码|红包"
    r"|不走|绕过|绕开|避开|线下|面交|小号|个人号|同款|我们|咱们|我家|咱家|本店|店铺|店里|搜|领券|券|优惠|便宜|下单|拍|链接"
    r"|关注|进群|群里|主页|看我|翻我|点我|来我|到我|去我"
)
_PAYMENT_WORDS = re.compile(r"支付|付款|付钱|买单|结账|结算|花呗|分期|信用卡|云闪付|银行卡|都能用|都可以用|都支持|都行")
_ADVICE_WORDS = re.compile(r"认准|记得|注意|小心|当心|谨防|要看|得看|看清|看评价|看销量|看鉴定|看自营|别买|不要买|容易买到|买到假")
_SHOPPING_AFTER = re.compile(r"^(?:上|里|上面|里面)?(?:买|购物|网购|下单买)")
_HEARSAY = re.compile(r"^(?:里|上|里面|上面)?(?:的)?(?:看到|看见|刷到|有人|(?:好多|很多|不少|一堆)[\u4e00-\u9fff]{0,3}?(?:人|在|都)|都在|有个|的文章|文章|推送|发的|说)")
_INVITE_BEFORE = re.compile(r"(?:看|翻|关注|加|进|去|来|到|发|晒|转发|分享)(?:一下|下)?(?:我|我的|主播|主播的|咱|我们|我们的)?$")


def _clause(text: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and start - lo < _REACH and not _CLAUSE_BOUNDARY.match(text, lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _REACH and not _CLAUSE_BOUNDARY.match(text, hi):
        hi += 1
    return text[lo:hi]


def channel_described(text: str, start: int, end: int, category: str) -> bool:
    """Is the channel ``text[start:end]`` named as a means of paying on the platform, in shopping advice, or as
    the place one saw something — not as where to go and deal (see the comment above)?"""
    if category != "导流私下交易":
        return False
    clause = _clause(text, start, end)
    if _OFF_PLATFORM.search(clause):
        return False
    after = text[end : end + _REACH]
    if _PAYMENT_WORDS.search(clause):
        return True  # 微信支付和支付宝都能用
    if text[end - 1] == "买" or _SHOPPING_AFTER.match(after) or text.endswith(("去", "在", "上"), 0, start):
        if _ADVICE_WORDS.search(clause):
            return True  # 去淘宝买东西要认准正品
    return bool(_HEARSAY.match(after)) and not _INVITE_BEFORE.search(text[max(0, start - 6) : start])


# -- 5c. an object disclaimed right after it (迷信, 医疗用语) ---------------------------------------------

# 八卦镜只是装饰品，没有什么功效 / 这个护身符只是个纪念品 / 暖宫贴就是个发热贴: the seller says the object is only an
# ornament or an ordinary thing: nothing is claimed by naming it. A claim said later in the sentence (…但是挂门口
# 能挡煞) is its own hit and still fires.
_OBJECT_DISCLAIMED = re.compile(
    r"^[^。！？!?；;\n]{0,3}?(?:只是|就是|不过是|仅仅是|仅是|纯粹是|其实是|只能算|算是|主要是|是|当)(?:个|一个|一件|一种|普通的?)?(?:小|精致的?|漂亮的?)?"
    r"(?:装饰|摆件|摆设|工艺品|纪念品|饰品|礼品|玩具|小玩意|手工艺品|普通|文创|收藏品|艺术品|发热贴|暖贴|保暖|好看|造型|图案)"
    r"|^[^。！？!?；;\n]{0,8}?(?:没有什么|没什么|没啥|并没有什么|没有任何|没有特殊|没有特别)(?:功效|作用|功能|效果|寓意|说法|讲究|神奇)"
    r"|^[^。！？!?；;\n]{0,8}?好看而已"
)
_DISCLAIM_CATEGORIES = frozenset({"迷信", "医疗用语"})


def object_disclaimed(text: str, start: int, end: int, category: str) -> bool:
    """Is the object ``text[start:end]`` said right after to be only an ornament (八卦镜只是装饰品)?"""
    return category in _DISCLAIM_CATEGORIES and bool(_OBJECT_DISCLAIMED.match(_after(text, end)))


# -- 5d. a past event told as such (虚假紧迫) ---------------------------------------------------------

# 这款去年冬天卖断货了，今年备货多 / 前三名的奖品已经发了: what happened at an earlier sale is a fact about it, not
# pressure to buy now. Anything that turns it into pressure now (这次也快没了, 赶紧, 还剩, 今天) keeps the hit.
_PAST_BEFORE = re.compile(r"去年|前年|上次|上回|上一次|上一场|上一期|之前|以前|上个月|上周|昨天|昨晚|前两天|前几天|当时|那时候|那会儿|那年")
_PAST_AFTER = re.compile(r"[^。！？!?；;\n]{0,6}?已经(?:发|公布|揭晓|送出|寄出|领|开奖|结束|抽)")
# (这次/今天 alone is no pressure: 上次卖断货了，这次备了很多.)
_PRESSURE_NOW = re.compile(r"不多|紧张|有限|马上|赶紧|抓紧|赶快|快|还剩|只剩|就剩|仅剩|最后|手慢|错过|抢|下单|拍|没了|不多了")


def past_event(text: str, start: int, end: int, category: str) -> bool:
    """Is the urgency hit ``text[start:end]`` a past event told as such (去年卖断货了, 前三名的奖品已经发了)?"""
    if category != "虚假紧迫":
        return False
    sentence, lo = _sentence(text, start, end)
    before = sentence[max(0, start - lo - _REACH) : start - lo]
    if not (_PAST_BEFORE.search(before) or _PAST_AFTER.match(text, end)):
        return False
    return not _PRESSURE_NOW.search(sentence)


# 品牌方公布的是全球限量五千只，表背都有编号 / 每套都有编号和收藏证书: a numbered edition is a checkable fact about the
# goods (each piece carries its number), not invented scarcity — unless pressure to buy now is in the sentence
# (限量五千只，每只有编号，赶紧抢).
_NUMBERED = re.compile(r"编号|收藏证书|限量证书|证书编号|序列号|独立编码")


def numbered_edition(text: str, start: int, end: int, category: str) -> bool:
    """Is the limited quantity ``text[start:end]`` a numbered edition stated as a fact (see the comment above)?"""
    if category != "虚假紧迫" or text.find("限量", start, end) == -1:
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_NUMBERED.search(sentence)) and not _PRESSURE_NOW.search(sentence)


# -- 6. not asserted: questions answered no, indifference, dismissals, topics, real qualifications ----

# 这个能治脚气吗？不能啊 — a yes/no question about the claim, answered no in the next words, asserts nothing.
# (谁说不能根治？ is no yes/no question with a no-answer: it stays a claim, see _RHETORICAL_REV.)
_ANSWERED_NO = re.compile(
    r"[^。！!；;\n]{0,12}?吗[?？]?(?:[^。！!?？；;\n:：]{0,6}[:：])?(?:那)?"
    r"(?:不能(?!不)|不行|不可以|不会(?!有比|再有)|没有(?!比|之一|第二|哪|谁|什么比|更)|没用|不是(?!一般|一点|盖|吹|开玩笑|我吹|我说)"
    r"|并不能|当然不(?!止|仅|光|只)|肯定不(?!止|仅|光|只)|那可不(?!是)|治不了|不管用|做不到|没那么神)"
)
# (An emphatic yes looks like a no: 能美白吗？不是一般的白 / 能降血压吗？当然不止降血压 / 没有比它更好的.)
# 招不招财 / 开光不开光 / 降不降血压: an A-not-A question or an indifference (不管招不招财) about the claim. For a
# diversion an A-not-A is still the invitation (加不加微信), so not for 导流/数据造假.
_A_NOT_A_EXCLUDED = frozenset({"导流私下交易", "数据造假"})
# 不是什么特效药 / 不讲什么开光 / 哪有什么包治百病: 什么 marks a dismissal. Not 没(有)什么 (没什么副作用 is the claim).
_DISMISS_REV = re.compile(
    rf"(?:的|种这|种那)?(?:么什|啥)(?:{_rev('不是|并不是|也不是|不讲|不搞|不谈|不说|不玩|不存在|哪有|不信|别信|别指望|不指望|不图|不求|不追求')})"
)
# 谁说不能根治？ / 谁告诉你它不能降血压: a rhetorical question turns a denial back into the claim.
_RHETORICAL_REV = re.compile(r".{0,3}?(?:说谁|讲谁|诉告谁|的说谁|说个哪|说人么什)")
# 讲风水的书 / 关于根治鼻炎的课程 / 风水学史: the term names the topic of a book or a course, it claims nothing.
_TOPIC_BEFORE_REV = re.compile(rf"(?:{_rev('讲|讲述|讲解|关于|介绍|研究|探讨|科普|解读|揭秘|谈')})")
_TOPIC_AFTER = re.compile(
    r"[^。！!?？；;\n]{0,2}?的?(?:书|图书|读物|绘本|课|课程|讲座|节目|纪录片|视频|文章|杂志|专著|教材|历史|知识|典故)"
)
_TOPIC_NOUN_AFTER = ("学史", "史料", "的历史", "文化史", "史的", "史研究", "史学")
# 建筑里的风水观念 / 风水文化图录: a belief named as an idea or a custom is a topic, not a promise of luck.
_BELIEF_TOPIC_AFTER = ("观念", "文化", "理论", "学说", "习俗", "思想", "民俗", "传说")
_TOPIC_LAST = frozenset("讲述解于绍究讨普读秘谈")
_DISMISS_LAST = frozenset("么啥的种")
# Real qualifications named as such (《化妆品监督管理条例》第十六条: a registered special cosmetic may claim its
# registered use — 美白祛斑, 防晒, 防脱, 染发, 烫发; 《保健食品注册与备案管理办法》: a 蓝帽子 health food may state its
# approved function in the approved wording, 辅助降血脂 / 有助于增强免疫力).
_SPECIAL_COSMETIC = re.compile(r"国妆特|妆特字|特殊化妆品|特殊用途化妆品|特证|特妆")
_DEVICE_REGISTRATION = re.compile(r"医疗器械|械注准|注册证|备案号|械备")
_HEALTH_FOOD = re.compile(r"蓝帽|保健食品|健字号|国食健|卫食健|批准文号|批文")
_APPROVED_WORDING = ("辅助", "有助于", "有助")
_HEALTH_FOOD_CATEGORIES = frozenset({"医疗用语", "功效夸大"})
_QUALIFIED_NEGATED = re.compile(r"(?:不是|没有|没|非|不属于|不算|冒充|假冒|假的|不用|不需要|无需|不要)$")
_SENTENCE = 40
# 活动结束恢复原价一百二十九: the later regular price, stated — not a fictitious original price.
_RESTORED_PRICE = ("恢复", "恢复到", "恢复成", "回到", "回归", "变回", "涨回", "涨回到", "调回", "改回")
# The names of the regular price that comes back (恢复日常价 is the later price, not a 被比较价格).
_REGULAR_PRICE = ("原价", "日常价", "平时价", "平常价", "正常价", "常规价", "零售价")
_TOTAL_WORDS = ("一共", "总共", "总量", "总计", "全部")
# 一共五百本，签完就没有了: a stated total makes "gone when sold" a fact, not invented urgency.
_STATED_TOTAL = re.compile(rf"(?:一共|总共|总量|总计|全部)(?:就|只有|只|才|是)?(?:发行了|发行|印了|印|做了|做|生产了|生产|出了|烧了|酿了)?{NUMBER_RX}{UNIT_RX}")
# 我们店里的销冠 / 本店的销量冠军: a best-seller of one's own shop (the shop's own sales data).
_SHOP_OWN_REV = re.compile(rf"的?(?:{_rev(_SHOP)})")
# 我不说第一，但是在这个价位值得一试 is modesty; 我不敢说是全网最低价，但是你去比比 is the dodge: after 但, a
# challenge to compare (or a wink) re-asserts what was "not said".
_DODGE_AFTER = re.compile(r"比|心里有数|懂的|都懂|你品|自己看|自己查|去查|去搜|搜一下|不用我说|不多说|你猜")


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around ``[start, end)`` (at most ``_SENTENCE`` characters either side) and its offset."""
    lo = max(0, start - _SENTENCE)
    before = text[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(before):
        cut = m
    if cut:
        lo += cut.end()
    after = _after(text, end, _SENTENCE)
    return text[lo : end + len(after)], lo


def _qualification_named(sentence: str, rx: re.Pattern) -> bool:
    return any(not _QUALIFIED_NEGATED.search(sentence[max(0, m.start() - 3) : m.start()]) for m in rx.finditer(sentence))


def not_asserted(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate asked about and answered no, dismissed, a topic, or backed by a real qualification?

    Cheap on the common path: a few character tests at fixed offsets decide that no case applies.
    """
    if category not in WARNING_CATEGORIES:
        return False
    if text.find("吗", end, end + 14) != -1 and _ANSWERED_NO.match(text, end):
        return True
    prev = text[start - 1] if start else ""
    if category not in _A_NOT_A_EXCLUDED and (
        (prev == "不" and start >= 2 and (text[start - 2] == text[start] or text[start - 3 : start - 1] == text[start : start + 2]))
        or (text.startswith("不", end) and text.startswith(text[start : min(end, start + 2)], end + 1))
    ):
        return True  # 招不招财, 开光不开光
    if category != "导流私下交易" and text.startswith(_TOPIC_NOUN_AFTER, end):
        return True  # 风水学史
    if category == "迷信" and text.startswith(_BELIEF_TOPIC_AFTER, end):
        return True  # 风水观念
    if prev in _DISMISS_LAST or prev in _TOPIC_LAST or (category == "绝对化用语" and text.find("冠", start, end) != -1):
        back = _before(text, start)
        if prev in _DISMISS_LAST and text[start] not in _SELF_NEGATED and _DISMISS_REV.match(back):
            return True  # 不是什么特效药
        if prev in _TOPIC_LAST and category != "导流私下交易" and _TOPIC_BEFORE_REV.match(back) and _TOPIC_AFTER.match(text, end):
            return True  # 讲风水的书
        if category == "绝对化用语" and _SHOP_OWN_REV.match(back) and not _EXTERNAL.search(back[::-1] + text[start:end]):
            return True  # 我们店里的销冠
    if category == "化妆品宣称":
        device = text.find("械", start, end) != -1
        if device or text.find("特", max(0, start - _SENTENCE), end + _SENTENCE) != -1:
            sentence, _ = _sentence(text, start, end)
            if _qualification_named(sentence, _SPECIAL_COSMETIC):
                return True
            if device and _qualification_named(sentence, _DEVICE_REGISTRATION):
                return True  # 械字号，药监局能查到: the registration itself, named with it
    elif category in _HEALTH_FOOD_CATEGORIES:
        if text.endswith(_APPROVED_WORDING, 0, start) and _qualification_named(_sentence(text, start, end)[0], _HEALTH_FOOD):
            return True  # 蓝帽子 … 辅助降血脂
    elif category == "价格违规":
        if text.startswith(_REGULAR_PRICE, start) and text.endswith(_RESTORED_PRICE, 0, start):
            return True  # 恢复原价一百二十九, 过了十二点恢复日常价一百五十九
    elif category == "虚假紧迫" and text.find("没", start, end) != -1:
        lo = max(0, start - _SENTENCE)
        if any(text.find(w, lo, start) != -1 for w in _TOTAL_WORDS):
            sentence, lo = _sentence(text, start, end)
            if _STATED_TOTAL.search(sentence, 0, start - lo):
                return True  # 一共五百本，签完就没有了
    return False

# Each warning word contains one of these: a set test spares the regex on most windows.
_WARNING_CHARS = frozenset("骗假违靠信韭税迷忽瞎胡吹虚夸理依科噱谣坑阱心惕慎当听扯鬼编乱")


def _chars_search(chars: frozenset[str]):
    """``search(text, pos, endpos)`` for any of ``chars``: not None exactly when ``not chars.isdisjoint(
    text[pos:endpos])``, without the slice and a new str object per CJK character that ``isdisjoint`` costs
    (twice as fast per test; :func:`not_a_claim` makes several per candidate)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]" if chars else "(?!)").search


# The gates of :func:`not_a_claim`, built from the character sets above (they follow any edit of them).
_NEGATION_IN = _chars_search(_NEGATION_CHARS)
_DISBELIEF_IN = _chars_search(_DISBELIEF_CHARS)
_SCOPE_IN = _chars_search(_SCOPE_CHARS)
_FOOLED_IN = _chars_search(_FOOLED_CHARS)
_WARNING_IN = _chars_search(_WARNING_CHARS)


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Should the candidate ``text[start:end]`` (normalised text) be dropped by one of the scope rules?

    The hot path for the matcher: a category test and a few character-set tests decide, for most
    candidates, that no rule can apply, before any regex runs.
    """
    if category not in WARNING_CATEGORIES:
        return False
    lo = start - _REACH if start > _REACH else 0  # the context before: text[lo:start]
    negation = text[start] not in _SELF_NEGATED and _NEGATION_IN(text, lo, start) is not None
    disbelief = _DISBELIEF_IN(text, lo, start) is not None
    comparison = (
        category in COMPARISON_CATEGORIES
        and ("最" in text[start:end] or "第一" in text[start:end])
        and _SCOPE_IN(text, lo, start) is not None
    )
    fooled = (text.find("被", lo, start) != -1 or text.find("上", lo, start) != -1) and (
        _FOOLED_IN(text, end, end + _REACH) is not None
    )
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
    if _WARNING_IN(text, end, end + _WARNING_GAP + 4) is not None and _warning_after(text, end):
        return True
    if category in COMPARISON_CATEGORIES:
        if text.find("不", end, end + _REACH) != -1 and _disclaimed_after(text, end):
            return True  # 全网最低价这个我不敢说
        if text.find("《", max(0, start - _TITLE_REACH), start) != -1 and in_title(text, start, end):
            return True  # 《最好的我们》
    if not_asserted(text, start, end, category):
        return True
    if category in COMPARISON_CATEGORIES and picked_variant(text, start, end, category):
        return True
    if category in EFFECT_CATEGORIES and scopes_advice.not_claimed(text, start, end, category):
        return True  # 7. advice, care, one's own illness, a denied outcome (app.rules.scopes_advice)
    if category == "投资承诺" and scopes_advice.denied_promise(text, start, end, category):
        return True  # 雅思不一定稳过, 收益没有保障
    if category in _DISCLAIM_CATEGORIES and object_disclaimed(text, start, end, category):
        return True  # 八卦镜只是装饰品
    if category == "虚假紧迫" and (past_event(text, start, end, category) or numbered_edition(text, start, end, category)):
        return True  # 去年冬天卖断货了，今年备货多 / 全球限量五千只，表背都有编号
    if category == "医疗用语":
        return caution(text, start, end, category)
    if category == "导流私下交易":
        return platform_as_source(text, start, end, category) or channel_described(text, start, end, category)
    return category == "绝对化用语" and "据" in text[max(0, start - _SENTENCE_REACH) : start] and sourced_ranking(
        text, start, end, category
    )
