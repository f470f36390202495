"""Scope rules (app.rules.scopes): negated/denounced claims and comparisons inside one's own shop are no claims.

These call the pure rule on the normalised text, as the matcher does for each candidate; the same sentences go
through ``Matcher.scan`` in tests/test_rules_engine_wired.py once matcher.py calls the rule.
"""

from __future__ import annotations

import pytest

from app.rules import scopes
from app.rules.normalize import normalize


def dropped(text: str, term: str, category: str) -> bool:
    nt = normalize(text).text
    key = normalize(term).text
    at = nt.find(key)
    assert at != -1, (text, term)
    return scopes.not_a_claim(nt, at, at + len(key), category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("我们直播间不荐股，不带单", "荐股", "投资承诺"),
        ("我们从来不说包过", "包过", "投资承诺"),
        ("请不要相信保本保息的说法", "保本", "投资承诺"),
        ("不要加微信，有问题找官方客服", "加微信", "导流私下交易"),
        ("看到私下加微信的都是骗子", "加微信", "导流私下交易"),
        ("不会让大家去淘宝下单", "淘宝", "导流私下交易"),
        ("千万不要私下转账", "私下转账", "导流私下交易"),
        ("谨防私下交易", "私下交易", "导流私下交易"),
        ("我们从不刷单", "刷单", "数据造假"),
        ("这个貔貅不是开过光的，就是普通摆件", "开过光", "迷信"),
        ("不限量，大家放心拍", "限量", "虚假紧迫"),
        ("说全网最低价的都是骗子", "全网最低价", "价格违规"),
        ("这 个 貔 貅 不 是 開 過 光 的", "开过光", "迷信"),  # recogniser spaces, traditional characters
    ],
)
def test_negated_or_denounced_claims_are_no_claims(text, term, category):
    assert dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("这款吃了不伤身", "伤身", "医疗用语"),  # 不伤身 is itself the claim
        ("这款面霜不含激素", "含激素", "化妆品宣称"),
        ("我不敢说是全网最低价，但是你去比", "全网最低价", "价格违规"),  # the known dodge still asserts it
        ("要不加个微信吧", "加个微信", "导流私下交易"),  # 要不 = how about
        ("加不加微信都可以", "加微信", "导流私下交易"),  # an A-not-A question
        ("还没加微信的宝宝赶紧加", "加微信", "导流私下交易"),  # 还没 = not yet
        ("不会加微信的宝宝看这里", "加微信", "导流私下交易"),  # the negation picks out whom to address
        ("不加微信怎么拿优惠", "加微信", "导流私下交易"),  # a condition that asks you to add
        ("不就是加个微信嘛", "加个微信", "导流私下交易"),  # rhetorical
        ("不想等的加微信", "加微信", "导流私下交易"),  # 不 negates 想等, not the diversion
        ("这款理财产品特别保本", "保本", "投资承诺"),  # 特别 is no 别
        ("稳赚不赔，绝对不是骗人的", "稳赚不赔", "投资承诺"),  # denying the denunciation
        ("保本保息绝对不违规", "保本", "投资承诺"),
        ("一号链接保本，其他的都是骗子", "保本", "投资承诺"),  # the denunciation is about others
        ("千万别错过最后三分钟", "最后三分钟", "虚假紧迫"),
        ("不用担心，稳赚不赔", "稳赚不赔", "投资承诺"),
    ],
)
def test_claims_stand_when_the_negation_is_not_about_them(text, term, category):
    assert not dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("这是我们店里最便宜的一款羊毛衫", "最便宜", "价格违规"),
        ("卡其色是我们家卖得最好的", "卖得最好", "绝对化用语"),
        ("这三个色号里最显白的是这个", "最显白", "绝对化用语"),
        ("我们家最便宜的是一号链接", "最便宜", "价格违规"),
        ("今天上的几款里最划算的是这个", "最划算", "绝对化用语"),
        ("我们店卖得最好的是黑色", "卖得最好", "绝对化用语"),
        ("其中最受欢迎的是黑色", "最受欢迎", "绝对化用语"),
        ("这个系列里最保湿的是这瓶", "最保湿", "绝对化用语"),
        ("我们店里销量第一的是这款", "第一", "绝对化用语"),
        ("這三個色號裡最顯白的是這個", "最显白", "绝对化用语"),
    ],
)
def test_comparisons_among_ones_own_goods_are_not_absolute_claims(text, term, category):
    assert dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("我们家最好", "最好", "绝对化用语"),  # no item picked out: "ours is the best"
        ("我们家是最好的", "最好", "绝对化用语"),
        ("我们家的面霜是全网最好的", "最好", "绝对化用语"),
        ("我们家是行业里最好的", "最好", "绝对化用语"),
        ("这几个品牌里最好的就是它", "最好", "绝对化用语"),  # comparing brands
        ("这款空调是同类产品里最省电的", "最省电", "绝对化用语"),
        ("这个是最好的面霜", "最好", "绝对化用语"),
        ("店里这款是全网最低价", "全网最低价", "价格违规"),
        ("我们家的销量全网第一", "第一", "绝对化用语"),
        ("我们店里最便宜的也比别家好", "最便宜", "医疗用语"),  # other categories are not concerned
    ],
)
def test_superlatives_with_an_external_scope_stay_claims(text, term, category):
    assert not dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("千万别信什么包治百病的话，身体不舒服还是要去医院", "包治百病", "医疗用语"),  # disbelief denies any claim
        ("千万别信那些一周瘦二十斤的，都是骗人的", "一周瘦二十斤", "功效夸大"),
        ("不要相信那些能根治的说法", "根治", "医疗用语"),
        ("有人说戴这个能转运，那是迷信", "转运", "迷信"),
        ("有糖尿病足的一定要先问医生", "糖尿病", "医疗用语"),  # a disease named in a caution
        ("孕妇和糖尿病患者慎用", "糖尿病", "医疗用语"),
        ("主播B：我觉得燕麦色最百搭，不过看个人喜好", "最百搭", "绝对化用语"),  # one colour against the others
        ("黑色是最显瘦的", "最显瘦", "绝对化用语"),
    ],
)
def test_disbelief_cautions_and_colour_choices_are_no_claims(text, term, category):
    assert dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("糖尿病人也能吃，不过要先问医生", "糖尿病", "医疗用语"),  # a suitability claim before the caution
        ("能治糖尿病，具体请遵医嘱", "治糖尿病", "医疗用语"),  # a cure claim with a disclaimer is still a claim
        ("别信别人说的，我们这个能根治", "根治", "医疗用语"),
        ("稳赚不赔，谁说是骗人的", "稳赚不赔", "投资承诺"),  # rhetorical
        ("这款面霜拒绝暗沉", "暗沉", "化妆品宣称"),  # 拒绝 + an effect is the claim
        ("用了以后肤色最亮", "最亮", "绝对化用语"),  # 肤色 is no colour choice
    ],
)
def test_the_claim_stands_next_to_a_disclaimer_or_a_rival_s_denunciation(text, term, category):
    assert not dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("本品不具有疾病预防治疗功能", "治疗", "医疗用语"),  # a denied effect
        ("这款不是药，不能治病", "治病", "医疗用语"),
        ("这个不能降血压，血压高的按时吃药", "降血压", "医疗用语"),
        ("不能美白也不能祛斑", "美白", "化妆品宣称"),
        ("我们不敢说最好，只说自己用着舒服", "最好", "绝对化用语"),  # a disclaimed superlative
        ("不存在什么全网最低价，大家理性消费", "全网最低价", "价格违规"),
        ("主播不会让大家加任何私人联系方式", "私人联系方式", "导流私下交易"),
        ("提醒一下，凡是说保本保息的理财都要小心", "保本", "投资承诺"),
        ("以前有人说戴玉能转运，其实都是心理作用", "转运", "迷信"),
        ("今天上的这几个链接里，三号链接最划算", "最划算", "绝对化用语"),  # the set, then the item
        ("同一个系列里面，这款精华的质地最清爽", "最清爽", "绝对化用语"),
    ],
)
def test_denied_effects_disclaimed_superlatives_and_item_choices_are_no_claims(text, term, category):
    assert dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("吃了不伤身，还能增强免疫力", "增强免疫力", "医疗用语"),
        ("不吃药也能降血压", "降血压", "医疗用语"),  # 不 negates 吃药, not the effect
        ("不用打针就能治好糖尿病", "治好糖尿病", "医疗用语"),
        ("不是全网最低价我退你差价", "全网最低价", "价格违规"),  # a price guarantee
        ("我不敢说是全网最低价，但是你去比比", "全网最低价", "价格违规"),  # the dodge
        ("这不是普通的面霜，是全网最好的面霜", "最好", "绝对化用语"),
        ("不是最贵的，但是效果最好的", "效果最好", "绝对化用语"),
        ("这几个品牌里最好的就是它", "最好", "绝对化用语"),
    ],
)
def test_the_claim_stands_when_the_negation_is_elsewhere_or_a_dodge(text, term, category):
    assert not dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据中国汽车工业协会统计，这款车型今年十月在国内紧凑型SUV里销量排名第一，数据来源在详情页。", True),
        ("根据天猫双十一榜单，这款面膜排名第一", True),
        ("据权威机构统计，这款今年销量第一", False),  # unnamed source
        ("据统计我们家今年销量第一", False),
        ("据尼尔森数据，这款销量第一", False),  # no time limit
    ],
)
def test_a_ranking_with_a_named_source_and_a_time_limit_is_a_fact(text, expected):
    term = "排名第一" if "排名第一" in text else "销量第一"
    assert dropped(text, term, "绝对化用语") is expected


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("千万别相信那些说能根治鼻炎的", "治鼻炎", "医疗用语"),  # disbelief reaches over a short gap
        ("别听人说吃这个能治病，这就是零食", "能治病", "医疗用语"),
        ("谁跟你说能保本的，你都别信", "保本", "投资承诺"),  # disbelief after the claim
        ("说能包过的机构你们千万要当心", "包过", "投资承诺"),
        ("我们不会跟你说什么最后三分钟，库存是够的", "最后三分钟", "虚假紧迫"),
        ("我们家这几款洗发水里，这款最控油", "最", "绝对化用语"),  # the set names the product
    ],
)
def test_wider_wordings_of_denial_and_internal_choice(text, term, category):
    assert dropped(text, term, category)


