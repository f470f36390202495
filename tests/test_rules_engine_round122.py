"""Round 122 (batch 56B's misses; batch 56B's rules-alone false alarms, families F9, F10, F13, F15).

What a user notices: "nobody nationwide can make one as good" (全国师傅都做不出这么…), a pregnancy complication or an
illness kept away (防流产, 喝了不犯病), an illness cured by a course of use (…一个礼拜就好), hair guaranteed black, a
price multiple over named rivals (比某某某划算一倍), doctors as the shop's buyers, a market share with the goods named
(每卖出十台空调就有四台…) and every buyer's five stars now raise a popup; look-alikes stay quiet. Real bundled lexicon,
real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # nobody in the country can make one as good
    ("全国师傅都做不出这么好的腊肉", "绝对化用语"),
    ("全世界工厂都造不出这样的刀", "绝对化用语"),
    ("天底下厨子都炒不出这么香的", "绝对化用语"),
    # a pregnancy complication prevented
    ("这个护腰带孕妇用了防流产", "医疗用语"),
    ("喝这个汤能预防早产", "医疗用语"),
    ("孕妇吃这个防止早产", "医疗用语"),
    # an illness kept away by eating or using
    ("哮喘的老人喝了不犯病", "医疗用语"),
    ("这个枕头用了以后再没犯病", "医疗用语"),
    ("吃上半年就再也不犯病", "医疗用语"),
    # an illness, then a course of use ending in 就好
    ("有鼻炎的用这个洗鼻器，一个礼拜就好", "医疗用语"),
    ("湿疹的宝宝抹三天就好", "医疗用语"),
    ("颈椎病的枕这个枕头两个月就好", "医疗用语"),
    # hair guaranteed black
    ("吃半年头发保证变黑", "功效夸大"),
    ("头发一个月包你变黑", "功效夸大"),
    ("头发一个月包你长出来", "功效夸大"),
    # a price multiple over named rivals
    ("比百草味划算一倍", "价格违规"),
    ("比超市便宜两倍", "价格违规"),
    ("比某宝旗舰店实惠一倍", "价格违规"),
    # doctors as the shop's buyers
    ("人民医院的护士都在我们家买", "权威背书"),
    ("附近医院的医生都在咱家买水果", "权威背书"),
    ("好多大夫都来我们家买", "权威背书"),
    # market share with the goods named
    ("每卖出十台空调就有四台是我们的", "数据造假"),
    ("全国每卖出十个保温杯就有两个是咱家的", "数据造假"),
    ("每卖十个行李箱就有三个出自我们厂", "数据造假"),
    # every buyer's five stars
    ("拍过的都给五星", "数据造假"),
    ("用过的全给五星", "数据造假"),
    ("吃过的都给五星，没有差评", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # our own workmanship without all rivals
    "我们师傅做不出这么多，一天就五十条",
    "全国包邮，做不出来的不发货",
    # pregnancy advice, an everyday 犯
    "孕妇请先问医生再买",
    "吃了不犯困，开车前也能喝",
    "用了不犯愁，收纳一步到位",
    # a wait that is no cure
    "醒花两小时就好",
    "面泡三分钟就好",
    "快递一个礼拜就到",
    # hair colour named, not guaranteed
    "这把梳子保证不勾头发",
    "白头发多的姐妹可以看看这款帽子",
    # a price said plainly
    "比昨天多送一包",
    "比老款多五十克",
    "今天划算一点",
    # a shop near a hospital
    "我们店就开在医院对面",
    "医院旁边那家也卖核桃",
    "医生说多吃坚果，我们家就卖坚果",
    # a sale count of our own, a request for a fair review
    "每卖出十单我们就抽一个免单",
    "买了的觉得好给个五星，不好也如实写",
    "收到货满意的话给个五星",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # someone else's word, denied by the host (reading 1)
    "有人在评论区说这个手串能转运，不对啊，我们就是个装饰品",
    "好多人刷包治百病 没有包治百病啊 这就是个泡脚桶",
    "有姐妹问这个锅是不是全网最低价，我们不跟全网比，本场六十九",
    # the word marked as a word and the speaker told off (reading 2)
    "那个“顶级”两个字谁教你说的？换个词",
    "你又想说第一两个字了是吧，打住",
    "“万能”这个词念也别念，咱就说多功能",
    # a promise declined (reading 3)
    "我们不承诺什么无效退款，按平台规则来",
    "直播间不保证什么根治，别问了",
    "我们不搞什么全网最低价，就是正常价",
    # a name only (reading 4)
    "至尊是这个茶叶的牌子名，口味名而已，不是说它有多至尊",
    "店名叫第一烧烤，名字而已，跟排名没关系",
    "这个款式跟皇室御用没关系，别乱传",
    # a chart's row, a setting's end (reading 5)
    "尺码表第一行是身高，第二行是体重",
    "这个旋钮拧到最右边是最大风",
    "温度调到最低那一档就够了",
    # a viewer's question echoed (reading 6)
    "这个茶叶是最好的吗？什么最好，它就是明前绿茶",
    # a viewers' board, a prize's winner, a first-N gift checked (reading 7)
    "打赏榜第一的是广州那位姐妹，送你一盒",
    "福袋第一名是弹幕里那个小鱼，恭喜",
    "你是第五个付款的，前十名有小样，后台按时间排",
])
def test_talked_about_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # the viewer's word affirmed or turned back
    "有人问这个锅是不是全网最低价，是的，就是全网最低价",
    "有人说这个能治失眠，不对，不是能治，是根治",
    # a quoted claim with no reproach, a promise made
    "“顶级”两个字就是给它准备的",
    "我们承诺无效退款",
    # a name claimed
    "我们店名叫第一烧烤，名副其实，全城第一",
    # a setting ranked against others, the echo affirmed
    "这个风扇调到最大档是全网风力最大的",
    "这个茶叶是最好的吗？什么最好，就是最好的",
    # a goods ranking after a board, a first-N gift with urgency
    "销量榜第一的是这款，家人们冲",
    "前十名下单送小样，后台已经五十人了，赶紧抢",
])
def test_claims_beside_them_still_fire(matcher, text):
    assert _hits(matcher, text), text


@pytest.mark.parametrize("text", [
    # a declined promise beside the ordinary refund, the host's own denial of the chat's word
    "我们不承诺什么无效退款，不满意按七天无理由退",
    "这么多人刷祖传秘方 没有秘方啊 就是家常做法",
    "弹幕好多人刷神药 没有神药 这就是个零食",
])
def test_denials_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "我们不承诺什么无效退款，但肯定无效退款",
    "好多人刷祖传秘方 没有秘方啊 但其实就是祖传秘方",
    "我们承诺无效退款，不满意就退",
])
def test_promise_or_secret_reasserted_fires(matcher, text):
    assert _hits(matcher, text), text
