"""Round 65 (batch 25B's false alarms, t25f): older scope families widened, and app.rules.scopes_stock/scopes_shoprecord/scopes_declines/scopes_contact/scopes_retracted.

What a user notices: a word taken back with a new wording (刚才嘴快说了一句第一，撤回; 说了个“第一”，场控提醒了，我更正一下),
an effect turned away with 别冲|不要抢 (想祛痘的姐妹别冲这款), Cantonese denials (冇话可以祛斑, 唔系全网最平), a lucky
word denied before 就是 (没开过光就是摆着好看), 最好挂在|吊在 (storage advice), the shop's best seller with its data scope
(只算我们自己店铺的数据), a tested rate with its sample (除螨率只针对送检的样品), a count on the page with the next show
offered (没拍到的等下一场), a season that ends (季节一过就要等明年), a question sidestepped (我只能说做工好，别的不敢讲)
and a viewer's remark about another platform left to them (有人说去淘宝买，大家随意) no longer raise popups.
The claims stay: a correction that re-asserts, 赶紧冲, 全网销量最好, 手慢就没了, 过了今天就得等明年, a wink after the
sidestep, another platform said to be cheaper. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a word taken back (round 17's family: a slip owned, or a reminder before the correction)
    "刚才嘴快说了一句第一，撤回，没有依据。",
    "刚才我说了个“第一”，场控提醒了，我更正一下。",
    "刚才我说了句最便宜，后台提醒我了，收回。",
    # an effect denied, then advised against (round 53)
    "想祛痘的姐妹别冲这款，它就是洁面。",
    "要美白的宝宝不要抢这个，它只补水。",
    # Cantonese and 没说过可以 denials
    "冇话可以祛斑，就系保湿。",
    "冇讲过可以美白，大家唔好误会。",
    "我们从来没说过可以美白，它就是补水的。",
    "呢个唔系全网最平，不过质量好。",
    "这个葫芦就是普通的葫芦没开过光就是摆着好看",
    # 最好 as storage advice
    "这个香肠最好挂在阴凉的地方。",
    "腊鱼买回去最好吊在通风处。",
    # the shop's own sales ranking with its data scope
    "这是我们店近七天销量最好的一款，只算我们自己店铺的数据。",
    # a tested rate with its sample
    "检测报告编号在详情页，除螨率只针对送检的样品。",
    # a count on the page, the next show offered
    "后台还剩十二件，没拍到的等下一场。",
    "小黄车里还剩5单，下一场还会上。",
    # a season that ends
    "春笋就这半个月，季节一过就要等明年了。",
    "杨梅产季就二十来天，过了就得等明年了。",
    # a question sidestepped
    "有人问戴了能不能转运，我只能说做工好，别的不敢讲。",
    "有姐妹问这个手链会不会招财，我只能说颜色好看，其他的我不敢说。",
    # a viewer's remark about another platform, left to them
    "评论区有人说去淘宝买，大家随意，我们只管我们这里的售后。",
    "弹幕有人说要去京东买，你们随便，我们这边就管这边的售后。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("刚才我说了个“第一”，场控提醒了，我更正一下，不止第一。", "绝对化用语"),
    ("刚才顺嘴说了个全网最低价，没说错。", "价格违规"),
    ("想美白的姐妹赶紧冲它。", "化妆品宣称"),
    ("冇话唔可以美白，用咗就白。", "化妆品宣称"),
    ("呢个系全网最平嘅。", "绝对化用语"),
    ("开过光的手串戴上保平安。", "迷信"),
    ("这款是全网销量最好的，只算我们自己店铺的数据。", "绝对化用语"),
    ("页面上还剩37件，手慢就没了，等下一场可没这个价。", "虚假紧迫"),
    ("这批樱桃过了今天就得等明年。", "虚假紧迫"),
    ("樱桃季节一过就得等明年，赶紧抢。", "虚假紧迫"),
    ("有人问戴了能不能转运，我只能说做工好，别的不敢讲，但是戴上你就懂了。", "迷信"),
    ("有人问能不能转运，我说能，戴上就转运。", "迷信"),
    ("弹幕有人说要去拼多多买，你们随意，拼多多上更便宜。", "导流私下交易"),
    ("大家可以去淘宝买，随意。", "导流私下交易"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
