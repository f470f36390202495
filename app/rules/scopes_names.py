"""Context scopes: a word that is only a name or means something else here (转运珠 a style's name, 极品飞车, 特效, 自修复,
沙田第一城, 那家叫最东北的饭馆, 去那边拍外景).

:func:`app.rules.scopes_replies.mentioned` calls :func:`named_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A style name** (:func:`style_name`, 迷信): the hit followed by 是(这个)款式|系列的名字, 就是个款名 (足金转运珠，转运珠是这个款式的名字) — not
   with 但|不过|真的|保佑|带来 after. (from round 42)
2. **A style name denied** (:func:`name_denied`, 迷信): the hit holds 叫|名 right before the lucky word (款名叫转运, 名字叫招财)
   and the sentence denies the effect (没有…作用|不能|就是个|只是个名字). (from round 48)
3. **A style name** (:func:`style_or_motif_name`, 迷信): the lucky word + 是|就是|只是 (个)? + 款式名|款名|名字|叫法|品名
   (转运珠是款式名，就是一颗金珠子), and no effect promised after it (能转运, 带来好运 …). Round 81: or a motif — the lucky word heads a
   figure (猫, 娃娃, 元宝, 锦鲤 …) before a shape word (造型, 图案, 印花 …): 这个手链是招财猫造型的. (from round 53)
4. **特效 of a picture** (:func:`visual_effect`, 医疗用语): the sentence names a screen or a picture
   (直播间|画面|屏幕|下雪|滤镜|动画|平台 …) and no illness or medicine (药|病|治|疗|痛|炎 …): 直播间这个下雪的特效是平台自带的. (from round 83)
5. **A game's or a film's name** (:func:`work_name`, 绝对化用语): the hit followed by one to four characters of the name
   and 的? + 周边|模型|手办|联名|同款|主题曲 … in a sentence naming fans or the kind of work (游戏|电影|动漫|粉丝|玩家 …): 极品飞车的周边模型
   游戏粉丝收藏的. 这款是极品 (no name after it) stays a claim. (from round 83)
6. **A self-healing material** (:func:`self_healing`, 化妆品宣称): 自修复 + 涂层|漆|膜|车衣|材料 … (它有自修复涂层) in a sentence naming no
   skin or hair (肌|肤|脸|斑|痘|屏障 …) — the coating heals its scratches, no cosmetic claim. (from round 83)

7. **A name with its head noun** (:func:`in_name`, 绝对化用语): the word opens a name that a place, firm or shop noun closes
   within four name characters (沙田第一城, 第一财经, 第一汽车制造厂, 中國第一歷史檔案館, 上海第一百货) — for the 第一-words
   bare, for 顶级/至尊/最 only inside quotes (住那家"顶级商务酒店") or after 那家/一家/隔壁/楼下 (那家至尊披萨, where a shop's
   food noun — 披萨 火锅 烤鸭 奶茶 — is the head) — the speaker lives, works, eats or shoots there.
8. **A name given after 叫** (:func:`in_name`): 楼下那家叫最东北的饭馆, 有家民宿叫顶级时光, 北京有个饭庄叫天下第一楼 — a third
   party's place or shop is called so (our own shop or goods called so stay claims: 我们店叫…, 这款叫…).
   Not when the name is used as a claim: 是/号称/堪称 right before it (我们是中国第一酱油厂), an endorsement after it
   (第一人民医院的医生都在用, …指定/推荐/专供/合作, 一家顶级工厂生产的, 第一财经都报道过), a product or ranking noun after the head (第一汽车品牌, 第一城的销量).
9. **拍 as shooting pictures** (:func:`shooting`, 导流私下交易): 去那边拍 followed by what is shot (外景, 照片, 视频, 雪景, 一组图)
   is a trip to film there, not "place the order over there" (去那边拍, 去那边拍一下 stay 导流). (from round 97)
10. **A landmark, a song, a device model, a rival's brand, a poetic name** (绝对化用语, F15): the 第一-word before a landmark's
   noun (桥, 山, 泉, 峰, 湖, 河 …) with a visit in the sentence (天下第一桥我们去过) or a natural feature as the subject
   (珠穆朗玛峰是世界第一高峰) — :func:`landmark`; a song's title after 是|放|叫|唱 or a playlist's 第一首 in a sentence about music
   and naming no sound goods (背景音乐放的是最炫民族风, 歌单第一首是…) — :func:`song_named`; 至尊 after a model number before 版|纪念版 in a
   sentence fitting an accessory (只适配小米10至尊纪念版) — :func:`device_model`; a brand another room or shop sells (隔壁直播间是卖金至尊珠宝的)
   — :func:`rival_brand`; a name given after 名字|色号 … 叫 that opens with 第一 + a poetic measure (第一缕晨光, 第一抹红) —
   :func:`poetic_name`. The goods ranked stay claims: 这款帐篷是世界第一, 这款音箱放歌是最好听的, 这款手机壳是至尊版, 我们家是卖至尊珠宝的,
   这款颜色叫第一名. (from round 103)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END
from app.rules.scopes_named_as import declared_name
from app.rules.scopes_text import _sentence

# -- a style name ----------------------------------------------------------------------------------------------------

_STYLE_NAME_AFTER = re.compile(
    rf"[^{_END}]{{0,4}}?(?:是|就是|只是|只不过是)(?:这个|这款|我们的|我们家的|一个)?(?:款式|款|系列|产品|珠子|饰品)?的?(?:名字|名称|叫法|品名)"
    r"|[^{_END}]{0,4}?就是(?:个|一个)(?:款名|名字|叫法|品名)"
)

_NAME_BUT = re.compile(r"但|不过|可是|真的能|确实能|保佑|带来|能转|能招|会旺")


def style_name(text: str, start: int, end: int) -> bool:
    """Is the belief word only the style's name (转运珠是这个款式的名字)?"""
    m = _STYLE_NAME_AFTER.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return not _NAME_BUT.search(sentence, m.end() - lo)


