"""Round 33 (t16e): batch 15's false alarms and the known probe gaps, as scope families.

What a user notices: no popup any more for a money or price figure dismissed by a rhetorical question (一天挣个五六百的
工作哪有那么好找), a question answered with "that depends on you" (每个月多赚三千？那得看你自己), the show's running order
(最后一个小时我们上新品, 今天讲的最后一款了), "which one is the cheapest?" (最便宜的是哪个？), the price said for later
(之后日常价一百二, 仅限今晚，明天恢复店铺日常价), getting used to the goods (睡几天就好), the legal reference price
(前七天内的最低成交价), an app the device runs (登录两个微信账号), one's own shop ranked by a spec (我们店里尺寸最大的
一款), a property denied (不具备任何开运功能), a viewer asked "may I buy it on 闲鱼?" and told not to, a first-N gift
with a live counter, a 保健食品 stating its function with the not-a-drug warning, a viewer's question whose answer repeats
the words, sport news about the national team, content on one's side account. The same words pressing to buy, answered
with one's own shop, promising an effect or inviting a trade still raise a popup. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a rhetorical question dismisses the figure
    "月入三万的活上哪找去，别做梦了",
    "卖一件亏二十的生意谁愿意做",
    "一天赚个八百的工作哪有那么容易",
    # a hedged answer to the figure asked back
    "每个月多赚两千？这个因人而异",
    "一个月多挣五千？那得看你自己肯不肯干",
    # 2. the show's running order
    "最后半小时我们连麦答疑",
    "这是今天播的最后一款了，讲完就下播",
    "直播最后一个小时主播来试穿新款",
    # 3. which one is the most …?
    "最划算的是哪个套餐呀？",
    "哪个颜色最显白？杏色",
    # 4. the later price stated
    "活动结束后日常价一百五",
    "这个价格仅限今天，明天恢复店铺日常价",
    # 5. getting used to the goods
    "这双鞋刚穿可能有点磨脚，穿两天就好了",
    "新枕头刚开始不适应，睡几天就好",
    # 6. the legal reference price
    "划线价是近三十天内的最低价",
    "页面划线价是前七日的最低成交价",
    # 7. an app the device runs
    "这款手机支持微信双开",
    "这台平板能同时登录两个QQ账号",
    # 8. a property denied
    "这个貔貅只是摆件，不具有任何招财作用",
    "这个挂件不具备什么转运功能",
    # 9. a question answered by sending the viewer away
    "有人问能不能去拼多多买？那边不是我们家的",
    # 10. own shop ranked by a spec
    "我们店里容量最大的一款是五升的",
    # 11. a first-N gift with its counter shown
    "前五十名下单的送围巾，屏幕上有实时计数",
    # 12. a 保健食品 with its function and the warning
    "这个蓝帽子产品保健功能是缓解体力疲劳，不能代替药物",
    # 13. sport news, content on a side account
    "昨晚国家队的比赛进球了",
    "我小号里有穿搭视频",
])
def test_batch15_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    # the figure offered after all, or promised outright
    ("一天挣个五六百的工作哪有那么好找？我们这就有", "投资承诺"),
    ("一天轻松挣个五六百，宝宝们来", "投资承诺"),
    ("每个月多赚三千？能！跟着我做就行", "投资承诺"),
    # the schedule with pressure
    ("最后一个小时了赶紧下单", "虚假紧迫"),
    ("今天讲的最后一款了，卖完就没了", "虚假紧迫"),
    # the question answered with one's own shop, or after an external scope
    ("最好的是什么？当然是我们这款", "绝对化用语"),
    ("哪个最便宜？就是我们家的", "价格违规"),
    ("全网最划算的是哪个？我们家", "绝对化用语"),
    # a reference price before the deal, a deadline pressed
    ("原价一百二，今天只要六十九", "价格违规"),
    ("仅限今晚，明天恢复日常价，赶紧抢", "虚假紧迫"),
    # an effect, not a habit
    ("用几天就好，湿疹全消", "功效夸大"),
    ("全网最低成交价就在这里", "价格违规"),
    # an invitation, not a device
    ("加我微信，登录账号后私聊", "导流私下交易"),
    ("这个手串能开运", "迷信"),
    # the same question answered yes, the answer repeats the claim
    ("有人问能不能去闲鱼买？可以，闲鱼上便宜", "导流私下交易"),
    ("问能治高血压吗？能，这个能治高血压", "医疗用语"),
    # a cure beside the category; a function without the warning
    ("这个保健食品能治高血压，不能代替药物", "医疗用语"),
    ("增强免疫力，家人们多囤点", "医疗用语"),
    # the team backing the goods; a trade on the side account
    ("国家队都在用这款护膝", "权威背书"),
    ("我小号上发了链接，去那边下单", "导流私下交易"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


def test_the_viewers_question_is_quiet_and_the_answer_fires(matcher):
    text = "阿姨们问老年斑能去吗？主播：这个护手霜老年斑抹一个月就淡了"
    hits = _hits(matcher, text)
    assert hits and all(h.start > text.index("主播") for h in hits)
