"""Round 133 (batch 62's false alarms, and two known ones): a physical ceiling, a warranty card, a step-down wire, a
warning not to stop medicine, a medical-grade material; a viewer's typed word deleted or refused, a word called
unlawful, a viewer's name said again; a measure asked, an age bound; a quiz prize, a gift whose stock is told; a
reference price with its sales record shown; an effect disowned from the item's use; the room's own weekly best-seller.

What a user notices: 这个房间的天花板有点低, 用了保证书就在盒子里, 接降压线, 别自己乱停药, 医用级硅胶, 戴翡翠能辟邪的弹幕我给你删了,
TOP1这词我们不用, "天下第一好"就犯法了, ID叫"宇宙第一美", 最厚的地方多厚, 最小的宝宝也得三岁, 前三名答对问题的送绘本,
前五十单送摇摇杯 赠品一共五十个, 日常价的成交记录在商品页能看到, 也不说戴了转运, 高血压的朋友戴手串 跟血压没关系 no
longer raise a popup; the same words said as claims still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a physical ceiling, a warranty card, a step-down wire, medicine advice, a medical-grade material
    "卧室的天花板有点矮 台灯选落地款",
    "客厅的天花板比较高 挂这个吊灯刚好",
    "用上保证卡记得填好日期",
    "戴了保证书在盒子夹层里",
    "行车记录仪要接降压模块 建议找师傅装",
    "这个灯带配一个降压器就能用车上的电",
    "测出来血压高就去医院 别擅自停药",
    "这是普通枕头 有病看医生 不要随意停药",
    "奶嘴是医用级的硅胶 煮沸消毒没问题",
    "这个保温杯内胆是医用级不锈钢",
    "我们仓库在城市最东边 发货要慢一天",
])
def test_round133_words_of_things_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # a viewer's typed word deleted or its sender muted
    "刚才说喝了能降血糖的那条弹幕我已经删了",
    "谁再刷包治百病我就拉黑了啊",
    "公屏上打稳赚不赔的 房管直接禁言",
    # a word named and refused
    "有人问是不是行业第一 这个词我们不说",
    "弹幕问能不能说国家级 这种词咱不用",
    "问是不是销量冠军 这四个字我们不讲",
    # a word quoted and called unlawful
    "你要说“全网最低”就违规了",
    "“史上最强”这种就是违法的",
    "说“第一品牌”就犯法了 咱就说好用",
    # a name introduced in quotes and said again
    "有个宝宝网名叫“全网最美”，全网最美问这个多少钱",
    "粉丝昵称叫“天下第一”，天下第一说要两件",
    "ID叫“宇宙第一帅”，宇宙第一帅问尺码",
])
def test_round133_viewer_words_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # a measure asked about, an age bound
    "这块原石最厚的地方多厚 我拿尺子量一下",
    "这根跳绳最长能拉多长 我给大家试一下",
    "这个箱子最宽的位置有多宽 量给你们看",
    "这套书最小的孩子也要满四岁 三岁的先别买",
    "这个积木最小的宝宝得五岁 有小零件",
    "这个滑板车最小适合三周岁",
    # a quiz prize, a gift whose whole stock is told
    "前五名猜对价格的送一个钥匙扣",
    "前十位抢答正确的送书签",
    "前三个答对问题的小朋友送贴纸",
    "前三十单送一个帆布袋 帆布袋一共就做了三十个 送完价格不变",
    "前一百单送围裙 赠品一共一百份 后面价格还是这个价",
    "前二十单送手套 这个手套总共就二十副",
])
def test_round133_measures_and_games_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # a reference price whose sales record is shown
    "跟原价一百二十九比便宜二十 原价的成交记录在详情页能看到",
    "比日常价八十九少十块 日常价的历史成交在商品页都可以查到",
    "平时价六十九 平时价的销售记录店铺里能看到",
    # an effect disowned from the item's use
    "我们不开光 也不讲摆了招财 就是个摆件",
    "这个手链我们从来不说戴上就转运 喜欢再拍",
    "这个杯子我们不宣传喝了能治病 就是个杯子",
    "糖尿病的朋友吃这个坚果没问题 跟血糖没关系 药该吃吃",
    "高血压的家人戴这个手表也行 就是个表 跟治病不沾边",
    "痛风的朋友穿这双鞋没问题 药照常吃",
    # the room's own best-seller of the week, the item picked
    "这条围巾在我们店这个月是卖得最多的一条",
    "这把伞在我们家今年是卖得最多的一把",
    "这本字帖在我们直播间上周是卖得最好的一本",
])
def test_round133_prices_uses_and_own_records_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("这款面膜是颜值天花板", "绝对化用语"),
    ("这个护膝用了保证不疼", "功效夸大"),
    ("这个茶喝了能降压", "医疗用语"),
    ("喝了这个就可以停药", "医疗用语"),
    ("我们的护膝是医用级的 能治关节炎", "医疗用语"),
    ("这是全网最好的手串", "绝对化用语"),
    # a comment deleted, then the claim said anyway
    ("刚才的弹幕我删了 但是这个真的是全网最低价", "价格违规"),
    ("弹幕我已经删了 这个手串戴了能转运", "迷信"),
    # a word refused only for show
    ("这个词我们不说 反正它就是行业第一", "绝对化用语"),
    ("这是天下第一好的茶", "绝对化用语"),
    # a superlative of quality, not a measure; no age figure
    ("这块原石是最厚的 市面上找不到", "绝对化用语"),
    ("这是市面上最小的充电宝", "绝对化用语"),
    # first-N with pressure, no quiz, no told stock
    ("前三名下单的送绘本 手慢无", "虚假紧迫"),
    ("前五十单送杯子 赶紧抢", "虚假紧迫"),
    ("前二十单送手套 只剩几副了", "虚假紧迫"),
    # a reference price without a record shown
    ("日常价一百五十九 今天只要九十九", "价格违规"),
    # the effect claimed, not disowned
    ("这个手串戴了就转运", "迷信"),
    ("高血压的朋友喝这个茶 血压就降了", "医疗用语"),
    ("这本绘本是全网卖得最多的", "绝对化用语"),
])
def test_round133_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # a practice disowned with 那一套
    "咱们不玩什么风水招财那一套 这就是个花瓶",
    "我们不搞开光辟邪这一套 就是普通的木雕",
    "我们不信什么偏方秘方那些东西 老老实实卖米",
    # an off-platform way named with the harm it brings
    "所有订单都走平台 私下转账出了问题平台没办法保障",
    "线下交易出了事客服管不了 大家都在直播间拍",
    "私下交易被骗了平台不负责 千万注意",
    # a viewer's request to add a contact refused
    "评论区有人让我加个微信 不行哈 平台不允许",
    "弹幕叫我留个电话 这个真没办法",
    "公屏有人说加vx 不可以的家人们",
    # a viewer's typed word not read out
    '你们刷"天下第一"我不念哈',
    '公屏打"全网最低"的我不读',
    # geography, a follow-and-comment draw
    "这个登山包当然不是去世界最高峰用的 日常徒步够了",
    "福袋参与条件是点赞加评论",
    "抽奖规则很简单 关注加评论就行",
])
def test_round133_batch61_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("这串戴上就转运 风水那一套我们最懂", "迷信"),
    ("加我微信 私下交易便宜二十", "导流私下交易"),
    ("弹幕让我加个微信 可以 加我微信号", "导流私下交易"),
    ('你们刷"天下第一"我不念 但它就是天下第一', "绝对化用语"),
    ("这是世界上最好的登山包", "绝对化用语"),
    ("评论全是刷的假评论", "数据造假"),
])
def test_round133_batch61_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