# -- a style name denied ---------------------------------------------------------------------------------------------

_NAMED_LUCK = re.compile(r"(?:叫|名|叫做|名叫|款名叫|名字叫)(?:转运|招财|开运|旺财)")

_EFFECT_DENIED = re.compile(r"没有[^{_END}]{0,8}?(?:作用|效果|功能)|不能|不会|就是个|就是一个|只是个|只是一个|只是名字|就是名字")


def name_denied(text: str, start: int, end: int) -> bool:
    """Is the lucky word the style's name, its effect denied (款名叫转运珠，就是个银饰，没有转运的作用)?"""
    if not _NAMED_LUCK.search(text, max(0, start - 4), end + 2):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_EFFECT_DENIED.search(sentence, end - lo))


# -- a style name ----------------------------------------------------------------------------------------------------

_NAME_AFTER = re.compile(r"珠?(?:手串|手链|吊坠)?(?:是|就是|只是|其实是|其实就是)(?:个|一个|我们的|这款的)?(?:款式名|款名|款式的名字|名字|叫法|品名|商品名|俗称)")

_PROMISED = re.compile(r"(?:能|会|可以|保佑|带来|帮你|帮)(?:转运|招财|旺|好运|辟邪|挡|驱|发财)")

# round 81: or a motif — the lucky word heads the figure's name before a shape word (手链是招财猫造型的, 招财猫图案的存钱罐)
_MOTIF_AFTER = re.compile(
    r"(?:猫|娃娃|娃|童子|公仔|元宝|锦鲤|鲤鱼|珠|葫芦|福袋|小人)(?:的)?(?:造型|图案|样式|形状|外形|印花|花纹|卡通|图样|形象|款式|主题)"
)

_SHAPE_AFTER = re.compile(r"(?:的)?(?:造型|图案|样式|形状|外形|印花|花纹|卡通|图样|形象)")  # the hit ends on the figure: 转运珠造型


