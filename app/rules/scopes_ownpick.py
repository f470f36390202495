"""Context scopes: one's own pick, taste or habit among the shop's variants, and the viewers' own asked.

:func:`app.rules.scopes_replies.mentioned` calls :func:`own_pick_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A viewer asked** (:func:`viewers_asked`, bare 最): 大家|你们|家人们 + 最 + 喜欢|想要|常用 … + 哪|什么|啥 (大家最喜欢哪个颜色可以打在公屏上). (from
   round 42)
2. **One's own taste** (:func:`own_taste`, bare 最): 我自己|主播自己|我本人|私心 + 最 + 喜欢|爱|偏爱|中意 (这款外套我自己最喜欢黑色, 主播自己最爱这个杏色) —
   the speaker's taste, like 我个人最喜欢 (an exemption of the 最 row). Round 74: one's own family or pet too (我家老太太最爱吃,
   我闺女最喜欢这个色) — never the shop's 我们家最…. Round 80: the speaker's own use with a handling word (我用着最顺手的, 我自己用下来最习惯,
   主播拿着最趁手) — not 最好|最舒服 (a quality claim). (from round 45)
3. **A product's own mode** (:func:`own_mode`, 绝对化用语): 模式|档|挡|档位 right before 最温和|最柔和|最轻柔 (敏感模式最温和, 三个档位里一档最柔和).
   (from round 48)
4. **The viewers' concern** (:func:`viewers_concern`, 绝对化用语): a bare 最 before 关心|在意|看重|担心|关注|纠结 with the viewers as
   subject (大家最关心的就是安全, 姐妹们最在意的是掉不掉色) or echoing such a question just asked (…最关心的是什么? 最关心的肯定是安全) — what the
   audience cares about, not a ranking of the goods. (from round 60)
5. **Fit advice per kind of user** (:func:`fit_per_user`, 绝对化用语): 最合适|最适合|最好 right after a kind of user and the
   choice (侧睡的人用高款最合适, 个子矮的选小号最合适), with another kind and its own choice in the same sentence (平躺的选矮款, 脚瘦的拿正码) — the
   item's own variants matched to users, not the goods ranked against others. Without the second choice (敏感肌的人用最合适)
   it stays a claim; never with an outside scope (全网, 市面上 …). Round 80 (:func:`fit_per_use`): one use, then another
   with its own how-to (这个大米煮粥最合适，蒸饭的话水少放一点, 这口锅炖汤最适合，炒菜的话火别太大) — the item's uses told apart; a use alone (炖汤最合适)
   stays a claim. (from round 68)
6. **The speaker's own pick** (:func:`own_pick`, bare 最; widens round 45's own_taste): 我|俺|我个人 + 最 + 喜欢|爱|钟意|稀罕|推荐
   (我最推荐的是三十二厘米的, 我啊我最喜欢小号的, 几款月饼入面我最钟意嘅系奶黄) — round 45 wanted 我自己/私心 first. Never 我们/我哋 (the shop ranks itself).
   Also the taste asked of the other (你最喜欢哪个, 大家最爱什么味). (from round 85)
7. **An opinion framed as one's own** (:func:`own_opinion`): 我个人觉得 / 我自己感觉 … 最好看|好吃|舒服 (我个人觉得配我们家的方格本最好看) — a taste,
   as round 45's 我个人最喜欢. Plain 这条裙子最好看 stays a claim. (from round 85)
8. **Round 94: the set named earlier carries over** (:func:`set_carries_over`, 绝对化/价格): once the sentence (or the
   question just before, across ？) has named one's own set — 这几款坚果里, 三个规格里, 哪个口味, 这三支口红 — a later superlative in it
   ranks the same set (…后台这周卖得最多, …单价最低, 咱家就是蜜汁的卖得最好, 上我嘴最显白的是正红); the figure before 最大|最小 of a size (四十五码就是最大的了,
   XXL是最大的); and 最便宜的那个 with a sibling's price after (大碗贵点). An outside scope anywhere in the reach (全网, 市面上, 别家,
   品牌|牌子 …) keeps the claim. (from round 85)
9. **One's own household's taste and frequency** (F7, widens round 45's own_taste and round 85's own_pick): 老公最爱吃的,
   我妈最喜欢, 家里老人最爱喝 — and 最常 of one's own habit (我自己最常戴的是这条细的, 我最常用的是小号). (from round 88)
10. **The item's own sizes** (F7, widens round 57's size_range): 有三个尺寸，最小的适合一个人用, 大中小三款最大的能炖一只鸡. (from round 88)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_lists import _END, _FORBIDDEN_AFTER, _QUOTE_SAY_BEFORE, _outside, _outside_advice_on_use
from app.rules.scopes_text import _sentence

# -- a viewer asked --------------------------------------------------------------------------------------------------

_VIEWERS_BEFORE = re.compile(r"(?:大家|你们|家人们|姐妹们|宝们|宝子们|朋友们|兄弟们|老铁们|各位|宝)(?:平时|一般|都|平常)?$")

_LIKE_ASKED_AFTER = re.compile(rf"(?:喜欢|想要|想看|想买|爱|关心|在意|看重|常用|常穿|常吃|常喝|需要|纠结)[^{_END}]{{0,3}}?(?:哪|什么|啥|几)")


def viewers_asked(text: str, start: int, end: int) -> bool:
    """Is the bare 最 in a question to the viewers (大家最喜欢哪个颜色)?"""
    return bool(_VIEWERS_BEFORE.search(text, max(0, start - 6), start)) and bool(_LIKE_ASKED_AFTER.match(text, end))


# -- one's own taste -------------------------------------------------------------------------------------------------

# round 74: one's own family or pet (我家老太太最爱吃, 我闺女最喜欢, 俺家狗子最爱) — a person's taste, never the shop (我们家最…).
_KIN = (
    r"(?:我|俺|我家|俺家|我们家|咱家)(?:的)?(?:老太太?|老爷子|老人家?|老妈|老爸|爸爸?|妈妈?|奶奶?|爷爷?|姥姥?|姥爷|外婆|外公|婆婆?|公公?|"
    r"老公|老婆|媳妇儿?|对象|孩子|小孩子?|娃|闺女|儿子|女儿|小朋友|家宝|大宝|二宝|猫咪?|狗狗?|狗子|主子|妹妹?|弟弟?|姐姐?|哥哥?|一家老小|全家)"
)

_SELF_BEFORE = re.compile(
    rf"(?:(?:我|主播|俺|我们主播)(?:自己|本人)|私心|我私心|我本人|{_KIN})(?:们)?(?:平时|一直|也|就|还是|其实|真的|特别|从小)?$"
)

_TASTE_AFTER = re.compile(r"(?:喜欢|爱|偏爱|中意|钟意|稀罕|偏向|迷)")

# round 80: the speaker's own use (我用着最顺手的, 我自己用下来最习惯, 主播穿着最喜欢) — a handling word, never 好|舒服|强.
_SELF_USE_BEFORE = re.compile(
    r"(?<![们家])(?:我|俺|主播)(?:自己|本人|个人)?(?:平时|一直)?(?:用着|用起来|用下来|使着|使起来|穿着|戴着|拿着|握着|开着)(?:也|还是)?$"
)

_HANDLING_AFTER = re.compile(r"(?:顺手|趁手|称手|习惯|喜欢|上手)")


def own_taste(text: str, start: int, end: int) -> bool:
    """Is the bare 最 the speaker's own taste (我自己最喜欢黑色, 我用着最顺手)?"""
    if _HANDLING_AFTER.match(text, end) and _SELF_USE_BEFORE.search(text, max(0, start - 10), start):
        return True
    return bool(_TASTE_AFTER.match(text, end)) and bool(_SELF_BEFORE.search(text, max(0, start - 12), start))


