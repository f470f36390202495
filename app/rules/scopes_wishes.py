"""Context scope: a wish said to the audience, not a claim about the goods.

:func:`app.rules.scopes_replies.mentioned` calls :func:`wished`. A greeting at the start or end of a show — 祝大家逢考必过,
提前祝家人们新年快乐，招财进宝, 祝宝宝们身体健康，百病不侵, 愿大家都逢凶化吉 — wishes the viewers luck, wealth or health;
it promises nothing about what is sold, so 《广告法》第九条第八项 (迷信), 第十七条 (疾病) and 第二十五条 (收益) do not reach it.

It stays a hit when the goods stand between the wish and the term (买了这个手串祝你招财进宝 — the term follows the
goods; 祝大家戴上它财运亨通 — wearing it is the means) or are credited right after (祝你逢考必过，就靠这套资料).
Categories: 迷信, 投资承诺, 医疗用语, 功效夸大 (a wish of wealth, luck or health); never the price, urgency, ranking
or cosmetic categories, whose terms said in a wish still describe the goods.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END

_CATEGORIES = frozenset({"迷信", "投资承诺", "医疗用语", "功效夸大"})
_REACH = 24  # characters before the term where the wish may begin (提前祝大家新年快乐，招财进宝)
# 祝/愿/祝福/祝愿 + the audience (庆祝 is no wish: 庆祝店庆); 宝们: 宝宝们 as the stutter fold leaves it.
_WISH = re.compile(r"(?<!庆)(?:祝福|祝愿|恭祝|祝|愿)(?:大家|各位|你们|你|您|家人们|宝宝?们|宝子们|老铁们|姐妹们|姐姐?们|哥哥?们|亲亲?们|集美们|粉丝们|兄弟们|朋友们|所有|咱们|咱|屏幕前)")
# The goods or their use between the wish and the term, or credited right after it.
_GOODS = re.compile(r"这个|这款|这件|这条|这串|这套|这只|这瓶|这盒|它|戴|用|买|拍|吃|喝|摆|挂|穿|靠|有了|链接")
_CREDITED = re.compile(rf"[^{SENTENCE_END}]{{0,6}}?(?:靠|全凭|多亏|就选|戴上|用了|吃了|喝了|这个|这款|这套|它)")
_END = re.compile(f"[{SENTENCE_END}]")


def wished(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate ``text[start:end]`` part of a wish said to the audience (module doc)?"""
    if category not in _CATEGORIES:
        return False
    lo = max(0, start - _REACH)
    if text.find("祝", lo, start) == -1 and text.find("愿", lo, start) == -1:
        return False
    stop = _END.search(text, lo, start)
    while stop is not None:  # the wish must be in the term's sentence
        lo = stop.end()
        stop = _END.search(text, lo, start)
    wishes = [m.end() for m in _WISH.finditer(text, lo, start)]
    if not wishes:
        return False
    if _GOODS.search(text, wishes[-1], start) is not None:  # from the last wish on
        return False
    return _CREDITED.match(text, end) is None
