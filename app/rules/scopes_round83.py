"""Context scopes, batch 33's family traps F3 and F4: an enumeration said without punctuation, and a look-alike word
whose sentence shows its ordinary meaning.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round83_said`. Text is normalised (commas and spaces gone, ？ is
``?``, 宝宝 is 宝, a speaker label's colon stays). (Widened in place elsewhere: round 48's 包过 heard for 包裹 takes any
clause with 包过 as its subject in a parcel sentence; round 68's 开关 heard as 开光 takes a device named and worked
anywhere in the sentence; round 80's 最进 typed for 最近 takes every 最进 but 最进口|最进步 ….)

1. **An enumeration marker** (:func:`enumeration_marker`, 绝对化用语): a bare 第一 heading a clause (at the start, after a
   sentence end or a filler: 第一这个枕头可以拆洗, 那个第一他是手工编的, 第一呢老人用要坐着测) with a later 第二|其次|二是
   in the text (…第二枕芯是天然乳胶的) — the first point of a list, not a ranking. Never after a word that makes 第一 a
   rank (销量|行业|全网|是|排|拿 …: 第一它是纯铜的第二它是全国销量第一 still fires on the second 第一), never before
   名|品牌|的 …, never when the 第二 is 找不到第二 (no second one). After the goods named (这个枕头第一可以拆洗第二…)
   only before a clause of its own (它|这|是|可以|能|不|有 …): 这款锅第一，第二是那款 stays a ranking.
   Round 87: also after a list announced (说三点|有三个好处 …) or with each point a clause of its own (第一它能拆洗第二它
   不起球); a 第二 after 比|过|于|超 is no next point (这款锅第一，它比第二那款强 fires).
   Also 排第一个|排在第一位 of a running order with 第二个|第二位 after (排第一个的是这个猫罐头第二个是冻干) — never
   with a sales or ranking word in the text (销量|卖|榜|全网|行业 …).
2. **顶级 heard for 顶层** (:func:`top_floor`, 绝对化用语): 顶 ending the word before (屋顶级的防水卷材, 楼顶级那层), or
   在|到|住 before and a floor after (在顶级二十六层, 在顶级呃顶层十八楼, 顶级那层) — a floor or a roof, not a grade.
   Round 87: or the building named anywhere before and the floor right after (这栋楼的顶级那一层, 顶级就是最上面那层).
   顶级的玻璃种, 顶级品质 and 这栋楼的顶级装修 stay claims.
3. **特效 of a picture** (:func:`visual_effect`, 医疗用语): the sentence names a screen or a picture (直播间|画面|屏幕|
   下雪|滤镜|动画|平台 …) and no illness or medicine (药|病|治|疗|痛|炎 …): 直播间这个下雪的特效是平台自带的.
4. **A game's or a film's name** (:func:`work_name`, 绝对化用语): the hit followed by one to four characters of the name
   and 的? + 周边|模型|手办|联名|同款|主题曲 … in a sentence naming fans or the kind of work (游戏|电影|动漫|粉丝|玩家 …):
   极品飞车的周边模型 游戏粉丝收藏的. 这款是极品 (no name after it) stays a claim.
5. **A self-healing material** (:func:`self_healing`, 化妆品宣称): 自修复 + 涂层|漆|膜|车衣|材料 … (它有自修复涂层) in a
   sentence naming no skin or hair (肌|肤|脸|斑|痘|屏障 …) — the coating heals its scratches, no cosmetic claim.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_round87 import round87_said
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. an enumeration marker -----------------------------------------------------------------------------------------

# What may stand between a sentence start and the marker: fillers, vocatives, a speaker label.
_FILLER = (
    r"(?:呃|嗯|啊|哎|呢|吧|那个|这个|就是说|就是|然后|首先|那么|那|好|ok|我说|说一下|讲一下|给大家说|跟大家说|宝们|宝|家人们|"
    r"姐妹们|朋友们|老铁们|大家|亲们|来)*"
)
_MARKER_BEFORE = re.compile(rf"(?:^|[{_END}:]){_FILLER}$")
# 第一名 / 第一品牌 / 第一的 / 第一梯队: a rank, not a point.
_RANK_AFTER = re.compile(r"名|品牌|牌|梯队|阵营|的|位|强|大|选择|流|等|把交椅|股|家|了|啊$")
_GOODS_BEFORE = re.compile(rf"(?:^|[{_END}:])?{_FILLER}(?:这|那)(?:个|款|件|台|把|双|套|条|只|张|瓶|盒|袋|支|口)?[\u4e00-\u9fff]{{0,4}}$|它$")
_CLAUSE_AFTER = re.compile(r"(?:呢|啊)?(?:它|他|她|这|那|就是|是|可以|能|不|没|有|先|用|采用)")
_RANK_BEFORE = re.compile(r"销量|销售|行业|全网|全国|国内|同类|品类|类目|排|卖|是|拿|获|得|榜|业内|世界|全球|市场|市面|口碑")
_NEXT_POINT = re.compile(r"第二|第2|其次|二是|二来")
_NO_SECOND = re.compile(r"(?:不出|不到|没有|没|无|找|有)$")
_ORDER_ITEM = re.compile(r"个|位|款|件")
_RANKING = re.compile(r"销量|销售|卖|榜|全网|行业|全国|同类|同行|口碑|好评|人气|热度|市面|市场|业内")
_ENUM_REACH = 80
# round 87: a list announced before (说三点, 讲两个方面, 有三个好处, 几个特点, 三个理由)
_ANNOUNCED = re.compile(
    r"(?:说|讲|聊|提|有|分|讲讲|说说|总结)(?:一下)?(?:[两二三四五六七八九几]|[0-9])(?:个|大)?(?:点|条|方面|好处|优点|特点|卖点|理由|原因|亮点|步|步骤)"
)
_POINT_CLAUSE = re.compile(r"(?:呢|啊|就是)?(?:它|他|她|这|那|可以|能|不|没|有|是|用|采用|先|再|要|得|别|我们|咱)")


def _clause_list(text: str, end: int) -> bool:
    """Round 87: is 第一 followed by a clause of its own, and a later 第二|其次 too (第一它能拆洗第二它不起球)?"""
    if not _POINT_CLAUSE.match(text, end):
        return False
    for m in _NEXT_POINT.finditer(text, end, end + _ENUM_REACH):
        if text[m.start() - 1 : m.start()] in ("比", "过", "于", "超") or _RANK_AFTER.match(text, m.end()):
            continue  # 它比第二那款好, 甩第二名: a ranking, not the next point
        if _POINT_CLAUSE.match(text, m.end()) and not _RANK_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            return True
    return False


def enumeration_marker(text: str, start: int, end: int) -> bool:
    """Is 第一 the first point of a list (第一这个枕头可以拆洗第二枕芯是天然乳胶的), or the first of a running order?"""
    surface = text[start:end]
    if surface.startswith("排") and surface.endswith("第一"):
        return _running_order(text, start, end)
    if surface not in ("第一", "第1"):
        return False
    if _RANK_AFTER.match(text, end):
        return False
    if _RANK_BEFORE.search(text, max(0, start - 3), start):
        return False
    if _ANNOUNCED.search(text, max(0, start - 16), start) or _clause_list(text, end):
        pass  # round 87: a list announced (咱说三点啊，第一…) or each point its own clause (…第一它能拆洗第二它不起球)
    elif not _MARKER_BEFORE.search(text, max(0, start - 14), start):
        # after the goods named (这个枕头第一可以拆洗第二…): only before a clause of its own, never after a rank word
        if not (_GOODS_BEFORE.search(text, max(0, start - 8), start) and _CLAUSE_AFTER.match(text, end)):
            return False
        if _RANK_BEFORE.search(text, max(0, start - 8), start):
            return False
    for m in _NEXT_POINT.finditer(text, end, end + _ENUM_REACH):
        if text[m.start() - 1 : m.start()] in ("比", "过", "于", "超"):
            continue  # round 87: 这款锅第一，它比第二那款强 — a ranking against the second
        if not _NO_SECOND.search(text, max(0, m.start() - 2), m.start()):
            return True
    return False


def _running_order(text: str, start: int, end: int) -> bool:
    """Is 排第一个 the first place of a running order, the second named after it (排第一个的是…第二个是…)?"""
    item = _ORDER_ITEM.match(text, end)
    if not item:
        return False
    if text.find("第二" + item.group(), item.end(), item.end() + _ENUM_REACH) == -1:
        return False
    return not _RANKING.search(text, max(0, start - 30), end + _ENUM_REACH)


# -- 2. 顶级 heard for 顶层 --------------------------------------------------------------------------------------------

_ROOF_WORD = re.compile(r"(?:屋|楼|房|吊|山|塔|车)$")
_AT_BEFORE = re.compile(r"(?:在|到|住|搬到|搬去|位于)$")
_FLOOR_AFTER = re.compile(rf"(?:呃|嗯|就是)?(?:那层|这层|那一层|一层|顶层|层|楼|[{'0-9一二三四五六七八九十百'}]+(?:层|楼))")
_BUILDING = re.compile(r"楼|层|屋|房|电梯|天台|阁楼|仓库|车库|顶棚")
_BUILDING_BEFORE = re.compile(r"楼|栋|幢|大厦|公寓|小区|宿舍|写字楼|单元|房子|办公室|样板间|住")
_TOP_FLOOR_AFTER = re.compile(
    r"(?:呃|嗯|啊|就是|也就是|那个|是)*(?:那|这)?(?:一)?层|(?:呃|嗯|啊|就是|也就是|那个|是)*(?:最上面|最高|最顶上?|顶层|顶楼)"
    r"|(?:呃|嗯|就是|也就是)*[0-9一二三四五六七八九十百]+(?:层|楼)"
)


def top_floor(text: str, start: int, end: int) -> bool:
    """Is 顶级 a floor or a roof (仓库在顶级那层, 屋顶级的防水卷材), not a grade?"""
    if not text.startswith("顶级", start):
        return False
    sentence, lo = _sentence(text, start, end)
    if not _BUILDING.search(sentence):
        return False
    if _ROOF_WORD.search(text, max(0, start - 1), start):
        return True
    if _AT_BEFORE.search(text, max(0, start - 4), start) and _FLOOR_AFTER.match(text, start + 2):
        return True
    # round 87: the building named before and the floor right after, only fillers between (在这栋楼的顶级那一层,
    # 办公室在这栋楼的顶级就是最上面那层三十二楼, 这个小区顶级那层是复式) — 这栋楼的顶级装修 stays a grade
    return bool(_BUILDING_BEFORE.search(sentence[: start - lo]) and _TOP_FLOOR_AFTER.match(text, start + 2))


# -- 3. 特效 of a picture -----------------------------------------------------------------------------------------------

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


# -- 4. a game's or a film's name ----------------------------------------------------------------------------------------

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


# -- 5. a self-healing material ------------------------------------------------------------------------------------------

_MATERIAL_AFTER = re.compile(r"(?:的)?(?:涂层|镀层|漆|膜|车衣|材料|面料|功能|技术|层|屏)")
_SKIN = re.compile(r"肌|肤|脸|斑|痘|屏障|敏感|毛孔|皱|发|头皮|面膜|精华|霜|乳")


def self_healing(text: str, start: int, end: int) -> bool:
    """Is 修复 a material healing itself (它有自修复涂层)?"""
    if text[start:end] != "修复" or text[start - 1 : start] != "自" or not _MATERIAL_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _SKIN.search(sentence)


# -- the entry point ----------------------------------------------------------------------------------------------------


def round83_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 33's F3/F4 families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if round87_said(text, start, end, category):
        return True  # batch 35 (app.rules.scopes_round87): 这个吹风机有负离子, 第一名拍到的宝送…, 印错了的招才进宝
    if category == "绝对化用语":
        if "第" in text[start:end]:
            return enumeration_marker(text, start, end)
        return top_floor(text, start, end) or work_name(text, start, end)
    if category == "医疗用语":
        return visual_effect(text, start, end)
    if category == "化妆品宣称":
        return self_healing(text, start, end)
    return False
