"""Context scopes, part 5 (batch 10): superlatives about one thing or one's own stock, and named qualifications.

- **A part of one product** (绝对化): 第一杯油脂最厚 / 第一泡香气最浓 — the first cup, brew or layer compared with the
  later ones of the same product, not with other goods (《广告绝对化用语执法指南》: no comparison with competitors).
- **A person's own preference** (绝对化): 我奶奶最爱用这种盆 / 我妈最喜欢这个颜色 — a named person's taste, not a claim
  about the goods (姐妹们最爱的口红 — a crowd — stays one).
- **One's own shop's history or stock** (绝对化/价格): 我们直播间这个月给过的最低价 / 我们店里这个月收到成色最好的一只 /
  在我们家所有的锅里它是最轻的 — an internal comparison (the Guideline), unless an external scope is named (全网, 市面上).
- **A licensed device's own use** (医疗): 这款红外理疗灯是二类医疗器械 — 理疗 in the name of a registered device, the
  registration named in the sentence and not denied, may be said (《医疗器械监督管理条例》: a registered use).
- **A 蓝帽子's approved function** (医疗/功效): 批准的功能只有增强免疫力这一条 — the function named as the approved one
  (《保健食品注册与备案管理办法》), with the health food named in the sentence or its statutory 本品不能代替药物 (batch 19:
  它的批准功能是增强免疫力，不能代替药物; 批准功能是辅助降血脂).
- **A repair that is no skincare** (化妆品): 车漆修复笔 / 地板修复膏 — 修复 of paint, floors, leather or files.

``scopes.not_a_claim`` calls :func:`own_or_qualified`. Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_mentions import _EXTERNAL
from app.rules.scopes_parts import numbered_run, part_named, records_ranked, written_word
from app.rules.scopes_text import _sentence

_COMPARISON = frozenset({"绝对化用语", "价格违规"})

# 第一杯油脂最厚 / 头两泡香气最浓 / 第一遍洗出来泡沫最多: an ordinal part of one product's use before 最.
_ORDINAL_PART = re.compile(
    r"(?:第[一二三四五六七八九十1-9]+|头[一二两三]?|前[一二两三]|最后[一二两三]?)(?:杯|泡|口|遍|层|段|道|锅|圈|壶|茬|水)"
    r"(?:(?!这么|那么|见过|用过|买过)[^。！？!?；;\n最]){0,8}$"
)
# 我奶奶最爱用 / 我妈以前最喜欢: a named person's own taste.
_PERSON_BEFORE = re.compile(
    r"(?:(?:我|我家|我们家|俺|俺家)(?:的)?(?:奶奶?|爷爷?|外婆|外公|姥姥?|姥爷|妈妈?|爸爸?|老公|老婆|媳妇|女儿|儿子|闺女|婆婆?|公公?"
    r"|闺蜜|同事|室友|猫|狗|娃|孩子|老人)|老妈|老爸|家里老人|老人家|他|她"
    r"|(?<![\u4e00-\u9fff])阿[\u4e00-\u9fff])"  # 奶奶 is 奶 after normalising; r128: 阿娟最喜欢 (a person by a pet name)
    r"(?:以前|小时候|平时|从小|一直|也|就|都|那时候)*$"
)
_PREFERENCE_AFTER = re.compile(r"最(?:爱|喜欢|钟意|常|怕|讨厌|想|惦记|馋|稀罕)")
# 我们直播间这个月给过的最低价 / 我们店里这个月收到成色最好的一只 / 在我们家所有的锅里它是最轻的.
_OWN = r"(?:(?:我们|咱们|我|咱|本)(?:家|店|店里|店铺|小店|直播间|仓库|库房)|我们|咱们)"
_OWN_HISTORY = re.compile(
    rf"{_OWN}[^。！？!?；;\n]{{0,8}}?(?:给过|卖过|出过|开过|做过|报过|上过|收到|收过|收来|进过|到过|回收|收)的?[\u4e00-\u9fff]{{0,3}}?$"
)
_OWN_SET = re.compile(
    rf"{_OWN}(?:的|卖的|现有的)?(?:所有|全部|这些|这几)?(?:的)?[\u4e00-\u9fff]{{1,4}}?(?:里|中|当中|里面)"
    r"(?:它|这款|这个|这只|这口|这件|这台)?(?:是|算是|就是|算|也是)?$"
)


def _own_superlative(text: str, start: int, end: int, category: str) -> bool:
    if text.find("最", start, end) == -1:
        return False
    at = text.find("最", start, end)
    lo = max(0, at - 20)
    window = text[lo:at]
    if category == "绝对化用语" and text.startswith("最", start):
        if _ORDINAL_PART.search(window) and not _EXTERNAL.search(window):
            return True  # 第一杯油脂最厚
        if _PREFERENCE_AFTER.match(text, at) and _PERSON_BEFORE.search(window):
            return True  # 我奶奶最爱用
    m = _OWN_HISTORY.search(window) or _OWN_SET.search(window)
    if not m:
        return False
    scope = m.group(0).replace("所有", "").replace("全部", "")
    return not _EXTERNAL.search(scope + text[start:end])


_DEVICE = re.compile(r"(?:[一二三]|Ⅱ|Ⅲ|1|2|3)类医疗器械|医疗器械注册证|械注准|械字号|注册证")
_DENIED_BEFORE = re.compile(r"(?:不是|没有|没|非|不属于|不算|冒充|假冒|假的|不用|无)$")
_APPROVED_BEFORE = re.compile(r"(?:批准|核准|注册|备案)(?:的|过的)?(?:保健)?(?:功能|功效)(?:是|为|只有|就是|仅有|有|只是|仅为)?(?:辅助|有助于)?$")
_HEALTH_FOOD = re.compile(r"蓝帽|保健食品|保健品|健字号|国食健|卫食健|批准文号|(?:不能|不可|不可以|不能够)(?:代替|替代)药(?:物|品)")
_NOT_SKIN = re.compile(
    r"(?:车漆|漆面|划痕|车身|轮毂|玻璃|地板|木地板|家具|木器|皮具|皮革|皮鞋|鞋子|鞋面|包包|墙面|墙|瓷砖|屏幕|系统|数据|文件|照片"
    r"|轮胎|金属|管道|水管|路面|马桶|浴缸|大理石|石材|实木|红木|相册|硬盘)(?:的)?$"
)


def _named(sentence: str, rx: re.Pattern) -> bool:
    return any(not _DENIED_BEFORE.search(sentence[max(0, m.start() - 3) : m.start()]) for m in rx.finditer(sentence))


def own_or_qualified(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate one of the batch-10 own-scope or qualification cases (see the module doc)?"""
    if category in _COMPARISON and any(text.find(ch, max(0, start - 6), start) != -1 for ch in "写练抄描临"):
        if written_word(text, start, end):
            return True  # round 120: 写“第一”两个字, 练书法天天写第一 (app.rules.scopes_parts)
    if category == "绝对化用语" and (part_named(text, start, end) or records_ranked(text, start, end) or numbered_run(text, start, end)):
        return True  # round 120: 第一弦最细, 第一档最省电, 最高能上到第五把位 (app.rules.scopes_parts)
    if category in _COMPARISON:
        return _own_superlative(text, start, end, category)
    if category == "医疗用语" and text[start:end] == "理疗":  # round 76: 二类医疗器械有注册证号，可以理疗 (not only 理疗灯)
        return _named(_sentence(text, start, end)[0], _DEVICE)  # 红外理疗灯是二类医疗器械
    if (
        category in ("医疗用语", "功效夸大")
        and text.find("功", max(0, start - 10), start) != -1
        and _APPROVED_BEFORE.search(text, max(0, start - 10), start)
    ):
        return _named(_sentence(text, start, end)[0], _HEALTH_FOOD)  # 蓝帽子 … 批准的功能只有增强免疫力
    if category == "化妆品宣称" and text.startswith("修复", start) and end - start == 2:
        return bool(_NOT_SKIN.search(text, max(0, start - 5), start))  # 车漆修复笔
    return False