# -- a product's own mode --------------------------------------------------------------------------------------------

_MODE_BEFORE = re.compile(r"(?:模式|档|挡|档位|挡位)(?:下|里|的话)?(?:是)?$")


def own_mode(text: str, start: int, end: int) -> bool:
    """Is the gentlest one of the product's own modes (敏感模式最温和)?"""
    surface = text[start:end]
    return surface.startswith(("最温和", "最柔和", "最轻柔")) and bool(_MODE_BEFORE.search(text, max(0, start - 5), start))


# -- the viewers' concern --------------------------------------------------------------------------------------------

_CONCERN = re.compile(r"(?:关心|在意|看重|担心|关注|纠结|顾虑)")

_VIEWERS_BEFORE_VIEWERS_CONCERN = re.compile(
    r"(?:大家|你们|家人们|姐妹们|宝宝们|宝们|宝子们|朋友们|兄弟们|老铁们|各位|宝妈们|妈妈们|新手|买家|顾客|客户)"
    r"(?:平时|一般|都|平常|其实|可能)?$"
)


def viewers_concern(text: str, start: int, end: int) -> bool:
    """Is the bare 最 what the viewers care about (大家最关心的是安全, or its echo after the question)?"""
    m = _CONCERN.match(text, end)
    if not m:
        return False
    if _VIEWERS_BEFORE_VIEWERS_CONCERN.search(text, max(0, start - 6), start):
        return True
    asked = text.rfind(text[start : m.end()], max(0, start - 30), start)
    return asked != -1 and text.find("?", asked, start) != -1


