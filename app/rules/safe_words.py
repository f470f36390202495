"""Ordinary words and contexts in which a risky-looking term is not a claim.

A hit is dropped when one of these covers its whole span (so 第一 inside 第一次 is dropped, but 全网第一
next to 第一次 is not: 第一次 does not cover 全网第一). Rules are generic (an ordinal 第N followed by a
measure word; 最好 used as "had better"), not lists of sentences. Texts and words here are already
normalised (simplified, lower case, no spaces). Entries' own ``exemptions`` are handled by the matcher.

Compiled once at import; the functions are pure and thread-safe.
"""

from __future__ import annotations

import bisect
import re

_NUM = "0-9一二三四五六七八九十两百"

# Plain words that contain a risky-looking piece but are everyday speech.
SAFE_WORDS = (
    "最近", "最初", "最终", "最起码", "最后面", "首先", "首次", "首页", "首单", "首付",
    "顶部", "顶端", "顶上", "极简", "极少数", "第一时间", "国家标准", "国家规定", "国家政策", "国家要求",
    "国家补贴", "国家法律", "国家法规", "根植", "唯一的缺点", "唯一的要求", "万一", "一流程",
    # Everyday words that sound like severe terms (the homophone pass would take them for them).
    "卫衣", "威信", "包裹", "转运中心", "转运站", "面包",
)

# Contexts, as regular expressions over the normalised text; the whole match is the covering span.
# Each comes with the literal that must occur for it to apply (its trigger): the matcher finds triggers in
# its single Aho-Corasick pass and runs a context's regex only around them, and only if there are hits.
SAFE_CONTEXTS: tuple[tuple[str, str], ...] = (
    # 第一次 / 第二步 / 第一个链接 / 第三天 / 第一位顾客: an ordinal, not a ranking (第一名 / 第一品牌 are).
    ("第", rf"第[{_NUM}]+(?:个|次|步|天|期|轮|波|批|排|页|集|场|单|份|层|季|站|节|章|题|点|条|种|组|号|项|句|段|遍|回"
     r"|趟|眼|部分|阶段|印象|感觉|反应|件|款|套|盒|瓶|张|周|年|月|讲|环节|口|届|任|卷|篇|部|台|座|艘|架|类|线|课|棒"
     r"|产业|分钟|秒|位(?:顾客|朋友|粉丝|宝宝|姐妹|家人|客人|观众))"),
    # 最后 meaning "finally", not "last N minutes".
    ("最后", r"最后(?:给|再|来|说|讲|介绍|看|跟|我们|咱们|呢|的话|总结|一个链接|一个产品|一款产品|提醒|强调)"),
    # 最好 meaning "had better".
    ("最好", r"(?:你|您|大家|咱们|我们|姐妹们|宝宝们|家人们|朋友们)最好"),
    ("最好", r"最好(?:是|先|不要|别|还是|提前|尽快|早点|再|搭配|配合|趁|在|放|把|等|每天|每次|少吃|多喝|咨询|遵医嘱"
     r"|看一下|看一看|看下|看看|看清|量一下|问一下|问问|对照|参考)"),
    # An objective extreme of a size or spec (最大的码是XXL, 最小的尺寸), not a quality claim.
    ("最", r"最(?:大|小|高|低|长|短|宽|窄|重|轻|深|浅)(?:的)?(?:码|号|尺码|尺寸|规格|容量|长度|宽度|高度|深度|温度|功率"
     r"|承重|档|重量|体积|面积|负载|转速|风速|电流|电压|水位|刻度|年龄|月龄)"),
    # 包过两天 = "the bag, in two days", not 包过 (guaranteed to pass).
    ("包过", rf"包过(?:[{_NUM}几]+|一|半)(?:个)?(?:天|周|星期|礼拜|月|小时|钟头|分钟|阵|会)"),
    # Grades of national standards and business tiers: 一级能效, 二级代理.
    ("级", rf"[{_NUM}]级(?:能效|水效|标准|资质|代理|经销|分销|会员|评分|保护|预警|响应|防水|风|台阶|页面|分类|菜单)"),
)
CONTEXT_REGEXES = tuple(re.compile(rx) for _, rx in SAFE_CONTEXTS)
_BEFORE, _AFTER = 6, 16


def context_spans(text: str, triggers: list[tuple[int, int, tuple[int, ...]]]) -> list[tuple[int, int]]:
    """Spans of the safe contexts around their triggers ``(start, end, context numbers)`` in ``text``."""
    spans = []
    n = len(text)
    for start, end, numbers in triggers:
        for k in numbers:
            spans.extend(m.span() for m in CONTEXT_REGEXES[k].finditer(text, max(0, start - _BEFORE), min(n, end + _AFTER)))
    return spans


_LONGEST = max(len(w) for w in SAFE_WORDS) + _BEFORE + _AFTER


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of ``spans`` (sorted) cover ``[start, end)``? Only spans starting near ``start`` can."""
    i = bisect.bisect_right(spans, (start, 1 << 62))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if a < start - _LONGEST:
            return False
        if b >= end:
            return True
    return False
