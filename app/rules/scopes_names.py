"""Proper names that hold a banned-looking word: the word names a place, a firm, a shop or a show, it ranks no goods.

``scopes_replies.mentioned`` calls :func:`named`, gated on the category and on the hit's first character:

1. **A name with its head noun** (:func:`in_name`, 绝对化用语): the word opens a name that a place, firm or shop noun closes
   within four name characters (沙田第一城, 第一财经, 第一汽车制造厂, 中國第一歷史檔案館, 上海第一百货) — for the 第一-words
   bare, for 顶级/至尊/最 only inside quotes (住那家"顶级商务酒店") or after 那家/一家/隔壁/楼下 (那家至尊披萨, where a shop's
   food noun — 披萨 火锅 烤鸭 奶茶 — is the head) — the speaker lives, works, eats or shoots there.
2. **A name given after 叫** (:func:`in_name`): 楼下那家叫最东北的饭馆, 有家民宿叫顶级时光, 北京有个饭庄叫天下第一楼 — a third
   party's place or shop is called so (our own shop or goods called so stay claims: 我们店叫…, 这款叫…).
   Not when the name is used as a claim: 是/号称/堪称 right before it (我们是中国第一酱油厂), an endorsement after it
   (第一人民医院的医生都在用, …指定/推荐/专供/合作, 一家顶级工厂生产的, 第一财经都报道过), a product or ranking noun after the head (第一汽车品牌, 第一城的销量).
3. **拍 as shooting pictures** (:func:`shooting`, 导流私下交易): 去那边拍 followed by what is shot (外景, 照片, 视频, 雪景, 一组图)
   is a trip to film there, not "place the order over there" (去那边拍, 去那边拍一下 stay 导流).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

# The first characters of the absolute terms a name can hold (第一/最/顶级/至尊/天下第一/中国第一/极…/首…).
_NAME_FIRST = frozenset("第最顶至天中全极首国")
_CJK = "\u4e00-\u9fff"
# Head nouns that close a name of a place, an institution, a firm or a shop.
_HEAD = (
    r"(?:汽车制造厂|大酒店|大饭店|大酒楼|大剧院|大药房|大街|大桥|大市场|城|中学|小学|大学|学院|学校|幼儿园|医院|百货|商场|商城|购物中心|大厦|大楼|楼|饭庄|饭馆|饭店|餐厅|酒楼|酒家|食府|面馆|茶馆|茶楼"
    r"|咖啡馆|酒店|民宿|宾馆|旅馆|客栈|招待所|档案馆|博物馆|图书馆|美术馆|纪念馆|展览馆|体育馆|科技馆|剧院|影院|电影院|财经|日报|晚报"
    r"|电视台|广播|汽车|制造厂|工厂|厂|集团|银行|大道|路|街|巷|胡同|广场|机场|车站|火车站|公园|景区|古镇|村|镇|小区|花园|市场|关"
    r"|披萨|火锅|烤鸭|烧烤|串店|饺子馆|包子铺|奶茶|烘焙|超市|理发店|发廊|网吧|健身房|书店|花店|药店)"
)
# A name after 叫: the caller is a third party's place or shop (not our own shop, not the goods).
_CALLED = re.compile(r"(?:叫做|名叫|名字叫|名字是|店名叫|叫)$")
_THIRD_PARTY = re.compile(
    r"(?:那家|一家|有家|有个|有一个|有一家|隔壁|对面|楼下|楼上|附近|饭庄|饭馆|餐厅|酒店|民宿|宾馆|客栈|学校|小区|村子|镇上|景点|地方|节目|综艺|电视剧|电影|歌)"
)
_OWN_CALLED = re.compile(r"(?:我们|咱们|咱|我家|本|这款|这个|这件|这双|这支|这套|它)(?:家|店|店铺|品牌|牌子|公司|厂|款)?(?:的)?(?:名字|名|店名)?$")
# The name used as a claim: said to be us, or as an endorsement.
_CLAIMED_BEFORE = re.compile(
    r"(?:(?:我们|我们家|咱们|咱家|咱|我家|本店|本厂|这|这个|这款|这家|它|厂家|品牌)(?:就|也|可|绝对|真)?(?:是|算)|号称|堪称|称得上|算得上|当之无愧的)$"
)  # 我们是中国第一酱油厂 — not 我姐是第一财经的记者, 住的是"至尊大酒店"
_ENDORSED_AFTER = re.compile(
    r"^[^。！？!?，,；;]{0,8}?(?:指定|推荐|专用|专供|特供|供应|认证|认可|选用|采购|合作|监制|出品|研发|联名|报道|采访|收藏|表扬|评为|颁发|授予|都在用|在用|都用|用的就是|背书)"
)
_MADE_AFTER = re.compile(r"^[”\"」』’]?(?:的)?(?:生产|制造|代工|加工|做的|造的|产的|出的)")  # 一家顶级工厂生产的
_RANKED_AFTER = re.compile(r"^[”\"」』’]?(?:的)?(?:品牌|牌子|大牌|销量|产品|品质|选择|好物|神器|爆款|单品|榜|名|用品|配件|周边|专用|级)")
_QUOTES_OPEN = "“\"「『'‘"
_SHOP_BEFORE = re.compile(r"(?:那家|一家|有家|有一家|隔壁|对面|楼下|楼上|附近)$")


# A name's own characters between the word and its head noun: no particle, copula or ranking measure (最好的街拍,
# 中国第一大酱油厂 and 全国第一家 rank; 中国第一历史档案馆 names).
_BODY = r"(?:(?![的是了很都也就在和与比大强家个款名品])[" + _CJK + r"])"


_FOOD_HEAD = re.compile(_BODY + r"{0,3}?(?:披萨|火锅|烤鸭|烧烤|串店|饺子|包子|奶茶|咖啡|面馆|面包|甜品|蛋糕|炸鸡|汉堡|寿司|拉面)")
_HEAD_WITHIN = {n: re.compile(_BODY + "{0," + str(n) + "}?" + _HEAD) for n in (4, 5)}
_HEAD_AFTER_DE = re.compile("[" + _CJK + "]{0,5}?的" + _HEAD)  # 叫最东北的饭馆, 叫顶级时光的民宿


def _head_after(text: str, end: int, body: int) -> int:
    """End of a head noun that follows ``text[end:]`` after at most ``body`` (4 or 5) name characters, or -1."""
    m = _HEAD_WITHIN[body].match(text, end, end + body + 6)
    return m.end() if m is not None else -1


def _claimed(text: str, start: int, name_end: int) -> bool:
    """Is the name said to be us, or given as an endorsement or a ranking?"""
    back = text[max(0, start - 8) : start]
    if _CLAIMED_BEFORE.search(back) is not None:
        return True
    after = text[name_end : name_end + 16]
    return _ENDORSED_AFTER.match(after) is not None or _RANKED_AFTER.match(after) is not None or _MADE_AFTER.match(after) is not None


def _called_name(text: str, start: int, end: int, before: str) -> bool:
    """After 叫: is the name a third party's place or shop (楼下那家叫最东北的饭馆, 有家民宿叫顶级时光)?"""
    if _OWN_CALLED.search(before) is not None and _THIRD_PARTY.search(before) is None:
        return False
    head = _head_after(text, end, 5)
    if head == -1:
        m = _HEAD_AFTER_DE.match(text, end, end + 12)
        head = m.end() if m is not None else -1
    if head == -1 and _THIRD_PARTY.search(before) is None:
        return False
    return not _claimed(text, start, head if head != -1 else end)


