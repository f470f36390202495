"""Round 80 (false alarms of blind batches 30–31 in 绝对化用语 价格违规 数据造假 投资承诺, t31e): older scope families widened
in place, no new module, no rows.

What a user notices: no popup any more when the host takes back a word said of the goods (刚才说这个锅是最好的，我收回) or
speaks of their own use (我用着最顺手的), picks one of the item's variants (冬天最暖和的是羊毛款), tells one use from another
(煮粥最合适，蒸饭的话水少放一点), names the everyday price the page shows or returns to (日常价一百二十九，页面上都能看到;
过了就是日常价一百五十九; 原价…这是官网售价), cites a sales figure from a public source viewers can check (品牌官网公布的
数据…大家可以自己去查), reads out a script's ban on words (不得说最好最便宜，只说材质), answers a 吗-question by refusing the
word (能包过吗？包过这种话我们不说), ranks an item inside the shop's own category (这款耳机在店内耳机类目里销量排第一),
declines the lowest price (这个我们没法保证) or types 最进 for 最近. The claims stay: a re-assertion, an outside scope
(全网, 市面上, 专柜, 市场价), hype (只要), a figure with no source or with 刷/弹幕, a turn after the refusal (但, 放心), a
use or variant named alone, the shop ranked itself. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a slip taken back with the goods named, and the host's own use (scopes_corrections.corrected, scopes_ownpick.own_taste)
    "刚才说这口锅是最好的，我收回，应该说是我用着最顺手的。",
    "我刚说这款面膜是第一，收回这句话。",
    "前面说咱这个杯子是最保温的，说错了。",
    "刚刚说这台吹风机是最强的，不对不对，应该说风力挺大。",
    "之前说这双鞋最舒服，我纠正一下，是穿着挺舒服。",
    "刚才嘴快说这个杯子是最保温的，收回。",
    "顺嘴说这款面膜是第一，说错了。",
    "这把剪刀我自己用下来最顺手。",
    "主播拿着最趁手的就是这个小号。",
    # the item's own variant by material or make (scopes_mentions.picked_variant)
    "这款坐垫冬天最暖和的是羊毛款，就是贵一点。",
    "这几款里最轻的要数碳纤维款。",
    "最耐用的是加厚型，普通型便宜二十。",
    "最便宜的是基础款，带加热的贵五十。",
    # one use told apart from another (scopes_ownpick.fit_per_use)
    "这口锅炖汤最适合，炒菜的话火别太大。",
    "这款茶叶冷泡最合适，热泡的时候水温八十度就行。",
    "这个面粉做馒头最合适，烤面包的话要加点高筋粉。",
    "这把刀切肉最好，剁骨头的话换砍骨刀。",
    # the everyday price shown on the page or returned to, a 原价 with its source (scopes_prices.own_price_history, scopes_prices.price_returns)
    "日常价八十九，店铺首页都能查到。",
    "平时卖六十九，详情页上写着呢。",
    "活动结束以后就是日常价两百。",
    "十二点一过就按日常价一百二结算。",
    "原价一百五，是品牌旗舰店的标价。",
    "吊牌价三百九，详情页上写着。",
    # a sales figure from a checkable public source (scopes_evidence.figure_sourced)
    "根据上市公司年报披露，去年卖出了三千万台，年报网上都能查到。",
    "据品牌方发布的公告，累计卖出两百万件，官网可以查。",
    "官方公布的，去年卖了八十万瓶，大家可以自己去搜。",
    # a script's ban with what to say instead (scopes_corrections.corrected)
    "别说第一，就说销量不错。",
    "严禁说全网最低，改说直播间优惠价。",
    "提示：不许说最好和最便宜，只讲做工。",
    # a question answered by echoing the word refused (scopes_declines.asked_answered_no, scopes_answered.word_mentioned)
    "能保本吗？保本这个承诺咱们不给。",
    "有人问能包过吗，包过这种话我们从来不说。",
    # the shop's own sales record with the item named (scopes_shoprecord.own_sales_record)
    "这款面膜在我们店面膜类目里销量排第一。",
    "这个色在本店口红里卖得最好。",
    "这款锅在咱家今年的销量是第一。",
    # the lowest asked and not claimed; 最进 typed for 最近 (scopes_prices.lowest_denied, safe_words)
    "有人问是不是全网最低，这个我真不敢说。",
    "最进天气冷，这款卖得快。",
    "最进几天一直在补货。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("刚才说这个锅是最好的，没说错。", "绝对化用语"),
    ("我说这个锅是最好的，你们信不信。", "绝对化用语"),
    ("嘴快说这款是最好的，没说错。", "绝对化用语"),
    ("这个锅用着最顺手。", "绝对化用语"),
    ("我用着最好的锅就是这个。", "绝对化用语"),
    ("最好的是我们这款。", "绝对化用语"),
    ("全网最暖和的是我们家羊毛款。", "绝对化用语"),
    ("市面上最暖和的是羊毛款。", "绝对化用语"),
    ("最好的是爆款。", "绝对化用语"),
    ("这口锅炖汤最合适。", "绝对化用语"),
    ("全网煮粥最合适的大米，蒸饭的话也香。", "绝对化用语"),
    ("这个大米煮粥最合适，买它没错。", "绝对化用语"),
    ("日常价一百二十九，今天只要九块九，页面上都能看到。", "价格违规"),
    ("专柜日常价一百二十九，页面上都能看到。", "价格违规"),
    ("市场价一百二十九，页面上都能看到。", "价格违规"),
    ("原价二百九十九元，今天只要九块九，这是官网售价。", "价格违规"),
    ("专柜原价二百九，这是官网售价。", "价格违规"),
    ("去年全年卖了一百二十万袋。", "数据造假"),
    ("弹幕刷一下，官方公布去年全年卖了一百二十万袋，大家可以自己去查。", "数据造假"),
    ("别说最好，其实就是最好。", "绝对化用语"),
    ("不要说全网最低，但确实是全网最低。", "价格违规"),
    ("能稳赚吗？稳赚这种话我不敢说，但是去年确实涨了。", "投资承诺"),
    ("能包过吗？包过，放心。", "投资承诺"),
    ("我们家今年销量第一。", "绝对化用语"),
    ("这款耳机在全网耳机类目里销量排第一。", "绝对化用语"),
    ("问是不是全网最低价这个我们没法保证，你去比比就知道了。", "价格违规"),
    ("这是最进口的。", "绝对化用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