def style_or_motif_name(text: str, start: int, end: int) -> bool:
    """Is the lucky word only the style's name (这个转运珠是款式名，就是一颗金珠子) or a motif (招财猫造型)?"""
    m = _NAME_AFTER.match(text, end) or _MOTIF_AFTER.match(text, end)
    if not m and text[end - 1] in "猫珠芦宝鲤":
        m = _SHAPE_AFTER.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return not _PROMISED.search(sentence, m.end() - lo)


# -- 特效 of a picture -------------------------------------------------------------------------------------------------

_PICTURE = re.compile(
    r"直播间|画面|屏幕|镜头|下雪|下雨|雪花|烟花|飘|动画|视频|滤镜|美颜|贴纸|背景|礼物|平台|游戏|电影|剪辑|光效|音效|舞台|灯光|投影"
)

_ILLNESS = re.compile(r"药|病|治|疗|症|疼|痛|炎|伤|疤|痘|癣|菌|毒|康复|见效|身体|血")


def visual_effect(text: str, start: int, end: int) -> bool:
    """Is 特效 an effect in a picture (直播间这个下雪的特效是平台自带的)?"""
    if text[start:end] != "特效":
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_PICTURE.search(sentence)) and not _ILLNESS.search(sentence)


# -- a game's or a film's name ---------------------------------------------------------------------------------------

_NAMED_WORK_AFTER = re.compile(
    r"(?:(?![的是])[\u4e00-\u9fff]){1,4}?(?:的)?(?:周边|模型|手办|联名|同款|主题曲|原声|海报|卡牌|游戏|电影|剧|动漫|小说|系列|ip)"
)

_FANDOM = re.compile(r"游戏|电影|电视剧|动漫|动画|小说|漫画|粉丝|玩家|影迷|书迷|追剧|番|手游|网游|ip")


def work_name(text: str, start: int, end: int) -> bool:
    """Is the hit the head of a game's or a film's name (极品飞车的周边模型 游戏粉丝收藏的)?"""
    m = _NAMED_WORK_AFTER.match(text, end)
    if not m:
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_FANDOM.search(sentence[: start - lo]) or _FANDOM.search(sentence, m.end() - lo))


# -- a self-healing material -----------------------------------------------------------------------------------------

_MATERIAL_AFTER = re.compile(r"(?:的)?(?:涂层|镀层|漆|膜|车衣|材料|面料|功能|技术|层|屏)")

_SKIN = re.compile(r"肌|肤|脸|斑|痘|屏障|敏感|毛孔|皱|发|头皮|面膜|精华|霜|乳")


def self_healing(text: str, start: int, end: int) -> bool:
    """Is 修复 a material healing itself (它有自修复涂层)?"""
    if text[start:end] != "修复" or text[start - 1 : start] != "自" or not _MATERIAL_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _SKIN.search(sentence)


# -- a proper name: a place, a firm, a shop (round 97) -----------------------------------------------------------------

