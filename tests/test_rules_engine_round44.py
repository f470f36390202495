"""Round 44 (t20b): batch 19B's soft, indirect misses in 虚假紧迫, 价格违规, 权威背书, 投资承诺, 数据造假 as families.

What a user notices: a price window of minutes or "just tonight" said without 最后 (这个福利价只有这两分钟, 链接就给今晚
这一会儿), a price that may end any time (活动价随时可能涨回去), the batch being the last one made (这批做完厂家就停产了),
latecomers told they will lose out (后来的宝宝可能就买不到了), a price nobody else has (这个价钱别家店根本找不到, 比谁家都
划算), vague state backing (国家给做背书的, 政府兜底), collectables that double over the years (这套邮票存五年翻个倍),
fees or outlay earned back fast (报名费两个月就能挣回来, 加盟费一年就能赚回来), a cash rebate for a five-star review
(给个五星我给你返三块钱), a share of owners (每五个宝妈就有一个用的是我们家), large counts in Arabic digits (已经卖了50万床)
and sales per second (三秒钟成交了五千单) now raise a popup — while ordinary patter that shares the words (煮个面就这三分钟
的事, 有问题随时可以问客服, 后面进来的家人们先点个关注, 这个价格别的直播间有没有我不清楚, 这三个链接里它比哪款都便宜,
国家标准的检测报告, 学费能不能赚回来要看你自己, 满意的话帮忙给个五星好评, 每三个孩子就有一个近视, 十分钟走了五千步)
stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # a window of minutes, or of tonight, without 最后
    ("这个福利价只有这两分钟啊家人们", "虚假紧迫", "URG-0120"),
    ("链接就这五分钟，过了就恢复原价", "虚假紧迫", "URG-0120"),
    ("家人们只给大家十分钟", "虚假紧迫", "URG-0120"),
    ("这个到手价只给今晚这一会儿", "虚假紧迫", "URG-0120"),
    # a price that may end any time
    ("这个链接的价格随时会涨，我也说不准", "虚假紧迫", "URG-0121"),
    ("活动价随时可能涨回去", "虚假紧迫", "URG-0121"),
    ("这款随时都可能被抢光", "虚假紧迫", "URG-0121"),
    # the last batch made
    ("这批做完厂家就停产了", "虚假紧迫", "URG-0123"),
    ("这批茶饼出完就绝版", "虚假紧迫", "URG-0123"),
    ("这一批做完就不再做了", "虚假紧迫", "URG-0123"),
    # latecomers lose out
    ("后来的宝宝可能就抢不到了", "虚假紧迫", "URG-0122"),
    ("晚来的姐妹就没了哦", "虚假紧迫", "URG-0122"),
    ("后面进来的朋友估计就买不到了", "虚假紧迫", "URG-0122"),
    ("后面的人就抢不到了", "虚假紧迫", "URG-0122"),
    # a price nobody else has
    ("这个价钱别家店根本找不到", "价格违规", "PRC-0110"),
    ("这个价格外面都没有", "价格违规", "PRC-0110"),
    ("别的主播那里都没这个价", "价格违规", "PRC-0110"),
    ("我们这个比谁家都划算", "价格违规", "PRC-0111"),
    ("比任何一家都便宜", "价格违规", "PRC-0111"),
    ("到手价比哪个平台都低", "价格违规", "PRC-0111"),
    # vague state backing
    ("我们这个产品国家给做背书的", "权威背书", "AUT-0123"),
    ("这个项目是政府兜底的", "权威背书", "AUT-0123"),
    ("放心吧，有国家背书", "权威背书", "AUT-0123"),
    # collectables that double
    ("这套邮票存五年翻个倍", "投资承诺", "INV-0082"),
    ("这个银元放个几年，翻个倍很正常", "投资承诺", "INV-0082"),
    ("这块表三年翻个倍", "投资承诺", "INV-0082"),
    # outlay and fees earned back
    ("这台机器本钱三个月就能赚回来", "投资承诺", "INV-0083"),
    ("加盟费一年就能挣回来", "投资承诺", "INV-0083"),
    ("报名费两个月就能挣回来", "投资承诺", "EDU-0062"),
    ("这个课学完学费半个月就赚回来了", "投资承诺", "EDU-0062"),
    # a cash rebate for a review
    ("好评写完我发你五块", "数据造假", "DAT-0106"),
    ("好评之后转你五块", "数据造假", "DAT-0106"),
    ("好评完了我私下返你二十", "数据造假", "DAT-0106"),
    ("帮忙给个五星好评我返你十块钱", "数据造假", "DAT-0106"),
    # sales per second or minute
    ("刚刚三秒钟成交了五千单", "数据造假", "DAT-0107"),
    ("一秒钟抢了一千单", "数据造假", "DAT-0107"),
    ("五分钟走了三千件", "数据造假", "DAT-0107"),
    # a share of owners
    ("每五个宝妈就有一个用的是我们家", "数据造假", "DAT-0108"),
    ("每十个家庭里就有三个在喝", "数据造假", "DAT-0108"),
    ("全国每四个铲屎官就有一个喂过", "数据造假", "DAT-0108"),
    # large counts in Arabic digits, new measure words
    ("这款被子已经卖了50万床", "数据造假", "DAT-0028"),
    ("这款花苗卖出去20万株", "数据造假", "DAT-0028"),
])
def test_batch19_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    "煮个面就这三分钟的事",
    "面膜敷的时间只给十分钟就够了",
    "这个链接只有三种颜色",
    "活动就这几天，大家按需购买",
    "有问题随时可以问客服",
    "价格随时以页面显示为准",
    "随时欢迎大家来提问",
    "这一批的质量比上一批好",
    "这批做完我们就放假了",
    "后面进来的家人们先点个关注",
    "晚来的宝宝可以看回放",
    "这个价格别的直播间有没有我不清楚",
    "评价区别家没有这么多晒图",
    "价格比别家贵一点，但是料子好",
    "这三个链接里它比哪款都便宜",
    "这款热量比任何零食都低",
    "国家规定食品必须有生产许可证",
    "这是国家标准的检测报告",
    "这个项目没有政府兜底，请理性",
    "两年前我们就翻过一倍了",
    "学费能不能赚回来要看你自己",
    "学费可以分期付",
    "本钱大概要三万",
    "满意的话帮忙给个五星好评",
    "给个好评谢谢大家",
    "十分钟走了五千步",
    "五分钟走了两个人，直播间人少了",
    "我三秒就抢了两个红包",
    "三十秒走了五十米",
    "后来的宝宝没抢到福袋的别急，下一轮马上开始",
    "随时可能下雨，大家出门带伞",
    "国家补贴的以旧换新活动在页面上有说明",
    "这个酒放几年口感会更好",
    "做完这一单我就下播了",
    "后面的人可以先看看详情页",
    "好评我们私下会回访",
    "三秒钟就能煮好一碗面",
    "每三个孩子就有一个近视",
    "每个家庭就有一个人在用手机",
    "这口锅卖了二十年了",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