# -- fit advice per kind of user -------------------------------------------------------------------------------------

_FIT_HEADS = ("最合适", "最适合", "最好")

# Read backwards from the hit: a choice verb (+ a variant of at most four characters) after a kind of user
# (…的, …的人, 个子矮的, 侧睡的人用): 用高款最合适 reversed is 适合最款高用.
_USER_CHOICE_REV = re.compile(
    r"(?:就|都)?(?:[^\s的是这那它们家]{0,4}?)(?:用|选|穿|戴|拿|挑|买|睡|配)(?:就|都|以可|议建)?(?:们)?(?:人|友朋|宝|妹姐|人家)?的"
)

# After the hit: another kind of user and its own variant (平躺的选矮款, 脚瘦的拿正码, 仰睡的人就用低款) —
# 平躺的人用也舒服 names no variant and is the goods praised again.
_OTHER_CHOICE = re.compile(
    rf"[^{_END}]{{0,10}}?的(?:人|朋友|宝|姐妹|家人)?(?:们)?(?:就|可以|建议)?(?:用|选|穿|戴|拿|挑|买|配)"
    rf"[^{_END}]{{0,4}}?(?:款|号|码|版|型|尺寸|尺码|档|规格)"
)

_OUTSIDE_FIT_PER_USE = re.compile(r"全网|全国|全球|行业|市面|市场|同类|同价位|史上|别家|所有人")

# round 80: one use of the goods, then another with its own how-to (这个大米煮粥最合适，蒸饭的话水少放一点; 这口锅炖汤最
#适合，炒菜的话火别太大) — the item's uses told apart, not the goods ranked. A use alone (炖汤最合适) stays a claim.
_USE_VERB_FIT_PER_USE = r"(?:煮|蒸|炖|炒|泡|冲|烤|煎|炸|熬|拌|凉拌|榨|腌|卤|包|切|剁|削|装|盛|擦|刷|洗|钓|喂|种|做|打|磨|沏|焖|涮|烙)"

_USE_BEFORE = re.compile(rf"(?:用来|拿来|用它)?{_USE_VERB_FIT_PER_USE}[^{_END}的是最我们家]{{0,3}}?(?:的时候|时)?(?:就|都|是)?$")

_OTHER_USE = re.compile(
    rf"(?:了|啊|哈|呀)?(?:要是|如果|但)?(?:用来|拿来)?(?:冷|热|清|生|干|油|水|慢|快|红)?{_USE_VERB_FIT_PER_USE}[^{_END}最]{{0,3}}?(?:的话|的时候|时候)"
)


