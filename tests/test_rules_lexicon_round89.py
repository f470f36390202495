"""Round 89 (misses of blind batches 34-35, all categories, t35c): forty-seven new lexicon rows.

What a user notices: these claims now raise popups, also in recogniser output without punctuation and with fillers
(呃, 然后) and in Cantonese or northern dialect — medicine that "can be stopped" (药就能停了), posture "put right"
(驼背…就正过来了), "the sleepless are well after a week" (失眠的…就好了), "never came back after use" (喝完就再没犯过),
"no more sleepless nights, guaranteed", a rash "gone after three days of use" (抹三天就消了); a belly "all gone"
(肚腩…冇晒), a child "a head taller than his peers", food that "doesn't put on weight", 十天受八斤 (受 heard for 瘦),
feet "that don't freeze all winter", "full marks in every subject"; goods "better than bank interest", "money in
your hand", a course that "guarantees you get in" (保证你上岸), a franchise that "earns N万 a year"; a link "about to
be taken down", stock "down to the last bit", "don't blame me if you miss it", "never again after tonight",
"gone after this round", 仲谂…就冇咗, a price "kept only N minutes" then "back to the original", "the last time this
year at this price", 就莫得了/就木有了/就没得了, "never this price again", "out of stock tomorrow if you don't order",
"order now, in a moment it's gone"; doctors "who give it to their own children", leaders "who order ours every New
Year", 国医大师 endorsing it; v信号, "DM me and I'll pull you into a group", "a discount offline", "ship it to you
privately", 留低电话, "come and fetch it at the shop", "post your phone number in the chat", and "N 块 off if you don't
buy it here"; "cheaper than before last year's rise"; "order without paying to push the sales", "helped N万 children",
"another N orders in the back office", 卖晒/卖咗 N万, "99 % of people slimmed"; "a new layer of white skin".
Ordinary patter stays quiet: advice to stop medicine only on a doctor's word, a child who happens to be tall choosing a
bigger size, a jar used down to the last bit, the year's last live show, "if it sells out tomorrow we'll tell you",
a five-minute replay, ice that melts, leaders on holiday, a private message to check the parcel, a shop that keeps one
price online and offline, a privacy warning about phone numbers in the chat.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("高血压的喝这个茶三个月药就能停了", "医疗用语"),
    ("吃了半年药都可以停了", "医疗用语"),
    ("这个护腰垫驼背的孩子戴两个月就正过来了", "医疗用语"),
    ("O型腿的宝宝穿半年就正过来", "医疗用语"),
    ("失眠的呃用这个枕头睡一个礼拜就好了", "医疗用语"),
    ("便秘的喝三天就好了", "医疗用语"),
    ("咽炎我不说能治但是喝完就再没犯过", "医疗用语"),
    ("用了就没再犯过家人们", "医疗用语"),
    ("这个香薰包你一晚上都不失眠", "医疗用语"),
    ("枕着它保证不失眠", "医疗用语"),
    ("我不能说能治但是涂两天就消了", "医疗用语"),
    ("这个喷雾喷三天就消了", "医疗用语"),
    ("饮咗呢个茶肚腩成个冇晒", "功效夸大"),
    ("穿上它小肚子呃全没了", "功效夸大"),
    ("这个奶粉喝了保证比同龄孩子高一头", "功效夸大"),
    ("吃这个钙片准比同龄人高一头", "功效夸大"),
    ("这个面条吃了就不胖放心吃", "功效夸大"),
    ("这个零食吃了都不长肉", "功效夸大"),
    ("喝这个茶十天受八斤", "功效夸大"),
    ("一个月受二十斤姐妹们", "功效夸大"),
    ("穿这个袜子一冬天都不冻脚", "功效夸大"),
    ("这个鞋垫整个冬天都不会冻", "功效夸大"),
    ("吃了这个鱼油考试科科满分", "功效夸大"),
    ("孩子喝了门门满分", "功效夸大"),
    ("这个黄金放着比银行利息还高", "投资承诺"),
    ("这罐茶叶比存定期还高", "投资承诺"),
    ("这个茅台攥在手里就是钱", "投资承诺"),
    ("这套邮票拿着就是钱", "投资承诺"),
    ("报我们的公考班老师保证你上岸", "投资承诺"),
    ("开这个店一年能挣三十万", "投资承诺"),
    ("加盟我们呃一年赚二十万", "投资承诺"),
    ("这个项目一年轻松赚二十万", "投资承诺"),
    ("这个链接呃马上就下架了", "虚假紧迫"),
    ("家人们这个马上要下架了", "虚假紧迫"),
    ("库存就剩一点点了家人们", "虚假紧迫"),
    ("后台说只剩最后一点点", "虚假紧迫"),
    ("拍不到可别怪我啊", "虚假紧迫"),
    ("就这些没抢到别怪我", "虚假紧迫"),
    ("过了这个月以后永远不会有了", "虚假紧迫"),
    ("这个价永远不会再有了", "虚假紧迫"),
    ("这一波过完就没了啊", "虚假紧迫"),
    ("这波结束就没了然后大家抓紧", "虚假紧迫"),
    ("仲谂咩啊就冇咗啦", "虚假紧迫"),
    ("再谂多阵就冇啦", "虚假紧迫"),
    ("这个价格只保留三分钟", "虚假紧迫"),
    ("倒计时十分钟一到马上恢复原价", "虚假紧迫"),
    ("今年最后一次开这个价了", "虚假紧迫"),
    ("错过今天就没得了", "虚假紧迫"),
    ("错过这场就木有了", "虚假紧迫"),
    ("手慢了可就莫得了", "虚假紧迫"),
    ("以后再也没这个价了", "虚假紧迫"),
    ("往后可没这个价喽", "虚假紧迫"),
    ("不拍明天就断货了", "虚假紧迫"),
    ("今天不下单明天就断货", "虚假紧迫"),
    ("赶紧下单然后一会儿就没了", "虚假紧迫"),
    ("手慢的一会儿就没了", "虚假紧迫"),
    ("儿科医生都给自家孩子用这个", "权威背书"),
    ("主任都给自己孩子买这款", "权威背书"),
    ("市里领导逢年过节都订我们家", "权威背书"),
    ("领导过年都订这个腊肉", "权威背书"),
    ("这个膏药国医大师都推荐", "权威背书"),
    ("国医大师都认可的方子", "权威背书"),
    ("看主页有v信号", "导流私下交易"),
    ("私聊我给你拉个群", "导流私下交易"),
    ("私信我呃拉你进群", "导流私下交易"),
    ("想要的我线下给你优惠", "导流私下交易"),
    ("老铁加我我私下给你发货", "导流私下交易"),
    ("留低个微信啦", "导流私下交易"),
    ("留低电话我哋私下倾", "导流私下交易"),
    ("直接来店里拿就行", "导流私下交易"),
    ("把你的电话发弹幕上", "导流私下交易"),
    ("地址和手机号发弹幕我来安排", "导流私下交易"),
    ("直接来店里拿不用在这拍少二十块钱", "价格违规"),
    ("这个米比涨价前还便宜", "价格违规"),
    ("比去年还便宜一半呢", "价格违规"),
    ("先拍不付款帮我冲一下销量", "数据造假"),
    ("大家把销量刷上去", "数据造假"),
    ("这套书已经帮两万个孩子提高成绩", "数据造假"),
    ("后台又进了八百单", "数据造假"),
    ("刚刚又下了两千单", "数据造假"),
    ("今日都卖晒三万个", "数据造假"),
    ("百分之九十五的人都白了", "数据造假"),
    ("吃过的百分之九十的人都瘦了", "数据造假"),
    ("这个面霜涂一个月换了一层白皮", "化妆品宣称"),
    ("敷一周换层白皮", "化妆品宣称"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "糖尿病的朋友请遵医嘱用药不要自己停药",
    "这个药箱能放很多药都能放得下",
    "内八字的孩子建议去医院看看骨科",
    "失眠的话建议找医生看看不要乱吃药",
    "这个错别字我以前老写错后来就再没犯过",
    "不敢保证你不失眠只是枕头软一点",
    "这个裤子腰围大肚腩的也能穿",
    "孩子长得比同龄人高一头的话选大一码",
    "冬天穿上这个棉拖鞋很暖和",
    "存银行利息现在越来越低了大家理财要谨慎",
    "这个钱包拿在手里很有质感",
    "上岸的学长给大家分享一下经验",
    "这件衣服已经下架了换个颜色看看",
    "这个酱我用了就剩一点点了给大家看看质地",
    "冰块放着一会儿就没了所以要快点喝",
    "领导过年都放假了快递会慢一点",
    "私信我可以帮你查物流",
    "线下门店和直播间同价",
    "到店里来拿的顾客请先在直播间下单",
    "手机号不要发在弹幕上注意隐私",
    "已经帮大家申请了优惠券",
    "比去年便宜了一点点",
    "换一层包装纸就好看了",
    "全年最后一次直播是在腊月二十八",
    "明天就断货的话我们会提前通知",
    "马上就要下播了感谢大家",
    "只保留五分钟的视频回放",
    "再谂下先啦唔急",
    "我一年赚十万也舍得买这个",
    "一年赚多少钱都要注意身体",
    "错过了也没关系下次还有",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
