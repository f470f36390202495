"""Round 52 (batch 22's misses of 投资承诺, 导流私下交易 and 数据造假, t22c): new rows for soft, indirect wordings.

What a user notices: a collectible said to rise a fixed share each year (金条每年至少涨百分之十), to be worth several
times today's price later (过几年能卖到现在的三倍, 放几年翻好几番, 比现在值钱), to pay off just by being kept (银币藏着就是赚,
越陈越值钱, 转手就是一笔钱, 坐等收租), a stock course whose account "turns red", and a course that promises extra income
(学完每个月多赚个三四千) now raise an 投资承诺 popup; hints that move the sale off the platform (简介里有个号, 老粉都知道
去哪找我, 到我们群里下单更便宜, 师傅上门收现金, 下了播打我座机, 去我小绿书店铺里拍) raise 导流私下交易; unsourced live
sales and ratios (后台又多了好几千单, 开播到现在已经破十万了, 十个买过的八个回来复购, 全校一大半都在用, 已经鉴定过五十万件),
reviews asked for before a complaint (先给个五星再找客服) and paid reviews that bury a bad one (把差评盖下去) raise
数据造假. Ordinary talk with the same words (越陈越香, 工资每年涨, 上门安装不收钱, 主页有往期回放, 群里领券回直播间下单,
全班同学都穿校服, 先给宝宝试穿) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 投资承诺: yearly rise, multiples of today's price, value that grows while kept
    ("这根金条每年至少涨百分之十", "投资承诺"),
    ("银饰的价格一年涨15%没问题", "投资承诺"),
    ("这套纪念币过三年就翻好几番", "投资承诺"),
    ("这幅字画放个五年能卖到现在的三倍", "投资承诺"),
    ("这瓶老酒留到孩子结婚肯定比现在更值钱", "投资承诺"),
    ("这种老银币藏着就是赚，越往后越稀少", "投资承诺"),
    ("白茶越陈越值钱，买来就别急着喝", "投资承诺"),
    ("这块手表戴几年转手还是一笔钱", "投资承诺"),
    ("这间商铺拿下来就坐等收租", "投资承诺"),
    ("上了这个课照着老师的思路去做，持仓很快就翻红", "投资承诺"),
    ("这个修图课学完每个月多赚个三四千", "投资承诺"),
    ("这个证拿到手一年多挣三万不成问题", "投资承诺"),
    # 导流私下交易: off-platform hints
    ("想拿底价的去看我简介，里面有个号", "导流私下交易"),
    ("这价平台不让挂，老粉都知道上哪找我", "导流私下交易"),
    ("大家去我们群里下单，群里还能便宜十块", "导流私下交易"),
    ("家具太大不发物流，师傅上门收现金", "导流私下交易"),
    ("想便宜的下了播加我，我单独给你算", "导流私下交易"),
    ("直播间贵了，去我那个小绿书店铺里拍", "导流私下交易"),
    ("这个普洱到我们茶庄来买更划算", "导流私下交易"),
    # 数据造假: unsourced live sales, ratios, review manipulation
    ("刚刚一刷新后台又多了三千单", "数据造假"),
    ("姐妹们开播到现在已经破十万了", "数据造假"),
    ("十个买过的八个都回来复购", "数据造假"),
    ("这个护眼灯全校一大半都在用", "数据造假"),
    ("我们平台已经鉴定过五十万件奢侈品", "数据造假"),
    ("收到有问题的先给个五星再找客服", "数据造假"),
    ("有差评也没事，叫小号刷几条好的把差评盖下去", "数据造假"),
    ("百分之九十五的学员都说很有用", "数据造假"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这款普洱越陈越香，口感更醇",
    "发好的面团放着自己就涨起来了",
    "工资每年涨一点，日子慢慢过",
    "粉丝每年都在涨，谢谢大家",
    "这件外套转手送朋友也体面",
    "师傅上门安装不收钱",
    "主页有往期的直播回放",
    "简介里有尺码表，大家自己看",
    "进群领优惠券，回直播间下单",
    "全班同学都穿校服",
    "先给宝宝试穿再决定要不要",
    "不满意先联系客服，别急着给差评",
    "差评我们都会认真回复",
    "下播后记得点个关注，明天见",
    "欢迎到我们实体店来逛逛",
    "这个包已经检测过三遍了",
    "老师说这个方法有用，大家试试",
    "那时候一块钱比现在值钱多了",
    "直播间一刷新又多了好多人",
    "关注已经破五万了，谢谢大家",
    "到粉丝群里拍个照片发出来",
    "到我们店来买的都是回头客",
    "来我们店里看看，便宜的也有",
    "快递员在门口等着收钱呢",
    "这届学生一大半都在用平板",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