def test_disbelief_about_others_does_not_cover_ones_own_claim():
    assert not dropped("千万别信他们，我们这个能根治", "根治", "医疗用语")


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("别被那些说包治百病的广告骗了", "包治百病", "医疗用语"),  # warned against being fooled
        ("我们家不敢保证一个月白三个度", "白三个度", "化妆品宣称"),  # a refused guarantee
        ("不会跟你们说什么全网第一", "全网第一", "绝对化用语"),
        ("这套茶具里面最小的杯子是品茗杯", "最", "绝对化用语"),  # a set sold as one
        ("据欧睿国际数据，二零二二年该品牌在中国市场份额第一", "第一", "绝对化用语"),  # year survives the stutter collapse
    ],
)
def test_fooled_unguaranteed_and_collective_wordings(text, term, category):
    assert dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("别被骗了，我们这个真能包治百病", "包治百病", "医疗用语"),
        ("不敢保证别家，我们这个一个月白三个度", "白三个度", "化妆品宣称"),
    ],
)
def test_own_claims_after_a_warning_about_others_stand(text, term, category):
    assert not dropped(text, term, category)


@pytest.mark.parametrize(
    ("text", "term", "category", "expected"),
    [
        ("别上那些号称三天瘦十斤的当", "三天瘦十斤", "功效夸大", True),
        ("有人说吃了能长高，那都是瞎扯", "长高", "医疗用语", True),
        ("根据京东今年六一八的销售数据，这款洗碗机品类第一", "京东", "导流私下交易", True),  # a data source
        ("去京东搜我们店名", "京东", "导流私下交易", False),  # a place to go
    ],
)
def test_idioms_of_warning_and_platforms_quoted_as_sources(text, term, category, expected):
    assert dropped(text, term, category) is expected


@pytest.mark.parametrize(
    ("text", "term", "category", "expected"),
    [
        ("我们不卖保健品，也不说能治病", "能治病", "医疗用语", True),
        ("千万别碰那些说保本高收益的项目", "保本", "投资承诺", True),
        ("别以为贵的就是最好的，适合自己最重要", "最好", "绝对化用语", True),
        ("我们这边的东西不是最便宜的，但品质有保障", "最便宜", "价格违规", True),  # a plain denial, then a concession
        ("我不敢说是全网最低价，但是你去比比", "全网最低价", "价格违规", False),  # the dodge
    ],
)
def test_denials_warnings_and_the_dodge_told_apart(text, term, category, expected):
    assert dropped(text, term, category) is expected
