"""Round 36 (t17e): batch 16's false alarms, as scope families (``app.rules.scopes_answered``).

What a user notices: no popup any more for a claim a viewer asks about when the answer says no (能招财吗？它就是个摆件，
没有任何招财的作用; 学完保证拿证吗？我们不承诺通过率; 问能不能去别的平台买，不建议哈), for a phrase the host names to
refuse it (第一这种说法我们不能用, 根治这个词主播不能说), for 没啥内部价 in a brand's own room, for 母乳是宝宝最好的食物
(the wording the law asks of infant-formula sellers), for a volume number (第一册, 第一季), a prize won at a named contest
(赛羊会拿了第一名), a setting's upper end (风力最大可以调到五档) or a named level of a scale (C1是最低的风险等级), for
the last batch when the next one's time is given (最后一炉了，明天下午三点再开炉), for a stated later price (后天恢复一百零九)
and for a platform named as the scope of a sourced ranking (据…统计，在京东个护品类销量排名靠前). The same words
answered yes, said as the host's own claim, or pressed with 抢/手慢/赶紧 still raise a popup. Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a question answered no
    "主播A：这个貔貅能招财吗？主播B：不能哈，它就是个摆件。",
    "有人问这个面霜能祛斑吗？不能哈，它是保湿的。",
    "学完包就业吗？我们不承诺就业，只提供就业指导。",
    "问是不是全网最便宜，这个我真不知道，只能说比上周便宜。",
    "姐妹问能不能去别的平台买，不建议哈，直播间有售后。",
    # 2. the word mentioned, not used
    "第一这种说法我们不能用，只能说卖得不错。",
    "根治这个词主播不能说，它就是个护理产品。",
    "最便宜这几个字我不说，大家自己比。",
    # 3. no such price here
    "我们是官方直播间，没啥内部价，页面价就是到手价。",
    "没有什么内部价，大家看页面价就行。",
    # 4. the law's own wording
    "母乳永远是宝宝最好的食物，奶粉是补充。",
    # 5. a volume number
    "这套绘本第一册讲颜色，第二册讲形状。",
    "这部剧第一季我追完了。",
    # 6. a prize with its event
    "我家的羊在镇上赛羊会拿了第一名，奖状挂墙上呢。",
    # 7. a spec's upper end, a level of a scale
    "这个风扇风力最大可以调到五档。",
    "这款屏幕亮度最大能调到五百尼特。",
    "C1是最低的风险等级，适合保守型。",
    # 8. the next batch's time
    "今天的最后一炉了，明天下午三点再开炉，想要的明天来。",
    # 9. the later price stated
    "今天八十九，后天恢复一百零九，页面写着呢。",
    # 10. a platform as the data's scope
    "据第三方统计，这款在京东个护品类销量排名靠前，数据来源看下方。",
])
def test_batch16_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("主播A：这个手串能转运吗？主播B：当然能，戴上就转运。", "迷信"),
    ("学完包就业吗？包的，学完就包就业。", "投资承诺"),
    ("是不是全网最低价？那必须的，全网最低价就在这。", "价格违规"),
    ("问我们是不是全网最便宜，对，就是全网最便宜。", "价格违规"),
    ("这是全网最低价这个价我不说第二遍。", "价格违规"),
    ("我们这款奶粉是宝宝最好的食物。", "绝对化用语"),
    ("我们这款在全网销量第一名。", "绝对化用语"),
    ("这款吸尘器吸力最大，谁都比不了。", "绝对化用语"),
    ("最后一锅了，手慢无，明天早上再开锅也没这个价。", "虚假紧迫"),
    ("明天恢复一百二十九，赶紧抢。", "价格违规"),
    ("今天是最后一锅了，明天再开锅就涨价了。", "虚假紧迫"),
    ("能美白吗？不能说，但是用完都说白了一个度。", "化妆品宣称"),
    ("最好这个词我不说，但它就是最好的。", "绝对化用语"),
    ("想要便宜的去天猫搜我们店。", "导流私下交易"),
    ("没有什么内部价比这个更低了。", "价格违规"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
