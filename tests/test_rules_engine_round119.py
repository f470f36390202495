"""Round 119 (batch 55A's misses, families): prevention and antiviral claims, calories burnt, weight loss without
giving up food, prices going back up at a deadline, a deadline "on the dot", a link pulled at any moment, ministries
of culture and tourism as endorsers, leaders who stayed or rode, fortune for the viewer's household, a franchise's
losses covered, payment by a QR code or to the host's own account, UV protection for ordinary skincare, shop counts,
audience counts and shop prices as reference prices.

What a user notices: 预防高反, 抑制流感病毒, 喝一杯燃烧三百卡路里, 想吃什么吃什么照样瘦, 过了零点全部涨回去, 准点下架,
随时可能把链接撤了, 文化和旅游部推荐, 首长都吃过, 旺你们一家老小, 亏了总部兜底 (and 包回本 before 不回本…兜底 is no
longer read as an A-not-A question), 扫这个二维码付款, 汇到我个人账户, 素颜霜隔绝紫外线, 已经开了两千多家门店,
五万人同时在线 and 挂牌价1888 now raise a popup; advice (注意预防高反), a calorie count from a fitness band, a sales
deadline given as a fact, an agency named for its data or phone number, a QR code for a manual, a warning against
private accounts, a registered sunscreen, a couple of shops for pick-up and a small audience stay quiet. Real bundled
lexicon, real matcher (``default_matcher``).
"""

from __future__ import annotations

import pytest

from app.rules.matcher import default_matcher
from tests.rule_checks import checked_hits as _hits


@pytest.fixture(scope="module")
def dm():
    return default_matcher()


@pytest.mark.parametrize(("text", "category"), [
    # prevention of altitude sickness / acclimatisation claimed for food
    ("这款牦牛肉干吃了能预防高反，去拉萨必备", "医疗用语"),
    ("这个益生菌去外地吃防水土不服", "医疗用语"),
    ("红景天口服液抗高原反应效果好", "医疗用语"),
    # an antiviral effect claimed for an ordinary product
    ("这款墙布添加了银离子能抑制流感病毒", "医疗用语"),
    ("这个口罩面料病毒一碰就被杀死", "医疗用语"),
    ("这个硅藻泥能灭活病毒", "医疗用语"),
    # calories said to be burnt by the product
    ("这个黑咖啡喝一杯燃烧三百卡路里", "功效夸大"),
    ("早上吃一粒燃掉两百大卡", "功效夸大"),
    ("这个腰带戴上多燃烧五百大卡", "功效夸大"),
    # weight loss without giving up food
    ("这款代餐想吃什么吃什么照样瘦", "功效夸大"),
    ("火锅烧烤随便吃也能瘦", "功效夸大"),
    ("这个酵素大吃大喝照样瘦", "功效夸大"),
    # the price going back up at a deadline
    ("过了零点价格全部涨回去", "虚假紧迫"),
    ("十点一过就涨回原来的价", "虚假紧迫"),
    ("這個價過了十一點都漲回去", "虚假紧迫"),
    # a deadline on the dot; a link pulled at any moment
    ("明早八点准点下架", "虚假紧迫"),
    ("这个链接到点就撤不等人", "虚假紧迫"),
    ("今晚九点整准时下链接", "虚假紧迫"),
    ("主播随时可能把链接撤了", "虚假紧迫"),
    ("这个价随时都会下链接", "虚假紧迫"),
    ("老板说随时会关链接", "虚假紧迫"),
    # ministries of culture and tourism (and others) as endorsers; leaders who used the thing
    ("这款酱油是文化和旅游部推荐的", "权威背书"),
    ("这条线路旅游局官方推荐", "权威背书"),
    ("这个民宿是广电总局推荐的", "权威背书"),
    ("这个车型领导人都坐过", "权威背书"),
    ("这家饭店首长都吃过", "权威背书"),
    ("这个床垫领导人也睡过", "权威背书"),
    # fortune for the viewer's household
    ("这个貔貅摆在客厅旺你们一家老小", "迷信"),
    ("红色门垫旺你家", "迷信"),
    ("按属相挑的颜色旺您全家", "迷信"),
    # a franchise's losses covered (and 包回本 kept beside it)
    ("奶茶店加盟亏了总部兜底", "投资承诺"),
    ("加盟我们回不了本退加盟费", "投资承诺"),
    ("开店亏损有总部给你兜底", "投资承诺"),
    ("炸鸡店加盟包回本，回不了本总部兜底", "投资承诺"),
    # payment off the platform: a QR code, the host's own account
    ("定金扫这个二维码付款就行", "导流私下交易"),
    ("扫我手机上的二维码直接付钱更便宜", "导流私下交易"),
    ("钱打到我私人账户上", "导流私下交易"),
    ("余款汇到我个人账户就行", "导流私下交易"),
    ("尾款转私人账户省手续费", "导流私下交易"),
    # UV protection claimed for ordinary skincare
    ("这款素颜霜还能隔绝紫外线", "化妆品宣称"),
    ("我们家的身体乳抗紫外线", "化妆品宣称"),
    ("这个粉底液紫外线都挡得住", "化妆品宣称"),
    # unsourced shop and audience counts
    ("我们品牌已经开了两千多家门店", "数据造假"),
    ("全国五百多家加盟店都在卖", "数据造假"),
    ("现在直播间五万人同时在线", "数据造假"),
    ("今晚八万人在看", "数据造假"),
    # a shop price as the reference price
    ("这套景区门票门市价是三百八", "价格违规"),
    ("这个酒店挂牌价1888今天只要688", "价格违规"),
    ("这款按摩椅柜台价一万二直播间六千", "价格违规"),
])
def test_family_fires(dm, text, category):
    assert category in {h.category for h in _hits(dm, text)}, text