# The first characters of the absolute terms a name can hold (第一/最/顶级/至尊/天下第一/中国第一/极…/首…).
_NAME_FIRST = frozenset("第最顶至天中全极首国")
_CJK = "\u4e00-\u9fff"
# Head nouns that close a name of a place, an institution, a firm or a shop.
_HEAD = (
    r"(?:汽车制造厂|大酒店|大饭店|大酒楼|大剧院|大药房|大街|大桥|大市场|城|中学|小学|大学|学院|学校|幼儿园|医院|百货|商场|商城|购物中心|大厦|大楼|楼|饭庄|饭馆|饭店|餐厅|酒楼|酒家|食府|面馆|茶馆|茶楼"
    r"|咖啡馆|酒店|民宿|宾馆|旅馆|客栈|招待所|档案馆|博物馆|图书馆|美术馆|纪念馆|展览馆|体育馆|科技馆|剧院|影院|电影院|财经|日报|晚报"
    r"|电视台|广播|汽车|制造厂|工厂|厂|集团|物流园|产业园|工业园|科技园|开发区|园区|批发市场|物流中心|分拣中心|银行|大道|路|街|巷|胡同|广场|机场|车站|火车站|公园|景区|古镇|村|镇|小区|花园|市场|关"
    r"|披萨|火锅|烤鸭|烧烤|串店|饺子馆|包子铺|奶茶|烘焙|超市|理发店|发廊|网吧|健身房|书店|花店|药店|八佰伴|商厦|百货商店|食品(?=门口|商店|商场|大楼|公司|厂))"
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


# -- round 103 (F15): a landmark, a song, a device model, a rival's brand, a poetic name ----------------------------------

# A landmark's noun after the word (天下第一桥, 世界第一高峰, 天下第一泉), with a cue that it is a place: a visit (去过, 打卡, 附近)
# or a natural feature the sentence is about (珠穆朗玛峰是世界第一高峰).
_LANDMARK_AFTER = re.compile(
    r"(?:高|长|大|深|宽|险|名|奇)?(?:桥|峰|山|泉|关|楼|塔|寺|庙|洞|瀑布|湖|河|江|海|洋|岛|沙漠|峡谷|峡|谷|高原|雄关|松|石|塘|潭|池|坝|水库)(?![货品茶水牌店产路区系款级类])"
)
_VISITED = re.compile(r"常去|去钓|钓场|钓点|野塘|起的名|名字|去过|去玩|去旅游|旅游|旅行|爬过|逛过|打卡|景区|景点|附近|就在|门票|游客|自驾|导游|那个地方|那边")
_FEATURE_SUBJECT = re.compile(r"(?:峰|山|山脉|河|江|湖|海|洋|沙漠|瀑布|岛|高原|大桥|长城|泉|寺|塔|楼|关|峡|谷|洞|潭)(?:是|为|乃|号称)(?:公认的)?$")
_GOODS_SUBJECT = re.compile(r"我们|咱|这款|这个|这件|这把|这顶|本店|我家|它")


def landmark(text: str, start: int, end: int) -> bool:
    """Is the 第一-word part of a landmark's name or a natural feature's record (天下第一桥我们去过, 珠峰是世界第一高峰)?"""
    if "第一" not in text[start:end] or _LANDMARK_AFTER.match(text, end) is None:
        return False
    sentence, lo = _sentence(text, start, end)
    before = sentence[: start - lo]
    if _FEATURE_SUBJECT.search(before) is not None:
        return _GOODS_SUBJECT.search(before) is None
    return _VISITED.search(sentence) is not None and _CLAIMED_BEFORE.search(before[-8:]) is None


# A song named or its place in a playlist (背景音乐放的是最炫民族风, 歌单第一首是最初的梦想) — not the sound of the goods.
_MUSIC = re.compile(r"背景音乐|音乐|bgm|歌单|歌曲|这首|那首|首歌|歌名|曲子|唱|点歌|听歌|歌")
_SONG_SLOT = re.compile(r"(?:是|叫|放|唱|听|播|放的是|唱的是|听的是|播的是|叫做)$")
_SOUND_GOODS = re.compile(r"音质|音效|音箱|音响|耳机|喇叭|麦克风|话筒|声卡|音色|低音|高音|降噪|效果|这款|这台|这部|它|我们家|咱家|方面")


def song_named(text: str, start: int, end: int) -> bool:
    """Is the word a song's title or its place in a playlist, in a sentence about music?"""
    sentence, lo = _sentence(text, start, end)
    if _MUSIC.search(sentence) is None or _SOUND_GOODS.search(sentence) is not None:
        return False
    if text[start:end] == "第一" and text[end : end + 1] == "首" and text[end : end + 2] not in ("首发", "首创", "首款", "首选"):
        return True  # 歌单第一首 — the playlist's order
    return _SONG_SLOT.search(text, max(0, start - 4), start) is not None and text[end : end + 1] not in ("的", "好", "火")


# A device model: a model number, then 至尊 + 版|纪念版 (小米10至尊纪念版), in a sentence fitting an accessory to it.
_MODEL_BEFORE = re.compile(r"[0-9a-z]+(?:pro|max|plus|s|x)?$")
_EDITION_AFTER = re.compile(r"[纪念]{0,2}版|型号|款手机")
_FITS = re.compile(r"适配|适用|兼容|型号|机型|手机|壳|膜|支架|充电")


def device_model(text: str, start: int, end: int) -> bool:
    """Is 至尊 part of a device model's name an accessory fits (只适配小米10至尊纪念版)?"""
    k = text.find("至尊", start, end)
    if k == -1 or _MODEL_BEFORE.search(text, max(0, k - 8), k) is None or _EDITION_AFTER.match(text, k + 2) is None:
        return False
    sentence, _ = _sentence(text, start, end)
    return _FITS.search(sentence) is not None


# A rival's brand: another shop or room sells it (隔壁直播间是卖金至尊珠宝的), the brand's goods noun after it.
_RIVAL_SELLS = re.compile(r"(?:隔壁|对面|楼下|楼上|别家|人家|那家|另一家)[^。!?]{0,8}?(?:卖|开|做)[" + _CJK + r"]{0,2}$")
_BRAND_GOODS = re.compile(r"(?:珠宝|黄金|金店|首饰|金饰|手表|名表|家具|家居|白酒|酒|茶|烟|火锅|披萨|汽车|手机|电器|服装|女装|男装)")


def rival_brand(text: str, start: int, end: int) -> bool:
    """Is the word inside a brand another shop sells (隔壁直播间是卖金至尊珠宝的)?"""
    return _RIVAL_SELLS.search(text, max(0, start - 14), start) is not None and _BRAND_GOODS.match(text, end) is not None


# A name given after 叫 that is a phrase (颜色的名字叫第一缕晨光): 第一 + a poetic measure, not a rank.
_NAME_GIVEN = re.compile(r"(?:名字|名称|色号|色名|颜色|配色|款名|歌名|书名|名)(?:就)?(?:叫|叫做|是)$")
_POETIC_MEASURE = re.compile(r"(?:缕|抹|道|束|片|滴|朵|场|声|眼|口|颗|粒|页|站|课)")


def poetic_name(text: str, start: int, end: int) -> bool:
    """Is 第一 the start of a given name (这个颜色的名字叫第一缕晨光)?"""
    return (
        text[start:end] == "第一"
        and _NAME_GIVEN.search(text, max(0, start - 6), start) is not None
        and _POETIC_MEASURE.match(text, end) is not None
    )


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


# Round 106 (F15): a show's or a book's title — inside 《》, or watched (我孙子天天看最强大脑, 俺儿子最迷《最强大脑》).
_WATCHED_BEFORE = re.compile(r"(?:天天?看|爱看|在看|老看|追着看|喜欢看|每期都看|都看|最迷|迷上了|迷)$")
_TITLE_GOODS = re.compile(r"(?:这款|这个|我们家|咱家|本店|它)(?:就|也)?是$")


def titled(text: str, start: int, end: int) -> bool:
    """Is the hit inside a work's title (《最强大脑》, 天天看最强大脑 — a name goes on after it, no 的)?"""
    if _TITLE_GOODS.search(text, max(0, start - 6), start):
        return False
    left = text.rfind("《", max(0, start - 8), start + 1)
    if left != -1 and "》" not in text[left:start] and "》" in text[end : end + 8]:
        return True
    if not _WATCHED_BEFORE.search(text, max(0, start - 5), start):
        return False
    rest = text[end : end + 3]
    return bool(rest) and "\u4e00" <= rest[0] <= "\u9fff" and rest[0] not in "的是了好美新"


_NAMES_103 = (landmark, song_named, device_model, rival_brand, poetic_name, titled, declared_name)  # + round 110


def named_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "迷信":
        return style_name(text, start, end) or name_denied(text, start, end) or style_or_motif_name(text, start, end)
    if category == "绝对化用语":
        return (
            ("第" not in text[start:end] and work_name(text, start, end))
            or (text[start] in _NAME_FIRST and in_name(text, start, end))
            or any(read(text, start, end) for read in _NAMES_103)
        )
    if category == "导流私下交易":
        return text.find("拍", start, end + 1) != -1 and shooting(text, start, end)
    if category == "医疗用语":
        return visual_effect(text, start, end)
    if category == "化妆品宣称":
        return self_healing(text, start, end)
    return False
