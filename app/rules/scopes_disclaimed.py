"""Context scopes, part 6 (batch 11): a claim asked about and not guaranteed, denied around it, or disowned.

- **A promise asked about, not guaranteed** (投资/迷信/effects/urgency): 这个镯子会升值吗？我不保证 / 能回本吗？这个真
  说不准 / 戴了能转运吗，我可不敢打包票 — the seller refuses to promise what was asked. A dodge (但是你懂的, 用了就知道)
  or a guarantee after it (不升值包退) keeps the claim.
- **A disease inside a denied effect** (医疗): 调理不了肠胃病 / 治不好你的老胃病 / 没法根治鼻炎 — the disease word (胃病,
  also inside 肠胃病) is the object of a denial. Not a relative clause (医院都治不好的胃病，喝它就好了), not what others
  cannot do (吃药治不好胃病), not a guarantee or a condition (治不好胃病全额退款, 治不好胃病的话…).
- **A list of claims dismissed as a whole** (all but 导流): 什么招财转运都是没有的 / 啥保本保息都不存在 / 招财转运这些都
  没有 — 什么 … 都没有, or the claims, a topic word and 都没有. Not a harm (什么副作用都没有, 什么风险都没有: that *is*
  the claim, 《广告法》第十七、二十五条).
- **A superlative asked about and answered no** (绝对化/价格): 这个鱼竿是不是最贵的？不是，店里最贵的是那根 / 算不算
  最便宜的？不算 — unless the answer is a guarantee (不是最低价退差价) or names an outside scope (不是，全网最低).
- **A book or a film named by its 《title》** (迷信/医疗): 这本《风水与古建筑》讲的是宅院布局 — the title names a work on
  the topic. Not when the title itself promises (《三天转运秘籍》, 《零基础学理财稳赚不赔》: 投资/功效 are never muted).
- **A personal, disclaimed opinion** (绝对化): 这是我个人用着最顺手的，不代表每个人都适合 / 对我来说最好用，因人而异 —
  one person's experience with a disclaimer after it; without the disclaimer it stays a claim.
- **A product name disclaimed** (迷信/医疗): 款式叫转运珠，就是个款名，跟运气没关系 / 名字叫招财猫，跟招财没关系 — the name
  said (叫, 名字, 款名) and disowned in the sentence.

``scopes.not_a_claim`` calls :func:`disclaimed`. Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_mentions import _EXTERNAL
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECT
from app.rules.scopes_text import _after, _sentence, chars_search

_COMPARISON = frozenset({"绝对化用语", "价格违规"})
_PROMISE = frozenset({"投资承诺", "迷信", "虚假紧迫"}) | _EFFECT
_TITLED = frozenset({"迷信", "医疗用语"})
_CLAUSE = "[^。！？!?；;\n]"
_DODGE = re.compile(r"但|可是|不过|懂的|都懂|你品|心里有数|用了就知道|试试就知道|你猜|不用我说")
_GUARANTEE = re.compile(r"退|赔|差价|找我|算我|不要钱|不收钱|免单|包[你换]")

# -- a promise asked about, not guaranteed ---------------------------------------------------------------
# 会升值吗？主播B：我不保证 — the question (吗/么/？, or 会不会/能不能 before the term), an optional speaker label, the refusal.
_ASKED_AFTER = re.compile(rf"(?:了|的|呢)?(?:吗|么|嘛)?[?？]?(?:{_CLAUSE}{{0,6}}[:：])?")
_ASKED_BEFORE = re.compile(rf"(?:能不能|会不会|可不可以|是不是|有没有|能否|问){_CLAUSE}{{0,8}}$")
_NOT_GUARANTEED = re.compile(
    r"(?:那|这个|这|这种事|这事)?(?:我|咱|主播|我们|谁)?(?:可|真|也|还真|是真|真的|都|也都)?"
    r"(?:不保证|不敢保证|不能保证|保证不了|没法保证|没办法保证|不敢打包票|不打包票|打不了包票|不好说|说不好|说不准|不敢说|不敢讲"
    r"|不承诺|不敢承诺|承诺不了|不一定|不知道|没人能保证|没人敢保证)"
    r"(?!假|谎|瞎|大话|虚|空话|半句|骗)"
)


def _not_guaranteed(text: str, start: int, end: int) -> bool:
    q = _ASKED_AFTER.match(text, end)
    asked = q.group(0) and (set(q.group(0)) & set("吗么嘛?？"))
    if not asked and not _ASKED_BEFORE.search(text, max(0, start - 10), start):
        return False
    m = _NOT_GUARANTEED.match(text, q.end())
    if not m:
        return False
    rest = _after(text, m.end(), 20)
    return not _DODGE.search(rest) and not _GUARANTEE.search(rest)


# -- a disease inside a denied effect (医疗) -------------------------------------------------------------
# 调理不了肠胃病 / 治不好你的老胃病 / 没法根治鼻炎 / 不能治疗高血压: the denial, then up to four characters (肠, 你的老)
# that do not start with 的 (医院都治不好的胃病 is a relative clause: the claim follows) nor bring in a contrast.
_VERB = "调理|治疗|根治|治愈|治|调|医|看|缓解|改善|解决|管|预防|消除"
_DENIED_EFFECT = re.compile(
    rf"(?:(?:{_VERB})(?:不了|不好)|(?:不能|不会|没法|无法|没办法|不可能|并不能|不是用来|不用来|不具备)(?:{_VERB})(?:好)?)"
    rf"(?P<gap>(?!的){_CLAUSE}{{0,4}})$"
)
_GAP_CONTRAST = re.compile(r"但|可|就|却|能|会|它|这|其实|只要|所有")
_OTHERS_BEFORE = re.compile(r"医院|医生|吃药|西药|中药|打针|输液|手术|别的|其他|别家|人家|多年|几十年|好多年|常规")
_ASSERTED_AFTER = re.compile(r"的话|就(?!是|只是)|才|吗|么|[?？]")


def _disease_denied(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 12)
    m = _DENIED_EFFECT.search(text, lo, start)
    if not m or _GAP_CONTRAST.search(m.group("gap")):
        return False
    if _OTHERS_BEFORE.search(text, max(0, m.start() - 8), m.start()) or re.search(r"谁说|谁讲|谁告诉", text[lo:start]):
        return False
    return not _ASSERTED_AFTER.match(text, end) and not _GUARANTEE.search(text, end, end + 8)


# -- a list of claims dismissed as a whole ---------------------------------------------------------------
_DISMISSED_AFTER = re.compile(
    rf"(?P<list>{_CLAUSE}{{0,6}}?)(?P<topic>之类的?|这些|这种|那些|什么的|等等)?(?:的)?(?:功效|作用|效果|说法|事)?(?:它|这个)?"
    r"(?:都|也|全|统统|一概)(?:是)?(?:没有(?!问题|副作用|刺激|负担|添加|区别|差别|压力|难度|毛病)|不存在|没用|不管用|不可能|谈不上|做不到|办不到|不会有|不灵|没那回事|没这回事|不是真的)"
)
# 什么减肥方法都没用，只有这款有效: others dismissed, one's own goods then claimed.
_ONLY_OURS = re.compile(r"只有|除了|唯独|只能靠|还得是|我们|咱们|这款|这个|它|用了|喝了|吃了|戴了")
_HARM = re.compile(r"副作用|风险|激素|依赖|刺激|伤|毒|反弹|添加|负担|后遗症|问题|门槛|限制|隐患|损失|亏|不|无|没|零")


def _list_dismissed(text: str, start: int, end: int) -> bool:
    m = _DISMISSED_AFTER.match(text, end)
    asked_any = text.endswith(("什么", "啥"), 0, start) or "什么" in text[start:end] or "啥" in text[start:end]
    if not m or not (m.group("topic") or asked_any):
        return False
    rest = _after(text, m.end(), 12)
    return not _HARM.search(text[start:end] + m.group("list")) and not _DODGE.search(rest) and not _ONLY_OURS.search(rest)


# -- a superlative asked about and answered no -----------------------------------------------------------
# 是不是最贵的？不是，店里最贵的是那根: the question before the term, its rest (贵的), ？/吗, a speaker label, the no.
_QUESTION_BEFORE = re.compile(rf"(?:是不是|算不算|是否|算是|有没有){_CLAUSE}{{0,6}}$")
_ANSWERED_NOT = re.compile(
    rf"{_CLAUSE}{{0,5}}?(?:吗|么|呢)?[?？](?:{_CLAUSE}{{0,6}}[:：])?(?:那|这个|这)?(?:可|还真|真|也|当然|肯定|倒|那倒|并)?"
    r"(?:不是|不算|没有|算不上|称不上)(?!一般|一点|盖|吹|开玩笑|我吹|我说|之一|比|更|哪|谁|第二)"
)


def _superlative_answered_not(text: str, start: int, end: int) -> bool:
    if not _QUESTION_BEFORE.search(text, max(0, start - 10), start):
        return False
    m = _ANSWERED_NOT.match(text, end)
    if not m:
        return False
    rest = _after(text, m.end(), 20)
    return not _GUARANTEE.search(rest) and not _EXTERNAL.search(rest)


# -- a 《title》 naming a work ----------------------------------------------------------------------------
_WORK = re.compile(r"书|本|部|册|读物|绘本|纪录片|电影|片子|剧|节目|专着|着作|教材|文集|作者|出版|讲的是|写的是|历史类|小说")
_TITLE_PROMISE = re.compile(r"秘籍|秘诀|速成|包|保你|必|一定|稳|就能|就会|马上|立刻|轻松|[一二三四五六七八九十百0-9]+天")


def _work_title(text: str, start: int, end: int) -> bool:
    lo = text.rfind("《", max(0, start - 24), start)
    if lo == -1 or text.find("》", lo, start) != -1:
        return False
    hi = text.find("》", end, end + 24)
    if hi == -1 or text.find("《", end, hi) != -1 or _TITLE_PROMISE.search(text, lo, hi):
        return False
    return bool(_WORK.search(text, max(0, lo - 6), lo) or _WORK.search(text, hi + 1, hi + 10))


# -- a personal, disclaimed opinion (绝对化) -------------------------------------------------------------
_PERSONAL_BEFORE = re.compile(
    rf"(?:我个人|个人|我自己|我本人|对我来说|就我而言|对我而言|我觉得|我感觉|我自己觉得){_CLAUSE}{{0,8}}$"
)
_DISCLAIMER_AFTER = re.compile(
    rf"{_CLAUSE}{{0,10}}?(?:不代表|因人而异|仅供参考|只供参考|个人感受|个人喜好|个人习惯|看个人|萝卜青菜"
    r"|每个人(?:的)?(?:情况|感受|需求|喜好|口味|习惯)?(?:都)?(?:不一样|不同)|不一定适合)"
)


def _personal_opinion(text: str, start: int, end: int) -> bool:
    p = _PERSONAL_BEFORE.search(text, max(0, start - 14), start)
    if not p or _EXTERNAL.search(text, p.start(), end):
        return False  # 我觉得这是全网最好用的: an outside scope is no personal taste
    after = _after(text, end, 40)
    m = _DISCLAIMER_AFTER.match(after)
    return bool(m) and not _DODGE.search(after, m.end(), m.end() + 12)


# -- a product name disclaimed (迷信/医疗) ----------------------------------------------------------------
_NAMED = re.compile(r"叫|名字|名称|款名|品名|取名|起名|命名|系列")
_NAME_DISOWNED = re.compile(
    r"(?:只是|就是|不过是|仅仅是|纯粹是|其实是)(?:个|一个)?(?:款式|款|造型|产品|商品|品)?的?(?:名字|名称|叫法|称呼|款名|品名|名)"
    r"|(?:跟|和|与)(?:什么|啥)?(?:运气|运势|财运|好运|招财|转运|风水|寓意|功效|效果|疗效|作用|治病|健康)"
    r"(?:都|也|可|完全|根本|一点|压根)?(?:没关系|没有关系|没啥关系|没什么关系|没有任何关系|毫无关系|无关)"
)


def _name_disowned(text: str, start: int, end: int) -> bool:
    sentence, lo = _sentence(text, start, end)
    if not _NAMED.search(sentence, max(0, start - lo - 6), end - lo):
        return False
    m = _NAME_DISOWNED.search(sentence, end - lo)
    return bool(m) and not _DODGE.search(sentence, end - lo, m.start())


# Cheap gates: every case needs one of these characters near the hit.
_REFUSAL_IN = chars_search("保说准诺定知票")
_NO_IN = chars_search("不没无")
_ALL_IN = chars_search("都也全统一")
_DISOWN_IN = chars_search("关名称呼")
_PERSONAL_IN = chars_search("我个")


def disclaimed(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate one of batch 11's disclaimed, dismissed or disowned mentions (see the module doc)?"""
    if category in _PROMISE and _REFUSAL_IN(text, end, end + 24) and _not_guaranteed(text, start, end):
        return True
    if category in _COMPARISON:
        if _NO_IN(text, end, end + 24) and _superlative_answered_not(text, start, end):
            return True
        return category == "绝对化用语" and bool(_PERSONAL_IN(text, max(0, start - 14), start)) and _personal_opinion(
            text, start, end
        )
    if category == "导流私下交易":
        return False
    if category == "医疗用语" and _NO_IN(text, max(0, start - 12), start) and _disease_denied(text, start, end):
        return True
    if _ALL_IN(text, end, end + 16) and _list_dismissed(text, start, end):
        return True
    if category in _TITLED:
        if text.find("《", max(0, start - 24), start) != -1 and _work_title(text, start, end):
            return True
        return bool(_DISOWN_IN(text, end, end + 30)) and _name_disowned(text, start, end)
    return False
