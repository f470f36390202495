"""Context scopes, batch 26's false-alarm families: earlier families said in a wider wording.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round68_said`. Text is normalised (commas gone, ？ is ``?``,
宝宝 is 宝, a speaker label's colon stays). Each family is gated by its category and a one-character test first.
(Widened in place elsewhere: round 12's 最好 "had better" now takes 从|由 — 辅食最好从米粉开始加; round 23's size
range takes a bare figure — 最小码二十五，最大到三十四; round 8's picked variant takes 透明的那个.)

1. **Fit advice per kind of user** (:func:`fit_per_user`, 绝对化用语): 最合适|最适合|最好 right after a kind of user and
   the choice (侧睡的人用高款最合适, 个子矮的选小号最合适), with another kind and its own choice in the same sentence
   (平躺的选矮款, 脚瘦的拿正码) — the item's own variants matched to users, not the goods ranked against others.
   Without the second choice (敏感肌的人用最合适) it stays a claim; never with an outside scope (全网, 市面上 …).
   Round 80 (:func:`fit_per_use`): one use, then another with its own how-to (这个大米煮粥最合适，蒸饭的话水少放一点,
   这口锅炖汤最适合，炒菜的话火别太大) — the item's uses told apart; a use alone (炖汤最合适) stays a claim.
2. **开关 heard as 开光** (:func:`switch_heard`, 迷信; widens round 48's 包过-heard-for-包裹): 开光 as a part of a
   device (台灯的开光, 风扇的开光, 电源开光) that is pressed, turned or sits somewhere (在底座上, 按一下, 一拨就亮,
   长按三秒) — a switch, not a consecrated charm. Never with a charm word (大师, 寺, 法师, 加持, 佛, 护身 …).
   Round 87: also the mains switch (总开光), a switch that breaks or is replaced (开光坏了…换个新的开光), its kind
   (触摸式) or 开…关 after it, and switch traits with a device (插线板的开光是独立的); the charm list takes 保佑|运势|财运|好运.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. fit advice per kind of user ---------------------------------------------------------------------------------

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
_OUTSIDE = re.compile(r"全网|全国|全球|行业|市面|市场|同类|同价位|史上|别家|所有人")


# round 80: one use of the goods, then another with its own how-to (这个大米煮粥最合适，蒸饭的话水少放一点; 这口锅炖汤最
#适合，炒菜的话火别太大) — the item's uses told apart, not the goods ranked. A use alone (炖汤最合适) stays a claim.
_USE_VERB = r"(?:煮|蒸|炖|炒|泡|冲|烤|煎|炸|熬|拌|凉拌|榨|腌|卤|包|切|剁|削|装|盛|擦|刷|洗|钓|喂|种|做|打|磨|沏|焖|涮|烙)"
_USE_BEFORE = re.compile(rf"(?:用来|拿来|用它)?{_USE_VERB}[^{_END}的是最我们家]{{0,3}}?(?:的时候|时)?(?:就|都|是)?$")
_OTHER_USE = re.compile(
    rf"(?:了|啊|哈|呀)?(?:要是|如果|但)?(?:用来|拿来)?(?:冷|热|清|生|干|油|水|慢|快|红)?{_USE_VERB}[^{_END}最]{{0,3}}?(?:的话|的时候|时候)"
)


def fit_per_use(text: str, start: int, end: int) -> bool:
    """Is the 最合适 hit one use of the goods told apart from another (煮粥最合适，蒸饭的话水少放一点)?"""
    if not _USE_BEFORE.search(text, max(0, start - 8), start) or not _OTHER_USE.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE.search(sentence)


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
    return not _OUTSIDE.search(sentence)


# -- 2. 开关 heard as 开光 ----------------------------------------------------------------------------------------------

_DEVICE_BEFORE = re.compile(
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
    if _DEVICE_BEFORE.search(text, max(0, start - 3), start) and _OPERATED_AFTER.match(text, end):
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


# -- the entry point ----------------------------------------------------------------------------------------------------------


def round68_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 26's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        return text[start] == "最" and text.startswith(_FIT_HEADS, start) and fit_per_user(text, start, end)
    if category == "迷信":
        return text[start] == "开" and switch_heard(text, start, end)
    return False
