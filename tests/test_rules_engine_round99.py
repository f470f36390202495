"""Round 99 (t40d): batch 40's families F10–F12 and batch 41's generic false alarms.

What a user notices: a first-N gift whose order is kept and shown (后台按付款时间排, 以截图为准, 二十单一到就喊停, 名单贴在
评论区), the first of a queue being shipped (排第一个的宝宝先发货, 排在第一的那个订单已经打包好了), a list of winners read out
(中奖名单…第一名是阿花), advice to patients (别整甜的那款, 控制量, 先在耳后试一下, 问问你的医生, 先去医院), the shop's own
sales record (我们店里零食这一块它卖得最多, 我哋铺头…唔系全网嘅, 我自己直播间的销冠, 复购第二多…第一是那个洗发水), a maker's
real title (国家级工艺美术大师), a charm answered as only a saying (那都是说法，咱就是卖个木头珠子) and the platform store one
sells in (我们是品牌的快手官方旗舰店) no longer raise a popup — while a push to buy (赶紧抢, 手慢无, 最后三秒), a price kept
for the first N, a sales ranking, an effect promised to patients (能降压, 不升糖, 用完就不痒了), an outside scope (全网,
全城, 整个抖音) and a way to another platform (去那边搜) still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F10: a first-N gift whose order is kept and shown
    "前二十名付款的送一个收纳盒，按后台付款时间算，名单下播前贴在评论区",
    "前五十单送一包纸巾，以后台截图为准，够五十单就停",
    "前十位下单的宝宝送围裙，按下单顺序排",
    "前三名留言的宝宝送小样，以截图为准哈",
    "前十名付款的送一个杯套 后台按时间排名",
    # F10: the first of a queue being shipped
    "排第一位的那个宝宝今天先发货，其他的按付款顺序",
    "排在第一的那个订单已经打包好了，下午出库",
    "排第一个的家人先寄，后面的依次发",
    # F10: a list of winners read out
    "中奖名单我念一下，第一名是阿花第二名是大橙子",
    "抽奖结果出来了，第一名是尾号3306的宝宝",
    # F11: advice to patients
    "有鼻炎的姐妹先在手腕内侧试一下，没问题再用",
    "高血压的朋友这个腊肠别买咸的那款，具体问医生",
    "正在医院治疗的朋友，吃之前问问你的医生",
    "有痛风的问能不能喝这个啤酒，别喝了，先去医院看看",
    "血糖高的家人这个月饼别整五仁的，少吃一块也得控制量",
    # F12: the shop's own sales record
    "咱家店里零食这一块，这个月它卖得最多",
    "这款是我们家直播间去年的销冠，就我们自己家的数",
    "这款在我们店里回购第二多，第一是那个洗发水",
    "呢个系我哋铺头上个月卖得最多嘅，唔系全网嘅",
    # batch 41: a maker's title, a charm answered as a saying, the store one sells in
    "作者是国家级工艺美术大师，证书在详情页",
    "做这个碗的师傅是国家级工艺美术师",
    "有人问这个手串能不能辟邪我说实话那都是说法咱就是卖个木头珠子",
    "有人问这个葫芦能不能辟邪我就说那只是个寓意",
    "我们是品牌的快手官方旗舰店，售后都走平台",
    "这里就是品牌的抖音官方旗舰店，放心拍",
])
def test_rules_orders_advice_and_own_records_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # F10 near-misses: a push, a price kept for the first N, a ranking
    ("前十名下单送硅胶铲，按付款时间算，再不抢就没了", "再不抢就没了"),
    ("前十名下单的送勺子，按时间排，赶紧抢", "前十名下单"),
    ("前十名下单的才有这个价，按付款时间算，后面恢复原价", "前十名下单"),
    ("前二十单送蒸屉，最后三秒", "最后三秒"),
    ("前十名下单送小样", "前十名下单"),
    ("这款在销量榜上排在第一的那个单子", "第一"),
    ("中奖名单念完了，这款是销量第一名的锅", "销量第一"),
    ("第一名的品质", "第一名"),
    # F11 near-misses: an effect or a sale to patients
    ("高血压的朋友喝这个芹菜汁能降压", "降压"),
    ("糖尿病人放心吃，这个杂粮挂面不升糖", "不升糖"),
    ("湿疹的宝宝先在耳后试一下，用完就不痒了", "湿疹的宝宝"),
    ("过敏的姐妹先在耳后试一下，这个面霜能抗敏", "抗敏"),
    # F12 near-misses: an outside scope
    ("这款是全网销量第一", "销量第一"),
    ("这款是同类销量冠军", "销量冠军"),
    ("呢款系全港卖得最好嘅", "卖得最好"),
    ("这款是整个抖音卖得最好的", "卖得最好"),
    ("这款在我们家是复购第二多的，第一是全网都认的那款", "第一"),
    # batch 41 near-misses
    ("国家级工艺品质", "国家级工艺"),
    ("有人问能不能辟邪我说那当然能", "辟邪"),
    ("我们也是品牌的淘宝旗舰店，去那边搜店名", "淘宝旗舰店"),
])
def test_pressure_rankings_and_claims_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
