"""Round 72 (batch 28's misses, t28a): lexicon families widened in place and four new rows.

What a user notices: these claims now raise popups — a shoe or a pot called "the king" (妥妥的鞋王, 那是锅王),
pain gone the moment a support or plaster goes on (EFF-0193: 一戴上马上就不疼了, 贴上立马就不痛了), "after today it is
gone" and "don't buy today and it is gone tomorrow" (URG-0173), 限时抢购 (URG-0174), "I count to five and the link goes"
(数到五链接就撤), "miss this wave and you can never buy it again" (这波错过就再也买不到了), a lucky charm "put at home"
with a wealth idiom (摆家里财源滚滚), "follow the teacher, trading stocks, sure profit" (跟着老师炒股包赚钱), a serum that
"changes your face in seven days" (七天换脸), insoles that make a child grow N cm in months (半年能长五公分), liquor
sold as the astronauts' celebration drink (AUT-0135), a pen "blessed" so that exams always pass (加持过的，考试必过),
a guaranteed yearly rise (保底升值), value that doubles year on year (年年翻番) and "the Palace Museum has it in its
collection" (故宫博物院都有收藏); 招财 said as 招才 after a charm stone (黄水晶是招才的).
Ordinary patter stays quiet: 打了麻药马上就不疼了, 今天过了零点发货, 数到三开始抽奖, 金蟾摆家里很好看, 袖子能长五公分吗,
庆功宴上喝的别的酒, 故宫博物院收藏的原画, a 鞋王 series name, 妥妥的小王子, 限时抢购的规则.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a product called the king of its kind
    ("这口锅妥妥的锅王，家人们放心拍。", "绝对化用语"),
    ("这双慢跑鞋那是鞋王级别的", "绝对化用语"),
    ("论保湿它妥妥的保湿王", "绝对化用语"),
    # pain gone the moment it goes on
    ("这款护膝戴上膝盖马上就不疼了", "功效夸大"),
    ("膏药贴上去立马就不痛了", "功效夸大"),
    ("这个暖宝宝一贴就不疼了", "功效夸大"),
    # after today it is gone
    ("过了今天这个价就没了啊", "虚假紧迫"),
    ("家人们今天不下单明天就没了", "虚假紧迫"),
    ("今天不抢的话明天就没了", "虚假紧迫"),
    ("限时抢购，手慢无", "虚假紧迫"),
    # counting down to pulling the link
    ("我数到三链接就撤了", "虚假紧迫"),
    ("数到十就撤链接啊", "虚假紧迫"),
    # miss it and never again
    ("错过这波就再也没有了", "虚假紧迫"),
    ("错过了就再也买不到了家人们", "虚假紧迫"),
    # a lucky object placed at home or in the shop with a wealth idiom
    ("这个貔貅放在店里财源广进", "迷信"),
    ("聚宝盆摆在家里日进斗金", "迷信"),
    # sure profit from trading stocks
    ("跟着我炒股包赚钱", "投资承诺"),
    ("跟着老师一起炒币包赚钱", "投资承诺"),
    # a face changed in days
    ("这个面霜三周换脸", "化妆品宣称"),
    ("精华液坚持两个月换脸", "化妆品宣称"),
    # a child growing N cm in months
    ("孩子喝了三个月能长五公分", "功效夸大"),
    ("穿这个鞋垫半年就能长三公分", "功效夸大"),
    # astronauts' celebration liquor
    ("这酒是航天员都喝的", "权威背书"),
    ("航天员的庆功酒就是这款", "权威背书"),
    # blessed so the exam passes
    ("这个手串开过光的，考试必过", "迷信"),
    ("文昌笔是大师加持过的，考试一定必过", "迷信"),
    # guaranteed rise, doubling every year
    ("这幅字画每年保底升值百分之八", "投资承诺"),
    ("这个茶饼收藏价值年年翻倍", "投资承诺"),
    # 招财 said as 招才 after a charm stone
    ("这条紫水晶手链招才", "迷信"),
    ("貔貅手串是招才的，戴上试试", "迷信"),
    # a museum holds it in its collection
    ("国家博物馆都收藏了这个系列", "权威背书"),
    ("这套瓷器故宫都有收藏", "权威背书"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "打了麻药马上就不疼了，医生说的",
    "戴上手套马上就不冷了",
    "今天过了零点我们就发货",
    "今天不播明天播",
    "数到三我们开始抽奖",
    "错过了也没事看回放",
    "这个金蟾摆家里很好看",
    "学炒股先学风险",
    "这件裙子袖子能长五公分吗",
    "宝宝能长多高看遗传",
    "庆功宴上喝的是别的酒",
    "航天员的故事很感人",
    "故宫博物院收藏的原画是宋代的",
    "这双鞋是我们店的鞋王系列",
    "他穿上妥妥的小王子一个",
    "限时抢购的规则看页面",
    "这个娃娃换了张脸谱贴纸",
    "公司在招才，欢迎投简历",
    "黄水晶摆在客厅很好看",
    "白水晶手链戴上显白",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
