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

5g. **Batch 9's mention families** (:mod:`app.rules.scopes_mentions`): a question answered no, reported or with its
    question word after the term (有宝宝问能不能加微信，不可以哈 / 可以加微信不？不可以 — :func:`answered_no`; the A-not-A
    inside a pattern hit, 有人问考证包不包过, in :func:`not_asserted`); a claim refused right after it by the seller
    (押题这种事我们不做 — :func:`refused_after`); a term said to be unrelated (跟药效没关系 — :func:`unrelated`); 唯一
    among one's own goods (这几款里唯一一款带盖的 — :func:`internal_unique`); a first-N gift whose remaining count is
    shown (:func:`counted_offer`); a search that leads back to this very listing (:func:`same_listing`). An effect
    denied with the goods named in between (我们不说它能治病) or by 不具有 before the hit's own 有 is rule 1.
7. **Advice, care, one's own illness, denied outcomes** (:mod:`app.rules.scopes_advice`, effect categories):
   咽炎的话少抽烟少喝酒, 甲状腺结节要定期复查, 主播前两天胃炎犯了, 湿疹一直没好利索, 口干多喝水就好了 — unless the
   product is brought in, used or recommended (高血压的喝这个就降了, 湿疹的宝宝用了就不痒).

Where the rules live: 1, 5e, 5f, 6 and :func:`not_a_claim` here; 2, 3, 4, 5, 5b, 5c, 5d, 5g and the numbered
edition in :mod:`app.rules.scopes_mentions`; 7 in :mod:`app.rules.scopes_advice`; the text windows they share in
:mod:`app.rules.scopes_text`. Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules import scopes_advice
from app.rules.patterns import NUMBER_RX, UNIT_RX
from app.rules.scopes_mentions import (
    _DISCLAIM_CATEGORIES,
    _EXTERNAL,
    _SCOPE_CHARS,
    _SENTENCE_REACH,
    _SHOP,
    COMPARISON_CATEGORIES,
    answered_no,
    caution,
    channel_described,
    counted_offer,
    internal_comparison,
    internal_unique,
    no_best_only_fit,
    numbered_edition,
    object_disclaimed,
    past_event,
    picked_variant,
    platform_as_source,
    refused_after,
    same_listing,
    sourced_ranking,
    unrelated,
)
from app.rules.scopes_text import _REACH, _SENTENCE, _after, _before, _rev, _sentence

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
    "承诺|保证|宣传|相信|听信|轻信|随便|轻易|私下|参与|接受|进行|添加|加入|我们|咱们|大家|你们|主播|留下|留|公开|透露|"
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
_EFFECT_NEGATORS = "不存在|不敢说|不会说|从不说|不说|没说过|没有说过|没讲过|没说|不宣传|不宣称|不承诺|不能代替|不可代替|不能替代|不具有|不具备|并不能|并不会|不可能|不可以|不属于|不用于|无法|不能|不会|不是|并非|没有"
# 我们不说它能治病 / 从来不说这款能降血压: the goods named between the negator and the effect.
_EFFECT_NEG_REV = re.compile(rf"(?:{_rev(_LIGHT + '|它|这个|这款|本品|产品')}){{0,3}}(?:{_rev(_EFFECT_NEGATORS)})")
_NO_GUARANTEE_REV = re.compile(r"(?P<gap>.{0,6}?)(?:证保敢不|证保不|证保能不|证保法没|证保法无|诺承不|诺承敢不)")
_EFFECT_CHARS = frozenset("治疗愈降抗消改善缓解修复增强提高美白祛淡瘦减生退止预防")
# 不能治病就是个按摩椅 / 不具备治疗作用，就是泡着舒服: after a denied effect, 就是 ("it is just") is no condition.
_EFFECT_CONDITION_AFTER = re.compile(r"(?:的话|就(?!是|只是)|才|怎么|咋|哪|吗|能|可以)")
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
    used = m.end() if m else 0
    if not m and surface[0] == "有":
        # 不具有治疗作用 / 并没有降糖效果: the hit's own 有 ends the negator (不具有, 没有).
        m = _EFFECT_NEG_REV.match("有" + back)
        if m and m.end() < 2:
            m = None
        used = m.end() - 1 if m else 0
    if m:
        return (
            not _EFFECT_CONDITION_AFTER.match(text, end)
            and not _RHETORICAL_REV.match(back, used)
            and not _GUARANTEE_AFTER.search(text, end, end + 8)  # 不能祛斑全额退款: the refund promise
        )
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


# -- 6. not asserted: questions answered no, indifference, dismissals, topics, real qualifications ----

