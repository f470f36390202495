"""Round 126 (batch 58's rules-alone false alarms): ten frames that make a risky word no claim.

:func:`app.rules.matcher_resolve` calls :func:`not_a_claim` after the older scopes; each reader is gated by the category
and a character test before any regex runs. Text is normalised (commas gone, ？ is ``?``, spaces dropped).

1. **A sufferer sent to a doctor** (:func:`sent_to_doctor`, 医疗用语): a bare disease name (鼻炎, 哮喘, 有鼻炎的) in a sentence
   that later sends the sufferer to medical care with a modal (该看医生, 你得去耳鼻喉科看, 还是要去医院) — not refused (不用去医院,
   省得看医生) — and either declines the promise (别指望, 不打这个包票, 不保证, 代替不了) or answers a question (问, ?): a purifier's
   limits told to an asthmatic, not a cure offered.
2. **The first place is a person given a gift** (:func:`first_is_a_person`, 绝对化用语): 第一名 / 排第一 + (的)是 + a person or
   "who" within a few characters (谁, 那位, 尾号, 粉丝, a quoted nickname), and a gift in the sentence (送他, 送一个, 奖励) — the
   top of a queue or a fan list, not a ranking of the goods. A sales or brand word right before (销量排第一) keeps the claim.
3. **A word misheard and told off** (:func:`heard_as`): 听成 / 当成 / 误会成 right before the word and trouble right after
   (就麻烦了, 就违规, 要被罚) — the co-host warns that a dialect word sounds like the banned one.
4. **A material grade** (:func:`material_grade`, 医疗用语/化妆品宣称): 医用级 / 医疗级 right before a material (硅胶, 水凝胶,
   不锈钢, 材质) — the grade of a pad's silicone, not the goods called medical. A skin or cure word after (修护, 敏感肌, 治) keeps it.
5. **The word as what one may not say** (:func:`said_is_banned`): 说(自己牌子)"X" + 犯法/违规/就不行 right after (说"第一"犯法不,
   说自己牌子第一就不行) — the rule explained; 不违法 and a turn back (…我们就是第一) keep the claim.
6. **The degree denied** (:func:`not_that`, 绝对化用语): 不是说它多 / 也不是说多 / 不是多 right before the word (不是说它多极致).
7. **A claim asked for and refused** (:func:`asked_and_refused`): 让我说 / 叫主播喊 + up to eight characters before the word
   and 不能这么说 / 这话不敢说 within 24 after (有大哥让我说这按摩椅能治腰突 老孟不能这么说); a turn back keeps it.
8. **A ranking inside our own shop, its scope stated** (:func:`own_shop_stated`, 绝对化用语): our shop named within 30 characters
   before (本店, 我们店, 自家店铺) and the scope said outright within 30 after (说的是本店不是全平台, 只说我们店, 别家的我不知道).
9. **A reference price shown** (:func:`price_checkable`, 价格违规): 比… and where to check it within 40 after (日常价在店铺页面能看到,
   可以切过去对一下) — a verifiable comparison, not an unverifiable one.
10. **A viewer's contact removed** (:func:`contact_removed`, 导流私下交易): 有家人在评论区 + the contact posted, then 已经删了 / 别加
   陌生人 within 20 — the shop policing its chat, not inviting a private deal.

Round 128: in (2) also the first place of a draw that gets something (第一名送…, 上一轮第一名中了…, 第一名和最后一名) and a
member of staff ranked (排第一的客服是小刘); in (8) other shops left out (别家怎么卖的我不知道).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_advice import name_like
from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_text import SENTENCE_END

_CARE_CHARS = frozenset("医夫科")
_REFERRED = re.compile(
    r"(?<![不别没免省甭])(?:该|得|要|还是|请|建议|最好|应该)(?:先|赶紧|尽快)?(?:去|到|上|找)?(?:正规|专业)?(?:的)?"
    r"(?:看医生|看大夫|找医生|问医生|就医|就诊|医院|[\u4e00-\u9fff]{1,3}科(?:看|瞧|查)?)"
)
_NOT_PROMISED = re.compile(
    r"别指望|不能指望|不要指望|指望不了|打(?:这个|什么)?包票|不保证|保证不了|代替不了|替代不了|不能代替|不能替代|不是药|治不了|不治病"
)
_ASKED = re.compile(r"问|[?？]")


def sent_to_doctor(text: str, start: int, end: int) -> bool:
    if _CARE_CHARS.isdisjoint(text[end:]) or not name_like(text[start:end]):
        return False
    m = _REFERRED.search(text, end)
    if m is None:
        return False
    if _NOT_PROMISED.search(text) is None and _ASKED.search(text, max(0, start - 12), m.start()) is None:
        return False
    return TURN_BACK.search(text, m.end()) is None


_FIRSTS = ("第一名", "排第一", "第一的", "排名第一")
_IS_PERSON = re.compile(
    r"(?:的?(?:是|就是)(?:(?!这款|这个|产品|品牌)[^" + SENTENCE_END + r"]){0,12}?(?:谁|哪位|那位|这位|尾号|粉丝|观众|家人|宝宝|大哥|大姐|姐妹|老铁|[\"“「])"
    r"|的[\"“「])"
)
_GIFT = re.compile(r"送(?:他|她|给|一|个|您|你)|赠(?:他|她|送)|奖励|免单")
_RANKED_BEFORE = re.compile(r"销量|销售|卖|品牌|产品|全网|行业|全国|全平台|同类|榜单?$")


# r128: 第一名送炸锅油纸 / 上一轮第一名中了个炸锅 / 第一名和最后一名拿到的都是同一批货 — the first place of a draw or a
# queue that gets something (or stands beside the last one), not the goods ranked. 是/就是 right before keeps it.
_FIRST_GETS = re.compile(
    r"(?:能|可以|会|就)?(?:送|中了|中奖|中的|拿到|领到?|获得|得到|抽到|得了)|(?:和|跟|到|与)(?:最后一名|第[二三四五六七八九十\d]+名)"
)
_IS_BEFORE = re.compile(r"(?:是|就是|当之无愧|称得上|算得上)$")


def first_gets(text: str, start: int, end: int) -> bool:
    if text[start:end] != "第一名" or _FIRST_GETS.match(text, end) is None:
        return False
    return _RANKED_BEFORE.search(text, max(0, start - 6), start) is None and _IS_BEFORE.search(text, max(0, start - 4), start) is None


# r128: 我们店排第一的客服是小刘 这个月回复速度店里第一 — a member of staff ranked (praised), not the goods.
_STAFF_WORDS = r"客服|店员|员工|同事|打包员|打包小哥|小助理|师傅|导购"
_STAFF = re.compile(_STAFF_WORDS)
_BARE_FIRSTS = frozenset({"第一", "排第一", "第一名", "排名第一"})
_STAFF_AFTER = re.compile(r"的?(?:是)?(?:" + _STAFF_WORDS + ")")
_GOODS_NEAR = re.compile(r"说|讲|推荐|夸|它|这款|这个(?!月)|这件|这台|产品|商品|宝贝|链接|销量|卖|品牌|全网|行业|全国|全平台|同类")


def staff_ranked(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 16)
    if text[start:end] not in _BARE_FIRSTS or _STAFF.search(text, lo, end + 6) is None:
        return False
    if _STAFF_AFTER.match(text, end) is not None:
        before = max(0, start - 6)
    else:
        staffs = list(_STAFF.finditer(text, lo, start))
        if not staffs:
            return False
        before = staffs[-1].end()
    return _GOODS_NEAR.search(text, before, start) is None and _GOODS_NEAR.search(text, end, end + 6) is None


def first_is_a_person(text: str, start: int, end: int) -> bool:
    if first_gets(text, start, end) or staff_ranked(text, start, end):
        return True
    if "送" not in text and "奖" not in text and "赠" not in text and "免单" not in text:
        return False
    if not text.startswith(_FIRSTS, start) and not text.endswith(_FIRSTS, start, end):
        return False
    if _IS_PERSON.match(text, end) is None or _GIFT.search(text) is None:
        return False
    return _RANKED_BEFORE.search(text, max(0, start - 6), start) is None


_HEARD_AS = re.compile(r"(?:听成|听作|听岔成|听错成|误听成|当成|误会成|理解成|以为是)[\"“「]?$")
_TROUBLE = re.compile(r"[\"”」]?[^" + SENTENCE_END + r"]{0,3}?(?:就?麻烦|就?坏了|就?违规|犯规|被罚|要罚|封号|限流|不行|出事)")


def heard_as(text: str, start: int, end: int) -> bool:
    if "成" not in text[max(0, start - 3) : start] and "以为是" not in text[max(0, start - 4) : start]:
        return False
    return _HEARD_AS.search(text, max(0, start - 5), start) is not None and _TROUBLE.match(text, end) is not None


# 说"第一"犯法不 / 说自己牌子第一就不行: the word as what one may not say — the rule told, not the claim made.
_SAID_BEFORE = re.compile(r"说(?:自己|咱|我们|自家)?(?:的)?(?:牌子|品牌|产品|家|店)?[\"“「]?$")
_BANNED_AFTER = re.compile(r"[\"”」]?(?:就|也|都)?(?:不行|(?<!不)犯法|(?<!不)违法|(?<!不)违规|要罚|被罚|算违规|是违规)")


def said_is_banned(text: str, start: int, end: int) -> bool:
    if text.find("说", max(0, start - 8), start) == -1:
        return False
    if _SAID_BEFORE.search(text, max(0, start - 8), start) is None or _BANNED_AFTER.match(text, end) is None:
        return False
    return TURN_BACK.search(text, end, end + 20) is None


# 不是说它多极致 / 也不是说多顶级: the degree itself denied.
_NOT_THAT = re.compile(r"(?:不是说|并不是说|也不是说|不是|没说|不敢说)(?:它|这个|这款|我们|咱)?(?:有)?(?:多么|多)$")


def not_that(text: str, start: int) -> bool:
    if start == 0 or text[start - 1] not in "多么":
        return False
    return _NOT_THAT.search(text, max(0, start - 9), start) is not None and TURN_BACK.search(text, start, start + 20) is None


# 有大哥让我说这按摩椅能治腰椎间盘突出 不能这么说: a claim the speaker is asked to make, refused right after.
_ASKED_TO_SAY = re.compile(
    r"(?:让|叫|要|非要|非让|逼)(?:我|主播|俺|咱|老[\u4e00-\u9fff])(?:说|讲|喊|夸|吹)(?:一下|一句|说)?[^" + SENTENCE_END + r"]{0,8}$"
)
_SAY_REFUSED = re.compile(r"(?:不能|不敢|不会|没法|不可以|不好)(?:这么|这样|乱)?(?:说|讲|喊|吹)|这话(?:不能|不敢|不会)说|不这么说")


def asked_and_refused(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 14)
    if text.find("说", lo, start) == -1 and text.find("喊", lo, start) == -1 and text.find("吹", lo, start) == -1:
        return False
    if _ASKED_TO_SAY.search(text, lo, start) is None:
        return False
    m = _SAY_REFUSED.search(text, end, end + 24)
    return m is not None and TURN_BACK.search(text, end, m.start()) is None and TURN_BACK.search(text, m.end()) is None


# 本店全年销量排第1的是这款 … 说的是本店不是全平台: a ranking inside our own shop, its scope then stated outright.
_OWN_SHOP = re.compile(r"本店|我们店|我们家店|自家店|咱店|咱家店|我们门店|这家店|店里|店铺里")
_OUTSIDE = re.compile(r"全网|全国|全平台|全球|全行业|行业|市面|同类")
_SCOPE_STATED = re.compile(
    r"(?:只说|说的是|只算|仅限|就说|只是)(?:我们|本|自家|咱)?(?:家)?(?:店|门店|店铺)|不是全(?:平台|网|国|行业)|别家的?(?:我|咱)?(?:不知道|不清楚|不好说)"
    r"|不跟别家比|不和别家比|别(?:家|的店|人家|的平台)[^" + SENTENCE_END + r"]{0,6}?(?:我|咱)?(?:也)?(?:不知道|不清楚|管不着)"
)


def own_shop_stated(text: str, start: int, end: int) -> bool:
    if "店" not in text[max(0, start - 30) : start]:
        return False
    if _OWN_SHOP.search(text, max(0, start - 30), start) is None or _OUTSIDE.search(text, max(0, start - 6), end):
        return False
    m = _SCOPE_STATED.search(text, end, end + 30)
    return m is not None and TURN_BACK.search(text, end, m.start()) is None and TURN_BACK.search(text, m.end()) is None


# 比我们旗舰店日常价便宜三十块，日常价在店铺页面能看到: the reference price shown where viewers can check it.
_CHECKABLE = re.compile(
    r"(?:页面|详情页|店铺|后台|链接|首页|旗舰店)(?:上|里|里面)?(?:都|就)?(?:能|可以|可)(?:看到|看得到|查到|查|对比|对一下|比一下)"
    r"|(?:切|点)过去(?:对|比|看)"
)


def price_checkable(text: str, start: int, end: int) -> bool:
    if text[start] != "比":
        return False
    m = _CHECKABLE.search(text, end, end + 40)
    return m is not None and TURN_BACK.search(text, end, m.start()) is None


# 有家人在评论区发了微信号，我们已经删了，大家别加陌生人: a viewer's contact posted, removed and warned against.
_POSTED_BY_VIEWER = re.compile(r"有(?:个|位)?(?:家人|人|观众|粉丝|网友|宝宝|朋友)(?:在)?[^" + SENTENCE_END + r"]{0,4}$")
_REMOVED = re.compile(r"删了|删掉|删除|屏蔽|拉黑|踢出|踢了|别加|不要加|别信|小心骗|陌生人")


def contact_removed(text: str, start: int, end: int) -> bool:
    if text.find("有", max(0, start - 10), start) == -1:
        return False
    return _POSTED_BY_VIEWER.search(text, max(0, start - 10), start) is not None and _REMOVED.search(text, end, end + 20) is not None


_GRADES = frozenset({"医用级", "医疗级"})
_MATERIAL = re.compile(r"(?:的)?(?:硅胶|水凝胶|凝胶|不锈钢|钛|塑料|橡胶|乳胶|pp|tpe|材质|材料|原料|标准)")
_CLAIM_AFTER = re.compile(r"修护|修复|敏感肌|医美|治|疗效|杀菌|消炎")


def material_grade(text: str, start: int, end: int) -> bool:
    if text[start:end] not in _GRADES:
        return False
    m = _MATERIAL.match(text, end)
    return m is not None and _CLAIM_AFTER.search(text, m.end(), m.end() + 20) is None


_GRADE_CATEGORIES = frozenset({"医疗用语", "化妆品宣称"})
_HEARD_CATEGORIES = frozenset({"绝对化用语", "价格违规", "医疗用语", "功效夸大", "权威背书"})


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` one of the frames above?"""
    if category == "绝对化用语" and first_is_a_person(text, start, end):
        return True
    if category in _HEARD_CATEGORIES and (
        heard_as(text, start, end) or said_is_banned(text, start, end) or asked_and_refused(text, start, end)
    ):
        return True
    if category == "绝对化用语" and (not_that(text, start) or own_shop_stated(text, start, end)):
        return True
    if category in _GRADE_CATEGORIES and material_grade(text, start, end):
        return True
    if category == "价格违规" and price_checkable(text, start, end):
        return True
    if category == "导流私下交易" and contact_removed(text, start, end):
        return True
    return category == "医疗用语" and sent_to_doctor(text, start, end)