def fit_per_use(text: str, start: int, end: int) -> bool:
    """Is the 最合适 hit one use of the goods told apart from another (煮粥最合适，蒸饭的话水少放一点)?"""
    if not _USE_BEFORE.search(text, max(0, start - 8), start) or not _OTHER_USE.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE_FIT_PER_USE.search(sentence)


def fit_per_user(text: str, start: int, end: int) -> bool:
    """Is the 最合适 hit fit advice matching the item's variants to kinds of users (侧睡的人用最合适，平躺的选矮款)?"""
    if fit_per_use(text, start, end):
        return True
    lo = max(0, start - 12)
    if not _USER_CHOICE_REV.match(text[lo:start][::-1]):
        return False
    if not _OTHER_CHOICE.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE_FIT_PER_USE.search(sentence)


NUMERALS94 = "0-9一二两三四五六七八九十俩仨"


# -- the speaker's own pick ------------------------------------------------------------------------------------------

_PICK_AFTER = re.compile(r"(?:喜欢|爱|偏爱|中意|钟意|稀罕|偏向|推荐|推介|想推荐|种草|想要|想入|想买|想拍|想收|馋)")  # r91: 我最想要雾蓝

_SPEAKER_BEFORE = re.compile(
    r"(?<![们哋家])(?:我|俺|主播)(?:个人|自己|自个儿|自个|本人|私心)?(?:啊我|呀我|吧我|嘛我)?"
    r"(?:平时|一直|也|就|还是|其实|真的|特别|最近|今天|今年|这次)?$"
)

_ASKED_SPEAKER = re.compile(r"(?:你|您|你们|大家|宝们?|家人们|姐妹们|老铁们)(?:自己|自个儿)?(?:平时|一般|都)?$")

_ASKED_AFTER_OWN_PICK = re.compile(rf"[^{_END}]{{0,6}}?(?:哪|什么|啥|谁|几)")


def own_pick(text: str, start: int, end: int) -> bool:
    """Is the bare 最 the speaker's own pick (我最推荐的是三十二厘米的) or the taste asked (你最喜欢哪个)?"""
    m = _PICK_AFTER.match(text, end)
    if not m or _outside(text, start, end):
        return False
    lo = max(0, start - 10)
    if _SPEAKER_BEFORE.search(text, lo, start):
        return True
    return bool(_ASKED_SPEAKER.search(text, lo, start)) and bool(_ASKED_AFTER_OWN_PICK.match(text, m.end()))


# -- an opinion framed as one's own ----------------------------------------------------------------------------------

_OPINION_BEFORE = re.compile(
    rf"(?:我|俺|主播)(?:个人|自己|本人|私心)(?:觉得|感觉|认为|看来|来看|来说)[^{_END}最]{{0,16}}$|私心(?:觉得|来说)[^{_END}最]{{0,16}}$"
)

_TASTE_WORD = re.compile(r"(?:好看|漂亮|美|好吃|好喝|好闻|舒服|喜欢|顺眼|合适|百搭|显白|耐看|可爱)")


def own_opinion(text: str, start: int, end: int) -> bool:
    """Is the superlative of taste framed as the speaker's own (我个人觉得配我们家的方格本最好看)?"""
    if not _TASTE_WORD.match(text, start + 1) or _outside(text, start, end):
        return False
    return bool(_OPINION_BEFORE.search(text, max(0, start - 24), start))


# -- round 94: the set named earlier carries over --------------------------------------------------------------------

_SET_NAMED = re.compile(
    rf"[这那]?(?:[{NUMERALS94}]+|几)(?:个|款|种|支|瓶|样|件|双|条|盒|罐|袋|只|把|档|套)[^{_END}?？]{{0,4}}?(?:里面|里头|当中|之中|入面|里|中)"
    r"|哪(?:一)?(?:个|款|种|样)?(?:口味|味道|颜色|色号|规格|尺码|款式|型号|链接|套餐|味|色)"  # not a bare 哪个|哪款 (哪个最便宜？就是我们家的)
)

