"""Round 42 (t19e): batch 18's false alarms as scope families (``app.rules.scopes_names``, ``scopes_topics``, ``scopes_ownpick``, ``scopes_evidence``, ``scopes_advice_best``, ``scopes_declines``, ``scopes_negated``, ``scopes_prices``, ``scopes_contact``) and its mis-hearings
read through the sound layer (``app.rules.matcher_sounded``, ``homophones``, ``matcher_keys``).

What a user notices: no popup any more for 最好 as advice on use or wear (奶粉最好用四十度的温开水冲, 打磨的时候最好戴个
口罩), for a realistic expectation said with a hedge (配合运动一个月瘦三四斤是正常的，每个人体质不一样), for a benefit plainly
denied (就是普通清洁的，不防脱; 没有乌发的作用), for a household function with a test report and a hedge (除甲醛喷剂有第三方
检测报告…仅供参考), for the shop's own everyday price followed by today's price (店铺日常价八十八，今天领券以后到手六十八),
for a lowest price asked and not claimed (有人问是不是全网最便宜，我真不敢这么说) or "no lower" within the shop's own year,
for a question to viewers (家人们最想要哪一款), for a style name (招财猫只是这个系列的名字), for a book's topic in an academic
frame or what it does not teach, and for someone else's claim about WeChat refused (我们从来不加微信). And a popup now for
mis-heard urgency, price and return words the recogniser spells with a sound-alike: 还剩最后五分中 (钟), 秒杀倒计十就结束了
(时), 今天直接白菜家 (价), 这个理财稳定高汇报 (回报). The claims beside them — 全网最好用的, 一个月瘦二十斤算正常 without a
hedge, 不美白不要钱, 原价…今天只要, 外面平时卖, 戴上就能转运, 加我微信, 私聊我 — still fire, and ordinary speech with
十分中意, 家里, 汇报, 倒计时结束以后 stays quiet. Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. advice on use or wear
    "这款奶粉最好用四十度的温开水冲。",
    "这个清洁剂最好用两瓶盖兑一盆水。",
    "打磨木头的时候最好戴个口罩。",
    "骑车的时候最好戴头盔。",
    # 2. a fair expectation with a hedge
    "配合运动一个月瘦三四斤是正常的，每个人体质不一样。",
    "一周瘦一斤左右就不错了，别指望一口吃成胖子，要配合饮食。",
    # 3. a benefit plainly denied
    "这款洗发水就是普通清洁的，不防脱。",
    "这个芝麻糊没有乌发的作用，就是早餐。",
    # 4. a tested household function
    "这款除甲醛喷剂有第三方检测报告，实际效果跟通风也有关系，仅供参考。",
    # 5. the shop's own price history
    "这款枕头店铺日常价八十八，今天领券以后到手六十八。",
    "我们平时卖一百二，今天直播间九十九，明天恢复一百二。",
    # 6. a lowest price asked and not claimed, "no lower" within the shop's own year
    "有人问是不是全网最便宜，我真不敢这么说。",
    "我们直播间今年都没有比这更便宜的价了。",
    # 7. a question to the viewers
    "姐妹们平时最常用什么色号，打在公屏上。",
    "家人们最想要哪一款，扣一还是扣二。",
    # 8. a style name, 9. a book's topic / not taught
    "招财猫只是这个系列的名字，没有招财的作用。",
    "书里不教人算命转运，讲的是古代天文。",
    # 10. someone else's claim refused
    "有人说加微信返现，我们从来不加微信，优惠都在链接里。",
])
def test_batch18_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text, category", [
    ("这款面膜是全网最好用的。", "绝对化用语"),
    ("这个锅真的最好用了。", "绝对化用语"),
    ("你们最喜欢的这款面霜最好用。", "绝对化用语"),
    ("这个茶喝了一个月瘦二十斤算正常。", "功效夸大"),
    ("喝这个茶一个月瘦二十斤很正常，每个人体质不一样。", "功效夸大"),
    ("这个精华不美白不要钱。", "化妆品宣称"),
    ("这个发膜防不防脱？防脱啊。", "化妆品宣称"),
    ("这款黑芝麻丸乌发效果特别好。", "化妆品宣称"),
    ("这个精华用了不美白你来找我。", "化妆品宣称"),
    ("日常价八十，今天四十。", "价格违规"),
    ("这款钢化膜原价三百九十九今天只要九十九。", "价格违规"),
    ("我们店平时卖三百九，今天只要三十九，亏本清仓。", "价格违规"),
    ("外面平时卖四百五，直播间三百九十九。", "价格违规"),
    ("有人问是不是全网最低，我不敢这么说，但你去别家比比。", "价格违规"),
    ("这款转运珠戴上就能转运。", "迷信"),
    ("这本风水书教你怎么改运，摆对了财运滚滚。", "迷信"),
    ("有人说加微信能便宜，确实是，加我微信。", "导流私下交易"),
    ("有人说加微信能便宜，我们不加微信，想要的私聊我。", "导流私下交易"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text, category", [
    ("还剩最后五分中了大家抓紧。", "虚假紧迫"),  # 最后{N}分钟, 钟 heard as 中
    ("只剩十分中了赶紧拍。", "虚假紧迫"),
    ("秒杀倒计十就结束了。", "虚假紧迫"),  # 倒计时{X}就结束, 时 heard as 十
    ("今天直接白菜家给大家。", "价格违规"),  # 白菜价, a low three-character name
    ("这个价格就是跳楼家了。", "价格违规"),
    ("这个理财稳定高汇报。", "投资承诺"),  # 高回报, one dictionary word heard as 高 + 汇报
])
def test_misheard_forms_fire_as_homophones(matcher, text, category):
    hits = [h for h in _hits(matcher, text) if h.category == category]
    assert hits and all(h.confidence < 1.0 for h in hits)


@pytest.mark.parametrize("text", [
    "这个颜色我十分中意。",
    "家人们中午好，今天给大家带来新款。",
    "白菜家里自己种的，没打药。",
    "每天向老板汇报销量是我的工作。",
    "倒计时结束以后我们开始抽奖。",
    "这款三分中长款的外套很显瘦。",
    "这个车十分钟就能充满。",
    "我们这个项目每周汇报一次进度。",
])
def test_ordinary_speech_with_the_sound_alikes_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []


def test_a_misheard_pattern_is_read_in_a_long_text_too(matcher):
    """Long texts take the numpy path of the matcher; the repaired patterns are read there too."""
    filler = "今天给大家介绍一下这款保温杯，容量五百毫升。" * 30
    text = filler + "还剩最后三分中了，大家抓紧。" + filler
    hits = [h for h in _hits(matcher, text) if h.category == "虚假紧迫"]
    assert [h.surface for h in hits] == ["还剩最后三分中"] and hits[0].confidence < 1.0
