"""Round 21 (t12e): batch 11's false alarms — engine scopes — and the 10k / 2w number shorthand.

What a user notices: a promise asked about and not guaranteed (会升值吗？我不保证), a disease named inside a denied
effect (调理不了肠胃病, 治不了你的老胃病), a list of claims dismissed as a whole (什么招财转运都是没有的), a superlative asked
about and answered no (是不是最贵的？不是，店里最贵的是…), a book or film named by its 《title》, a personal opinion with a
disclaimer (我个人用着最顺手的，不代表每个人都适合), the shop's own sales for a time (我们直播间这个月卖得最多的) and a
product name disowned (款式叫转运珠，就是个款名) no longer raise a popup — while the promise answered yes or dodged, what
others cannot cure (医院都治不好的胃病), a dismissed harm (什么副作用都没有 is the claim), an outside scope (全网), a title
that itself promises (《零基础学理财稳赚不赔》) and a name with the luck claimed (戴上就转运) still do. Salary and sales
said in internet shorthand (月入3W, 毕业月薪１０Ｋ, 卖出去2w多单) are read as numbers, while 2000w, 4k and 5kg are not
claims. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a promise asked about, not guaranteed
    "有人问这个金条会不会升值，我不敢保证，金价有涨有跌",
    "这套邮票能升值吗？这个真说不准，喜欢收藏再买",
    "戴了能转运吗？我可不敢打包票，就是个好看的手串",
    # a disease inside a denied effect
    "这款茶是普通饮品，治不了你的老胃病",
    "这个枕头调理不好颈椎病，就是睡着舒服",
    "这个泡脚桶没法根治风湿，泡着暖和而已",
    # a list of claims dismissed as a whole
    "什么保本保息都是没有的，理财有风险",
    "这个挂件啥招财进宝都不存在，就是好看",
    "招财转运这些都是没有的，就是个装饰",
    # a superlative asked about and answered no
    "主播A：这款是不是最便宜的？主播B：不是，最便宜的是小号",
    "这双鞋算不算最轻的？不算，店里还有更轻的",
    # a work named by its title
    "这本《中医养生史话》讲的是古代医学的历史",
    "这部纪录片《风水与园林》拍得很好看",
    # a personal, disclaimed opinion
    "这款鼠标是我自己用着最顺手的，因人而异哈",
    "这款口红我个人最喜欢，仅供参考",
    # the shop's own sales over a time
    "咱们直播间这周卖得最好的是这款小白鞋",
    "我们直播间今天卖得最多的就是这个锅",
    "这款是我们直播间这个月卖得最多，右上角有销量",
    # a product name disowned
    "这个杯子名字叫招财杯，跟招财没关系，就是个名字",
    "这串珠子叫转运珠只是个名字",
    # shorthand-looking units are no numbers to flag
    "这个吹风机功率2000w",
    "这台4k电视画质很清楚",
    "这箱苹果5kg",
])
def test_disclaimed_or_scoped_mentions_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface", "category"), [
    ("这个镯子以后会升值，我保证", "会升值", "投资承诺"),
    ("这个镯子会升值吗？当然会", "会升值", "投资承诺"),
    ("会升值吗？我不保证，但是你懂的", "会升值", "投资承诺"),
    ("医院都治不好的胃病，喝它就好了", "胃病", "医疗用语"),
    ("吃药治不好胃病，试试我们这个", "胃病", "医疗用语"),
    ("治不好胃病全额退款", "胃病", "医疗用语"),
    ("这个药调理不了胃病？那你试试我们的", "胃病", "医疗用语"),
    ("这个手串什么招财转运都有", "手串什么招财转运", "迷信"),
    ("招财转运这些都是真的", "招财转运", "迷信"),
    ("是不是最好的？不是吹，真的是最好", "最好的", "绝对化用语"),
    ("是不是最好用的？没有之一", "最好用的", "绝对化用语"),
    ("是不是最便宜的？不是最便宜的我退差价", "最便宜的", "价格违规"),
    ("我觉得这是全网最好用的，因人而异", "最好用的", "绝对化用语"),
    ("我觉得这款是最好的，不一定适合你但是闭眼入", "最好的", "绝对化用语"),
    ("《零基础学理财稳赚不赔》这本书教你月入过万", "稳赚不赔", "投资承诺"),
    ("这本《三天转运秘籍》照着做保你发财", "转运", "迷信"),
    ("这本《三十天降血压》照着吃就行", "降血压", "医疗用语"),
    ("这款是全网卖得最多的", "卖得最多", "绝对化用语"),
    ("我们直播间卖得最多", "卖得最多", "绝对化用语"),
    ("这个手链叫转运珠，戴上就转运", "转运", "迷信"),
])
def test_the_claims_themselves_still_fire(matcher, text, surface, category):
    assert (surface, category) in [(h.surface, h.category) for h in _hits(matcher, text)]


@pytest.mark.parametrize(("text", "surface", "category"), [
    ("跟着学月入3W不是梦", "月入3W", "投资承诺"),
    ("做这个月入２ｗ轻松", "月入２ｗ", "投资承诺"),
    ("毕业月薪１０Ｋ保底", "毕业月薪１０Ｋ", "投资承诺"),
    ("已经卖出去2w多单了", "卖出去2w多单", "数据造假"),
    ("刚刚又卖了5k单", "又卖了5k", "数据造假"),
])
def test_number_shorthand_reads_as_a_number(matcher, text, surface, category):
    assert (surface, category) in [(h.surface, h.category) for h in _hits(matcher, text)]


def test_shorthand_pattern_regex():
    from app.rules.patterns import compile_form

    monthly = compile_form("月入{N}万").regex
    assert monthly.search("月入2w") and monthly.search("月入1.5w") and monthly.search("月入两万")
    assert not monthly.search("月入2kw") and not monthly.search("月入5k")
    assert compile_form("又卖了{N}千").regex.search("又卖了5k")
    assert not compile_form("瘦{N}千克").regex.search("瘦5k")
