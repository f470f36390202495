"""Round 27 (t14e): batch 13's false alarms as scope families, and a word edge that stops at a removed comma.

What a user notices: a first-N gift or a stock count read off the page (前一百单送收纳袋，左下角有计数 / 后台显示还剩八单，
明天补货), care advice with 最好 (最好干洗, 最好冷藏), a matter sent to a doctor (想治脱发的话建议还是去正规医院看看, 降血压的
事问你的医生), a used item's counter price or one the brand's own site lists (这块表是二手的，专柜价八万六 / 专柜价一万二，
官网可查), a setting read off a label (最佳饮用温度以瓶身标注为准), where a danger lies (下雨天楼梯最容易打滑, 皮包最怕受潮),
a measure of one item (最低能调到四十厘米, 字号最大能调到三十号), insurance that pays for treatment (能理赔住院治疗的费用),
a question deferred to a doctor (孕妇能喝这个吗？我不是医生…), and the one piece of its kind in one's own shop (店里现在唯一一台
黑色的) no longer raise a popup — while the superlatives (最好看, 全网最佳, 最容易瘦), a new item's counter price set against
today's price, pressure to buy next to a shown count, a product that cures and an answer yes still do. And a claim right
before a comma is no longer lost to a word the comma's removal glued across it (能美白，天天抹脸: no 白天 in 美白天天).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules import segment
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a count or a stock level shown on the page
    "前一百单送收纳袋，左下角有计数，送完为止",
    "后台显示还剩八单，明天上午补货",
    "小黄车里写着仅剩5件，下周再到一批",
    # 最好 before a care verb: advice
    "这件真丝衬衫最好干洗，别拿去暴晒",
    "奶粉冲好了最好冷藏，两小时内喝完",
    "羽绒服最好平铺晾干",
    # referred to a doctor
    "想治脱发的话建议还是去正规医院看看",
    "失眠严重的话最好还是去看医生",
    "降血压的事问你的医生，我们这个是食品",
    # a brand's price as a true reference: a used item, or sourced to the brand's current list
    "这块表是二手的，专柜价八万六，成色九五新，今天四万二",
    "专柜价一万二，官网可查，我们这台是展示机",
    "这个包是闲置转卖的，吊牌价六千八，只背过两次",
    # a value looked up elsewhere
    "红酒的最佳饮用温度以瓶身标注为准",
    "孩子的最佳坐姿高度参考说明书里的表格",
    "每款车的最佳胎压都不一样，看油箱盖内侧的标签",
    # a risk or a warning
    "下雨天楼梯最容易打滑，大家出门小心",
    "皮包最怕受潮，不用的时候放防潮袋",
    "冬天宝宝最容易着凉，出门记得戴帽子",
    # a measure of one item
    "这个婴儿床最低能调到四十厘米，最高六十厘米",
    "屏幕亮度最大能调到五百尼特，字号最大能调到三十号",
    "这张折叠桌最矮五十公分",
    # insurance cover
    "这份意外险能理赔住院治疗的费用，具体看条款",
    "百万医疗险可以报销门诊治疗费",
    # a question deferred to a doctor
    "宝妈问孕妇能喝这个吗？我不是医生，孕期的事听医生的",
    "主播A：高血压能吃这个吗？主播B：这个得问你的医生，我们只是零食",
    # the one piece of its kind in one's own shop
    "这是我们店里现在唯一一台黑色的，其他都是白色",
    "这把椅子是店里目前唯一一把胡桃木的",
])
def test_batch13_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text, surface", [
    ("这件真丝衬衫最好看，全网最好", "最好"),
    ("这款面膜是最好的，不接受反驳", "最好的"),
    ("专柜价两万三，今天直播间只要九千八，赶紧抢", "专柜价两万三"),
    ("吊牌价三千九，今天只要三百九", "吊牌价三千九"),
    ("这个二手包原价两万三，今天九千八", "原价两万三"),
    ("这款是全网最佳，闭眼入", "最佳"),
    ("用了这个最容易瘦，一个月瘦二十斤", "最"),
    ("前五十单送小样，手慢无，赶紧拍", "前五十单"),
    ("页面显示只剩最后3件了，赶紧下单", "只剩最后3件"),
    ("祛痘就用我们这个，三天见效", "祛痘"),
    ("这款吸尘器是全国唯一一台能自动倒垃圾的", "全国唯一"),
    ("我不是医生，但是糖尿病人吃这个肯定没问题", "糖尿病人吃这个"),
])
def test_the_claims_themselves_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


@pytest.mark.parametrize("text, surface", [
    ("这瓶精华能美白，天天抹脸就亮了", "美白"),
    ("这个身体乳能美白，天冷也能用", "美白"),
    ("这个面膜能美白，白天晚上都能敷", "美白"),
])
def test_no_word_reaches_across_a_removed_comma(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


def test_a_break_inside_the_span_is_the_span_own():
    # 全网最，最低价: the comma inside the term does not cut it; one before or after bounds the window.
    text = "能美白天抹脸"  # normalised 能美白，天天抹脸
    assert segment.straddled(text, 1, 3)
    assert not segment.straddled(text, 1, 3, breaks=(3,))
    assert segment.straddled(text, 1, 3, breaks=(2,))  # inside the span: the window is not cut there


@pytest.mark.parametrize("text", [
    "宠物医疗险这个首年优惠最，最后一天了啊家人们",  # a stuttered 最后 still reads as the deadline claim
    "这个福利今天最后一天了，错过等明年",
])
def test_an_offer_said_to_end_today_is_urgency(matcher, text):
    assert "虚假紧迫" in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "我明天最后一天上班",
    "这个优惠到月底，最后一天是三十号",
])
def test_a_last_day_that_is_not_the_offer_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
