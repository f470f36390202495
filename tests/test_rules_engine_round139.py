"""Round 139 (batch 64's false alarms, rules alone): a viewer's question read out (有家人问最低能多少钱, 有姐妹问是不是
最好的, 控糖的宝妈问), a word the host has no right to say (没资格讲最好), a denial with a filler (不是啥子第一品牌, 不开光不算命
不看风水), a viewer's request refused (弹幕有人说加个微信便宜点 没有这个说法, 加微信这种事我们不干), a quoted word stopped or
named as a word ("美白"的停一下, 两个字跟它没关系, 两个字被划掉了, 谁再让我说…我就下播), a viewer's typed line refused (这种话
别往直播间刷), specs with units (续航九十分钟, 出锋最长三厘米, 最慢四十最快两百), long hair caught in a brush, a viewer's place in
the rush (抢到第一), a counted setting (一共五当 第一当最轻), a place name (在第一村), a misheard word (以为我在说第一名), another
item's first place (它排第三 第一是…) — reader :mod:`app.rules.scopes_viewer_asked`.

The same words said as claims, or asked and answered yes, still fire. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a viewer's question read out
    "有姐妹问这个面霜是不是最好的，我只能说我自己用着舒服",
    "有家人问最低能多少钱，就是链接里的价，没有隐藏价",
    "有宝宝问这个手串是不是招财，我们没研究过，就是好看",
    "控糖的宝妈问这款米糊含不含糖，含的，配料表写着",
    # no right to say it, a denial with a filler
    "我没资格讲最好，只讲是我们自家种的",
    "我们这个锅不是什么第一品牌，就是实在",
    "这双袜子不是说它有啥子治疗作用，就是透气",
    "我们店不算命不开光不看风水，杯子就是杯子",
    # a viewer's request refused
    "弹幕有人说加个微信能便宜，没有这个说法，价格都在链接里",
    "加微信私下转账这种事我们不干，大家在直播间拍",
    # a quoted word stopped, named as a word, a typed line refused
    "评论刷\"祛斑\"的停一下，这个就是保湿霜",
    "这个\"顶级\"两个字在我们文案里被删掉了，改成了做工细",
    "谁再让我说\"百分百有效\"我就下播了，效果因人而异",
    "刚才有个弹幕写\"戴上这个手链必发财\"，这种话以后别往直播间发",
    # specs with units, long hair, a place in the rush
    "这个吹风机续航四十分钟，充满要两小时",
    "这支眉笔笔芯最长两厘米，用完换芯",
    "这个风扇转速最慢三百最快一千二，就是普通范围",
    "吸尘器用久了长头发容易缠滚刷，记得剪",
    "评论说\"我抢到第一了\"，恭喜，赠品都一样",
    # a counted setting, a place name, misheard, another item's place
    "这台按摩仪一共六当，第一当最轻，新手从第一当开始",
    "我们的茶厂就在第一村，村名就这么叫的",
    "我叫张一名，老有人以为我在说第一名",
    "这个月店里它排第三，第一是洗衣液，数据都在后台",
])
def test_round139_viewer_questions_and_specs_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # a question answered yes, or the claim in the answer
    ("有姐妹问这个面霜是不是最好的，当然是最好的", "绝对化用语"),
    ("有家人问原价多少，原价三百九十九，今天九十九", "价格违规"),
    ("有人问这个精华有啥用，祛斑效果特别好", "化妆品宣称"),
    ("控糖的宝妈吃这个米糊能降血糖", "医疗用语"),
    # said as claims
    ("我们这个锅就是第一品牌", "绝对化用语"),
    ("加个微信便宜点，私下转账给我", "导流私下交易"),
    ("这个\"顶级\"面霜真的是顶级的，全网最好", "绝对化用语"),
    ("这款乳液能美白，两周白一个度", "化妆品宣称"),
    ("用了无效退款，放心拍", "功效夸大"),
    ("这个洗发水用一个月长头发，头发浓密", "化妆品宣称"),
    ("这个吹风机五分钟充满，全网最快", "绝对化用语"),
    ("我们家销量全网第一，排第一没人比得上", "绝对化用语"),
    ("这个手串开过光，戴上必发财", "迷信"),
])
def test_round139_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize(("text", "category"), [
    # a question read out, dodged, then turned back: a wink is the claim
    ("有家人问是不是最好的，我不敢说，但你用了就知道", "绝对化用语"),
    ("有姐妹问这个手串是不是招财，别的不敢讲，但是戴上你就知道了", "迷信"),
    ("有宝宝问是不是第一，这个不好说，你买了就知道", "绝对化用语"),
])
def test_round139_a_dodged_question_turned_back_still_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
