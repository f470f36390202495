"""Round 140 (blind batch 65's misses, rules alone and with the model): a cure claimed for a child's symptom with the
child named between (能治小宝宝拉肚子), minutes of use said to equal hours of massage or running, a maker's quota as
scarcity (厂家只给了五十件), the same item's price at a named shop (同款…在…要卖八百八), luck boosted (旺孩子运势, 能补运),
the whole trade outdone (全国…都比不过我们), 史上最 + a performance word (史上最耐烧), tens of thousands ordering just now
(刚刚又有两万人下单), nine in ten of a trade with more than four characters (十个汽车美容店九个用我们的) — lexicon rows
MED-0587, EFF-0558, URG-0442, PRC-0373, SUP-0207, ABS-0606, ABS-0607, DAT-0489, DAT-0490.

Clean look-alikes (a shipping top-up, a plain price, a massage length, a holiday) stay quiet. Real bundled lexicon,
real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "entry"), [
    ("这款暖肚贴能治小宝宝拉肚子，宝妈放心", "MED-0587"),
    ("这个艾灸盒专治老人家失眠，睡前用一下", "MED-0587"),
    ("这个按摩垫能治老人便秘，家里备一个", "MED-0587"),
    ("这台按摩椅坐10分钟等于按摩2小时，省了去店里的钱", "EFF-0558"),
    ("跳绳跳十分钟相当于跑步一小时，减肥快", "EFF-0558"),
    ("甩脂机站上去二十分钟等于跑5公里", "EFF-0558"),
    ("这批是厂家只给了三十套，没了就没了", "URG-0442"),
    ("厂里只给了一百瓶，拍完就下架", "URG-0442"),
    ("工厂只给了两百双，姐妹们抓紧", "URG-0442"),
    ("同款跑鞋在商场专柜要卖九百九，我们这三百", "PRC-0373"),
    ("同款锅在超市都卖四百八，直播间一百五", "PRC-0373"),
    ("同款面霜在免税店标价六百，今天只要两百", "PRC-0373"),
    ("这件小红袄旺孩子运势，过年穿", "SUP-0207"),
    ("属兔的戴这条红绳能补运，今年顺顺利利", "SUP-0207"),
    ("缺水的用蓝色杯子补财运，老师说的", "SUP-0207"),
    ("这款奶茶全国奶茶店都比不过我们，不信去喝", "ABS-0606"),
    ("我们的洗车液同行都比不上我们，就是这么自信", "ABS-0606"),
    ("全网卖拖把的都比不过我们这个款", "ABS-0606"),
    ("这个打火机史上最耐烧，一瓶气用半年", "ABS-0607"),
    ("史上最省电的空调扇，一晚上一度电", "ABS-0607"),
    ("这双跑鞋史上最耐磨，穿三年不坏", "ABS-0607"),
    ("刚刚又有三万人下单了，大家快点", "DAT-0489"),
    ("刚刚一下子有五千人抢，库存快没了", "DAT-0489"),
    ("又有两万人下单了，家人们跟上", "DAT-0489"),
    ("十个美甲工作室九个用我们的甲油胶", "DAT-0490"),
    ("十个连锁健身房里九个在用我们的器械", "DAT-0490"),
    ("十个母婴用品店八个用我们的纸尿裤", "DAT-0490"),
])
def test_round140_claims_fire(matcher, text, entry):
    assert entry in {h.entry_id for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "偏远地区要补运费，拍之前问一下客服",
    "这单能补运费差价，联系客服改价",
    "这个按摩仪一次按摩20分钟就够了，别超过半小时",
    "厂家给了我们三十天的试用期，不满意能退",
    "同款颜色有三个，链接里自己选",
    "品牌方只给了我们三十个赠品名额，屏幕上能看到还剩几个",
    "我们家的蜡烛最长能烧四十个小时，这是实测",
    "刚刚有两个人下单了，谢谢支持",
    "十个人里有九个问尺码，统一回答一下",
])
def test_round140_look_alikes_stay_quiet(matcher, text):
    hits = _hits(matcher, text)
    assert not hits, [(h.surface, h.entry_id) for h in hits]


@pytest.mark.parametrize(("text", "category"), [
    # lactic acid flushed out, walking learnt, abs guaranteed (refund if not), half the fat gone
    ("这台按摩椅坐二十分钟乳酸全都排干净，爬山回来就用", "功效夸大"),
    ("泡脚桶泡完乳酸一扫而光，腿立马不酸", "功效夸大"),
    ("这双软底鞋宝宝穿上三天就会走路", "功效夸大"),
    ("学步车用上一个礼拜就学会走路了", "功效夸大"),
    ("健腹器每天卷五十下保证出腹肌", "功效夸大"),
    ("这个腹肌贴二十天就出腹肌，练不出来主播给你退钱", "功效夸大"),
    ("跳操垫跳一个月肚子脂肪少一半", "功效夸大"),
    ("动感单车骑三周体脂直接减一半", "功效夸大"),
    # a fleet or an official body named as endorsing
    ("这款机油是礼宾车队指定用的，品质放心", "权威背书"),
    ("我们这个轮胎是车队专用款，跑长途都用它", "权威背书"),
    ("这款行车记录仪官方都认证过，放心装", "权威背书"),
    ("原厂都认证我们的刹车片，装上就是原厂件", "权威背书"),
    # a private messaging handle
    ("想要内部价的私信我拿V号", "导流私下交易"),
    ("私信主播要VX号，拉你进群", "导流私下交易"),
    ("私信小助理拿V号码，单独给你报价", "导流私下交易"),
])
def test_round140_more_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "运动完乳酸堆积会酸痛，记得多拉伸",
    "宝宝刚会走路的时候穿软底鞋比较好",
    "腹肌不是一天练出来的，坚持就好",
    "这个面包的脂肪含量是百分之五",
    "我们公司的车队平时也在用这个牌子的玻璃水，是员工自己选的",
    "店铺是官方认证的旗舰店，资质在页面底部",
    "有问题私信客服，下单只走小黄车",
])
def test_round140_more_look_alikes_stay_quiet(matcher, text):
    hits = _hits(matcher, text)
    assert not hits, [(h.surface, h.entry_id) for h in hits]
