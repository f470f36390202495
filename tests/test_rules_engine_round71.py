"""Round 71 (batch 27B's false alarms, t27f): five older scope families widened in place, no new module, no rows.

What a user notices: a shoe's size range said with bare figures and no 到 (尺码最小三十五最大四十一, in either order, with
or without 码|号), a 包裹 the recogniser wrote as 包过 shipped from somewhere (包过已经从仓库发出, 包过今天由顺丰寄出), the
shop's own dearest or lightest item named plainly (这件是店里今年最贵的一件, 咱家今年最轻的一件), the next batch's real
lead time after a sell-out (卖完下一批要等半个月, 卖光了下一批得等一周) and growth asked about and answered with its real
cause even when the answer repeats only 长高 or the question mark is lost (能让孩子长高吗 主播B：长高主要看遗传) no longer
raise popups. The claims stay: 全网最大四十一码, 最大优惠, a size range next to a price, 包过 of an exam (包过，已经帮
三百个学员拿证了), 全网最贵的一件, a quality (我们店最好用的一款), a restock wait with a push or a price (赶紧抢, 这个价),
growth promised (当然能，喝了就长高) or the cause turned back to the product (我们的奶粉). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a size range with bare figures (round 23/61/68's family)
    "这双运动鞋尺码最小三十六最大四十四。",
    "最大四十二，最小三十五，这是这款凉鞋的码数。",
    "这条裤子最小是二十六号，最大是三十四号。",
    "童鞋的码最小二十二 最大三十",
    "尺码最大四十五最小三十八。",
    "这款拖鞋的尺码最小三十六，最大四十三",
    # 包过 heard for 包裹, shipped from somewhere (round 48/64's family)
    "包过今天已经从杭州仓发出了。",
    "宝宝们包过今天由顺丰寄出了。",
    "包过刚从广州仓发走。",
    "昨天下单的包过已经从义乌发出了。",
    "包过明天到本地，后天派送。",
    # the shop's own record, named plainly (round 45/53/61's family)
    "这款是我们店最贵的一款，因为是手工缝的。",
    "咱家今年最轻的一件羽绒服就是它。",
    "我们店里目前最便宜的一款就是这个。",
    "店里最贵的一件是这个真丝的。",
    "这条围巾是本店今年最贵的一条，用的是山羊绒",
    # the next batch's real lead time (round 53/57/65's real-stock family)
    "这批芒果今天到货两百箱，卖完下一批要等一周。",
    "卖完了下一批得等一周。",
    "卖光了下一批要等十来天才到。",
    "这批售完下一批要等三天。",
    "车厘子今天到了一百箱，卖完下一批要等一个礼拜",
    # growth answered with its real cause (round 53's real_cause)
    "这个钙片能长高吗长高主要还是看遗传",
    "主播A：能让孩子长高吗 主播B：孩子长高这个主要看睡眠和运动",
    "喝这个能长高吗？其实长高主要靠遗传和运动。",
    "能让孩子长高吗？长高关键看父母和睡眠。",
    "主播A：这款奶粉能让孩子长高吗？主播B：长高主要看遗传和营养。",
    "这个奶粉能让孩子长高吗 长高主要还是得看遗传",
    # word order and the shop's other names
    "今年店里最贵的一件就是这件大衣。",
    "咱们直播间最便宜的一个就是这个。",
    "你们的包过已经从仓库发出了。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这双鞋是全网最大四十一码都有的。", "绝对化用语"),
    ("这款鞋最大优惠今天给到五十块。", "价格违规"),
    ("尺码最全，最小三十五最大四十五，今天到手价九十九。", "绝对化用语"),
    ("包过，已经帮三百个学员拿证了。", "投资承诺"),
    ("包过今天就能拿证，报我们班。", "投资承诺"),
    ("这件大衣是全网最贵的一件。", "绝对化用语"),
    ("卖完下一批要等半个月，赶紧抢。", "虚假紧迫"),
    ("错过今天下一批要等半个月。", "虚假紧迫"),
    ("卖完下一批要等半个月，今天这个价后面没有了。", "虚假紧迫"),
    ("这个奶粉能让孩子长高吗？当然能，喝了就长高。", "医疗用语"),
    ("能长高吗？长高主要看营养，我们的奶粉营养最全。", "医疗用语"),
    ("喝了能让孩子长高。", "医疗用语"),
    ("能长高吗？长高主要还是得看营养，所以要喝我们的奶粉。", "医疗用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
