"""Round 79 (misses of blind batches 30-31 in 投资/导流/数据/权威/价格/迷信, t31b): lexicon rows widened in place, five new rows.

What a user notices: these claims now raise popups — a collectible "guaranteed to rise" or "sure profit next year"
(保证升值, 明年准赚), "bought is earned" (买了就赚), goods called a wealth product or hard currency (就是理财产品,
是硬通货), value that rises every year or "the longer you wear it the more it is worth" (收藏价值年年涨, 越盘越值钱,
每年至少涨两成), "the principal cannot be lost" (本金不会亏), a floor on the yearly return (年回报率不低于…), a course
promising 过万 a month, a refund if the salary falls short or a certificate straight after (月薪不到…全额退, 学完直接拿证),
a buy-back promise (包回购, 原价回收), per-order earnings of resellers and per-mu earnings of seeds (分销一单赚,
一亩地多挣); a WeChat on the home page (简介里有V), "phone this number", "the platform is no place to say the price",
群号 and 扫码进群, settling off the books or in the shop (单独走账, 线下给你算, 线下店交易), "go to my <platform> account";
head counts without a source (二十万人都在抢, 八成宝妈都选它, 全网已售…), reviews paid by length (写满三十字返五块),
fake counts typed in the chat (弹幕刷已抢购) and buy-then-return to climb the chart; 航天专用, a 研究会 recommending, a
museum's expert appraisal (国博专家鉴定过), 交警推荐, deputies of the People's Congress who drink it; an invented market
price (市场价都卖三百), below cost, half the mall's price, cheaper than 双十一; and charms that keep 太岁 out of the door,
make wishes come true (戴上以后心想事成) or subdue "unclean things".
Ordinary patter stays quiet: a wish (祝大家心想事成), 九成新, 写满字数的评价, 拍完不合适七天内可以退, 买了就赚到了 as a
bargain, a 交警 greeting, a mall or market mentioned without a price.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这套纪念钞保证升值，放心收", "投资承诺"),
    ("金条今天入手明年准赚", "投资承诺"),
    ("这个银币包你升值", "投资承诺"),
    ("这个葫芦挂门口，能把太岁挡在门外", "迷信"),
    ("这串佛珠戴上以后心想事成", "迷信"),
    ("开过光的貔貅摆上心想事成", "迷信"),
    ("这面八卦镜挂上，家里不干净的东西都能镇住", "迷信"),
    ("这个葫芦摆上，屋里不干净的都能压住", "迷信"),
    ("这个老白茶就是理财产品，比存银行强", "投资承诺"),
    ("和田玉收藏价值年年涨", "投资承诺"),
    ("这个紫砂壶越盘越值钱", "投资承诺"),
    ("老酒越老越值钱，放着就行", "投资承诺"),
    ("认养这棵果树本金不会亏", "投资承诺"),
    ("这套邮票每年至少涨两成", "投资承诺"),
    ("这块翡翠年回报率不低于百分之二十", "投资承诺"),
    ("学完这门剪辑课接单一个月轻松过万", "投资承诺"),
    ("学完月薪不到八千全额退学费", "投资承诺"),
    ("报我们的育婴师课学完直接拿证", "投资承诺"),
    ("这只手表我们包回购", "投资承诺"),
    ("买回去不喜欢我们原价回收", "投资承诺"),
    ("金条是硬通货，放多久都不怕", "投资承诺"),
    ("做我们分销，一单能赚三十", "投资承诺"),
    ("这个小麦种子一亩地能多挣两千", "投资承诺"),
    ("简介里有V，有事找我", "导流私下交易"),
    ("批发的朋友打这个电话问价", "导流私下交易"),
    ("直播间不方便说价，私下聊", "导流私下交易"),
    ("扫码进群领优惠", "导流私下交易"),
    ("尾款单独走账，私聊我", "导流私下交易"),
    ("想要更低的价线下给你算", "导流私下交易"),
    ("到我们线下店交易，更便宜", "导流私下交易"),
    ("想看更多去我小红书号", "导流私下交易"),
    ("二十万人都在抢这款锅", "数据造假"),
    ("八成宝妈都选它", "数据造假"),
    ("全网已售五百万单", "数据造假"),
    ("写满三十字带图的返五块", "数据造假"),
    ("主播让助理弹幕刷已抢购", "数据造假"),
    ("家人们拍完过三天再退，帮我冲榜", "数据造假"),
    ("这款保温杯航天专用", "权威背书"),
    ("中国营养研究会推荐的奶粉", "权威背书"),
    ("国博专家鉴定过的老物件", "权威背书"),
    ("这款反光背心交警推荐", "权威背书"),
    ("人大代表都在喝的酒", "权威背书"),
    ("这个枕头市场价都卖三百，今天九十九", "价格违规"),
    ("这床被子比成本价还低", "价格违规"),
    ("这件大衣比专柜少一半", "价格违规"),
    ("今天比双十一还便宜", "价格违规"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个手链戴上很显白，祝大家心想事成",
    "祝家人们新年好运连连心想事成",
    "这款纪念币不保证升值，喜欢的收藏",
    "我们不是理财产品，就是普通的茶叶",
    "本金这个概念我们这里不涉及，就是卖大米",
    "我们二手回收价格以鉴定结果为准",
    "这个包很耐用，越背越有味道",
    "主页有直播预告，大家点个关注",
    "扫码领券，券在购物车里",
    "这个月学员的证书都寄出去了，学完考试合格才发证",
    "工资不到账的话找平台客服",
    "十万个好评不如一次试用",
    "九成新的二手包也很保值",
    "晒图的宝宝记得写写使用感受",
    "故宫文创授权的书签，造型是故宫的角楼",
    "交警提醒大家开车系好安全带",
    "市场价格波动大，我们按当天行情定价",
    "这个成本比较高所以价格贵一点",
    "商场里逛累了可以歇歇脚",
    "这个价格比618的时候还高一点，介意的别拍",
    "我们这一单就赚五毛钱",
    "一亩地大概用两袋种子",
    "线下店交易的事情我们不做，都在直播间拍",
    "去我店铺首页看看其他款",
    "写满五十字的评价对别人有参考价值",
    "这个手串有五十万颗珠子可选吗",
    "不干净的地方先擦一擦再贴",
    "回报率这个词我们不会用",
    "这款保温杯的材料跟航天没关系，就是食品级不锈钢",
    "研究会的报告我们没看过，不乱说",
    "交警叔叔辛苦了，天冷注意保暖",
    "人大代表的建议我们也关注了",
    "这个价格比双十一的时候贵二十，介意别拍",
    "比成本高一点点，我们也要吃饭",
    "这个大米的市场很大，全国都有人吃",
    "一亩地的产量看天气和管理",
    "分销的规则在店铺首页写着",
    "写满字数的评价系统会优先展示",
    "拍完不合适七天内可以退",
    "八成新的车况，价格可以看看",
    "太岁这个说法我们不讲，就是个红绳",
    "学完这个课程还需要自己参加考试才能拿证",
    "本金这个词我们不会说，这不是理财",
    "今年一年猪肉涨三成",
    "原材料每年都涨一成，我们没办法",
    "市场上一般卖三十左右，我们也卖三十",
    "十万个人都在戴口罩的时候",
    "小区三成业主都选了这家物业吗",
    "一亩地多挣点钱是大家的心愿",
    "这个门店交易记录可以查",
    "大家学会了再推荐给朋友",
    "我研究会儿再推荐给你们",
    "交警同志推荐的路线我们走了",
    "这个地方不干净的话先镇住灰尘",
    "这个价格买了就赚到了",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
