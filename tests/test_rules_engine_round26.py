"""Round 26 (t14b): batch 13's lexicon misses in 虚假紧迫 价格违规 权威背书 导流私下交易 数据造假.

What a user notices: a popup now comes when the anchor says the price reverts in a blink (下一秒就涨回去了, 等会儿就恢复
原价), that this is the last chance or the last round (再不抢可就没机会了, 福利只剩这一波了, 出了直播间就不是这个价了, 今天不拍
以后就没下次了, Cantonese 错过咗就冇下次), that stock vanishes in a blink (眨一下眼就被抢光了) or the factory stops making
it (这批卖完厂家就不再生产了), that a market price will move tomorrow (明天金价就要涨了); when a price claim says the
seller earns nothing (一分钱都没赚你们的), compares with eating or buying in the shop (比你去店里买便宜两百), quotes a
4S shop's price (4S店换个机油要五百多) or a recycler's top price (回收价全市最高); when a museum is named as backer
(国家博物馆指定, 故宫专用) or a sports authority (国家体育总局指定, 国家队队员专用); when viewers are sent off the platform
(私下给你打个折, 私信主播发你二维码, 加个绿色泡泡, 进我们企鹅群, 到咱家公众号下单, 线下直接打款); and when data are
faked (卖出五千万颗, 五星好评后截图找客服返两块, 不想要的也别退确认收货冲榜, 满意率高达百分之九十八, 三十万个小朋友在学了)
— while the same words in ordinary patter stay quiet: a mini program mounted in the live room, an official site to
check anti-counterfeit codes, a price restored after the sale ends, green packing foam, a screenshot sent to customer
service for help, a museum visit, a bank's three working days, a middleman who earns nothing, a stock-market loss, a
size chart sent by private message. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # the price reverts in a blink
    ("这个价下一秒就涨回去了，赶紧的。", "虚假紧迫", "URG-0048"),
    ("等会儿就恢复原价了，家人们抓紧。", "虚假紧迫", "URG-0048"),
    # last chance, last round, no next time
    ("再不抢可就没机会了啊。", "虚假紧迫", "URG-0011"),
    ("再不下单就没机会了哦宝宝们。", "虚假紧迫", "URG-0011"),
    ("这个福利只剩这一波了。", "虚假紧迫", "URG-0016"),
    ("出了直播间就不是这个价了。", "价格违规", "PRC-0017"),
    ("下了播以后就不是这个价了啊。", "价格违规", "PRC-0017"),
    ("今天不拍以后就没下次了。", "虚假紧迫", "URG-0038"),
    ("呢款错过咗就冇下次喇。", "虚假紧迫", "URG-0047"),
    ("今晚唔执就冇啦。", "虚假紧迫", "URG-0047"),
    # gone in a blink; the factory stops making it
    ("眨一下眼就被抢光了。", "虚假紧迫", "URG-0039"),
    ("上一批转眼就卖光了。", "虚假紧迫", "URG-0039"),
    ("这批卖完厂家就不再生产了。", "虚假紧迫", "URG-0034"),
    ("工厂明年就不生产了。", "虚假紧迫", "URG-0034"),
    # a market forecast that presses the sale
    ("明天金价就要涨了，今天赶紧买。", "虚假紧迫", "URG-0049"),
    ("再不出手这价就跌了。", "虚假紧迫", "URG-0049"),
    # earning nothing
    ("这单我一分钱都没赚你们的。", "价格违规", "PRC-0010"),
    ("真的，我没赚大家一分钱。", "价格违规", "PRC-0010"),
    # shop, 4S shop and recycler prices
    ("比你去店里买便宜两百。", "价格违规", "PRC-0038"),
    ("这个套餐比堂食便宜一半。", "价格违规", "PRC-0038"),
    ("4S店换个机油要五百多，我们这才一百出头。", "价格违规", "PRC-0027"),
    ("这边回收价全市最高，欢迎来比。", "价格违规", "PRC-0066"),
    ("全城最高价收购旧手机。", "价格违规", "PRC-0066"),
    # museums and sports authorities as backers
    ("这款墨水是国家博物馆指定的。", "权威背书", "AUT-0053"),
    ("这个宣纸故宫专用，写字的都知道。", "权威背书", "AUT-0053"),
    ("这是国家体育总局指定的运动饮料。", "权威背书", "AUT-0043"),
    ("国家队队员专用的护膝。", "权威背书", "AUT-0029"),
    # off the platform
    ("想要的私下找我，私下给你打个折。", "导流私下交易", "DIV-0006"),
    ("私下我再给你优惠点。", "导流私下交易", "DIV-0006"),
    ("私信主播发你二维码，扫了进群。", "导流私下交易", "DIV-0048"),
    ("要的加个绿色泡泡聊。", "导流私下交易", "DIV-0002"),
    ("想了解的进我们企鹅群。", "导流私下交易", "DIV-0003"),
    ("到咱家公众号下单，满一百包邮。", "导流私下交易", "DIV-0049"),
    ("这个款直播间没上，去我们官网买。", "导流私下交易", "DIV-0049"),
    ("线下直接打款给我，我给你发货。", "导流私下交易", "DIV-0038"),
    # faked data
    ("这款胶囊已经卖出五千万颗了。", "数据造假", "DAT-0028"),
    ("五星好评后截图找客服返两块。", "数据造假", "DAT-0005"),
    ("好评了私信客服返你五块钱红包。", "数据造假", "DAT-0011"),
    ("不想要的也别退，确认收货帮我冲一下榜。", "数据造假", "DAT-0013"),
    ("我们的满意率高达百分之九十八。", "数据造假", "DAT-0017"),
    ("理赔成功率99%，放心投。", "数据造假", "DAT-0017"),
    ("已经有三十万个小朋友在学了。", "数据造假", "DAT-0023"),
])
def test_batch13_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # channels that stay on the platform, sites named for another reason
    "点击左下角小程序下单，团购券当天就能用。",
    "我们官网可以查到防伪码，收到货扫一下。",
    # prices and times that are no deadline
    "这个活动结束后恢复原价，具体以页面为准。",
    "下了播我们还会在粉丝群回答问题。",
    "厂家说这个款式还会继续生产，不着急。",
    "明天天气就凉了，出门多穿点。",
    "眨眼的功夫它就干了，速干面料。",
    # green foam and penguins
    "包装盒里加一层绿色泡沫，路上摔不坏。",
    "小朋友们都喜欢这个企鹅玩偶。",
    # private remarks, screenshots and returns
    "私下里我自己也用这款。",
    "有问题截图发给客服处理。",
    "拍了不合适可以退，七天无理由。",
    "满意率我们一直在提升。",
    # museums, agencies and shops named without a claim
    "我们去故宫参观过，红墙真好看。",
    "这个图案来自故宫馆藏的纹样。",
    "体育总局发布了新的全民健身指南。",
    "国家队的比赛昨晚很精彩。",
    "银行要三个工作日到账。",
    # earning nothing said of someone else; counts that are no user claim
    "中间商一分钱没赚，都是果农直供。",
    "去年炒股一分钱没赚到。",
    "三万个小朋友在学校里上过课。",
    "私信我发你个尺码表。",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
