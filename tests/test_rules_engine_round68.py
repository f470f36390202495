"""Round 68 (batch 26's false alarms, t26e): older scope families widened, and app.rules.scopes_misheard/scopes_ownpick.

What a user notices: 最好 as advice on where to start (辅食最好从一勺米粉开始加, 最好由少到多), a size range with a bare
figure (最小码二十五，最大到三十四; 最大四十四码), one of the item's own variants picked by description (最便宜的是透明的那个,
最贵的是带支架那款), fit advice that matches the item's variants to kinds of users (侧睡的选高款最合适，仰睡的就用矮款) and
a device's 开关 the recogniser wrote as 开光 (台灯的开光在底座上，按一下就亮) no longer raise popups.
The claims stay: 口碑最好从没差评, a discount 最大到五十 with a coupon, 全网最便宜的是我们的那款, 最便宜的就是我们这款,
敏感肌的人用最合适 (one group, no variants), a real consecration (吊坠的开光在寺里做的). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 最好 "had better" + 从|由 (round 12's family)
    "宝宝辅食最好从一勺米粉开始加，慢慢加量。",
    "这个药膏最好从小面积开始试。",
    "新手练瑜伽最好由简单的动作开始。",
    # a size range with a bare figure (round 23's family)
    "这条牛仔裤最小码二十六，最大到三十六。",
    "这双鞋最小三十五码，最大四十四码。",
    "这条裙子最小码是S，最大码三十。",
    # one of the item's own variants, described (round 8's family)
    "这个手机壳最便宜的是磨砂的那个，别的颜色贵三块。",
    "这个背包最贵的是带支架那款。",
    "这几把伞里最便宜的是折叠的那把。",
    # fit advice per kind of user
    "这个枕头侧睡的选高款最合适，仰睡的就用矮款。",
    "个子矮的选小号最合适，高个子的选大号。",
    "脚宽的人穿大半码最合适，脚瘦的拿正码。",
    # 开关 heard as 开光
    "这个风扇的开光在侧面，一拨就开。",
    "台灯开光坏了按了没反应。",
    "这个加湿器的开光长按三秒就关掉了。",
    "这 个 鼠标 的 开光 在 左边",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这个牌子口碑最好从没差评。", "绝对化用语"),
    ("这个盒子最大到五十，领券再减。", "绝对化用语"),
    ("全网最便宜的是我们的那款。", "价格违规"),
    ("最便宜的就是我们这款。", "价格违规"),
    ("敏感肌的人用最合适了。", "绝对化用语"),
    ("侧睡的人用这款最合适，平躺的人用也舒服。", "绝对化用语"),
    ("这款面霜干皮的人用最合适，全网独一份。", "绝对化用语"),
    ("这个吊坠的开光在寺里做的。", "迷信"),
    ("大师开光的手串戴上保平安。", "迷信"),
    ("这个葫芦摆件的开光在后面做的。", "迷信"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