@pytest.mark.parametrize("text", [
    # advice and facts about altitude, viruses
    "有高原反应的游客请及时就医，我们导游会带氧气瓶",
    "天热注意预防高原反应，多休息",
    "去高原前可以咨询医生怎么预防高反",
    "流感病毒这几天很厉害，大家出门戴口罩",
    # calories as a fact, not the product's effect
    "跑步一小时大概燃烧五百大卡，这是手环记录的",
    "这款代餐一袋一百二十大卡，热量标在包装上",
    "我今天走了一万步消耗三百大卡",
    # eating habits, a person's build
    "他吃那么多照样瘦，天生的",
    "想吃什么就吃什么，但是要控制量",
    # deadlines given as facts
    "过了十二点就是明天的订单了，发货顺延一天",
    "这个活动过了零点就结束了，页面上有写",
    "我们每天准时开播，八点见",
    "活动时间以页面为准，不会随时撤链接",
    # agencies and leaders named for something else
    "文旅部发布了今年的旅游统计数据",
    "旅游局的电话在门票背面",
    "领导人的讲话我们组织学习了",
    # wishes and brands
    "旺旺雪饼小时候都吃过",
    "祝你全家身体健康",
    # franchise risk said plainly
    "加盟有风险，不回本的话总部不兜底",
    "总部不会给你兜底，请谨慎",
    "我们总部在杭州",
    # QR codes and accounts that are no off-platform payment
    "扫包装后面的二维码可以看安装视频",
    "付款请在购物车里付，不要扫陌生二维码付钱",
    "退款会原路退回到你的账户",
    "不要把钱转到任何私人账户",
    # UV: a registered sunscreen, an umbrella, a denial
    "这款防晒霜有特证，防紫外线",
    "遮阳伞能挡紫外线",
    "隔离霜不能防紫外线，要另外涂防晒",
    # small real counts, no price claimed
    "我们在杭州有两家门店可以自提",
    "直播间现在两百人在线",
    "这个门市价我不清楚，页面价格就是到手价",
])
def test_look_alikes_stay_quiet(dm, text):
    assert _hits(dm, text) == [], text
