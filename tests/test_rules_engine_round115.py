"""Round 115 (batch 53A): plain-word promises with a time, invented deadlines, an outside price, a department head, luck, pass promises, counts.

What a user notices: a body part or a skill changed after a stated time (吃五天腿就不软了, 戴一个礼拜膝盖就不响了, 穿两周副乳就没了,
学十天日语口语流利, 十四天记住一整本字典), a price the host opens for a minute (链接我只开三十秒), not today then gone
(今天不报名下个月就没名额), this round then out of stock (拍完这批就没了), the maker's one day (品牌方只给了我们今天), an outside
price nobody can check (外面培训机构要收八千多), a hospital department head as designer (人民医院骨科主任亲自参与设计), luck raised
(旺桃花运, 财运自然就好), a pass promised (学到考过为止, 保准能考过) and an unsourced count (帮三十万人上岸, 全国五百万宝妈都在用) now
raise a popup; a parcel that arrives in three days, a course valid seven days, a preview of a one-minute show, a dispatch after this round,
today's dispatch numbers, a shop that also takes returns, a queue for a head's appointment, luck refused, a carry-on size that passes
security, a count of shops, help for fifty pupils, a 21-day plan stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这款钙片吃五天腿就不软了", "功效夸大"),
    ("这个护膝戴一个礼拜膝盖就不响了", "医疗用语"),
    ("塑身衣穿三天屁股就翘起来了", "功效夸大"),
    ("这款内衣穿两周副乳就没了", "功效夸大"),
    ("学十天日语口语流利去东京随便逛", "功效夸大"),
    ("练一个月英语张口就来", "功效夸大"),
    ("跟着练十四天记住一整本字典", "功效夸大"),
    ("一个月背会三千个单词", "功效夸大"),
    ("这个链接我只开三十秒", "虚假紧迫"),
    ("福利价我就开两分钟大家抓紧", "虚假紧迫"),
    ("今天不拍下周就没了", "虚假紧迫"),
    ("今天不报名下个月就没名额了", "虚假紧迫"),
    ("拍完这批就没了后面不上了", "虚假紧迫"),
    ("拍完这波就没有了家人们", "虚假紧迫"),
    ("品牌方只给了我们今天一天", "虚假紧迫"),
    ("厂家只给两天的活动", "虚假紧迫"),
    ("外面培训机构要收八千多", "价格违规"),
    ("商场专柜要收三千块", "价格违规"),
    ("人民医院骨科主任亲自参与设计的护腰", "权威背书"),
    ("中医院皮肤科主任推荐的洗面奶", "权威背书"),
    ("这串珠子旺桃花运", "迷信"),
    ("摆这个盆栽旺事业运", "迷信"),
    ("颜色选对了财运自然就好", "迷信"),
    ("跟着学直到拿证为止", "投资承诺"),
    ("学到考过为止不额外收费", "投资承诺"),
    ("报这个课保准能考过", "投资承诺"),
    ("两年帮三十万人上岸", "数据造假"),
    ("我们让十万人考过教资", "数据造假"),
    ("全国五百万宝妈都在用", "数据造假"),
    ("二十万老人都在喝这款奶粉", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这款蛋白粉吃三天就到货了",
    "这个口语课程七天有效期过期要重新买",
    "只开一分钟的直播预告大家别错过开播时间",
    "今天不报也没关系明年还有名额",
    "拍完这波就发货了大家放心",
    "厂家只给了我今天的发货单号",
    "线下门店也可以退换货",
    "去三甲医院乳腺科挂主任号要排队",
    "运势这东西我们不讲就是件普通睡衣",
    "保准能过安检的登机箱尺寸",
    "全国有三千多家门店可以自提",
    "我们帮五十个同学整理了错题本",
    "二十一天打卡计划每天学一点",
    "这件衣服穿一周再洗也没事",
    "腿软的话先坐下休息",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "不下单就恢复原价两百九",
    "最后十秒不抢就回到原价八百八",
    "再不拍的话就恢复原价三百六",
])
def test_restored_price_as_a_threat_fires(matcher, text):
    """The price's return threatened to a viewer who does not buy: the 原价 is a comparison price again."""
    assert "价格违规" in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "今晚十二点以后恢复原价一百五",
    "不想要的话不用拍，活动结束恢复原价一百二",
    "下播之后回到日常价六十九",
])
def test_restored_price_after_the_end_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("这个钢琴课学一个月就能弹整首曲子", "功效夸大"),
    ("跟着练两周就能开口说日语", "功效夸大"),
    ("学十天就会画素描", "功效夸大"),
    ("过了今天就没这个名额了", "虚假紧迫"),
    ("老板只批了今天一天", "虚假紧迫"),
    ("外面的培训班一个月学费五千多", "价格违规"),
    ("北京三甲医院的专家参与研发", "权威背书"),
    ("我们这个班包你能过", "投资承诺"),
    ("已经帮二十万考生上岸", "数据造假"),
])
def test_generalised_wordings_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "报名后学三天就能拿到结课证明吗",
    "学七天就能退款吗",
    "过了今天名额就释放给下一期",
    "我们培训班一个月学费五千",
    "医院的专家说要多喝水",
    "我们已经帮二十个学员整理笔记",
])
def test_generalised_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