def in_name(text: str, start: int, end: int) -> bool:
    """Does the absolute word ``text[start:end]`` open or sit inside the name of a place, firm or shop?"""
    back = text[max(0, start - 8) : start]
    called = _CALLED.search(back)
    if called is not None:
        return _called_name(text, start, end, back[: called.start()])
    quoted = start > 0 and text[start - 1] in _QUOTES_OPEN
    shop = _SHOP_BEFORE.search(back) is not None
    if not (quoted or shop or "第一" in text[start:end]):
        return False  # 顶级/至尊/极 + a noun is a name only when quoted or after 那家/一家
    head = _head_after(text, end, 4)
    if head == -1 and shop:
        food = _FOOD_HEAD.match(text, end)
        head = food.end() if food is not None else -1
    if head == -1:
        return False
    if quoted:  # 我们是"中国第一酱油厂" / "顶级工厂"出品 are claims in quotes
        return _CLAIMED_BEFORE.search(back[:-1]) is None and not _claimed(text, head, head)
    return not _claimed(text, start, head)


_SHOT = re.compile(
    r"拍(?:个|几张|一组|一些|点|些)?(?:外景|内景|照片|照|图|视频|短视频|写真|雪景|风景|夜景|素材|vlog|合影|婚纱照|大片|街拍|花絮|宣传片|片子|广告片)"
)
_ORDER = re.compile(r"链接|下单|便宜|店铺|店里|搜|买|价")


def shooting(text: str, start: int, end: int) -> bool:
    """Is 去那边拍 a trip to shoot pictures there (去那边拍外景, 去那边拍点雪景), not an order placed elsewhere?"""
    k = text.find("拍", start, end + 1)
    if k == -1 or _SHOT.match(text, k) is None:
        return False
    return _ORDER.search(text, end, end + 10) is None


def named(text: str, start: int, end: int, category: str) -> bool:
    """Is the hit ``text[start:end]`` part of a proper name (1–2) or 拍 as shooting pictures (3)?"""
    if category == "绝对化用语":
        return text[start] in _NAME_FIRST and in_name(text, start, end)
    if category == "导流私下交易":
        return text.find("拍", start, end + 1) != -1 and shooting(text, start, end)
    return False
