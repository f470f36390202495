"""Class rows beyond medicine (round 7): one row covers "any X × a claim frame" for authority, absolute, effect,
cosmetic, price, diversion, investment/exam and superstition claims.

What an anchor or a script writer notices: the claim said of *any* member of a class in
``resources/lexicon/classes.csv`` (风水物件, 考试, 收益, 卖场, 联系方式, and the older 肌肤问题, 顽固问题, 平台, 科研机构,
医疗机构) raises the row's warning with that row's compliant suggestion and legal basis; the same words used lawfully
(a denial, a question of fact, a description of material, an internal price comparison) stay silent. Real bundled
files, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules.word_classes import default_classes_path, load_classes
from tests.rule_checks import checked_hits as _hits


def test_new_classes_are_shipped_and_clean():
    load = load_classes([default_classes_path()])
    assert load.errors == []
    for name in ("风水物件", "考试", "收益", "卖场", "联系方式"):
        assert len(load.classes.get(name, ())) >= 10, name
    # words with an everyday sense stay out of the classes (分红包, 回报粉丝, 我们旗舰店今天便宜)
    assert "分红" not in load.classes["收益"]
    assert "回报" not in load.classes["收益"]
    assert "旗舰店" not in load.classes["卖场"]


@pytest.mark.parametrize(
    ("text", "category", "suggestion", "basis_part"),
    [
        # 迷信: any feng-shui object × a claimed power (the object alone is no claim)
        ("客厅摆一对麒麟可以化解煞气", "迷信", "精致摆件", "第九条第八项"),
        ("这个铜葫芦挂在床头能化解病气", "迷信", "寓意吉祥", "第九条第八项"),
        # 考试: any exam × pass / steady / refund
        ("托福跟着这套课走稳过", "投资承诺", "学习效果因人而异", "第二十四条"),
        ("二建报我们的班，考不过没关系，没过全额退", "投资承诺", "学习效果因人而异", "第二十四条"),
        ("初级会计今年稳了", "投资承诺", "学习效果因人而异", "第二十四条"),
        # 收益: returns × steady / guaranteed / doubled
        ("这个产品年化收益稳稳的", "投资承诺", "投资有风险", "第二十五条"),
        ("月收益包你翻倍", "投资承诺", "收益以实际为准", "第二十五条"),
        # 卖场 / 平台: an outside price as yardstick
        ("免税店买要贵好几百", "价格违规", "直播间专属优惠价", "第十九条"),
        ("比百货商场划算多了", "价格违规", "直播间专属优惠价", "第十九条"),
        ("小红书上同款要贵两倍", "价格违规", "直播间专属优惠价", "第十九条"),
        # 联系方式 / 平台: order, quote or pay off the platform
        ("要批发价的电话里给你报价", "导流私下交易", "有问题请联系官方客服", "平台规则"),
        ("没抢到的到拼多多上拍", "导流私下交易", "点击下方购物车下单", "平台规则"),
        # 化妆品 / 功效: blemish × removal, stubborn problem × guarantee
        ("眼袋敷完就去掉了", "化妆品宣称", "补水保湿", "化妆品监督管理条例"),
        ("木乃伊纹都抹平了", "化妆品宣称", "补水保湿", "化妆品监督管理条例"),
        ("大肚腩我给你打包票", "功效夸大", "效果因人而异", "第二十八条"),
        # 绝对化: 圈/界 × top-dog words
        ("它就是榨汁机界的扛把子", "绝对化用语", "口碑不错", "第九条第三项"),
        ("行李箱中的战斗机", "绝对化用语", "很受欢迎", "第九条第三项"),
        # 权威背书: researchers / doctors using it themselves; celebrities
        ("研究所的研究员自己都吃这个", "权威背书", "研发团队专业", "第二十八条"),
        ("好几个影后都在用这款面霜", "权威背书", "口碑不错", "第三十八条"),
    ],
)
def test_a_class_claim_fires_with_the_rows_suggestion(matcher, text, category, suggestion, basis_part):
    hits = [h for h in _hits(matcher, text) if h.category == category]
    assert hits, (text, _hits(matcher, text))
    assert any(suggestion in h.suggestions for h in hits), [(h.term, h.suggestions) for h in hits]
    assert any(basis_part in h.basis for h in hits), [h.basis for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        # the object or the exam named, no claimed power or guarantee
        "麒麟摆件是黄铜铸的，底座是胡桃木",
        "托福的真题集我们送电子版",
        "二建的报名时间大家注意一下",
        # a return that is not steady, not guaranteed (stutter folding must not turn 稳稳 into 稳)
        "收益很不稳定的产品我们不推荐",
        "收益没有保障的东西大家别碰",
        "收益不保底，理财需谨慎",
        # internal comparison and plain facts about stores
        "两盒装比单盒划算多了",
        "免税店的营业时间是早十点到晚十点",
        # contact channels used for the platform's own service
        "微信支付的朋友下单也可以用",
        "电话客服的号码在店铺首页",
        # makeup that covers, not removes
        "这个遮瑕能把眼袋遮住",
        # a real ceiling, a game name
        "天花板太低的话选吸顶款",
        "圈里的王者荣耀高手都有自己的键盘",
        # a celebrity named without a use or endorsement claim
        "这个明星的新剧大家看了吗",
        # "X人必备" is everyday patter (人人必备 would fold to 人必备 as a stutter)
        "打工人必备的保温杯",
        "露营人必备的折叠椅",
    ],
)
def test_lawful_look_alikes_stay_silent(matcher, text):
    assert _hits(matcher, text) == []


def test_everyone_needs_it_stays_a_health_claim(matcher):
    hits = _hits(matcher, "这个钙片人人都必备")
    assert [(h.surface, h.category) for h in hits] == [("人人都必备", "功效夸大")]
