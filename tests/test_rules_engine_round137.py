"""Round 137 (batch 64A's misses, rules alone and with the model): a named virus killed by an ordinary product, a
lock no thief can open, a curl or hold guaranteed not to drop, water said to bring wealth, an item that keeps the house
safe, a phone number on screen to call the host, a service done at the host's shop, a lower price for those who
message the host, brows or lashes that grow back or double in length, an item pulled tonight.

What a user notices: 涂层能灭活流感病毒, 所有小偷都撬不开, 定型八个小时都不塌, 鱼缸水主财越流越旺, 葫芦挂门上护宅平安,
打这个电话找我, 直接来我店里做, 想要优惠点的私信我, 眉毛都长出来了, 睫毛一个月长一倍, 今晚十点就下架 now raise a popup;
不能杀灭新冠病毒 (denied), 门锁坏了打不开, 头发睡一觉就塌了, 睫毛看起来长一倍 (a mascara's look), 今晚就下播了 stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a named virus killed by an ordinary product
    ("这个消毒喷雾喷一下能灭活流感病毒", "医疗用语"),
    ("门把手的涂层可以杀死诺如病毒，孩子摸了也放心", "医疗用语"),
    ("这款空气净化器开一晚上新冠病毒都能杀", "医疗用语"),
    # a lock no thief can open
    ("这扇防盗门装上以后所有小偷都撬不开", "功效夸大"),
    ("这把挂锁小偷来了也开不了", "功效夸大"),
    ("指纹锁一装开锁师傅来了都打不开", "功效夸大"),
    # a curl or hold guaranteed not to drop
    ("这款发胶定型八个小时都不塌", "功效夸大"),
    ("睫毛打底膏刷上卷翘到晚上都不塌", "功效夸大"),
    ("蓬蓬粉拍一下一整天保证不塌", "功效夸大"),
    # water said to bring wealth, the house kept safe
    ("家里鱼缸摆在门口水主财越流越旺", "迷信"),
    ("流水摆件放客厅遇水则发生意好", "迷信"),
    ("这个葫芦挂在门上护宅平安", "迷信"),
    ("这对石狮子摆门口保家宅平安", "迷信"),
    # a number on screen to call the host, a service at the host's shop, a lower price by message
    ("屏幕下方那串号码记一下，打这个电话找我", "导流私下交易"),
    ("想要的打那个号码找我，便宜五十", "导流私下交易"),
    ("做美甲的直接来我店里做，比链接便宜", "导流私下交易"),
    ("想烫头的到我们店里来做，不用拍", "导流私下交易"),
    ("想要优惠点的私信我哈", "导流私下交易"),
    ("这款茶叶要便宜的私信我报个电话", "导流私下交易"),
    # brows or lashes grow back or double in length
    ("这款眉粉用久了眉毛都长出来了", "化妆品宣称"),
    ("睫毛精华涂三个礼拜睫毛自己长出来", "化妆品宣称"),
    ("生发精华一个月头发长一倍", "化妆品宣称"),
    ("眉毛滋养液坚持用眉毛长了一倍", "化妆品宣称"),
    # an item pulled tonight
    ("这个链接今晚十点就下架，抓紧", "虚假紧迫"),
    ("这款四件套明天就下架了家人们", "虚假紧迫"),
    ("厂家说了这个价今晚就撤链接", "虚假紧迫"),
])
def test_round137_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这个空气净化器不能杀灭新冠病毒啊，说明书上写的是过滤颗粒物",
    "新冠那几年大家都在家办公",
    "小偷来过一次以后我们换了锁",
    "我家老房子门锁坏了打不开",
    "头发睡一觉就塌了，所以我才买的这个夹板",
    "水为财这种说法我们不讲，净水器就是滤水",
    "有问题打平台客服电话",
    "店里来做过的顾客都说师傅手艺好",
    "我眉毛天生就浓",
    "这款睫毛膏刷完睫毛看起来长一倍",
    "今晚就下播了，明天见",
    "这个链接已经下架了，别找了",
    "有问题私信我们客服哈，在平台内处理",
    "这批货昨天就下架了",
])
def test_round137_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # missing this turn loses the item forever; stepping away loses it
    ("这次抢不到的以后就永远买不到了", "虚假紧迫"),
    ("上个厕所回来就被抢光了，别走开", "虚假紧迫"),
    ("这款锅一转身就被抢光了家人们", "虚假紧迫"),
    # hospital doctors use it at home; a local leader took some home
    ("人民医院的大夫家里都在用这个牌子的按摩椅", "权威背书"),
    ("儿童医院的医生自己家都在用这款加湿器", "权威背书"),
    ("县领导来视察都带走了三盒茶叶", "权威背书"),
    ("市里领导尝过以后都买了", "权威背书"),
    # the price earned back in months
    ("这台奶茶机三个月就能赚回本钱", "投资承诺"),
    ("买台爆米花机摆摊半个月就能挣回成本", "投资承诺"),
    ("这套设备两个月就把本钱挣回来了", "投资承诺"),
    # cash to the installer for less; cash back for a photo or video review
    ("安装的时候付现金给师傅，能再少一百", "导流私下交易"),
    ("送货上门你直接付现金给他就行，比拍链接便宜", "导流私下交易"),
    ("追评带视频返现五块", "数据造假"),
    ("晒图满三张的返现八块", "数据造假"),
    ("视频评价的返现十元找客服", "数据造假"),
    # no dust or hair left at all
    ("吸尘器一吸地毯上的毛发一根都不剩", "功效夸大"),
    ("开一遍灰尘全都清干净", "功效夸大"),
    ("拖一遍地上碎屑一粒都不剩", "功效夸大"),
])
def test_round137_more_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "抢不到也没关系，下周还会补货",
    "我一走开孩子就哭",
    "医院的医生说要多喝水",
    "省领导来调研了，电视上播了",
    "这台设备回本要看你自己的经营",
    "安装费直接在链接里付，不用给师傅现金",
    "我们不搞晒图返现",
    "家里灰尘多的建议一周扫两次",
    "送货的时候现金交给师傅就行",
])
def test_round137_more_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "扫地机充电座放在东南角聚才风水好得很",
    "这个貔貅摆件放客厅聚才",
    "鱼缸放在财位聚才，生意越做越好",
])
def test_round137_heard_ju_cai_fires(matcher, text):
    assert "迷信" in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "我们公司广纳贤才聚才引智",
    "高新区出台政策聚才留才",
    "这个会议室坐北朝南采光好",
])
def test_round137_talent_ju_cai_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "有问题打客服电话找我们售后",
    "售后打官方客服电话找我们就行",
    "三甲医院的医生家里都没时间做饭",
    "这棵树苗十天长一倍",
])
def test_round137_service_lines_and_plain_growth_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
