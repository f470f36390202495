"""Round 138 (batch 64B's misses, rules alone and with the model): families of wordings the rules did not know —
out-doing a group of rivals named by origin or price (超过所有国产品牌), pregnancy and postpartum conditions as
diseases (治耻骨联合分离), a shaving or body product that makes hair grow less (刮两天胡茬就变软变少), a queue of
thousands (后面排队的已经三千多人了), a price for the first minutes only (这个价只有前三分钟), an object 请/求 at a temple
(在文昌庙请过) or said to top the exam (用了考试能中状元), a head count of expectant mothers (八十万孕妈在用), a run at the
top of a list (热销榜连续十二个月霸榜).

What a user notices: the claims above and their kin now raise a popup; a temple visit (去雍和宫请过香), shaving foam that
softens the beard, a shop's small queue, a price set before the stream, a name like 状元笔, a person who came first in the
exam, the word 霸榜 refused, and mothers told to see their doctor stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # out-doing a group of rivals named by origin or price
    ("这把吉他的手感碾压所有进口品牌", "绝对化用语"),
    ("这款电动牙刷刷得比所有国产品牌都干净", "绝对化用语"),
    ("续航甩开所有同价位品牌", "绝对化用语"),
    # pregnancy and postpartum conditions treated
    ("收腹带戴一个月能治腹直肌分离", "医疗用语"),
    ("这个护腰专治耻骨痛", "医疗用语"),
    ("喝这个奶粉能治妊娠糖尿病", "医疗用语"),
    # hair made to grow less
    ("用这个剃须膏刮一周胡子就越长越少", "功效夸大"),
    ("这个脱毛膏抹三次腿毛再也不长", "功效夸大"),
    ("须后乳擦两天胡须就变少了", "功效夸大"),
    # a queue of thousands
    ("后面排队的已经一万多人了，赶紧拍", "虚假紧迫"),
    ("排队付款的已经两千多人了", "虚假紧迫"),
    ("在排队的宝宝已经五千多了", "虚假紧迫"),
    ("后面还有两千多人在排队，抓紧", "虚假紧迫"),
    # the first minutes only
    ("福利就头十分钟，过了就没了", "虚假紧迫"),
    ("到手价只有前五分钟，抓紧", "虚假紧迫"),
    ("秒杀价仅限前两分钟", "虚假紧迫"),
    ("前两分钟下单才有这个价", "虚假紧迫"),
    # an object 请/求 at a temple
    ("这串手串在灵隐寺请过的", "迷信"),
    ("这个葫芦是从雍和宫求来的", "迷信"),
    ("这块玉在五台山拜过，保平安", "迷信"),
    # said to top the exam
    ("孩子拿着这支笔考试一定中状元", "迷信"),
    ("戴着这个挂坠保你中状元", "迷信"),
    ("用了这支笔金榜题名", "迷信"),
    ("孩子用了它考状元", "迷信"),
    # a head count of expectant mothers
    ("全国已经有五十万孕妇在用了", "数据造假"),
    ("二十万准宝妈都在用我们这款", "数据造假"),
    ("已经有三十万孕妈在用这个托腹带", "数据造假"),
    # a run at the top of a list
    ("这款面霜霸榜三年", "数据造假"),
    ("在销量榜连续八周霸榜", "数据造假"),
    ("连续五年稳居榜首", "数据造假"),
    ("这款洗面奶常年霸榜", "数据造假"),
])
def test_round138_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "国产品牌这几年进步很大，各有各的好",
    "所有进口品牌都要有中文标签，我们这款也有",
    "耻骨联合分离的孕妈要听医生的，托腹带只是辅助支撑",
    "有腹直肌分离的宝妈先去医院评估，别指望收腹带",
    "剃须泡沫能让胡茬变软，刮起来不拉扯",
    "胡子多的男生选三刀头，胡子少的选单刀就够了",
    "年纪大了胡子越来越少是正常的，跟剃须刀没关系",
    "脱毛仪要坚持用一段时间，毛发会变细变少，因人而异",
    "排队的人多的话大家耐心等，客服一个个回",
    "前面排队的已经三个人了，稍等一下",
    "这个价格是开播前三分钟定下的",
    "下播前十分钟抽奖，记得留地址",
    "排队的宝宝别急，客服按顺序回",
    "我们去雍和宫请过香，人特别多",
    "上周在灵隐寺上过香，许了个愿",
    "这支笔叫状元笔，就是个名字，考试还是靠自己",
    "他当年高考中了状元，现在在我们公司",
    "霸榜这个词我们不用，数据都在后台",
    "这款去年上过热销榜，具体排名以页面为准",
    "孕妈在用的时候注意别勒太紧",
])
def test_round138_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
