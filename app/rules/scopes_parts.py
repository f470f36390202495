"""Context scope (round 120, batch 55's F13): an ordinal or a superlative that names a part of the item itself.

An instrument's strings, positions and keys, a tool's settings, a shelf's tiers are numbered and compared among
themselves: 吉他第一弦最细，第六弦最粗, 初学的先练第一把位, 最左边第一个键是A0, 一共三档，第一档最省电，第三档最有劲,
二胡最高能上到第五把位. No other seller's goods are ranked (《广告绝对化用语执法指南》（2023）: a comparison inside
one's own goods is no absolute claim). :func:`app.rules.scopes_own.own_or_qualified` calls :func:`part_named`
(绝对化用语). Text is normalised: commas and spaces are gone.

1. **第一 + a part noun** (:data:`_PART_AFTER`): 第一弦, 第一根弦, 第一把位, 第一个键, 第一档, 第一格, 第一层 — never with an
   outside scope in the sentence (行业第一档, 全网第一梯队 stay rankings: :data:`_OUTSIDE`).
2. **最 right after a numbered part** (:data:`_PART_BEFORE`): 第一弦最细, 第三档最有劲, 第二层最宽.
3. **最 + reaching a numbered part** (:data:`_REACH_PART`): 最高能上到第五把位, 最低到第一档.
4. **A word written as characters** (:func:`written_word`, 绝对化用语/价格违规; F9): 写“第一”两个字, 练书法天天写第一.
5. **A rank among the shop's own records** (:func:`records_ranked`, F10): 收货地址里南京排第一, 排在第一的弹幕问….
6. **NO.1 of a numbered run** (:func:`numbered_run`, F10): 福袋no.1已经开奖…no.2福袋八点四十开.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import _sentence

_NUM = "一二三四五六七八九十两0123456789"
_PARTS = r"(?:根弦|弦|把位|品位|个键|键|个档|档位|档|挡|个挡|格|层|孔|节|个孔|个格|根|排键)"
_PART_AFTER = re.compile(_PARTS + r"(?!牌|品牌|名|流|梯队|线|时间|次)")
_PART_BEFORE = re.compile(rf"第[{_NUM}]+{_PARTS}[\u4e00-\u9fff]{{0,2}}?(?:是|就是|的|也是|也)?$")  # 第三档风最大
_REACH_PART = re.compile(rf"最[高低大小]?(?:能|可以|可)?(?:上|升|降|调|按|弹|拉)?(?:到|至)第[{_NUM}]+{_PARTS}")
_OUTSIDE = re.compile(r"全网|全国|全球|世界|行业|业内|同行|同类|市面|国内|国际|品牌|牌子|销量|榜")


def part_named(text: str, start: int, end: int) -> bool:
    """Is the 第一 or 最 at ``text[start:end]`` a part of the item numbered or compared among its own parts?"""
    surface = text[start:end]
    sentence, lo = _sentence(text, start, end)
    if _OUTSIDE.search(sentence):
        return False
    if surface == "第一":
        return _PART_AFTER.match(text, end) is not None
    if surface.startswith("最"):
        return bool(_PART_BEFORE.search(text, max(0, start - 8), start) or _REACH_PART.match(text, start))
    return False


# r120 (F9): the word written as characters — calligraphy practice, a brush's test stroke (写“第一”两个字不犯法,
# 你练书法天天写第一都没事, 临帖抄“最”字). 包装上写着第一 (a label's claim: 写着) and a plain sentence stay claims.
_WRITE_BEFORE = re.compile(r"(?:写|练|抄|描|临|临摹)(?:个|了|过|上|下|一下|一遍)?[“「『‘\"']?$")
_CHARS_AFTER = re.compile(r"[”」』’\"']?(?:这?两个字|这个字|这几个字|几个字|二字|字)")
_CALLIGRAPHY = re.compile(r"书法|字帖|练字|毛笔字|写字|临帖|描红|笔画|楷书|行书|草书|隶书")


def written_word(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word written out as characters (calligraphy, practice), not said of goods?"""
    if _WRITE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    return _CHARS_AFTER.match(text, end) is not None or _CALLIGRAPHY.search(_sentence(text, start, end)[0]) is not None


# r120 (F10): a place or a person ranked within the shop's own records (我们店收货地址里南京排第一, 排在第一的弹幕问…):
# the shop's customers, orders or comments are ordered, not the goods. Never with a sales or outside word (销量, 全网 …).
_RECORDS_BEFORE = re.compile(
    r"(?:收货地址|地址|订单|买家|客户|顾客|粉丝|回头客|评论|弹幕|留言|提问)(?:里|里面|中|当中|列表里|名单里)(?:(?!说|讲|款|它|品|这|都)[\u4e00-\u9fff]){1,3}(?:排|排在|排名)?$"
)
_VIEWER_AFTER = re.compile(r"(?:个|位|名)?的(?:弹幕|留言|评论|提问|问题|宝|观众|粉丝|朋友|家人|兄弟|姐妹)")
_SALES = re.compile(r"销量|卖得|卖的|销售|全网|全国|行业|同类|市面|品牌|榜")


def records_ranked(text: str, start: int, end: int) -> bool:
    """Is the 第一 at ``text[start:end]`` a rank among the shop's own customers, orders or comments?"""
    sentence, _lo = _sentence(text, start, end)
    if "第一" not in text[start:end] or _SALES.search(sentence):
        return False
    if _RECORDS_BEFORE.search(text, max(0, start - 12), start):
        return True
    return text[max(0, start - 2):start].endswith(("排在", "排")) and _VIEWER_AFTER.match(text, end) is not None


# r120 (F10): NO.1 in a numbered run with NO.2 after it (本场福袋no.1已经开奖…no.2福袋八点四十开): a draw's or a list's
# numbering, not a ranking — never with a sales or outside word in the text (全网no1, 销量no1 stay claims).
_NEXT_NUMBER = re.compile(r"no\.?(?:2|two|二)")


def numbered_run(text: str, start: int, end: int) -> bool:
    """Is the NO.1 at ``text[start:end]`` the first of a numbered run (NO.2 follows in the text)?"""
    if not text[start:end].startswith("no") or _SALES.search(text, max(0, start - 8), end + 8):
        return False
    if text[max(0, start - 2):start].endswith(("是", "称", "当", "做")):
        return False  # 这款是NO.1，NO.2都比不上: asserted of the goods
    return _NEXT_NUMBER.search(text, end, end + 40) is not None
