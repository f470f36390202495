"""Round 98 (t40c): batches 40–41's misses, each caught as a family in wordings of its own.

What a user notices: a product called the fastest or longest-lasting of its kind (这是速度最快的扫地机, 留香最久的香水,
续航最久的耳机), a "number one" nickname (行业首款, 扛把子级的, 首选 heard as 手选), a comparison with every brand or
place (比所有牌子都耐用, 比哪儿的都脆, 比国际一线大牌还好用, 全给比下去了, 好用二十倍), a cure or outcome told in
everyday words (突出的地方就缩回去了, 血压蹭蹭往下掉, 足弓就正过来了, 比做一次针灸还管用, 奶水刷刷的, 跟三十岁小伙子似的,
肠子清干净了, 戴上就不累了, 五天不馊, 辐射全挡住了, 细纹一抹就没, 褶子就没了, 对胎儿毫无影响), an endorser (街道办都拿去
慰问老人, 海关鉴定过, 协会会长亲自推荐, 央视都来拍过), a return promised (保准亏不了, 稳赚唔蚀, 每月返百分之二), urgency
(迟啲就冇得买, 倒数五个数数完就恢复原价, 别犹豫了再等就没了), a price under cost (比进价还低), a contact or cash off the
platform (打我主页上的电话, 现金付还能便宜), made-up figures (一秒钟进来三千单, 一晚上卖了十万单, 三百万个家庭在用,
百分之九十的宝妈都说这款好, 十万藏家在收) and superstition (保你家里不闹病, 师父念了三天经) now raise a popup — while a
delivery time or a setting (最快明天到, 最快的那档风, 保温最久的话十二小时), hand-sorted tea (纯手选的), a survey of a
problem (百分之八十的宝妈都说孩子挑食), a small real count (一晚上卖了八十单), the shop's own comparisons and a
prevention told as advice stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # the fastest / longest-lasting product of its kind (the 最 entry exempts 最快/最久 for delivery times)
    ("这是速度最快的扫地机，两小时扫完一百平", "绝对化用语"),
    ("这就是最快的料理机了，十秒打完", "绝对化用语"),
    ("留香最久的香水就是这瓶", "绝对化用语"),
    ("续航最久的耳机就是这副", "绝对化用语"),
    # number-one nicknames
    ("这款电饭煲是行业首款带称重的", "绝对化用语"),
    ("宝爸们的手选就是这款推车", "绝对化用语"),
    ("这台空调扛把子级的，随便比", "绝对化用语"),
    # comparisons with everyone
    ("这口锅比所有牌子都耐用", "绝对化用语"),
    ("我们家的苹果比哪儿的都脆", "绝对化用语"),
    ("这款面膜比国际一线大牌还好用", "绝对化用语"),
    ("这把剪刀把德国货全给比下去了", "绝对化用语"),
    ("这个拖把比别家的拖把好用二十倍", "绝对化用语"),
    ("这个保温杯比任何一个牌子都保温", "绝对化用语"),
    # cures and outcomes in everyday words
    ("腰突的老铁躺一礼拜突出的地方就缩回去了", "医疗用语"),
    ("喝这个茶血压蹭蹭往下掉", "医疗用语"),
    ("穿这双鞋一个月足弓就正过来了", "医疗用语"),
    ("奶粉里加了这个配方能预防多动症", "医疗用语"),
    ("泡脚桶泡二十分钟比做一次针灸还管用", "功效夸大"),
    ("喝了这个汤奶水刷刷的", "功效夸大"),
    ("吃了这个人参浑身有劲儿跟三十岁小伙子似的", "功效夸大"),
    ("喝完这个酵素肠子清干净了", "功效夸大"),
    ("这个手镯戴上就不累了", "功效夸大"),
    ("这个保鲜盒装饭五天不馊", "功效夸大"),
    ("这个紫水晶放电脑旁边辐射全挡住了", "功效夸大"),
    ("孕期放心涂，对胎儿毫无影响", "功效夸大"),
    ("宫寒的姐妹喝这个红糖一个礼拜手脚就热乎了", "功效夸大"),
    ("这款奶粉营养不输母乳", "功效夸大"),
    ("喝这个咖啡立马提神", "功效夸大"),
    ("眼霜一抹细纹一抹就没", "化妆品宣称"),
    ("用了一个月脸上的褶子就没了", "化妆品宣称"),
    ("这款精华能提拉紧致", "化妆品宣称"),
    # endorsers
    ("这款老人奶粉街道办都拿去慰问老人", "权威背书"),
    ("这块表海关鉴定过是真的", "权威背书"),
    ("茶叶协会会长亲自推荐的这款龙井", "权威背书"),
    ("我们这个腊肉央视都来拍过", "权威背书"),
    # returns promised
    ("这块金条放着就升值，保准亏不了", "投资承诺"),
    ("黄金买咗就系赚，稳赚唔蚀", "投资承诺"),
    ("存一万块每月返百分之二", "投资承诺"),
    # urgency, price, diversion
    ("迟啲就冇得买啦", "虚假紧迫"),
    ("倒数五个数数完就恢复原价", "虚假紧迫"),
    ("宝宝们别犹豫了再不拍就没了", "虚假紧迫"),
    ("不要犹豫了再等就没了", "虚假紧迫"),
    ("拍下再减五十，比进价还低", "价格违规"),
    ("打我主页上的电话订货", "导流私下交易"),
    ("来店里现金付还能便宜一百", "导流私下交易"),
    # made-up figures
    ("刚才一秒钟进来三千单", "数据造假"),
    ("这款锅一晚上卖了十万单", "数据造假"),
    ("全国有三百万个家庭在用这个净水器", "数据造假"),
    ("百分之九十的宝妈都说这款好", "数据造假"),
    ("全国十万藏家在收这个邮票", "数据造假"),
    # superstition
    ("这个貔貅摆客厅保你家里不闹病", "迷信"),
    ("这串佛珠寺里师父念了三天经", "迷信"),
])
def test_round98_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "最快明天就能到，顺丰发货",
    "我们以最快的速度给大家发货",
    "破壁机最快的转速是三万转，参数在详情页",
    "这个吹风机最快的那档风有点烫，建议用中档",
    "保温最久的话能到十二小时",
    "这个茶叶是纯手选的，一片一片挑出来的",
    "这是我们店的首款保温杯，以前没做过",
    "比上一代好用一点，手柄改了",
    "百分之八十的宝妈都说孩子挑食，所以我们做了这款辅食",
    "一晚上卖了八十单，谢谢家人们",
    "主页有直播预告，每天晚上八点",
    "协会会长是谁我也不知道，我们就卖个手串",
    "央视那个节目我也看了，跟我们没关系哈",
    "每年返场一次，今年就这一场",
    "倒数十个数，我们开始抽奖了",
    "比成本高不了多少，我们薄利多销",
    "手上的褶子是年纪的事，护手霜就是滋润",
    "跟二十岁的时候比，我现在可胖多了",
    "我小时候跟二十岁小伙似的能吃三碗饭",
    "民政局慰问我姥姥的时候我也在",
    "我们村去年央视来拍过纪录片，拍的是梯田",
    "主页的电话是客服电话，工作时间打",
    "涨奶的时候用这个吸奶器更方便",
    "别犹豫要不要买，不需要就别买",
])
def test_round98_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
