"""Context scopes: a word that is only a name or means something else here (转运珠 a style's name, 极品飞车, 特效, 自修复).

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

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END
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


def named_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "迷信":
        return style_name(text, start, end) or name_denied(text, start, end) or style_or_motif_name(text, start, end)
    if category == "绝对化用语":
        return "第" not in text[start:end] and work_name(text, start, end)
    if category == "医疗用语":
        return visual_effect(text, start, end)
    if category == "化妆品宣称":
        return self_healing(text, start, end)
    return False
