"""Context scopes: mis-hearings of ordinary words (包过 = 包裹, 开光 = 开关, 顶级 = 顶层, 第一排).

:func:`app.rules.scopes_replies.mentioned` calls :func:`misheard_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **包过 heard for 包裹** (:func:`parcel_heard`, 投资承诺): 包过 as a noun (的|个|些|件 before) then a shipping word within ten
   characters (发出|发货|寄出|派送|签收|揽收|转运中心|快递|物流|到了) and no exam word in the sentence (考|证|课|班|学|培训|通过). Round 64: 包过
   opening its sentence as the subject of a shipping state (包过已经到转运中心了, 包过还在路上, 包过今天都发出了, 包过到哪了) — never a bare 发货
   (包过，下单就发货 is the exam promise), never with an exam word. (from round 48)
2. **开关 heard as 开光** (:func:`switch_heard`, 迷信; widens round 48's 包过-heard-for-包裹): 开光 as a part of a device
   (台灯的开光, 风扇的开光, 电源开光) that is pressed, turned or sits somewhere (在底座上, 按一下, 一拨就亮, 长按三秒) — a switch, not a
   consecrated charm. Never with a charm word (大师, 寺, 法师, 加持, 佛, 护身 …). Round 87: also the mains switch (总开光), a
   switch that breaks or is replaced (开光坏了…换个新的开光), its kind (触摸式) or 开…关 after it, and switch traits with a device
   (插线板的开光是独立的); the charm list takes 保佑|运势|财运|好运. (from round 68)
3. **顶级 heard for 顶层** (:func:`top_floor`, 绝对化用语): 顶 ending the word before (屋顶级的防水卷材, 楼顶级那层), or 在|到|住 before and a
   floor after (在顶级二十六层, 在顶级呃顶层十八楼, 顶级那层) — a floor or a roof, not a grade. Round 87: or the building named anywhere
   before and the floor right after (这栋楼的顶级那一层, 顶级就是最上面那层). 顶级的玻璃种, 顶级品质 and 这栋楼的顶级装修 stay claims. (from round 83)
4. **开关 heard as 开光** (F4; widens round 68's switch_heard): 开光 + 在 + where on the thing (开光在侧边, 开光在哪, 开光在底下) in a
   sentence naming no charm — a rite has no place on a dog bed's heating pad. (from round 92)
5. **顶级 heard for 顶层** (F4; widens round 83's top_floor): a building before and a roof place after (楼的顶级是个天台花园,
   大厦顶级是露台). 这栋楼的顶级装修 stays a claim. (from round 92)
6. **包裹 and 开关 misheard** (F4; widens round 48/64's parcel_heard and round 92's switch_placed): 包过 + a parcel's fate
   (破了, 到了, 丢了, 压扁) or a place on it (包过上, 包过堆里); 开光 + Cantonese 喺 (开光喺后面); 第一排第一个 (F3: a place in a row, not 排第一).
   (from round 95)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END
from app.rules.scopes_text import _sentence

# -- 包过 heard for 包裹 -------------------------------------------------------------------------------------------------

# round 87: a day + 到 (听日到, 明天就到, 后日先到) and Cantonese shipping words (到咗, 寄咗, 派件, 落楼攞)
_DAY_ARRIVES = (
    r"(?:今天|明天|后天|今日|明日|听日|聽日|后日|後日|礼拜.|星期.|周.|下午|晚上|听朝|今晚)(?:就|会|先|应该|可以|能|都)?(?:到|送到|派到|寄到|派送|派|送|发出|发)"
    r"|到咗|寄咗|发咗|派咗|收咗|落楼|攞|拎|取件|派件"
)

_SHIPPED_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:发出|发货|寄出|派送|签收|揽收|转运中心|快递|物流|到了|就到|能到|会到|送到|到货|{_DAY_ARRIVES})"
)

_NOUN_BEFORE = frozenset("的个些件俩嘅")  # 包过 as a noun: 宝宝们的包过, 两个包过

_OPENERS = frozenset(f"{_END}:，,")

_VOCATIVE = re.compile(r"(?:宝宝们|家人们|姐妹们|朋友们|亲们|宝们|大家)$")

# round 71: a source or a place between (包过已经从仓库发出, 包过今天由顺丰寄出, 包过明天到本地转运中心)
_SHIPPED_STATE = re.compile(
    r"(?:已经|都|还|今天|明天|昨天|今晚|刚|刚刚|正|也|全部|大部分){0,3}(?:(?:从|由|在|用)[^" + _END + r"考证课班学]{1,6}?)?(?:在)?"
    r"(?:到了|到转运|在转运|到分拣|在分拣|在路上|发出|寄出|发走|发了|寄了|派送|签收|揽收|出库|出仓|装车|到驿站|到本地|到你|到家|"
    r"到哪|到快递|进快递|丢了|破了|没到|没收到|送到|到站)"
)

_EXAM = re.compile(r"考|证|课|班|学|培训|通过|上岸|报名|驾照|科目|(?<!问)题|老师|不过|过不了|没过|退费|全额退|资料|教材|备考")

# round 83: 包过 as a noun — inside it (包过里面还送了一个杯刷), or as the subject of any clause (包过今天下午四点前都会
# 发出, 包过都给你们打好了, 我的包过到哪了, 宝宝说包过被压扁了) — with a parcel word anywhere in its sentence.
_INSIDE = re.compile(r"里面|里头|里边|里|外面|外边|外包装|上面|上贴|上写")

_SUBJECT_NEXT = re.compile(
    r"已经|都|还|今天|明天|昨天|今晚|明儿|刚|从|由|在|到|被|给|也|要|会|全|大部分|一般|正|能|什么|啥|怎么|多久|几天|没|有"
    r"|听日|聽日|今日|琴日|寻日|后日|後日|仲|喺|几时|咩"  # round 87: Cantonese (个包过听日到, 包过仲喺路上)
)

_PARCEL = re.compile(
    r"发出|发货|发了|发走|发完|寄|派送|派件|签收|揽收|转运|快递|物流|顺丰|中通|圆通|申通|韵达|邮政|京东|极兔|单号|仓|打包|打好|"
    r"压扁|压坏|破损|破了|丢了|补发|到哪|到手|收到|送到|来取|取件|驿站|拆开|运输|路上|到货|能到|就到|会到|时候到|几时到|多久到|哪天到|到了|配送|泡沫|纸箱|盒|"
    + _DAY_ARRIVES
)


def parcel_heard(text: str, start: int, end: int) -> bool:
    """Is 包过 a misheard 包裹 that ships (宝宝们的包过今天都发出了)?"""
    if text[start:end] != "包过":
        return False
    if _parcel_noun(text, start, end):
        return True
    if text[start - 1 : start] in _NOUN_BEFORE:
        if not _SHIPPED_AFTER.match(text, end):
            return False
    # round 64: 包过 opening its sentence as the subject of a shipping state (包过已经到转运中心了, 包过还在路上)
    elif not (start == 0 or text[start - 1] in _OPENERS or _VOCATIVE.search(text, max(0, start - 4), start)):
        return False
    elif not _SHIPPED_STATE.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _EXAM.search(sentence)


def _parcel_noun(text: str, start: int, end: int) -> bool:
    """Round 83: is 包过 a noun (inside it, or a clause's subject) in a sentence about a parcel, with no exam word near?"""
    if not _INSIDE.match(text, end):
        if not _SUBJECT_NEXT.match(text, end) or not _PARCEL.search(_sentence(text, start, end)[0]):
            return False
    return not _EXAM.search(text, max(0, start - 30), end + 30)


# -- 开关 heard as 开光 --------------------------------------------------------------------------------------------------

_DEVICE_BEFORE_SWITCH_HEARD = re.compile(
    r"(?:灯|台灯|风扇|电扇|插座|插排|电源|机器|机身|底座|侧面|背面|遥控器|按钮|手电|吹风机|加湿器|音箱|开|总|的|个)$"
)

_OPERATED_AFTER = re.compile(
    rf"[^{_END}]{{0,8}}?(?:按一下|按两下|按下|一按|长按|短按|轻按|轻触|一拨|拨一下|拧一下|一拧|打开|关掉|关上|就亮|就灭|"
    r"在底座|在侧面|在背面|在机身|在线上|在尾部|在后面|在上面|在下面|在左边|在右边|在顶上|在顶部|在底部|在手柄|在把手|坏了|失灵|接触不良|没反应)"
)

_CHARM = re.compile(r"保佑|运势|财运|好运|大师|寺|庙|法师|师父|加持|佛|菩萨|护身|护体|辟邪|招财|转运|保平安|(?<!失)灵(?!敏|活|巧)|吊坠|手串|手链|貔貅|貔|符|葫芦|摆件|挂件|观音|玉|平安扣|法器|木雕|神像")

# round 83: a device named and worked anywhere in the sentence (车载吸尘器这个开光有点紧 用的时候按到底, 开光松了灯就不亮)
_DEVICE = re.compile(
    r"灯|风扇|电扇|插座|插排|插线板|电源|机器|吸尘器|加湿器|吹风机|电吹风|音箱|音响|遥控|手电|电动|电热|电器|电池|充电|"
    r"按摩仪|剃须刀|牙刷|电饭|电水壶|水壶|净化器|除湿机|取暖器|暖风机|空调|冰箱|洗衣机|烤箱|微波炉|开机|关机|通电|断电|指示灯|"
    r"[电暖烤烘吸榨搅风]\w?器|电暖|暖气|油汀|电热毯|热水器|排气扇|排风扇|浴霸|插线|排插|拖线板|开关|面板|电线|线控"  # round 87
)

_WORKED = re.compile(
    r"按|拨|拧|推|扳|摁|触|亮|灭|紧|松|卡|硬|软|灵敏|失灵|坏|接触|反应|通电|断电|开机|关机|档|底座|侧面|背面|后面|手柄|把手|"
    r"独立|单独|单控|双控|每个孔|一个孔|每个口|一孔一|一位一|控制|带灯|防水|防溅|旋钮|按键"  # round 87: what the switch is like
)

# round 87: 开光 shown a switch by itself — the mains one (总开光, 电源开光), it breaks or is repaired (开光坏了, 换个新的开光),
# its kind (开光是触摸式的, 按压式的开光) or it turns a thing on and off (碰一下开，再碰一下关)
_MAIN_SWITCH_BEFORE = re.compile(r"(?:总|电源|主|大|墙上的?|床头的?|灯的?)$")

_SWITCH_ITSELF = re.compile(
    r"(?:又|有点|老是|总是|已经|经常)?(?:坏了|坏掉|坏的|失灵|松了|松动|卡住|卡了|接触不良|没反应|按不动|按不下|拨不动|拧不动|不回弹|进水)"
    r"|(?:是|为)?(?:触摸|触控|感应|按压|按键|拨动|翘板|旋钮|声控|遥控|轻触|自复位)式?"
)

_SWITCH_KIND_BEFORE = re.compile(r"(?:触摸|触控|感应|按压|按键|拨动|翘板|旋钮|声控|轻触)式?的?$")

_ON_AND_OFF = re.compile(rf"[^{_END}]{{0,6}}?开[^{_END}]{{1,8}}?关(?!注|系|于|键词)|开和关|开关两|一开一关")

_REPAIRED = re.compile(r"(?:换|修|装|配|寄|补)(?:个|一个|了|好)?(?:新的?)?$")

_NOT_NOUN_NEXT = re.compile(r"的|过|了|仪式|加持|开运|保|护")


def switch_heard(text: str, start: int, end: int) -> bool:
    """Is 开光 a misheard 开关 of a device (台灯的开光在底座上，按一下就亮)?"""
    if text[start:end] != "开光":
        return False
    sentence, lo = _sentence(text, start, end)
    if _CHARM.search(sentence):
        return False
    if _DEVICE_BEFORE_SWITCH_HEARD.search(text, max(0, start - 3), start) and _OPERATED_AFTER.match(text, end):
        return True
    if _MAIN_SWITCH_BEFORE.search(text, max(0, start - 3), start) or _SWITCH_KIND_BEFORE.search(text, max(0, start - 5), start):
        return True
    if _SWITCH_ITSELF.match(text, end) or _ON_AND_OFF.match(text, end):
        return True
    if _REPAIRED.search(text, max(0, start - 6), start) and any(
        _SWITCH_ITSELF.match(text, m.end()) for m in re.finditer("开光", text)
    ):
        return True  # 开光坏了的话寄回来我们给你换个新的开光
    if _NOT_NOUN_NEXT.match(text, end):
        return False  # 开光的 / 开过光 / 开光仪式: the rite itself
    rest = sentence[: start - lo] + sentence[end - lo :]  # the sentence without the hit (开光 holds 开, not 按)
    return bool(_DEVICE.search(rest) and _WORKED.search(rest))


# -- 顶级 heard for 顶层 -------------------------------------------------------------------------------------------------

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


# -- 开关 heard as 开光 --------------------------------------------------------------------------------------------------

_PLACED_AFTER = re.compile(
    r"(?:就|是)?在(?:哪|哪儿|哪里|啥地方|什么地方|什么位置|(?:机身|底座|手柄|把手|线上|尾部|顶部|底部|垫子|插头)?"
    r"(?:侧|底|背|顶|后|前|左|右|下|旁|尾|线)(?:面|边|部|头|侧|方|下|上)?)"
)


def switch_placed(text: str, start: int, end: int) -> bool:
    """Is 开光 a switch located on the thing (加热垫开光在侧边, 插座开光在哪)?"""
    placed = _PLACED_AFTER.match(text, end) if text[start:end] == "开光" else None
    if not placed or re.match(r"(?:的)?(?:做|开|请|弄|办|进行|举行|念|供)", text[placed.end() :]):
        return False  # 开光在后面做的: the rite done later, not a switch
    sentence, _ = _sentence(text, start, end)
    return not _CHARM.search(sentence)


# -- 顶级 heard for 顶层 -------------------------------------------------------------------------------------------------

_BUILDING_BEFORE_TOP_FLOOR_PLACE = re.compile(r"楼|栋|幢|大厦|公寓|小区|宿舍|写字楼|房子|酒店|商场")

_ROOF_PLACE_AFTER = re.compile(
    r"(?:呢|啊)?(?:是|就是|有|住着|是个|是一个)(?:个|一个)?[\u4e00-\u9fff]{0,2}?(?:天台|露台|阁楼|平台|花园|屋顶|楼顶|阳台|泳池|餐厅|会所|机房|水箱)"
)


def top_floor_place(text: str, start: int, end: int) -> bool:
    """Is 顶级 the top floor of a building named before (他们家楼的顶级是个天台花园)?"""
    if not text.startswith("顶级", start):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_BUILDING_BEFORE_TOP_FLOOR_PLACE.search(sentence[: start - lo])) and bool(
        _ROOF_PLACE_AFTER.match(text, start + 2)
    )


