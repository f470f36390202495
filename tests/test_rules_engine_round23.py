"""Round 23 (t13b): batch 12's lexicon misses in 导流私下交易 价格违规 虚假紧迫 权威背书 数据造假.

What a user notices: a popup now comes when the anchor tells viewers to skip the platform and pay privately
(别在平台上拍，私下转我), sends them to an unnamed other platform (去别的平台搜一下我们店名), reads out a mobile number
after 打 (直接打139…), sets a Cantonese or Mandarin deadline said time-first (过咗今晚就冇得买, 今晚过了就买不到), says the
price reverts within minutes (再过三分钟就恢复原价), claims nobody else reaches the price (同行都给不到这个价, 搜遍全网也找不着
更便宜的), quotes a physical shop's price (外面照相馆都要两千多, 比县城家电城便宜好几百), names a state-owned enterprise as
backer (南方电网指定, 中国移动官方合作), gives "nine in ten" shares (十个车主里九个都用这款), unsourced back-office counts
(后台显示已经有两万多人下单), asks for five stars straight after ordering, or tells buyers to order and refund later to
pump sales (拍完先别确认收货，过三天再退) — while the same words in ordinary patter stay quiet: a car that supports the
State Grid's chargers, a SIM of 中国移动, a discount (打八折), a shipping cut-off (今晚过了十点下单的明天发货), a raffle in
five minutes, a normal return (拍了不想要了可以申请退款), five stars on condition of satisfaction, a wardrobe searched in
vain and a shop that cannot sell that many a day. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # leaving the platform to pay the anchor privately
    ("这单别在平台上拍了，私下转我就行。", "导流私下交易", "DIV-0006"),
    ("不要在平台下单，我给你算便宜点。", "导流私下交易", "DIV-0006"),
    ("这件别在这儿拍，私下找我拿。", "导流私下交易", "DIV-0006"),
    ("定金直接私下转给我，尾款到了再说。", "导流私下交易", "DIV-0006"),
    # an unnamed other platform
    ("大家可以去别的平台搜一下我们店名。", "导流私下交易", "DIV-0039"),
    ("我们在其他平台也有店，那边便宜。", "导流私下交易", "DIV-0039"),
    # a mobile number read out after 打 / 拨
    ("要的姐妹直接打13912345678。", "导流私下交易", "DIV-0016"),
    ("想要的打１５８８７６５４３２１订。", "导流私下交易", "DIV-0016"),
    # deadlines said time-first, Cantonese and Mandarin
    ("过咗今晚就冇得买啦。", "虚假紧迫", "URG-0047"),
    ("今日过咗就冇得卖喇，快啲。", "虚假紧迫", "URG-0047"),
    ("今晚过了就买不到了，抓紧。", "虚假紧迫", "URG-0048"),
    # the price reverts within minutes
    ("这个价再过三分钟就恢复原价了。", "虚假紧迫", "URG-0048"),
    ("再过两分钟就涨回去了啊家人们。", "虚假紧迫", "URG-0048"),
    # nobody else reaches the price
    ("同行都给不到这个价。", "价格违规", "PRC-0032"),
    ("外面别家都卖不到这个价，你放心拍。", "价格违规", "PRC-0032"),
    ("你搜遍全网也找不着更便宜的。", "价格违规", "PRC-0032"),
    # a physical shop's price as the reference
    ("外面照相馆都要两千多，我们只要六百九。", "价格违规", "PRC-0063"),
    ("外面驾校都要五千，我们这个陪练课才一千。", "价格违规", "PRC-0063"),
    ("比你们县城家电城便宜好几百。", "价格违规", "PRC-0038"),
    # a state-owned enterprise as backer
    ("这个电表箱是南方电网指定的。", "权威背书", "AUT-0052"),
    ("这款路由器是中国移动官方合作的品牌。", "权威背书", "AUT-0052"),
    ("我们是中石化的供应商，油品放心。", "权威背书", "AUT-0052"),
    # "nine in ten" shares and back-office counts
    ("十个车主里九个都用这款机油。", "数据造假", "DAT-0026"),
    ("十个宝妈八个都用我们家这个纸尿裤。", "数据造假", "DAT-0026"),
    ("后台显示已经有两万多人下单了。", "数据造假", "DAT-0023"),
    ("这个课五万多学员报了。", "数据造假", "DAT-0023"),
    # five stars straight after ordering; order now, refund later
    ("拍完就给个五星好评哈。", "数据造假", "DAT-0034"),
    ("拍完先别确认收货，过三天再退掉。", "数据造假", "DAT-0035"),
    ("帮主播冲一波，拍一单过两天再退。", "数据造假", "DAT-0035"),
])
def test_batch12_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # state-owned enterprises merely named
    "这款车支持国家电网充电桩，家里装不了桩的也能去公共桩充。",
    "这个手机插中国移动的卡、联通的卡都能用。",
    "我爸以前在中石化上班，退休了天天来看直播。",
    "国家电网规定电表箱要装在户外，我们这个是防水的。",
    "中国移动营业厅可以办这个套餐，跟我们没关系。",
    # discounts and prices after 打
    "打八折以后只要一百三十九。",
    "打1折起的是清仓区，看清楚再拍。",
    # picking a link inside the shop; other platforms named without a frame
    "这款别在这个链接拍，去三号链接拍，那个是大码。",
    "其他平台的价格我不清楚，我只说我们直播间。",
    "有人说在别的平台买到了假货，大家认准我们的官方店铺。",
    # times that are no deadline
    "今晚过了十点下单的明天发货。",
    "今晚过咗十点就唔发货喇，听日先发。",
    "再过五分钟我们开始抽奖，奖品是一套茶具。",
    "再过五分钟就下播了，明天同一时间见。",
    # searches and counts that are no price claim
    "你翻遍了衣柜也找不着一件这么百搭的外套。",
    "我们一天都卖不到这个数，所以价格不能再低了。",
    "别家都卖不到这个量，我们一天就发了两百单。",
    # shops named without a price
    "外面的影楼拍婚纱照都要提前预约，我们这个是相册。",
    "农资店的老板都认识我，我以前也是开农资店的。",
    "比你们镇上农资店近多了，直接送到家。",
    # shares stating a problem, counts that are stock
    "十个人里九个都用错了洗面奶的量。",
    "后台显示还有三万件库存，不着急慢慢挑。",
    "满两万的客户下单可以开专票。",
    # ordinary reviews and returns
    "满意的话给个五星好评，不满意直接找客服。",
    "拍了以后记得看一下收货地址对不对。",
    "快递到了先别确认收货，检查一下没问题再确认。",
    "拍了不想要了可以申请退款，七天无理由。",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
