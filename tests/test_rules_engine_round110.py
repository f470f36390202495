"""Round 110 (t45): batches 46–49's misses and batch 49's F9/F13/F15 false alarms in 绝对化用语, 权威背书, 迷信, 价格违规.

What a user notices: a comparison with rivals taken as a whole (比同行任何一个都省力, 比那些大牌的都耐穿, 比隔壁几家亮三倍), a
category's top dog turned into a title (皮鞋里的鼻祖, 铁锅界的天花板), 行业里没有第二 and 史上最耐用, an institution's 官方推荐 or a
doctor who 亲自试过, 财运哗哗地来 and 打牌把把赢, a price set against a gold shop's — now raise a popup; while a ranking word that
is a declared name (书名, 型号, 系列名, 这个名字不代表…), a viewer's nickname, a banned word asked about (想讲"第一"?) or said
again only as an ordinal (今日第一个链接), 这种话…不能回, 查得很严, talk called 太绝对, and an item's spec (最高只有六公里,
最少要两个钟, 最简单的判断方法, 改动最大的地方) no longer do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "surface"), [
    # comparisons with rivals as a whole
    ("这款拖把比同行任何一个都省力", "比同行任何一个都省"),
    ("这双袜子比那些大牌的都耐穿", "比那些大牌的都耐"),
    ("这锅比别人家的都厚实", "比别人家的都厚"),
    ("这个台灯比隔壁几家亮三倍", "比隔壁几家亮三倍"),
    ("这款茶叶比全网任何一款都香", "比全网任何一款都"),
    ("这个书包比所有书包都结实", "比所有书包都结实"),
    # the top dog as a title, no second, the longest ever
    ("这款皮鞋是皮鞋里的鼻祖", "是皮鞋里的鼻祖"),
    ("这口锅就是铁锅界的天花板", "是铁锅界的天花板"),
    ("这款枕头在整个家纺行业里没有第二", "行业里没有第二"),
    ("这款手机电池史上最耐用", "史上最耐用"),
    # dialect: no rival, nothing better; the shop's treasure
    ("呢只锅喺厨具里头冇得对手", "冇得对手"),
    ("这床被子冇一床比得赢它", "冇一床比得赢它"),
    ("这个火锅底料莫得比它更香的", "莫得比它更"),
    ("这个手镯是我们的镇店之宝", "镇店之宝"),
    ("这款耳机是央视晚会后台专用的", "央视晚会后台专用"),
    ("这个白酒市里领导都在喝", "市里领导都在喝"),
    # endorsements
    ("这套茶具是故宫官方推荐的", "故宫官方推荐的"),
    ("这个床垫请了医院的主任亲自试过", "医院的主任亲自试过"),
    ("这款披萨是米其林主厨推荐的", "米其林主厨推荐"),
    ("这款涂料住建局都推荐", "住建局都推荐"),
    ("这个行李箱大兴机场专用", "大兴机场专用"),
    # superstition
    ("这个红绳戴上财运哗哗地来", "财运哗哗地来"),
    ("戴着这个貔貅打牌把把赢", "打牌把把赢"),
    ("这个摆件摆在门口今年必发大财", "必发大财"),
    # prices compared with a bank or a shop
    ("这个黄金比金店还便宜", "比金店还便宜"),
    ("这个金条的价比银行都便宜", "比银行都便宜"),
    ("呢个燕窝比街市平一半", "比街市平一半"),
])
def test_rivals_titles_endorsers_luck_and_outside_prices_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    # one's own models, a pet's nickname, prices against yesterday
    "这款比去年的都轻",
    "我们二代比一代强一倍",
    "这个猫是我家里的祖宗",
    "他是我们班里的状元",
    "这个价格比昨天还低",
    "我们家比别家的都贵一点",
    "我们比所有人都早到",
    "没有谁比我们更着急发货",
    "我们领导都用钉钉开会",
    "我们部门领导都喝咖啡提神",
    "医生说这个要亲自试一下尺码",
    "这个故宫文创是在故宫买的",
    # a ranking word declared a name, a viewer's nickname
    "这本画册叫《最美的家乡》，书名来的，不是我说它最美",
    "这款风扇的型号叫\"至尊X2\"，至尊是系列名，没别的意思",
    "那位粉丝叫\"最帅小王\"，你的包裹明天发",
    "我们这个茶叶产地在一个叫\"第一山\"的村，村名就叫这个",
    # a banned word asked about, said again as an ordinal, a talk refused
    "你刚才是不是想说\"第一\"？没有啊，我说的是今天第一个链接",
    "别在弹幕问我这个锅是不是全网最低价这种话我不能回",
    "以前有人喊\"原价九百九今天九十九\"，现在查得很严",
    "\"顶级\"这种说法太绝对了，我们只说用料讲究",
    # an item's spec, the simplest way, the part changed most against one's own model
    "这个电动车最高时速二十五公里 儿童模式最高只有八公里",
    "这套拼图最少要三个钟头才拼得完",
    "看指示灯是最简单的判断方法",
    "跟我们上一代比，这代屏幕是改动最大的地方",
])
def test_own_comparisons_names_mentions_and_specs_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("型号叫至尊，因为它就是吸尘器里的至尊", "是吸尘器里的至尊"),
    ("我们店叫第一家纺，就是因为我们在家纺行业排第一", "排第一"),
    ("这款是全网续航最长的", "全网续航最长"),
    ("这是最大的优惠", "最大的"),
])
def test_names_tied_to_claims_and_outside_scopes_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
