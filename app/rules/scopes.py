"""Context scopes in which a matched term is not a claim: negation/warning, and comparison inside one's own shop.

Generic rules, applied to a candidate hit (normalised text, ``[start, end)``) after the automaton found it. They
look at most ~16 characters either side, within the sentence; the context before the hit is read *backwards*
(the window reversed once, regexes written reversed and anchored with ``match``), so a candidate costs about a
microsecond or two, and nothing for the categories a rule does not concern. The matcher calls
:func:`not_a_claim` (engine request 1, see :mod:`app.rules.matcher_resolve`).

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

6. **Not asserted** (:func:`app.rules.scopes_asserted.not_asserted`): a question answered no, an A-not-A, a
   dismissal, a topic, a real qualification named, a restored regular price, a stated total, the shop's own 销冠.

5b. **A channel described** (:func:`channel_described`, 导流): paying on the platform, shopping advice, where one saw
   something (微信支付和支付宝都能用, 去淘宝买东西要认准正品) — unless it invites, names one's shop, a transfer or a deal.
5c. **An object disclaimed** (:func:`object_disclaimed`, 迷信/医疗用语): 八卦镜只是装饰品, 护身符只是个纪念品.
5d. **A past sell-out** (:func:`past_event`, 虚假紧迫): 去年冬天卖断货了，今年备货多 — unless pressure now follows;
    likewise a numbered edition (:func:`numbered_edition`: 全球限量五千只，表背都有编号).
5e/5f. **A disclaimer after the term, a title** (:mod:`app.rules.scopes_asserted`).
   Refusing a transaction (不支持/不接受/拒绝/不提供 + 私下转账/线下交易) is a negation like any other (rule 1), and
   a soft negation before a promise (雅思不一定稳过, 收益没有保障) denies it (:func:`scopes_advice.denied_promise`).
5g. **Batch 9's mention families** (:mod:`app.rules.scopes_answers`, :mod:`app.rules.scopes_mentions`): a reported
    question answered no (有宝宝问能不能加微信，不可以哈), a claim refused after it (押题这种事我们不做), 跟药效没关系, 唯一
    among one's own goods, a first-N gift whose count is shown, a search that leads back to this very listing.
7. **Advice, care, one's own illness, denied outcomes** (:mod:`app.rules.scopes_advice`, effect categories):
   咽炎的话少抽烟少喝酒, 甲状腺结节要定期复查, 主播前两天胃炎犯了, 湿疹一直没好利索, 口干多喝水就好了 — unless the
   product is brought in, used or recommended (高血压的喝这个就降了, 湿疹的宝宝用了就不痒).
8. **Batches 10–12** (:mod:`app.rules.scopes_denials`, ``scopes_own``, ``scopes_disclaimed``, ``scopes_replies``):
   要主播的微信，不给哈, 会升值吗？我不保证, 最好半年换一次, 能转运吗？转不了运, 消炎药我们不卖. A removed comma stops a
   negation (``breaks``, :func:`not_a_claim`): 什么风险都没有，稳赚不赔 is the promise.

Where the rules live: 1 and :func:`not_a_claim` here; 5e, 5f, 6, category sets: :mod:`app.rules.scopes_asserted`; 2–5d, 5g:
:mod:`app.rules.scopes_mentions`, :mod:`app.rules.scopes_answers`; 7, 8 as named; text windows: :mod:`app.rules.scopes_text`.
Thread-safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.rules import scopes_advice, scopes_denials, scopes_disclaimed, scopes_own, scopes_replies
from app.rules.scopes_answers import answered_no, refused_after, unrelated
from app.rules.scopes_asked import answered_yes
from app.rules.scopes_asserted import (
    _DISCLAIM_BUT,
    _DODGE_AFTER,
    _GUARANTEE_AFTER,
    _SELF_NEGATED,
    _TITLE_REACH,
    _WINK,
    NEGATION_CATEGORIES,
    WARNING_CATEGORIES,
    _disclaimed_after,
    in_title,
    not_asserted,
)
from app.rules.scopes_mentions import (
    _DISCLAIM_CATEGORIES,
    _SCOPE_CHARS,
    _SENTENCE_REACH,
    COMPARISON_CATEGORIES,
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
    same_listing,
    sourced_ranking,
)
from app.rules.scopes_negated import others_cannot
from app.rules.scopes_text import _REACH, _after, _before, _rev, chars_search, clause_start, none_at_all

# -- 1. negation / warning ---------------------------------------------------------------------------


_NEGATORS = (
    "千万不要|千万别|千万不能|一定不要|绝对不要|绝对不会|绝对不能|从来不|从来没有|从来没|从不|从没有|从没|不存在|"
    "绝不|决不|并不|并没有|并没|不会|不要|不能|不可以|不可能|不用|不需要|不必|无需|不敢|不得|不许|不准|"
    "请勿|切勿|严禁|禁止|拒绝|杜绝|谨防|警惕|提防|当心|小心|防止|举报|不代表|不等于|不意味着|冇话过|冇讲过|冇话|冇讲|唔会|唔使|唔准|"
    "不卖|不出售|不售|不支持|不接受|不提供|不开放|不允许|谈不上|称不上|算不上|说不上|没有|没|别|不"
)
# Light words allowed between the negator and the term (不要 相信 保本, 不会 让大家 去 淘宝, 千万不要 私下 转账).
_LIGHT = (
    "让大家|让你们|让你|叫大家|带大家|跟大家|给大家|所谓的|所谓|这种|那种|这些|那些|什么|任何|"
    "承诺|保证|宣传|相信|听信|轻信|随便|轻易|私下|参与|接受|进行|添加|加入|我们|咱们|大家|你们|主播|留下|留|公开|透露|"
    "一切|所有|任何形式的|支持|提供|线下|走|别的|其他的|其他|其它|另外的|额外的|多余的|"
    "疾病|预防|药物|医疗|保健|添加|私人|个人|别人|有人|他们|人家|网上|跟你|和你|给你|你|说|讲|提|信|让|叫|带|去|再|要|会|能|跟|和|给|找|用|做|搞|是|在|加"
)
_LIGHT_REV = rf"(?:{_rev(_LIGHT)}){{0,3}}"
_NEG_REV = re.compile(rf"{_LIGHT_REV}(?:{_rev(_NEGATORS)})")
# Disbelief is strong: up to six characters of anything between it and the claim (千万别相信那些说能根治…), unless own goods or a contrast (别信他们，我们这个能根治).
_DISBELIEF_REV = re.compile(
    r"(?P<gap>.{0,6}?)(?:(?:信轻|信听|信相|信|听|为以|为认|得觉|碰|与参|投|买)(?:要不|别|能不|可不|莫)(?:万千|定一|对绝|可)?"
    r"|望指(?:用不|要不|别|不)|防谨|惕警|防提|报举)"
)
_OWN_OR_CONTRAST = re.compile(r"我们|咱们|我家|咱家|本品|我的|但|可是|不过|其实|就说|只说|偏说|照说|就讲|偏要说")
# A denied effect (不能治病, 不具有疾病预防治疗功能, 并不能降血压) is no claim, but a negated harm (不伤身, 不反弹, 无副作用)
# *is* the claim: for 医疗/功效/化妆品 only strong negators, only before an effect, never for a hit that negates itself.
EFFECT_CATEGORIES = scopes_denials.EFFECT_CATEGORIES  # one set for all effect scopes (app.rules.scopes_text)
_EFFECT_NEGATORS = "不一定能|不一定会|不见得能|未必能|未必会|不一定|不见得|未必|冇话过|冇讲过|冇话|冇讲|唔系|唔会|不存在|不敢说|不会说|从不说|不说|没说过|没有说过|没讲过|没说|不宣传|不宣称|不承诺|不能代替|不可代替|不能替代|不具有|不具备|并不能|并不会|不可能|不可以|不属于|不用于|无法|没办法|没法|不能|不会|不是|并非|没有"
# 我们不说它能治病 / 从来不说这款能降血压: the goods named between the negator and the effect.
_EFFECT_NEG_REV = re.compile(rf"(?:{_rev(_LIGHT + '|它|这个|这款|本品|产品|可以')}){{0,3}}(?:{_rev(_EFFECT_NEGATORS)})")
_NO_GUARANTEE_REV = re.compile(r"(?P<gap>.{0,6}?)(?:证保敢不|证保不|证保能不|证保法没|证保法无|诺承不|诺承敢不)")
_EFFECT_CHARS = frozenset("治疗愈降抗消改善缓解修复增强提高美白祛淡瘦减生退止预防翻黑去除调养护排清替妆矫杀灭")  # r82: 不能代替母乳, 不是药妆; r137: 不能杀灭病毒
# 不能治病就是个按摩椅 / 不具备治疗作用，就是泡着舒服: after a denied effect, 就是 ("it is just") is no condition.
_EFFECT_CONDITION_AFTER = re.compile(r"(?:的话|就(?!是|只是|系|係)|才|怎么|咋|哪|吗|(?:能|可以)(?![^。！？!?吗]{0,4}的(?:宝|妈|姐妹|家人|朋友|人|孕妇|老人)))")  # r94: 能母乳的宝妈
_HARM_CHARS = frozenset("不无没零")
# 我们不敢说是最好的 / 这不是最便宜的: a disclaimed superlative — unless 但是 … follows (我不敢说是全网最低价，但是
# 你去比: the known dodge) or a guarantee (不是全网最低价就退差价).
_DISCLAIM_REV = re.compile(
    rf"(?:{_rev(_LIGHT + '|全网|全国|全行业|行业|市面上|同行|史上|同类|它|这|这个|这款|可')}){{0,4}}"
    rf"(?:{_rev('唔系|唔係|唔算|冇话|不存在|没资格说|没资格讲|轮不到我说|哪有什么|哪有|哪来的|哪敢说|哪能说|哪敢讲|哪敢吹|不保证|不敢保证|不能保证|没法保证|不敢说|不能说|不会说|不好说|不说|没说|从不说|从来不说|不敢吹|不吹|没吹|不夸|并不是|不是|不算|称不上|谈不上|不一定是|不会|不敢|从不|从来不|不能|无法|没法|不可能')})"
)
_NEGATION_CHARS = frozenset("不没无别非勿禁拒杜谨警提当小防举严哪唔冇未")
_DISBELIEF_CHARS = frozenset("信听防惕报以认觉碰参投买望")
# 别 in 特别/区别/告别 … is no negator; neither is 没 after 还 (还没加微信的: not yet).
_BIE_WORDS = frozenset("特区告类分性级识离派个辨差鉴")
_LEAVE = re.compile(r"走(?![线私后捷弯路])")  # r118: 排队的别走 只剩最后三件 — 别走 is "stay", it denies nothing
# A bare 不/没 + verb may be a condition: 不加微信的话 / 不加微信怎么拿优惠 (that asks you to add).
_CONDITION_AFTER = re.compile(r"(?:的话|就(?!只是|是(?:个|一|普通|单纯|纯|戴着|摆着|好看|装饰))|才|怎么|咋|哪|吗|能|可以)")
# 不会加微信的宝宝看这里 / 没关注的家人们: the negation picks out the viewers to address, it denies nothing
# (宝宝 is already collapsed to 宝 by the normaliser).
_ADDRESSED_AFTER = re.compile(r"的(?:宝|姐妹|家人|朋友|兄弟|老铁|小伙伴|亲|粉丝|新人|新朋友|同学|可以|赶紧|抓紧|快)")

_WARNING = re.compile(
    r"骗子|诈骗|骗局|骗人|骗钱|是假的|违法|违规|(?<!合)(?<!合法)不合法|(?<!合)(?<!合规)不合规|(?<!靠)(?<!靠谱)不靠谱|(?<!可)(?<!可信)不可信|(?<!能)不能信|"
    r"割韭菜|智商税|迷信|忽悠|瞎说|胡说|吹牛|虚假宣传|夸大宣传|心理作用|没有科学依据|没科学依据|不科学|伪科学|噱头|谣言|坑人|是坑|"
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
    if (head == "别" and (prev in _BIE_WORDS or _LEAVE.match(text, at + 1))) or text.startswith(("犹豫", "纠结", "磨蹭", "要犹豫"), at + 1):
        return False
    return not (head == "没" and prev == "还")


def _disbelieved(back: str, reach: int | None = None) -> bool:
    m = _DISBELIEF_REV.match(back)  # reach: the hit's clause before it; 别买 warns off that clause only (别买黑的，按八字选色)
    return bool(m) and not _OWN_OR_CONTRAST.search(m.group("gap")[::-1]) and (
        reach is None or m.end("gap") < reach or back[m.end("gap")] != "买")


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
    if m.group(0) in ("有没", "没") and none_at_all(text, start - m.end(), end):
        return False  # 什么风险都没有稳赚不赔 (said without a comma): the 没有 closes "no risk at all"
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
    tail = gap[-4:] if gap.endswith(("什么", "啥", "说", "讲", "我", "俺")) else gap[-2:]  # r115: 不是我瞎说
    return not any(ch in tail for ch in "不没非别")


def _effect_denied(text: str, start: int, end: int, back: str) -> bool:
    surface = text[start:end]
    if _EFFECT_CHARS.isdisjoint(surface) or not _HARM_CHARS.isdisjoint(surface):  # round 82: or 不保证百分之百有效, not turned back
        return _HARM_CHARS.isdisjoint(surface) and bool(_NO_GUARANTEE_REV.match(back, 0, 4)) and not _DISCLAIM_BUT.search(text, end, end + 12)
    m = _EFFECT_NEG_REV.match(back)
    used = m.end() if m else 0
    if not m and surface[0] in "能会" and back[:1] == "不":
        # 不能治关节炎 / 不会降血压: the hit starts with the modal its 不 negates.
        m = _EFFECT_NEG_REV.match(surface[0] + back)
        if m and m.end() < 2:
            m = None
        used = m.end() - 1 if m else 0
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
            and not others_cannot(text, start, end)  # 别家的不能去皱，我们这款可以: the contrast
            and not scopes_denials.winked_after(m.group(0), text, end)  # 不说它能治病，懂的都懂; 不一定能美白，但…
            and not answered_yes(text, start, end, start - used)  # 能不能治失眠？能啊 (app.rules.scopes_asked)
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
    if not any(w in m.group(0) for w in ("说", "吹", "夸", "讲", "证")):
        return not (_DISCLAIM_BUT.search(after) and re.search(r"去比|比比|比一下|比下|对比", after))  # 不是最低，但你去比比
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


# 谁说不能根治？ / 谁告诉你它不能降血压: a rhetorical question turns a denial back into the claim.
_RHETORICAL_REV = re.compile(r".{0,3}?(?:说谁|讲谁|诉告谁|的说谁|说个哪|说人么什)")
# Each warning word contains one of these: a set test spares the regex on most windows.
_WARNING_CHARS = frozenset("骗假违靠信韭税迷忽瞎胡吹虚夸理依科噱谣坑阱心惕慎当听扯鬼编乱")


# The gates of :func:`not_a_claim`, built from the character sets above (they follow any edit of them).
_NEGATION_IN = chars_search(_NEGATION_CHARS)
_DISBELIEF_IN = chars_search(_DISBELIEF_CHARS)
_SCOPE_IN = chars_search(_SCOPE_CHARS)
_FOOLED_IN = chars_search(_FOOLED_CHARS)
_WARNING_IN = chars_search(_WARNING_CHARS)
_NO_IN = chars_search(frozenset("不没唔冇别甭问問吗么嘛?？"))  # round 82: or a question (asked_declined reads 我哪知道, 只能说)
_UNRELATED_LAST = frozenset("跟和与同么啥")


def not_a_claim(text: str, start: int, end: int, category: str, breaks: Callable[[], tuple] | None = None) -> bool:
    """Should the candidate ``text[start:end]`` (normalised text) be dropped by one of the scope rules?

    The hot path: a category test and a few character-set tests decide, for most candidates, that no rule can
    apply. ``breaks()``: where removed commas stood (``Normalized.clause_breaks``); no negation reaches over one."""
    if category not in WARNING_CATEGORIES:
        return False
    lo = start - _REACH if start > _REACH else 0  # the context before: text[lo:start]
    negation = text[start] not in _SELF_NEGATED and _NEGATION_IN(text, lo, start) is not None
    disbelief = _DISBELIEF_IN(text, lo, start) is not None
    comparison = category in COMPARISON_CATEGORIES and ("最" in text[start:end] or "第一" in text[start:end]) and (
        _SCOPE_IN(text, lo, start) is not None)
    fooled = (text.find("被", lo, start) != -1 or text.find("上", lo, start) != -1) and (
        _FOOLED_IN(text, end, end + _REACH) is not None
    )
    if negation or disbelief or comparison or fooled:
        back = _before(text, start)
        # The hit's clause before it (a removed comma ends it): no negation, nor a 别买, reaches over it.
        reach = start - clause_start(start, len(back), breaks) if breaks is not None and (negation or disbelief) else None
        nback = back[:reach]
        if negation and nback and (
            (category in NEGATION_CATEGORIES and _negator_before(text, start, end, nback))
            or (category in EFFECT_CATEGORIES and _effect_denied(text, start, end, nback))
            or (category in COMPARISON_CATEGORIES and _disclaimed(text, start, end, nback))
        ):
            return True
        if disbelief and _disbelieved(back, reach):
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
    if not_asserted(text, start, end, category) or scopes_replies.mentioned(text, start, end, category):
        return True  # batch 12: 最好半年换一次, 能转运吗？转不了运, 消炎药我们不卖 (app.rules.scopes_replies)
    if (scopes_denials.denied_or_refused(text, start, end, category) or scopes_own.own_or_qualified(text, start, end, category)
            or scopes_disclaimed.disclaimed(text, start, end, category)):
        return True  # batch 10: 要主播的微信，不给哈 / 我们直播间给过的最低价; batch 11: 会升值吗？我不保证 / 调理不了肠胃病
    if _NO_IN(text, max(0, start - 14), end + _REACH) is not None and (
        answered_no(text, start, end, category) or refused_after(text, start, end, category)
    ):
        return True  # 有宝宝问能不能加微信，不可以哈 / 押题这种事我们不做 / round 82: 问是不是最好的，我哪知道啊
    if start and text[start - 1] in _UNRELATED_LAST and unrelated(text, start, end, category):
        return True  # 跟药效没关系
    if category == "绝对化用语" and internal_unique(text, start, end, category):
        return True  # 这几款里唯一一款带盖的
    if category in COMPARISON_CATEGORIES and picked_variant(text, start, end, category):
        return True
    if category in EFFECT_CATEGORIES and scopes_advice.not_claimed(text, start, end, category):
        return True  # 7. advice, care, one's own illness, a denied outcome (app.rules.scopes_advice)
    if category == "投资承诺" and scopes_advice.denied_promise(text, start, end, category, breaks):
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
