"""Round 141 (batch 66's misses): a local leader come to inspect and praising (市里领导来我们基地视察都点赞), a second-hand
item vouched for by its former owner's office (原主人是某市领导), picking goods by 八字/五行, 私信 then a contract or 线下,
a head count queueing to pay ({N}人在排队付款), lower than every platform (比所有{X}平台{X}都低), sleeping through in a set time
({N}周就能睡整觉), a back that stays dry after a run (跑{N}公里{X}不带湿), a spine set straight (脊柱{X}就正过来), a pet's coat
"exploding" in a set time ({N}个月爆毛), the boss allowing only minutes of sale (只让卖{N}分钟), a hospital head's own family
using it (院长自己家{X}都在吃), a plain skin product "防晒的" ({护肤品}防晒的; 椰子油 and other oils
now in 护肤品), myopia that "won't grow again" (度数{X}不会再涨: {X} takes in no 不会) — lexicon rows and one class row.

Look-alikes that state no claim stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("市里领导来我们基地视察都点赞了这个大米", "权威背书"),
    ("县里领导来咱们村考察都夸这个蜂蜜甜", "权威背书"),
    ("省领导来车间视察时都说好，你们放心买", "权威背书"),
    ("这块表原主人是某市领导，成色没得说", "权威背书"),
    ("这个包前主人是一位领导，东西绝对靠谱", "权威背书"),
    ("这件大衣原主人是省长家的，品质放心", "权威背书"),
    ("我按八字挑手链给你们，保你顺", "迷信"),
    ("根据八字选吊坠颜色，咱一个个来", "迷信"),
    ("按五行选颜色最合适，我帮你看", "迷信"),
    ("果园份额稳当，私信我签合同", "导流私下交易"),
    ("想要的宝子私信主播，咱们走线下", "导流私下交易"),
    ("要的私信要合同，名额不多", "导流私下交易"),
    ("现在已经有5000人在排队付款了，抓紧", "虚假紧迫"),
    ("后台两千人正在排队下单，手慢就没了", "虚假紧迫"),
    ("三百个人都在排队付款，别犹豫", "虚假紧迫"),
    ("这台相机比所有二手平台卖的都便宜", "价格违规"),
    ("我们这价比所有渠道的价格都低", "价格违规"),
    ("比所有电商平台上的价都低，闭眼拍", "价格违规"),
    ("这款奶粉宝宝喝三天就能睡整觉", "功效夸大"),
    ("枕头换上两周就睡整觉了", "功效夸大"),
    ("喝这个茶一个礼拜就能睡整觉", "功效夸大"),
    ("这件速干衣跑五公里衣服都不湿", "功效夸大"),
    ("T恤穿上打球后背都不带湿", "功效夸大"),
    ("跑完半马后背都不带湿的", "功效夸大"),
    ("孩子坐这个椅子一学期脊柱就正过来了", "医疗用语"),
    ("睡这个床垫三个月脊椎慢慢正过来了", "医疗用语"),
    ("背带一戴脊柱很快就直了", "医疗用语"),
    ("猫粮吃两个月爆毛", "功效夸大"),
    ("营养膏喂三周就爆毛", "功效夸大"),
    ("这个羊奶粉喂上半个月保准爆毛", "功效夸大"),
    ("这个价老板只让卖五分钟", "虚假紧迫"),
    ("厂家只让上三分钟，到点就撤", "虚假紧迫"),
    ("这个价只准卖二十分钟", "虚假紧迫"),
    ("这个钙片医院院长自己家老人都在吃", "权威背书"),
    ("院长家里孩子都在用这款乳霜", "权威背书"),
    ("宠物医院院长自家猫都在吃这个粮", "权威背书"),
    ("这瓶身体乳，防晒的，去海边就带它", "化妆品宣称"),
    ("这个荷荷巴油也防晒的，抹了出门", "化妆品宣称"),
    ("我们家面霜带防晒的，一瓶搞定", "化妆品宣称"),
    ("孩子用这个台灯近视度数就不会再涨了", "医疗用语"),
    ("戴上这副眼镜度数不会再涨", "医疗用语"),
    ("这副眼镜戴着度数都不会再涨", "医疗用语"),
])
def test_round141_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "市里领导来我们镇开会，今天路上有点堵，发货晚一天",
    "原主人是个上班族，包平时就通勤背",
    "我不懂八字，颜色按你喜欢的挑",
    "合同在订单详情里能下载，不用私信",
    "排队付款的时候网络卡了别着急，刷新一下",
    "所有平台的价格我们都统一，不搞差价",
    "宝宝几个月能睡整觉因人而异，别焦虑",
    "跑十公里后背全湿了，所以记得带件换的",
    "脊柱侧弯要去医院看，书包只是减轻负担",
    "换季的时候猫会大量掉毛，勤梳",
    "今天直播只有两小时，老板说九点下播",
    "院长说这个月医院体检排队的人多",
    "这款面霜不防晒的，出门记得另外涂防晒",
    "乳液用完再涂防晒的，顺序别搞反",
    "椰子油炒菜很香，我们家常用",
    "度数会不会再涨要看用眼习惯，别只靠台灯",
])
def test_round141_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
