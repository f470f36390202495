"""Round 86 (misses of blind batches 32-33, all categories, t33e): lexicon rows widened in place, seventeen new rows.

What a user notices: these claims now raise popups, also in recogniser output without punctuation and with fillers
(呃, 然后) — a product that "beats everything on the market" (秒杀市面上), "no rival in its class can beat it"
(同类里没有能打过它的); a child who shoots up centimetres in a holiday (蹿高/窜高{N}厘米); "dawdle and the link is gone"
(再磨叽…撤了), "once a year" and "next time it is gone" (一年只有这一次, 下回再来就没了), places "about to fill up"
(名额快满了), "the maker gave us only today", a price that "is N after tonight", "the boss changes the price tomorrow",
"this price just disappears after today", "sold out after this batch", "last minutes" mistyped 分种, "never this price
again", "don't snap it up and you'll regret it", "hesitate and it's gone", "miss it for ever"; an "official guide price";
research institutes that drink it every day, embassies or consulates that designate it, the post office recommending
it; charms that make you "sure to get rich" (准发财), luck "going up and up", a master who "worked it out" (大师算过);
a fan group for paying by transfer; skin "a ring whiter" (白一圈); N万 students passing with it; "holds blood pressure
steady" (稳住血压); a flask that keeps warm for days and nights, fatigue "all gone", 宿便 "cleared out", "one wipe does
ten of other brands"; goods that become "a sum of money after a few years", a course that "guarantees orders" or
"earns the fee back"; buy-then-return to push the ranking, 销量破白万, a return rate "almost zero"; and the claims said
right after a refusal — "I won't say it cures, but everyone who used it got well", "no one failed to slim",
"100 out of 100 worked", "other shops are all dearer than ours", "no one following us ever lost", "it doesn't come
back after use", 防晒还美白.
Ordinary patter stays quiet: a link changed at three, places not yet full, a flask that keeps warm twelve hours, a
batch followed by the next one, "the post office delivered", a master chef who did the sums, a fan group reached
through the platform, a colour that "looks a shade fairer" on you.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这个耳机的音质秒杀市面上的同价位", "绝对化用语"),
    ("同价位没有能打过它的", "绝对化用语"),
    ("孩子喝半年能窜高五公分", "功效夸大"),
    ("穿上这双鞋垫孩子一个寒假能蹿高两厘米", "功效夸大"),
    ("再磨叽一会儿这个链接就撤了", "虚假紧迫"),
    ("家人们再墨迹一会儿链接我就下架了啊", "虚假紧迫"),
    ("这种折扣一年只有这一次", "虚假紧迫"),
    ("这个价一年就这一次下次再来就没了", "虚假紧迫"),
    ("名额快报满了家人们", "虚假紧迫"),
    ("这个训练营名额马上就要满了", "虚假紧迫"),
    ("厂家只给我们今天一天的库存", "虚假紧迫"),
    ("过了今天这个价就是三百九了", "价格违规"),
    ("品牌方只给了我们今天一天过了今晚就是两千多", "价格违规"),
    ("这套书官方指导价五百直播间五十", "价格违规"),
    ("下播就改价了家人们", "价格违规"),
    ("这个外套明天老板就要改价了", "价格违规"),
    ("研究所的老师都在吃这个", "权威背书"),
    ("中科院的专家都在喝这个牛奶", "权威背书"),
    ("领事馆都在用这款茶具", "权威背书"),
    ("这个大米是大使馆指定用米", "权威背书"),
    ("这个纪念册邮局都推荐", "权威背书"),
    ("摆上这个金蟾准能发财", "迷信"),
    ("戴上这个葫芦今年准发财", "迷信"),
    ("戴上它财运一路往上", "迷信"),
    ("这个手串戴上财运呃一路往上", "迷信"),
    ("这个名字是大师测过的", "迷信"),
    ("这个平安扣是大师算过的", "迷信"),
    ("加我们粉丝群 群里付款更便宜", "导流私下交易"),
    ("进我们粉丝群然后群里直接转账就行", "导流私下交易"),
    ("涂一个月白了一圈", "化妆品宣称"),
    ("这个身体乳用一个夏天白一圈", "化妆品宣称"),
    ("这个精华美白还防晒", "化妆品宣称"),
    ("这个面霜又防晒又美白", "化妆品宣称"),
    ("三万多学员靠这套题考过了", "投资承诺"),
    ("这门课已经有5万多学员靠它通过了", "投资承诺"),
    ("喝这个茶能把血糖稳住", "医疗用语"),
    ("这个手环戴着就能稳住血压", "医疗用语"),
    ("这个冰桶保冷三天三夜", "功效夸大"),
    ("这个杯子保温三天三夜", "功效夸大"),
    ("按五分钟疲劳一扫而空", "医疗用语"),
    ("泡个脚呃十分钟疲劳全都没了", "医疗用语"),
    ("喝了三天宿便全拉出来了", "功效夸大"),
    ("这个果蔬汁喝完宿便都清出来了", "功效夸大"),
    ("这个洗衣片一片顶别人三片", "功效夸大"),
    ("这块抹布擦一遍顶别家五遍", "功效夸大"),
    ("过了今天这个折扣就不见了", "虚假紧迫"),
    ("过了今晚呃这个价就不见了", "虚假紧迫"),
    ("这批卖完就断货了", "虚假紧迫"),
    ("这一批走完就断货了家人们", "虚假紧迫"),
    ("只剩五分种了", "虚假紧迫"),
    ("最后三分种了还没拍的抓紧", "虚假紧迫"),
    ("以后都不会再有这价了", "虚假紧迫"),
    ("以后再也不会有这个价了呃", "虚假紧迫"),
    ("这饼茶存五年就是一笔钱", "投资承诺"),
    ("这套金币放几年就是一笔钱", "投资承诺"),
    ("学会了保你接单不断", "投资承诺"),
    ("半个月就赚回学费", "投资承诺"),
    ("这个剪辑课学完包你接单赚钱然后一个月挣回学费", "投资承诺"),
    ("大家帮我们冲排名", "数据造假"),
    ("先下单呃过三天再退帮我们把排名冲上去", "数据造假"),
    ("这款退货率接近零", "数据造假"),
    ("这个枕头退货率几乎是零", "数据造假"),
    ("这个呃销量破白万了", "数据造假"),
    ("不说能治啊但是喝了的都好了", "医疗用语"),
    ("我不说能治但是吃了的都好了", "医疗用语"),
    ("我不说根治但是吃完就不复发了", "医疗用语"),
    ("用了的没有不见效的", "功效夸大"),
    ("不敢保证但是用了的没有不瘦的", "功效夸大"),
    ("一百个人用一百个见效", "功效夸大"),
    ("十个人用十个有效", "功效夸大"),
    ("别家都比咱家贵", "价格违规"),
    ("你去别的直播间看看都比我们家贵", "价格违规"),
    ("跟着我们囤的就没赔过", "投资承诺"),
    ("不敢保证收益但是跟着我买的就没亏过", "投资承诺"),
    ("不抢就后悔", "虚假紧迫"),
    ("这批就这些不抢就后悔一辈子", "虚假紧迫"),
    ("犹豫一下就没了", "虚假紧迫"),
    ("二手的就一件犹豫就没了", "虚假紧迫"),
    ("剩下的不多了不拍就没了", "虚假紧迫"),
    ("不拍就永远错过", "虚假紧迫"),
    ("现在不买就永远错过了", "虚假紧迫"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个链接三点撤掉换下一个",
    "名额还没满，想报的可以看看",
    "名额满了我们会在群里通知",
    "厂家给了我们今天一天的直播时间",
    "大使馆办签证要预约",
    "大使馆附近的那家店",
    "中科院的报告我没看过",
    "这个保温杯保温十二个小时",
    "这个价位的保温壶保温一整天没问题",
    "这个拖把一遍拖不干净就再拖一遍",
    "这批走完下一批下周到",
    "最后两分钟的时候我们抽奖",
    "明天老板来直播间",
    "压箱底的衣服拿出来晒晒",
    "邮局寄快递三天到",
    "邮局的包裹今天到了",
    "学完能不能接单要看你自己",
    "先下单，过两天发货",
    "排名我们不在乎",
    "退货率我们每月都会看",
    "跟着我们学做饭",
    "用了的都说好用",
    "吃了的朋友回来说口感好",
    "十个人用三个人说偏大",
    "都比我家那口子高",
    "都比上次那批好看",
    "犹豫了好久才决定上这个款",
    "不复发的说法我们不敢讲",
    "大师傅算过账了这个价很实在",
    "今年准备发财的家人们看过来",
    "同类里它算性价比高的",
    "想进粉丝群的家人点主播头像就能进平台的粉丝群",
    "加一下我们的粉丝群呃每天有福袋",
    "这件白色的穿了一个夏天都没发黄",
    "下次再来直播间记得点关注",
    "赶紧拍个照发给家人看看",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
