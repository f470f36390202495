"""Round 135 (batch 63B's misses): a lifetime promised for the item, out-doing every rival, the summit of a field,
compared with every item of its kind; slowing a disease, a hair-loss disease growing back, fungi on the body killed,
new hair sprouting; the price doubling for latecomers, the last time, latecomers shut out by the system, a window of
seconds; a price against an unnamed big brand; doctors sending patients, an official designation, a hospital
department as co-maker, a master of Chinese medicine as the formula's author; a share of a group said to use it.

What a user notices: 永远不会掉漆, 完胜所有品牌, 钓鱼圈的巅峰, 比所有面膜都补水, 能延缓青光眼, 鬼剃头的地方都长满了,
杀灭头皮真菌, 新头发蹭蹭长, 第二十一名开始恢复原价, 今晚就是最后一场直播, 后面的宝宝系统直接不让拍, 只给五秒,
比某品牌同款便宜, 眼科医生让病人来我们店配镜, 营地官方指定帐篷, 眼科中心出品, 国医大师监制, 八成的上班族都在喝 now
raise a popup; the weather, the world's summit, a reminder, a link not yet on sale, a heating time, a denied price
comparison, a hospital check-up and a word refused stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a lifetime promised for the item
    ("这个折叠床永远不会散架", "绝对化用语"),
    ("这张吊床一辈子都不会塌", "绝对化用语"),
    ("这把椅子坐十年永远也不会塌", "绝对化用语"),
    # out-doing every rival
    ("新款充电宝直接超越所有竞品", "绝对化用语"),
    ("这台投影仪打败所有同行", "绝对化用语"),
    ("续航上完胜所有品牌", "绝对化用语"),
    # the summit of a field
    ("这款鱼竿就是钓鱼圈的巅峰", "绝对化用语"),
    ("我们家的睡袋算是户外界的顶峰了", "绝对化用语"),
    ("这支口红是彩妆圈子里的巅峰", "绝对化用语"),
    # compared with every item of its kind
    ("这款面膜比所有面膜都补水", "绝对化用语"),
    ("这副镜片比所有镜片都清楚", "绝对化用语"),
    ("这个睡袋比所有睡袋都保暖", "绝对化用语"),
])
def test_round135_absolute_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize(("text", "category"), [
    # slowing a disease
    ("这个护眼仪能延缓青光眼", "医疗用语"),
    ("每天喝一杯能减缓骨质疏松", "医疗用语"),
    ("这个枕头用了颈椎病就不再发展了", "医疗用语"),
    # a hair-loss disease growing back
    ("鬼剃头的地方用了一个月都长满了", "医疗用语"),
    ("脂溢性脱发用这个洗发水三周就长回来了", "医疗用语"),
    ("斑秃的姐妹涂两个月头发长齐了", "医疗用语"),
    # fungi or mites on the body killed
    ("这款洗发水专门杀灭头皮真菌", "医疗用语"),
    ("泡脚粉泡一周脚气真菌全杀光", "医疗用语"),
    ("这个洗面奶能杀死毛囊螨虫", "医疗用语"),
    # dry eye named as a disease
    ("这个眼罩敷一敷就能治干眼", "医疗用语"),
    ("干眼的朋友滴这个护理液三天就好", "医疗用语"),
    # new hair sprouting
    ("用了两周新发茬都长出来了", "化妆品宣称"),
    ("洗了一个月新头发蹭蹭长", "化妆品宣称"),
    ("发际线那块小碎发都冒出来了", "化妆品宣称"),
])
def test_round135_health_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize(("text", "category"), [
    # the price doubling for latecomers
    ("第二十一名开始恢复原价", "虚假紧迫"),
    ("第一百单起涨价，要拍抓紧", "虚假紧迫"),
    ("第三十一位开始价格翻倍", "虚假紧迫"),
    # the last time
    ("今晚就是最后一场直播，错过没了", "虚假紧迫"),
    ("这是最后一次了，大家抓紧", "虚假紧迫"),
    ("今天真的是最后一波福利", "虚假紧迫"),
    # latecomers shut out by the system
    ("后面的宝宝系统直接不让拍了", "虚假紧迫"),
    ("来晚的系统就不让下单了", "虚假紧迫"),
    ("没抢到的后台直接买不了", "虚假紧迫"),
    # a window of seconds
    ("就给你们三秒，三二一上链接", "虚假紧迫"),
    ("只给五秒钟，拍完就下", "虚假紧迫"),
    ("就这二十秒，想要的赶紧", "虚假紧迫"),
    # a price against an unnamed big brand or the rivals
    ("比别家便宜好几百", "价格违规"),
    ("比某品牌同款便宜三成", "价格违规"),
    ("这套比某大牌的套装便宜一大半", "价格违规"),
])
def test_round135_urgency_and_price_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize(("text", "category"), [
    # doctors sending their patients
    ("儿科医生把病人介绍到我们直播间", "权威背书"),
    ("好多眼科医生让病人来我们店配镜", "权威背书"),
    ("口腔科主任都让患者来我们这买牙刷", "权威背书"),
    # an official designation
    ("马拉松赛事官方指定装备就是这双", "权威背书"),
    ("这是营地官方指定帐篷", "权威背书"),
    ("五A景区指定用品就是我们家的", "权威背书"),
    # a hospital department as co-maker
    ("人民医院皮肤科联合研制的药膏", "权威背书"),
    ("这款护眼贴是眼科中心出品", "权威背书"),
    ("省人民医院康复中心联合出品的护腰", "权威背书"),
    # a master of Chinese medicine as the author
    ("国医大师亲自配方的泡脚包", "权威背书"),
    ("名老中医研制的膏方", "权威背书"),
    ("这款艾灸贴是国医大师监制的", "权威背书"),
    # a share of a whole group said to use it
    ("八成的上班族都在喝这款咖啡", "数据造假"),
    ("百分之七十的跑者都在穿这双", "数据造假"),
    ("90%的露营玩家都在用这个炉头", "数据造假"),
])
def test_round135_endorsement_and_data_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "我们赞助的球队想超越所有人的期待",
    "登山的朋友都想登上世界的顶峰",
    "主播比所有人都紧张",
    "延缓发货的订单我们会补偿",
    "白内障要去医院做手术，眼镜不能延缓白内障",
    "洗衣机高温能杀灭真菌",
    "剪完头发新发茬有点扎脖子",
    "新头发长出来以后再来补染",
    "鬼剃头要去医院看，我们这是普通洗发水",
    "第一百零一名开始没有赠品，价格一样",
    "第十一名开始抽二等奖",
    "今天是最后一次提醒大家地钉要打深",
    "今晚是最后一场雨，明天放晴",
    "后面的链接拍不了是因为还没上架",
    "后面来的宝宝看一下置顶",
    "这个卷发棒预热只有十秒钟",
    "微波炉加热就三十秒",
    "我们不比某品牌便宜，价格差不多",
    "我比某人便宜吗",
    "我比所有家长都着急",
    "医生让患者来医院复查",
    "医生让病人来这里复查",
    "请认准官方指定渠道下单",
    "国医大师这个词我们不敢说",
    "名老中医配方这种话我们不说",
    "90%的近视都是用眼习惯造成的",
])
def test_round135_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
