"""Round 131 (batch 61's misses): a joint that will never get hurt, a running pace or jump raised by a number, a
guarantee against tooth decay, a cable or rope that never breaks, the whole country's last few pairs, customs about to
stop an import, the system about to lock stock, a price rise if you do not buy now, a compared price written with a
currency sign, cheaper than every other shop, soldiers or chiefs who all praise it, a national centre's endorsement, a
deal moved to customer service or one's own shop, N million households all using it, body lotions that protect from the
sun, an ulcer healed in N days.

What a user notices: 膝盖一点都不会受伤, 配速直接提升一分钟, 保证不长蛀牙, 永远不会断, 全国就剩这二十双, 海关马上就不让进了,
系统马上锁库存, 再不拍就要涨到三百, 原价￥1299, 比别家所有礼盒都划算, 部队首长都说好穿, 国家口腔中心推荐的, 找客服走私下,
全国几百万家庭都在睡我们这个, 润肤乳还能防晒 and 3天溃疡就好 now raise a popup; the same words about training, a real
stock count, a process explained or a denied comparison stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a joint that will never get hurt ({受力部位})
    ("这款护踝穿上打篮球脚踝一点都不会受伤", "功效夸大"),
    ("有了这个护腰搬东西腰椎绝对不会受伤", "功效夸大"),
    ("跑全马足弓都不会受伤 这个鞋垫放心用", "功效夸大"),
    # a sporting result raised by a number ({运动成绩})
    ("这双篮球鞋穿上弹跳直接提高五厘米", "功效夸大"),
    ("穿上这双钉鞋百米成绩能快零点三秒", "功效夸大"),
    ("换这个鞋垫跑速提升两成", "功效夸大"),
    # tooth decay guaranteed away
    ("这个儿童牙膏刷一个月保准不长蛀牙", "功效夸大"),
    ("用我们这个漱口水保证孩子不蛀牙", "功效夸大"),
    ("宝宝用了再也不长蛀牙", "功效夸大"),
    # never breaks
    ("这个登山绳永远都不会断", "功效夸大"),
    ("这根充电线永远扯不断", "功效夸大"),
    ("这个表带一辈子都不会断", "功效夸大"),
    # the whole country's (or the whole web's) last few
    ("这款奶粉全国就只剩十罐了", "虚假紧迫"),
    ("这个色全网就剩三台", "虚假紧迫"),
    ("这款表全国只剩这几块了", "虚假紧迫"),
    # customs about to stop an import
    ("这个红酒海关马上就不让进了赶紧囤", "虚假紧迫"),
    ("这种奶粉马上就要禁止进口了", "虚假紧迫"),
    ("韩国这款面膜海关下个月就要禁了", "虚假紧迫"),
    # the system about to lock stock / take it down for good
    ("系统马上锁库存，没付款的自动取消哈", "虚假紧迫"),
    ("后台立马就锁库存了 赶紧付款", "虚假紧迫"),
    ("这个链接马上就永久下架了", "虚假紧迫"),
    # a rise if you do not buy now
    ("再不抢马上就涨到两百九", "虚假紧迫"),
    ("再不买下周就涨价", "虚假紧迫"),
    ("再不入手下周就涨五十", "虚假紧迫"),
    # a compared price written with a currency sign ({标价名})
    ("这个羽绒服原价¥899今天¥299", "价格违规"),
    ("吊牌价￥599直播间只要199", "价格违规"),
    ("这个包专柜价是￥2999", "价格违规"),
    # cheaper than every other shop
    ("这款坚果比别人家所有的都便宜", "价格违规"),
    ("这个礼盒比其他家的都划算", "价格违规"),
    ("我们这套比别家哪一款都实惠", "价格违规"),
    # soldiers, police, chiefs who all praise it ({军警人员})
    ("这双军靴武警战士都说好穿", "权威背书"),
    ("这个水杯消防员都爱用", "权威背书"),
    ("这款压缩饼干特种兵都点赞", "权威背书"),
    # a national centre, institute or association recommends it
    ("这款牙刷是国家口腔医学中心推荐的", "权威背书"),
    ("这个枕头国家睡眠研究院推荐", "权威背书"),
    ("这套护眼灯是国家眼科协会指定的", "权威背书"),
    # a deal moved to customer service or one's own shop
    ("想便宜的找客服私下聊", "导流私下交易"),
    ("要货的来我店里当面交易", "导流私下交易"),
    ("拍下以后联系客服走私下", "导流私下交易"),
    # N (ten) thousand households all using it
    ("全国两百万家庭都在用我们这个净水器", "数据造假"),
    ("五十万家庭都在盖这款蚕丝被", "数据造假"),
    ("八十万个家庭都在铺我们家的凉席", "数据造假"),
    # body lotions and oils that protect from the sun ({护肤品})
    ("这个润肤露还能防晒", "化妆品宣称"),
    ("这个身体油自带防晒", "化妆品宣称"),
    ("这个护手乳能防晒", "化妆品宣称"),
    # an ulcer healed in N days (溃疡 in {疾病})
    ("胃不好的喝这个茶七天溃疡就好", "医疗用语"),
    ("刷这个牙膏两天溃疡就好了", "医疗用语"),
    ("这个喷剂喷上溃疡好利索了", "医疗用语"),
])
def test_round131_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # an injury talked about, not ruled out
    "膝盖受伤的朋友不建议爬山",
    "运动前一定要热身，不然膝盖很容易受伤",
    "脚踝扭伤过的先休息两周再跑",
    # training, not a product's effect
    "配速提升需要长期训练",
    "这个月我的配速是五分半",
    "弹跳训练每周做两次就够了",
    # tooth decay talked about, a filed efficacy
    "少吃糖才能少长蛀牙",
    "这个牙膏含氟的防蛀牙然后是牙膏备案里写的功效",
    "蛀牙了要去看牙医",
    # breaking as care advice, never out of stock
    "数据线用久了会断，建议两年换一根",
    "我们家这款永远不会断货",
    "线别老折，折多了容易断",
    # a real stock count
    "库房里就剩这几十饼了，我不骗大家",
    "全国各地都能发货",
    "全国联保 哪里都能修",
    # customs as paperwork
    "海关查验合格后放行，单据都在详情页",
    "这批货的海关报关单在详情页",
    "进口的要过海关 所以晚两天发",
    # the system's stock lock explained
    "付款后系统会锁库存，不用担心超卖",
    "这个款去年已经永久下架了，今天讲的是新款",
    "系统库存是实时的",
    # no price rise promised
    "我再不减肥体重又要涨了",
    "今天到手价￥199，包邮",
    "满￥299减30 自己凑单",
    # a comparison refused
    "我们不敢说比别家都便宜，自己对比",
    "别家的礼盒也挺好 看个人喜欢",
    "比的话大家自己去别家看看",
    # an arrangement, not praise
    "我跟警察都说好了明天去做笔录",
    "消防员提醒大家冬天注意用电",
    "我弟弟是武警 今天来看我直播",
    # a certificate, not an endorsement
    "这个和田玉有国家珠宝玉石质量监督检验中心的证书",
    "面料送国家纺织制品质量检验检测中心检过，报告在详情页",
    "国家口腔中心的医生说每天刷牙两次",
    # smuggling condemned, the platform used
    "走私是违法的我们都是正规报关",
    "我们店里交易都走平台链接",
    "有问题找客服 都在平台上处理",
    # households counted, not buyers
    "好几百户人家都住在这个小区",
    "我们小区几百户都在装修",
    "这个城市两百万人口",
    # sunscreen used as sunscreen
    "润肤乳涂完再涂防晒霜",
    "身体乳没有防晒功能 出门记得涂防晒",
    "护手霜和防晒霜一起用",
    # an ulcer to see a doctor about
    "溃疡面积大的要去医院",
    "这个护肤品不治溃疡，溃疡请遵医嘱",
    "口腔溃疡反复发作请及时就医",
])
def test_round131_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