# 这个能治脚气吗？不能啊 — a yes/no question about the claim, answered no in the next words, asserts nothing.
# (谁说不能根治？ is no yes/no question with a no-answer: it stays a claim, see _RHETORICAL_REV.)
_ANSWERED_NO = re.compile(
    r"[^。！!；;\n]{0,12}?吗[?？]?(?:[^。！!?？；;\n:：]{0,6}[:：])?(?:那)?"
    r"(?:不能(?!不)|不行|不可以|不会(?!有比|再有)|没有(?!比|之一|第二|哪|谁|什么比|更)|没用|不是(?!一般|一点|盖|吹|开玩笑|我吹|我说)"
    r"|并不能|当然不(?!止|仅|光|只)|肯定不(?!止|仅|光|只)|那可不(?!是)|治不了|不管用|做不到|没那么神"
    r"|(?:去|治|消|降|祛|美白|白|瘦|长|办|解决|管|根治|医|保证)不了)"  # 能去皱吗？去不了 (not 少不了/错不了: a yes)
)
# (An emphatic yes looks like a no: 能美白吗？不是一般的白 / 能降血压吗？当然不止降血压 / 没有比它更好的.)
# 招不招财 / 开光不开光 / 降不降血压: an A-not-A question or an indifference (不管招不招财) about the claim. For a
# diversion an A-not-A is still the invitation (加不加微信), so not for 导流/数据造假.
_A_NOT_A_EXCLUDED = frozenset({"导流私下交易", "数据造假"})
_A_NOT_A_IN = re.compile(r"([\u4e00-\u9fff])不\1")


def _asked_inside(text: str, start: int, end: int) -> bool:
    """Is there an A-not-A question inside the hit (有人问考证包不包过)? Asked (问 before it, or 吗/? after it) and
    not 包过，不过全额退 (commas are gone after normalising: 过不过 there is a guarantee, not a question)."""
    m = _A_NOT_A_IN.search(text, start, end)
    if not m or _GUARANTEE_AFTER.search(text, m.end(), m.end() + 6):
        return False
    return text.find("问", max(0, start - 12), start) != -1 or text[end : end + 1] in ("吗", "?", "？", "呢")
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
    if category not in _A_NOT_A_EXCLUDED and text.find("不", start + 1, end - 1) != -1 and _asked_inside(text, start, end):
        return True  # 有人问考证包不包过: the A-not-A inside a pattern hit
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
_NO_IN = _chars_search(frozenset("不没唔冇别甭"))
_UNRELATED_LAST = frozenset("跟和与同么啥")


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
        if text.find("只有", end, end + _REACH) != -1 and no_best_only_fit(text, start, end, category):
            return True  # 没有最好的，只有适合宝宝的
        if text.find("不", end, end + _REACH) != -1 and _disclaimed_after(text, end):
            return True  # 全网最低价这个我不敢说
        if text.find("《", max(0, start - _TITLE_REACH), start) != -1 and in_title(text, start, end):
            return True  # 《最好的我们》
    if not_asserted(text, start, end, category):
        return True
    if _NO_IN(text, end, end + _REACH) is not None and (
        answered_no(text, start, end, category) or refused_after(text, start, end, category)
    ):
        return True  # 有宝宝问能不能加微信，不可以哈 / 押题这种事我们不做
    if start and text[start - 1] in _UNRELATED_LAST and unrelated(text, start, end, category):
        return True  # 跟药效没关系
    if category == "绝对化用语" and internal_unique(text, start, end, category):
        return True  # 这几款里唯一一款带盖的
    if category in COMPARISON_CATEGORIES and picked_variant(text, start, end, category):
        return True
    if category in EFFECT_CATEGORIES and scopes_advice.not_claimed(text, start, end, category):
        return True  # 7. advice, care, one's own illness, a denied outcome (app.rules.scopes_advice)
    if category == "投资承诺" and scopes_advice.denied_promise(text, start, end, category):
        return True  # 雅思不一定稳过, 收益没有保障
    if category in _DISCLAIM_CATEGORIES and object_disclaimed(text, start, end, category):
        return True  # 八卦镜只是装饰品
    if category == "虚假紧迫" and (
        past_event(text, start, end, category)
        or numbered_edition(text, start, end, category)
        or counted_offer(text, start, end, category)
    ):
        return True  # 去年冬天卖断货了，今年备货多 / 全球限量五千只，表背都有编号
    if category == "医疗用语":
        return caution(text, start, end, category)
    if category == "导流私下交易":
        return (
            platform_as_source(text, start, end, category)
            or channel_described(text, start, end, category)
            or same_listing(text, start, end, category)
        )
    return category == "绝对化用语" and "据" in text[max(0, start - _SENTENCE_REACH) : start] and sourced_ranking(
        text, start, end, category
    )
