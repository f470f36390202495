"""Round 104 (t43r): batches 42/43's misses, caught by family rather than by sentence.

What a user notices: a mobile number read out after any lead-in (有问题打我手机…, 加我…, 电话是…), a price moved to a
private message (私信我报手机号, 直播间不方便说价格 私信我), payment outside the platform (直接付我), other chat apps
(LINE/WhatsApp/Telegram), dialect and one-second urgency (再弗拍就呒没了, 过了今朝就呒没了, 晚一秒就抢不着了), cleaning
and durability outcomes (油渍一擦就没, 一点灰都不剩, 霉菌统统没了, 再大的狗都拉不断, 除臭一整年), endorsers (奥委会,
警犬基地, 卫视, 名校实验室, 神舟飞船), guaranteed value and income (放着就能涨价, 每月保底收入…), invented data (十户里有
八户, 先别确认收货先给好评, 已售…万+, 百分之…的姐妹都瘦了, 帮我刷一波), 赔钱卖, slang 最顶的, a product superlative
said with 最长/最快/最久 (续航最长, 全平台最快) and 最高档 as a quality grade (最高档的茶叶) now raise a popup — while
delivery times and specs (最快明天到, 最长保修三年, 最长能拉到五米, 最新款), settings (调到最高档, 最高档风速) and
ordinary patter sharing the words stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a phone number read out, any lead-in
    ("有事打我电话13912345678", "导流私下交易"),
    ("想要的加我15887654321", "导流私下交易"),
    ("我手机是一三九八七六五四三二一", "导流私下交易"),
    ("售后找我18611112222就行", "导流私下交易"),
    # off-stream price, payment, foreign chat apps
    ("优惠价私信我发手机号", "导流私下交易"),
    ("直播间不方便说价格 私信我", "导流私下交易"),
    ("团购的钱直接转账给我就行", "导流私下交易"),
    ("想要的加我WhatsApp", "导流私下交易"),
    ("Telegram上找我拿货", "导流私下交易"),
    # urgency, dialect or not
    ("再勿拍就呒没了哦", "虚假紧迫"),
    ("过了今晚就没有了，抓紧", "虚假紧迫"),
    ("手慢一点就没了家人们", "虚假紧迫"),
    ("慢一秒就抢不到了", "虚假紧迫"),
    # cleaning and durability outcomes
    ("油渍一擦就没", "功效夸大"),
    ("地毯上的猫毛一吸就没", "功效夸大"),
    ("扫完一遍一粒灰都不剩", "功效夸大"),
    ("衣柜里的细菌统统死光", "功效夸大"),
    ("再大的狗都拉不断", "功效夸大"),
    ("这个除臭包除臭两年", "功效夸大"),
    ("五分钟拖完八十平", "功效夸大"),
    ("这表扔水里泡两个月都没事", "功效夸大"),
    ("谁练谁瘦", "功效夸大"),
    ("怎么吃都不会胖", "功效夸大"),
    # endorsers
    ("这款跑鞋是国际奥委会推荐的", "权威背书"),
    ("警犬训练基地专用的牵引绳", "权威背书"),
    ("浙江卫视指定的零食", "权威背书"),
    ("北大实验室联合研发的配方", "权威背书"),
    # value, income
    ("这套紫砂壶放着就会涨价", "投资承诺"),
    ("做代理躺着都能赚钱", "投资承诺"),
    ("加盟每月保底收入一万", "投资承诺"),
    # invented data
    ("我们村五户里有四户都在用", "数据造假"),
    ("先给个好评再确认收货哈", "数据造假"),
    ("这款已售20万+", "数据造假"),
    ("百分之九十的宝妈都瘦了", "数据造假"),
    ("家人帮我刷一波", "数据造假"),
    ("店里有三万多条好评", "数据造假"),
    # price, medical, cosmetic
    ("今天亏钱给你们卖", "价格违规"),
    ("尿酸都能排出来", "医疗用语"),
    ("穿着走走就能控制血糖", "医疗用语"),
    ("颈椎病喝了老快就好脱了", "医疗用语"),
    ("专门矫正脊柱侧弯", "医疗用语"),
    ("皮肤一个礼拜就白起来了", "化妆品宣称"),
])
def test_family_wordings_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这款耳机续航最长",
    "保温杯里这个保温最久",
    "发货速度全平台最快",
    "全网最新的款就是它",
    "这个是最高档的茶叶",
    "这面料是最高档的",
    "这款蛋白粉是最顶的",
    "我喝过的里面最顶的就是它",
    "这个鞋柜是鞋柜里的老祖宗",
])
def test_product_superlative_fires(matcher, text):
    assert any(h.category == "绝对化用语" for h in _hits(matcher, text)), text


@pytest.mark.parametrize("text", [
    "最快明天到，偏远地区慢一点",
    "这双靴子最长保修一年",
    "这根狗绳最长能拉到五米",
    "续航最长八小时，实际看用法",
    "这是我们家今年最新的型号",
    "付款了的最先发货",
    "风扇调到最高档",
    "最高档风速有点吵",
    "开最高档的时候噪音大一点",
    "客服电话在详情页",
    "有问题找客服",
    "私信我们客服查物流",
    "这个颜色叫LINE绿",
    "过了今朝还有，不急",
    "这个狗绳不怕拽",
    "霉菌怕干燥，记得通风",
    "谁喝谁知道好不好喝",
    "吃多少都行，热量不高",
    "放着不用会落灰",
    "闭着眼睛也能找到链接",
    "清华大学的学生来直播间了",
    "家家户户过年都要包饺子",
    "已售罄的颜色不补了",
    "百分之九十八的面料是棉",
    "赔钱的买卖我们不做",
    "这个拖把一拖就没水了得再蘸",
    "这个是最顶上那一层",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