# -- 包裹 and 开关 misheard ----------------------------------------------------------------------------------------------

_PARCEL_FATE = re.compile(r"(?:已经|都|也)?(?:破了|破损|到了|丢了|压扁|压坏|漏了|湿了|拆了|签收|被签收|上|堆里|堆上|里面|里头)")

_CHARM_WORD = re.compile(r"大师|寺|庙|法师|加持|护身|辟邪|招财|转运|保平安")


def misheard(text: str, start: int, end: int) -> bool:
    """Is 包过 a parcel (包过破了, 躺在包过上), 开光 a switch in Cantonese (开光喺后面) or 排第一 a row (第一排第一个)?"""
    word = text[start:end]
    if word.startswith("排第") and re.search(r"第[0-9一二三四五六七八九十]$", text[max(0, start - 3) : start]):
        return bool(re.match(r"(?:个|位|件|款|格|层|只|瓶|盒|排)", text[end:]))  # 第一排第一个: a place in a row
    sentence, _ = _sentence(text, start, end)
    if word == "包过":
        return bool(_PARCEL_FATE.match(text, end)) and not re.search(r"考|证|学|课|保过|通过率", sentence)
    if word == "开光":
        return text.startswith("喺", end) and not _CHARM_WORD.search(sentence)
    return False


def misheard_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "投资承诺":
        return parcel_heard(text, start, end) or misheard(text, start, end)
    if category == "迷信":
        if text[start] == "开" and switch_heard(text, start, end):
            return True
        return switch_placed(text, start, end) or misheard(text, start, end)
    if category == "绝对化用语":
        if "第" not in text[start:end] and top_floor(text, start, end):
            return True
        if text[start] != "最" and top_floor_place(text, start, end):
            return True
        return text[start] == "排" and misheard(text, start, end)
    return False
