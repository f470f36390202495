"""Round 120 (batch 55B's misses; batches 55A/55B's false alarms of the rules alone, families F9, F10, F13, F15).

What a user notices: 国宝级 said of goods, an invented queue (排队下单的已经五千人了) and an order rate by a round figure
(每秒钟上千单), a spec extreme tagged 没有之一, and a Latin contact word parted from the next letter by a comma (加个V，V
后面是店名) now raise a popup; an instrument's or a tool's own parts (第一弦最细, 第一档最省电, 最高能上到第五把位,
最低音是D), a word written in calligraphy practice, a rank among the shop's own orders or comments, a viewer's
nickname, a correction of what someone else said, and a ban listing several quoted words stay quiet. Real bundled
lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a national-treasure grade claimed for goods
    ("这套紫砂壶是国宝级的手艺", "绝对化用语"),
    ("我们这个茶叶就是国宝级品质", "绝对化用语"),
    ("这把古琴国宝级别的做工", "绝对化用语"),
    # an invented queue, an order rate by a round figure
    ("排队下单的已经五千人了", "数据造假"),
    ("排队抢的已经有八万人了", "数据造假"),
    ("每秒钟几千单往外走", "数据造假"),
    ("后台每分钟上万单", "数据造假"),
    # a Latin contact word parted from the next letter by a removed comma
    ("加个V，V上聊", "导流私下交易"),
    ("私下加V，V里给你便宜", "导流私下交易"),
    ("加我V，V后面是手机号", "导流私下交易"),
    # a correction that re-asserts, a ban turned back after several quoted words
    ("有人说这镯子是国宝级，其实没错就是国宝级", "绝对化用语"),
    ("不让说“最好”“第一”，但是你用了就知道", "绝对化用语"),
    ("不让说“祛斑”“美白”，不满意包退", "化妆品宣称"),
    # rankings that are no part, record or writing
    ("这款吉他是全网第一", "绝对化用语"),
    ("这款剃须刀最省电", "绝对化用语"),
    ("这款音箱最高音质", "绝对化用语"),
    ("包装上写着全国第一", "绝对化用语"),
    ("说明书上写了第一", "绝对化用语"),
    ("评论里都说这款排第一", "绝对化用语"),
    ("弹幕里这款排第一", "绝对化用语"),
    ("排第一的品牌就是我们", "绝对化用语"),
    ("这款叫至尊版，品质就是至尊", "绝对化用语"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这个充电宝最长待机，没有之一",
    "这台吸尘器最大吸力，无人能及",
    "这款电风扇最大风量，没有之一",
])
def test_spec_extreme_tagged_unrivalled_fires_on_the_superlative(matcher, text):
    assert any(h.surface.startswith("最") for h in _hits(matcher, text)), text


@pytest.mark.parametrize("text", [
    # national treasures that are no goods
    "博物馆里的国宝级文物不能拍照",
    "大熊猫是国宝级保护动物",
    "这个国宝我们去年去成都看过",
    # a real small queue, a motor's speed, a daily workload
    "排队的已经有三个人了，大家别急",
    "这台电机每秒钟上百转",
    "我们客服每天处理上百单",
    # V as a collar
    "这件是V领，V领显脸小",
    "iPhone，V领T恤都有",
    # specs without a rank
    "这款最长续航八小时",
    "最大容量是两升",
    # an instrument's or a tool's own parts
    "尤克里里第一弦最细，第四弦最粗",
    "这个吹风机一共三档，第一档最安静，第三档风最大",
    "这把小提琴最高能拉到第七把位",
    "这支竖笛最低音是C",
    "这台电子琴最大复音数一百二十八",
    # a word written as characters
    "老师让孩子抄“最好”两个字",
    "练毛笔字先写“第一”这两个字",
    "孩子练书法天天写第一",
    # a rank among the shop's own records
    "订单里上海排第一",
    "粉丝里北京的排第一",
    "排在第一的留言问能不能包邮",
    # a viewer's nickname
    "有个叫“至尊宝宝”的姐妹一直在问",
    "有个叫第一帅哥的粉丝刚下单",
    "有一位叫最美小仙女的宝宝中奖了",
    # a correction of what someone else said
    "刚才有人说这镯子是国宝级，我更正一下，就是普通翡翠",
    "网友说这个锅是最好的，我纠正一下，只能说好用",
    "弹幕说这是全网最低价，我更正一下，是直播间活动价",
    # a ban listing several quoted words
    "平台不让说“三天祛痘”“无效退款”，所以我们只说温和",
    "规定不让讲“最低价”“随时退”，你们自己比比看成分",
    "不让讲“国宝级”“顶级”，我们就说做工细",
    # filming, not buying
    "我们去那边拍过视频",
    "厂在山里，我们去那边拍素材",
    "上个月我们去那边拍外景",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # NO.1 of a numbered run (a draw's bags, a playlist, a queue's numbers)
    "第二轮福袋no.1已经开了，no.2等会儿开",
    "今晚的歌单NO.1是周杰伦，NO.2是陈奕迅",
    "排队号No.1先发货，No.2明天发",
])
def test_numbered_run_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "这款是NO.1，NO.2都比不上",
    "这款面霜就是NO.1",
    "这款销量no.1，no.2差远了",
])
def test_no1_claimed_fires(matcher, text):
    assert "绝对化用语" in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # the shop's own peak said with its figure
    "我们店一天最高是三百单，小店就这个量",
    "去年双十一单日最高是八百单",
    "这台烤箱最高是两百三十度",
])
def test_own_peak_with_figure_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "单日最高是六百单，全网第一",
    "这个价最低是九块九，全网最低",
    "这款销量最高，没有之一",
])
def test_peak_ranked_fires(matcher, text):
    assert "绝对化用语" in {h.category for h in _hits(matcher, text)} or "价格违规" in {h.category for h in _hits(matcher, text)}, text
