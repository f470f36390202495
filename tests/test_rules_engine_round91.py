"""Round 91 (false alarms of blind batch 36's family traps F2, F6 and F7 — t36b, engine, new module
app/rules/scopes_negated.py; scopes._effect_denied, _DISCLAIM_REV and round 85's own_pick widened in place).

What a user notices: a denied effect no longer raises a popup when the term is said again in the same breath
(没有美白作用，主要是补水，想美白的别拍), nor goods the shop says it does not sell (咱家不卖祛斑霜), a posture
correction denied (不能矫正驼背), a Cantonese denial (唔可以代替药物), a limited 百分之百 (不能百分之百驱蚊), or the
speaker's own wish among the item's colours (我最想要奶白色, 我自个儿最稀罕这个蓝的, 你们自己最想要哪个色).
A question declined in fresh wordings stays quiet too (说不上来, 怎么说呢 各人口味不一样, 自己判断 我不替你下结论,
唔识讲, 保不了 没有哪个班能包过, 这个我不保证). The claims stay: a turn back after the denial (但是用完就美白了), a result after it (用了一周就美白了), a double
negation (冇话唔可以美白), an outside scope after 最想要 (我最想要的就是全网最低价).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F6: a term said again after its own denial (scopes_negated.repeated_denied)
    "这款精华没有美白作用，主要是补水，想美白的别拍",
    "这个乳液不能祛痘，冲着祛痘来的宝宝别买",
    # F6: goods not sold (scopes_negated.not_sold), also when echoed as a question first
    "祛斑霜？咱家不卖祛斑霜，这就是个保湿霜",
    "我们店里不卖减肥药，只卖零食",
    "减肥药我们不卖，这是代餐粉",
    # F6: a correction denied (矫 in _EFFECT_CHARS), a Cantonese denial, a limited 百分之百
    "这个护腰不能矫正驼背，就是坐着舒服",
    "呢款茶唔可以代替药物，唔舒服要睇医生",
    "这个手环不能百分之百驱蚊，晚上还是要点蚊香",
    "这款防晒不能百分之百防晒黑，要补涂",
    # F7: one's own wish among the shop's variants (scopes_ownpick.own_pick widened)
    "这几个颜色里我最想要奶白色",
    "我自个儿最稀罕这个蓝的",
    "你们自己最想要哪个色，打在公屏",
    "我啊，我最想入的是这个小号的",
    # F2: asked and declined, fresh wordings (scopes_answers.DECLINE/_AB widened; scopes_negated.nobody_can)
    "有人问是不是最好的电饭煲，好不好大家自己判断，我不替你下结论",
    "是不是最甜的橙子 这怎么说呢 各人口味不一样",
    "哪款洗面奶最温和，你问我我也说不上来，我只用过这两款",
    "係咪全港最平啊 我唔识讲 只可以话今日呢个价",
    "问这个班是不是包过 保不了 没有哪个班能包过",
    "保不保证白啊，这个我不保证，美白每个人都不一样",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize("text", [
    "这款面膜不敢说美白，但是用完第二天就美白了",
    "这个不能矫正驼背，但是我们这个用了就能矫正驼背",
    "冇话唔可以美白，用咗就白",
    "这个没有美白功效，用了一周就美白了",
    "我们不卖减肥茶，但是这款喝了就瘦十斤",
    "我最想要的就是全网最低价",
    "不能说百分之百有效，但是我保证百分之百有效",
    "是不是最好的电饭煲？说不上来，但是用过的都说是最好的",
    "哪款最温和？我说不上来，反正是最温和的",
    "没有哪个课能保过，但是我们这个课保过",
])
def test_the_near_misses_still_fire(matcher, text):
    assert _hits(matcher, text)
