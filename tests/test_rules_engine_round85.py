"""Round 85 (false alarms of blind batch 33's family traps F7 and F8, plus batch 32's lg-11016/11027/11245 — t33d, engine,
new module app/rules/scopes_ownpick.py/scopes_shoprecord.py/scopes_measures.py/scopes_advice_best.py; the 最好看看 exemption left ABS-0001/0035/0113).

What a user notices: the host's own pick among the shop's variants no longer raises a popup however it is said (我最推荐的是
三十二厘米的, 我呀我最喜欢薄荷味的, 俺最稀罕这个枣红的, 几款入面我最钟意米白色), nor the taste asked of the audience (你们最
喜欢哪个颜色), an opinion framed as one's own (我个人感觉配这条裤子最好看), the shop's own sales record for a named item
(店里这周是它卖得最多 — even after 全网的我们没统计过), 最好 as advice in its natural variety (饭后半小时喝最好, 最好煲两个钟,
最好通风一周再住人, 最好慢慢换, 你最好看看说明书再用, 最好瞅一眼日期) or a size chart (脚长二十一厘米, 衣长六十五厘米).
And a plain 这条裙子最好看 now fires — the exemption 最好看看 (folded to 最好看 by the stutter rule) muted every one, and
最好看好/最好看完 muted 最好看，好多人回购 once the comma was gone; all three left the rows.
The claims stay: the same with 全网/市面上/同类里/全国, 我们家最好, 柜子最好装十分钟搞定 (easy to assemble), a child's growth.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # the speaker's own pick (scopes_ownpick.own_pick, widens round 45's own_taste)
    "这三个尺寸里我最推荐中号的，一家三口够用。",
    "我呀我最喜欢薄荷味的，清爽。",
    "几个颜色里俺最稀罕这个枣红的。",
    "这两款凉席我最推荐冰丝的那款",
    "呢几款入面我最钟意浅灰色",
    "我 最 喜欢 的 是 这个 原味 的",
    # the taste asked of the audience
    "你们最喜欢哪个颜色，扣在公屏上。",
    "大家最爱什么口味的？",
    "主播A 你最喜欢哪款 主播B 我最喜欢大号的",
    # an opinion framed as one's own (scopes_ownpick.own_opinion)
    "我个人感觉配这条裤子最好看。",
    "我自己觉得这个豆沙色最显白。",
    "私心觉得这件配白鞋最好看",
    # the shop's own record, the item named (scopes_shoprecord.shop_record)
    "店里这个月还是这款卖得最多。",
    "咱家今年就这个色卖得最好",
    "全网的数据我不清楚，我们店这周是它卖得最多。",
    # 最好 as advice (scopes_advice_best.advice_best)
    "泡好以后最好焖十分钟。",
    "这个酱最好冷藏一晚再吃。",
    "新买的锅最好煮一次水再用",
    "收到货你最好瞅一眼生产日期。",
    "拍之前最好看一下尺码表",
    "你最好看看说明书再用。",
    "最好看完视频再拍",
    "你最好看好了尺码再下单。",
    "洗的时候最好轻轻搓，别用力拧。",
    "猫粮最好慢慢换，别一下子换完。",
    "冰镇以后喝最好。",
    "这个粥早上空腹吃最好",
    "燕麦奶早上喝一杯最好",
    "咖啡豆开袋以后最好两周内喝完",
    "鞋子到手最好穿两天再决定要不要退。",
    "刷完墙最好开窗通风一周再住",
    # a body measure (scopes_measures.body_measure)
    "衣长六十五厘米，袖长五十八厘米。",
    "这双鞋内长二十四厘米，三十码。",
    "宝宝身长五十二厘米的穿这个码",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这条裙子最好看。", "绝对化用语"),
    ("这件衣服最好看了", "绝对化用语"),
    ("这条裙子最好看，好多人回购", "绝对化用语"),
    ("这条裙子最好看完全不挑人", "绝对化用语"),
    ("这个款最好看，闭眼入", "绝对化用语"),
    ("我个人觉得这是全网最好看的", "绝对化用语"),
    ("我最推荐三十二厘米的，这个尺寸的锅全网最轻。", "绝对化用语"),
    ("这个枕头我最推荐，市面上最舒服的枕头", "绝对化用语"),
    ("这个颜色我最喜欢，全网最火的颜色", "绝对化用语"),
    ("店里这周卖得最多的是它，全国卖得最多", "绝对化用语"),
    ("我们家是卖得最多的", "绝对化用语"),
    ("我们家最好", "绝对化用语"),
    ("这个柜子最好装，十分钟搞定", "绝对化用语"),
    ("这款是同类里最好喝的，冷藏以后喝最好", "绝对化用语"),
    ("收到最好冷藏 说实话保鲜效果全网最好", "绝对化用语"),
    ("喝了这个孩子一年长五厘米", "功效夸大"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
