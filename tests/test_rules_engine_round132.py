"""Round 132 (batch 62's misses): an effect on contact (一靠就睡着), a guarantee against being scammed or fined, a refund if
the effect fails, dialect 冇得 (风险, 斑冇得了, 冇一个说不好), a QQ or a private message for a better price, less medicine or
every ailment gone after drinking it, the factory stopping for good, a queue of thousands, a drugstore's price, long life
for buying, the highest content on the web, 至尊品质, only our goods genuine, better than all of them, none can compare,
doctors buying here, a national-level master, a repurchase rate in tenths, buyers sent to the shop.

What a user notices: these wordings now raise a popup; the look-alikes that say nothing of the kind stay quiet. Real
bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # an effect on contact
    ("这个靠垫一靠上去就睡着 午休神器", "功效夸大"),
    ("足浴包一泡完就睡着 老人家最喜欢", "功效夸大"),
    ("这款眼罩一戴上就睡着", "功效夸大"),
    # a guarantee against being scammed, robbed or fined
    ("装上这个防盗锁保证不会被偷", "功效夸大"),
    ("有这个app包你不被骗", "功效夸大"),
    ("行车记录仪装好了保证不被扣分", "功效夸大"),
    # a refund if the effect fails
    ("这个药膏用不好直接退款", "功效夸大"),
    ("鱼油喝不好全额退钱", "功效夸大"),
    ("颈椎贴不管用包退款", "功效夸大"),
    # dialect 冇得 / 没得
    ("这个理财产品一点风险都冇得", "投资承诺"),
    ("存进来冇风险的 放心", "投资承诺"),
    ("跟着我们投莫得风险", "投资承诺"),
    ("这个祛痘膏痘印三天就冇了", "功效夸大"),
    ("黑眼圈涂一个月就冇得了", "功效夸大"),
    ("用过的老顾客没有一个人说不好", "数据造假"),
    ("买过的冇人说不好", "数据造假"),
    ("这个锅冇一个差评", "数据造假"),
    # a QQ or a private message for a better price
    ("想要团购的加主播QQ", "导流私下交易"),
    ("售后问题加我们售后QQ", "导流私下交易"),
    ("私信主播领内部价", "导流私下交易"),
    ("私信我拿优惠", "导流私下交易"),
    ("要的私信客服领券", "导流私下交易"),
    # less medicine, every ailment gone
    ("这个苦瓜茶高血压的喝了就能少吃药", "医疗用语"),
    ("坚持吃这个粉药可以少吃点", "医疗用语"),
    ("我妈吃了三个月毛病全没了", "医疗用语"),
    ("泡了一个月啥病都好了", "医疗用语"),
    # the factory stopping for good
    ("这个款停产了以后再也不做了", "虚假紧迫"),
    ("厂家说这批以后再也不做了", "虚假紧迫"),
    ("工厂那边不做了 就这最后一批", "虚假紧迫"),
    # a queue of thousands
    ("排队付款的还有三千多人", "数据造假"),
    ("后台排队的还有两万人", "数据造假"),
    ("后面还有五千人在排", "数据造假"),
    # a drugstore's or another shop's price
    ("这个血糖仪药房卖四百多", "价格违规"),
    ("商场都卖六百八 我们一百九十九", "价格违规"),
    ("这个奶粉超市卖三百二", "价格违规"),
    # long life for buying
    ("这个寿桃摆件买了家里老人长寿", "迷信"),
    ("六六大顺号链接 买了保长寿", "迷信"),
    ("这串珠子戴上保长寿", "迷信"),
    # the highest content on the web
    ("这款鱼油全网含量最高", "绝对化用语"),
    ("这个胶原蛋白浓度全网最高", "绝对化用语"),
    ("我们的益生菌全网最高纯度", "绝对化用语"),
    # 至尊 joined to quality
    ("这个茶叶至尊品位 送礼有面子", "绝对化用语"),
    ("买我们家就是至尊享受", "绝对化用语"),
    ("睡上去就是至尊体验", "绝对化用语"),
    # only our goods genuine
    ("别看了 只有咱家是正品", "绝对化用语"),
    ("市面上的蜜蜡 只有我们家才是真的", "绝对化用语"),
    ("这个阿胶就我们家是真的", "绝对化用语"),
    # better than all of them, a verb between
    ("这个锅比所有牌子做得都好", "绝对化用语"),
    ("这个画质比所有牌子的电视都要好", "绝对化用语"),
    ("我们的印刷比所有出版社都强", "绝对化用语"),
    # none can compare
    ("这个音质同价位没有对手", "绝对化用语"),
    ("这个价位的耳机没有一个比得上它", "绝对化用语"),
    ("同价位的手机没一个能比的", "绝对化用语"),
    # doctors buying here, a national-level master
    ("县医院的医生都找我买这个钙片", "权威背书"),
    ("好多护士都在我这买这个袜子", "权威背书"),
    ("这个紫砂壶是国家级大师做的", "权威背书"),
    ("国家级非遗传承人亲手编的竹篮", "权威背书"),
    # cheaper than every shop on the web
    ("这个价比全网所有店都便宜", "价格违规"),
    ("比全平台任何一家都便宜", "价格违规"),
    # a repurchase rate in tenths
    ("这个洗衣液回购率超过八成", "数据造假"),
    ("我们家的复购率高达九成", "数据造假"),
    ("好评率超过九成五", "数据造假"),
    # buyers sent to the shop
    ("直播间买不划算 来我们实体店直接找我", "导流私下交易"),
    ("想要便宜的去我们门店找我拿", "导流私下交易"),
    ("到我们线下店报我名字找我", "导流私下交易"),
])
def test_round132_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # sleep, safety, refunds said plainly
    "这个椅子一坐就是一下午 腰也不累",
    "行车记录仪能留下证据 出了事有据可查",
    "七天无理由退货 质量问题全额退款",
    # dialect plainly
    "冇得问题 明天就发货",
    "这个颜色冇得了 只剩黑色",
    "好评一个都冇得 我们刚开的店",
    # contact and price plainly
    "有问题请联系平台客服 不要私下加QQ",
    "私信我看不到 有问题在公屏问",
    "药店卖的是药 我们这是普通食品",
    # medicine and illness plainly
    "有慢病的按时吃药 这个只是零食",
    "医生说要少吃盐少吃糖",
    "这个杯子喝了一年一点毛病都没有",
    # stock, queues, shops plainly
    "工厂过年放假 发货顺延三天",
    "排队的姐妹稍等 客服一个个回",
    "祝老人家健康长寿 下单可以备注祝福语",
    # rankings plainly
    "这款鱼油含量是每粒五百毫克",
    "我们品牌叫至尊 这个只是名字",
    "我们家是正品 有授权书可以看",
    "这本书比上一版印得好一点",
    "同价位里算是性价比不错的",
    "我们这款国货做工用心",
    "我们的复购率后台能看到 大家自己看",
])
def test_round132_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the word said again after 不 with a dare, not an A-not-A question (scopes_asserted._TAIL_GUARANTEE)
    ("这个价比全网所有店都便宜，不便宜你回来骂我", "价格违规"),
    ("这个价全网最低，不最低你取关", "价格违规"),
    ("这款锅最好用，不好用你砸我招牌", "绝对化用语"),
])
def test_round132_dare_after_repeat_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "便宜不便宜我不说 你们自己看",
    "最低不最低我没法承诺",
    "好用不好用我们不吹 自己试",
])
def test_round132_a_not_a_still_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "存进来的钱每个月给您返百分之三",
    "入股以后每个季度返百分之八",
    "会员卡充五千 每个月都返两个点",
])
def test_round132_monthly_return_fires(matcher, text):
    assert "投资承诺" in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "每个月的会员日全场打九折",
    "每个月返场一次 想要的关注一下",
    "投资有风险 我们不承诺每月收益",
])
def test_round132_monthly_plain_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "超市卖一斤装的 我们这是两斤装",
    "药店卖三盒装的 我们这个一盒就够",
    "外面卖一瓶一瓶的 我们整箱发",
])
def test_round132_pack_size_sold_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "超市卖三十八一斤 我们十九",
    "药店卖三百多块 我们只要八十九",
    "外面卖九十九 直播间四十九",
])
def test_round132_shop_price_still_fires(matcher, text):
    assert "价格违规" in {h.category for h in _hits(matcher, text)}, text
