"""Round 14 (blind batch 9's families, tune9lexB): 虚假紧迫, 权威背书, 迷信, 投资承诺, 导流私下交易, 数据造假.

What a user notices: an anchor who says 等我下播链接就撤了, 再犹豫就被别人抢光了, 库存就剩俩了, 眼科医生都在推,
市委机关食堂统一采购的, 人社局官方合作的, 钱就往口袋里钻, 从灵隐寺请回来的, 小人就近不了身, 囤着后年起码涨一倍,
跟着老师选的股就没亏过, 报了就能拿证, 扫我手里这个二维码, 去橙色软件搜我, 咱俩私下整, 走进了三百万家庭,
一眨眼又卖了两万单, 十个顾客里八个都选这个 gets a popup of the right category with that category's suggestion;
香酥小黄鱼, 用到就剩一半了, 我们去灵隐寺玩的照片, 防伪二维码, 十个女生里有八个都有黑头的烦恼, 不合适可以申请退款,
内部题库, 去年就被大家抢光了 (a past fact), 咱俩私下关系好 stay quiet. The wordings are new ones, not batch 9's sentences. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits

FLAGGED = [
    # 虚假紧迫: a time boundary, hesitation → others take it, a bare count, 买不着
    ("这个福利价等我一下播就撤了", "虚假紧迫"),
    ("过了十二点这个补贴就收回去了", "虚假紧迫"),
    ("这个兑换码只有今晚能领", "虚假紧迫"),
    ("再拖一会儿就被别的宝宝抢光了", "虚假紧迫"),
    ("你一犹豫人家就下单拿走了", "虚假紧迫"),
    ("库存就剩俩了，要的抓紧", "虚假紧迫"),
    ("過了零點這個價格就收回去了", "虚假紧迫"),
    ("只 剩 仨 了 家人们", "虚假紧迫"),
    ("这个颜色卖完以后就再也买不着了", "虚假紧迫"),
    # 权威背书: professionals push it, organs buy it or cooperate
    ("好多眼科医生都在推这个护眼灯", "权威背书"),
    ("兽医院院长自己家猫都吃这个粮", "权威背书"),
    ("这款米是市委机关食堂统一采购的", "权威背书"),
    ("这个课程是人社局官方合作的", "权威背书"),
    ("植保站都在推这个药", "权威背书"),
    ("这款茶是省委接待办指定用茶", "权威背书"),
    ("这个种子是农科院推广的", "权威背书"),
    # 迷信: money comes by itself, temple rituals, protection
    ("这个貔貅摆上钱就往口袋里钻", "迷信"),
    ("这串珠子是从灵隐寺请回来的", "迷信"),
    ("这串佛珠在寺里供了整整一百天", "迷信"),
    ("挂上这个小人就近不了身", "迷信"),
    ("本命年戴这个红绳啥都不怕", "迷信"),
    ("摆在家里保一家老小平平安安", "迷信"),
    # 投资承诺: future gains, stock record, exam promises
    ("这个邮票你现在囤着后年起码涨一倍", "投资承诺"),
    ("这个理财每年固定拿百分之五的收益", "投资承诺"),
    ("跟着老师选的股就没亏过", "投资承诺"),
    ("这个会计证报了就能拿证", "投资承诺"),
    ("我们老师手里有今年的内部考题", "投资承诺"),
    # 导流私下交易: a personal QR code, platform nicknames, the bio, private deals
    ("想要的扫我手里这个二维码", "导流私下交易"),
    ("去橙色软件搜我同名店铺", "导流私下交易"),
    ("便宜的去小黄鱼上找我", "导流私下交易"),
    ("我的电话就在主页简介里", "导流私下交易"),
    ("私信我，咱俩私下整", "导流私下交易"),
    ("要平啲就唔好喺度落单", "导流私下交易"),
    # 数据造假: unsourced totals, instant tickers, N out of ten, buy-then-refund
    ("这个牌子已经走进了三百万家庭", "数据造假"),
    ("这款面膜全国有三百万人用过了", "数据造假"),
    ("这个牌子的牙刷累计卖出了两千万支", "数据造假"),
    ("一眨眼又卖了两万单", "数据造假"),
    ("十个顾客里八个都选这个颜色", "数据造假"),
    ("大家拍了之后再去申请退款就行", "数据造假"),
]


@pytest.mark.parametrize(("text", "category"), FLAGGED)
def test_a_family_wording_raises_a_hit_of_its_category(matcher, text, category):
    hits = _hits(matcher, text)
    assert category in {h.category for h in hits}, [(h.surface, h.term, h.category) for h in hits]


@pytest.mark.parametrize("text", [
    "今天给大家上的是香酥小黄鱼，一袋两百克",
    "这瓶我用到现在就剩一半了",
    "我们去灵隐寺玩的时候拍的照片",
    "手里这个是防伪二维码，扫了能查真伪",
    "十个女生里有八个都有黑头的烦恼",
    "十个颜色里有八个是新色",
    "不合适的话七天内可以申请退款",
    "我们的内部题库有五千道练习题",
    "这个月的销量比上个月翻了个番，谢谢家人们",
    "下播以后想买可以去店铺首页",
    "机关单位采购可以开增值税发票",
    "有问题可以咨询你的医生",
    "口袋里装得下手机和钥匙",
    "刚刚有个宝宝下单了，谢谢支持",
    "这个护膝能保护膝盖，爬山的时候戴",
    "这个颜色去年就被大家抢光了，今年我们多备了五倍的货",
    "上次团购的时候我一犹豫就被别人拍走了，后来后悔死了",
    "咱俩私下关系好也得按规矩来，都在直播间拍",
    "这个学习机的内部题目是按教材同步的",
    "孩子做题老是漏题，这本练习册带错题本",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert not _hits(matcher, text)


def test_the_anchor_sees_the_suggestion_of_the_claim_said(matcher):
    """Each family has its own row, so the popup proposes what fits (not another family's wording)."""
    def suggestions(text):
        return {s for h in _hits(matcher, text) for s in h.suggestions}

    assert "投资有风险" in suggestions("跟着老师选的股就没亏过")
    assert "请通过直播间购物车下单" in suggestions("想要的扫一下我背后这个二维码")
    assert "库存以页面显示为准" in suggestions("老铁们库存就剩仨了赶紧的")
    assert "如实展示真实销量" in suggestions("这款按摩椅已经进了上百万户人家")
    assert "资深讲师授课" in suggestions("老师手里有今年的内部题")
    assert "请按需下单" in suggestions("拍完再申请退款就行")