# 这三支口红上我嘴最显白的是正红: a bare counted set (no 里) only when the superlative then picks one out (的是 …)
_SET_BARE = re.compile(rf"[这那](?:[{NUMERALS94}]+|几)(?:个|款|种|支|瓶|样|件|双|条|盒|罐|袋|只|把|套)[\u4e00-\u9fff]")

_PICKS_OUT = re.compile(r"[\u4e00-\u9fff]{0,3}?的(?:就是|是|要数|还是|当属)")

_REACH_OUTSIDE = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同价位|市面|市场|网上|所有|任何|天下|史上|历史|业内|大牌|别家|其他家|外面|全平台|没有之一"
    r"|品牌|牌子|厂家|商家|别的主播|其他主播"  # 这几个品牌里最好的就是它 ranks brands
)

_SIZE_BEFORE = re.compile(rf"(?:{NUMBER_RX}(?:码|号|尺)|[2-6二三四五六]?x{{0,3}}[sml](?:码|号)?)(?:的)?(?:就是|就算|也就|是|算|就|算是)?$")

_SIZE_END = re.compile(r"最(?:大|小)(?:的)?(?:码|号)?(?:了|啦|咯)?")

_CHEAPEST_THAT = re.compile(r"最(?:便宜|实惠|划算|贵)的?(?:那|这)(?:一)?(?:个|款|种|只|件|条|支|套|把|双|盒|瓶)")

_SIBLING_PRICE = re.compile(rf"(?:贵|便宜|大|小)(?:一)?(?:点|些)|要贵|稍贵|贵[{NUMERALS94}]+块")


def _reach(text: str, start: int) -> tuple[str, int]:
    lo = max(0, start - 30)
    back = text[lo:start]
    cut = max(back.rfind(c) for c in "。！!；;\n")
    return (back[cut + 1 :], lo + cut + 1) if cut != -1 else (back, lo)


def set_carries_over(text: str, start: int, end: int) -> bool:
    """Round 94: does the superlative rank a set of one's own named earlier (see the module doc, 6)?"""
    sentence, _ = _sentence(text, start, end)
    back, _ = _reach(text, start)
    if _REACH_OUTSIDE.search(back.replace(" ", "") + sentence.replace(" ", "")):
        return False
    if _SIZE_END.match(text, start) and _SIZE_BEFORE.search(text, max(0, start - 10), start):
        return True  # 四十五码就是最大的了
    m = _CHEAPEST_THAT.match(text, start)
    if m and _SIBLING_PRICE.search(sentence):
        return True  # 最便宜的那个，九块九一个，大碗贵点
    back = back.replace(" ", "")
    return bool(_SET_NAMED.search(back)) or bool(_SET_BARE.search(back) and _PICKS_OUT.match(text, end))


# round 94: the speaker's own regimen (因为我在控糖, 我最近在控糖) — about the speaker, no effect of the goods claimed
_OWN_REGIMEN_BEFORE = re.compile(r"(?<![们你])(?:我|俺)(?:自己|自个儿|本人)?(?:最近|也|一直|现在|这段时间)?(?:在|正在)$")

_REGIMEN_RESULT = re.compile(r"就|能|帮|降|稳|好了|下来|没了|治|管用|有效")


def own_regimen(text: str, start: int, end: int) -> bool:
    """Round 94: is the regimen word (控糖) the speaker's own practice (因为我在控糖), with no result claimed after?"""
    if not _OWN_REGIMEN_BEFORE.search(text, max(0, start - 8), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not _REGIMEN_RESULT.search(sentence, end - lo)


# -- one's own household's taste and frequency -----------------------------------------------------------------------

_HOUSEHOLD_BEFORE = re.compile(
    r"(?:我家|俺家|我们家|家里|我)?(?:的)?(?:老公|老婆|媳妇|对象|男朋友|女朋友|我妈|我爸|老妈|老爸|婆婆|公公|闺女|儿子|女儿|"
    r"老太太|老爷子|爷爷|奶奶|姥姥|姥爷|外婆|外公|老人|小孩|孩子|娃|猫|狗|狗子|主子)(?:平时|一直|也|就|还是|特别)?$"
)

_OWN_PREFIX = re.compile(rf"(?:我家|俺家|我们家|家里|我)(?:的)?[^{_END}]{{0,4}}$")

_TASTE_AFTER_OWN_HOUSEHOLD = re.compile(r"(?:爱|喜欢|稀罕|钟意|中意|馋|迷)")

_SELF_BEFORE_OWN_HOUSEHOLD = re.compile(r"(?<![们哋])(?:我|俺)(?:个人|自己|本人|平时|自己平时)?(?:也|就|还是)?$")

_HABIT_AFTER = re.compile(r"(?:常|经常|常用|多用|频繁)")


def own_household(text: str, start: int, end: int) -> bool:
    """Is the bare 最 a household member's taste (老公最爱吃的) or one's own habit (我自己最常戴的)?"""
    if _outside_advice_on_use(text, start, end):
        return False
    lo = max(0, start - 12)
    if _TASTE_AFTER_OWN_HOUSEHOLD.match(text, end):
        m = _HOUSEHOLD_BEFORE.search(text, lo, start)
        if m:
            word = m.group(0)
            inherent = re.search(r"老公|老婆|媳妇|对象|男朋友|女朋友|我妈|我爸|老妈|老爸|婆婆|公公|闺女|我家|俺家|家里", word)
            return bool(inherent) or bool(_OWN_PREFIX.search(text, max(0, m.start() - 6), m.start() + 1))
    return bool(_HABIT_AFTER.match(text, end)) and bool(_SELF_BEFORE_OWN_HOUSEHOLD.search(text, lo, start))


# -- the item's own sizes --------------------------------------------------------------------------------------------

_SIZES_NAMED = re.compile(
    r"(?:[两三四五六七八九几\d]+|多)(?:个|种|款|档)?(?:尺寸|尺码|规格|型号|大小|容量|size|号|码)|大中小|大小两|大小号"
)

_SIZE_HEAD = re.compile(r"最(?:小|大|长|短|高|矮|宽|窄)(?:的|号|码|款|那个|那款)")

_SIZE_USE_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:适合|够|能|可以|装|放|给|一个人|两个人|单人|双人|是)")


def own_sizes(text: str, start: int, end: int) -> bool:
    """Is 最小的/最大的 one of the item's own sizes just named (有三个尺寸，最小的适合一个人用)?"""
    m = _SIZE_HEAD.match(text, start)
    if not m or _outside_advice_on_use(text, start, end):
        return False
    return bool(_SIZES_NAMED.search(text, max(0, start - 20), start)) and bool(_SIZE_USE_AFTER.match(text, m.end()))


def own_pick_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    surface = text[start:end]
    if category == "医疗用语":
        return surface in ("控糖", "控血糖", "控血压") and own_regimen(text, start, end)
    if category not in ("绝对化用语", "价格违规"):
        return False
    if "最" in surface and set_carries_over(text, start, end):
        return True
    if category != "绝对化用语" or text[start] != "最":
        return False
    if surface == "最" and (own_taste(text, start, end) or own_pick(text, start, end)):
        return True
    if surface != "最好" and own_mode(text, start, end):
        return True
    if end - start == 1 and (viewers_asked(text, start, end) or viewers_concern(text, start, end)):
        return True
    if text.startswith(_FIT_HEADS, start) and fit_per_user(text, start, end):
        return True
    if own_opinion(text, start, end):
        return True
    if not (_QUOTE_SAY_BEFORE.search(text, max(0, start - 6), start) and _FORBIDDEN_AFTER.match(text, end)):
        if surface == "最" and own_household(text, start, end):
            return True
        if len(surface) <= 3 and own_sizes(text, start, end):
            return True
    return False
