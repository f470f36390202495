"""Round 16 (tune10lexA): outcome, guarantee and no-rival wordings in 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称, 迷信.

What a user notices: a slimming gadget's 两周大腿细了3公分, a 镇太岁 red string, 抗皱 said of an ordinary cream (a low
reminder: the claim needs a human efficacy test), 冒新发, 没有哪款跑得过它, an illness whose pain 第二天就消了 (also
Cantonese 发炎即刻消晒), 还能防鼻炎 / 就不会贫血 / 感冒也少了, guarantees nobody can check (保你十年不坏, 喷一次一年都不用
打蜡, 零下三十度都不冷, 再大的雨都淋不湿, 喝两斤第二天头都不疼, 保证喂两个月毛发就亮), a meter 比医院还准, 刮痕一擦就不见了,
痘痘三天全消 / 暗黄全退 / 斑点淡了一半 / 脖子白得发光, 好运自然就来 each raise a popup — while a trouser leg two
centimetres narrower, 不管你几年不用, a warning to see a doctor, a wall 白得跟新的一样, a blessing 祝大家好运连连, a
concealer that hides 闭口 and a cream that does not claim 抗皱 stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "fragment", "category"), [
    # 功效夸大: a part of the body so many centimetres thinner within days
    ("这条塑身裤穿一周大腿细了3公分", "细了3公分", "功效夸大"),
    ("这个按摩仪用一个月胳膊细了两厘米", "细了两厘米", "功效夸大"),
    ("这款塑形霜两周小腿细一圈", "细一圈", "功效夸大"),
    # 功效夸大: 保你/管你/包你 + years or months + 不…
    ("这个保温杯保你十年不坏", "保你十年不", "功效夸大"),
    ("这款外墙漆刷上管你十五年不掉色", "管你十五年不", "功效夸大"),
    ("这个密封胶包你五年都不漏", "包你五年都不", "功效夸大"),
    ("这款防水卷材铺上十五年不渗水", "十五年不渗水", "功效夸大"),
    # 功效夸大: one application for months or years (also Cantonese)
    ("这瓶镀膜喷一次一年都不用打蜡", "喷一次一年都不用", "功效夸大"),
    ("这个防水漆刷一遍三年不用管", "刷一遍三年不用", "功效夸大"),
    ("呢支镀晶涂一次成年都唔使打蜡", "成年都唔使", "功效夸大"),
    # 功效夸大: absolute performance under extreme conditions
    ("这件羽绒服零下三十度都不冷", "零下三十度都不冷", "功效夸大"),
    ("这个雨衣再大的雨都淋不湿", "再大的雨都淋不湿", "功效夸大"),
    ("这顶帐篷下暴雨都不漏一滴", "暴雨都不漏", "功效夸大"),
    ("这双登山鞋一滴水都渗不进", "一滴水都渗不进", "功效夸大"),
    # 功效夸大: drinking a lot and no headache next day
    ("这白酒喝两斤第二天头都不疼", "头都不疼", "功效夸大"),
    ("这款米酒喝3斤睡一觉起来头都不疼", "头都不疼", "功效夸大"),
    # 功效夸大: pet food, guaranteed glossy coat within a time
    ("这狗粮保证喂两个月毛发就亮了", "毛发就亮", "功效夸大"),
    ("这个猫粮吃三周毛色就油亮", "毛色就油亮", "功效夸大"),
    # 功效夸大: a home meter more accurate than a hospital
    ("这个血糖仪测得比医院还准", "比医院还准", "功效夸大"),
    ("这台体温枪跟医院的一样准", "一样准", "功效夸大"),
    # 功效夸大: scratches gone at a wipe
    ("这支补漆笔刮痕一擦就不见了", "刮痕一擦就不见了", "功效夸大"),
    ("这瓶抛光蜡车上的划痕一抹就没了", "划痕一抹就没", "功效夸大"),
    # 绝对化用语: no rival, said without 最
    ("放眼全球没有哪款跑得过它", "跑得过", "绝对化用语"),
    ("这台扫地机没有哪个牌子扫得过它", "扫得过它", "绝对化用语"),
    ("全世界找不到一台拍得过它的手机", "拍得过它", "绝对化用语"),
    ("呢部相机冇一部影得过佢", "影得过佢", "绝对化用语"),
    # 医疗用语: an illness or inflammation that 就消了
    ("风湿的老人泡一周脚腿疼就消了", "就消了", "医疗用语"),
    ("膝盖的滑膜炎贴上三天就消下去了", "就消下去了", "医疗用语"),
    ("牙龈发炎喝两杯就消了", "发炎喝两杯就消了", "医疗用语"),
    ("这个药膏湿疹用两天就消", "湿疹用两天就消", "医疗用语"),
    ("呢款凉茶饮咗扁桃体发炎即刻消晒", "消晒", "医疗用语"),
    # 医疗用语: prevention said as 还能防 / 就不会 / 少了
    ("这台空气净化器还能防鼻炎", "还能防鼻炎", "医疗用语"),
    ("孩子喝这个奶粉就不会贫血", "就不会贫血", "医疗用语"),
    ("老人吃了这个蛋白粉感冒也少了", "感冒也少了", "医疗用语"),
    ("孩子喝了半年羊奶粉生病都少了", "生病都少了", "医疗用语"),
    # 化妆品宣称: 抗皱 (low reminder), new hair, spots and sallowness gone or halved, skin white as paint
    ("这瓶精华抗皱效果特别明显", "抗皱", "化妆品宣称"),
    ("这款生发液用两周就冒新发了", "冒新发", "化妆品宣称"),
    ("这个祛痘霜痘痘三天全消", "全消", "化妆品宣称"),
    ("这个面膜敷一周暗黄全退", "暗黄全退", "化妆品宣称"),
    ("这款精华斑点淡了一半", "淡了一半", "化妆品宣称"),
    ("这个面霜法令纹一抹就平", "就平", "化妆品宣称"),
    ("这个身体乳用完脖子白得发光", "白得发光", "化妆品宣称"),
    ("这款乳液擦完胳膊白得跟面粉似的", "白得跟", "化妆品宣称"),
    # 迷信: an object that brings luck or wards off 太岁
    ("本命年戴这个貔貅镇太岁", "镇太岁", "迷信"),
    ("这个转运红绳戴上能挡太岁", "挡太岁", "迷信"),
    ("这个貔貅摆件摆上好运自然就来", "好运自然就来", "迷信"),
    ("这串手链戴上财运跟着来", "财运跟着来", "迷信"),
    ("这个招财猫摆上福气跟着就来", "福气跟着就来", "迷信"),
])
def test_outcome_guarantee_and_no_rival_wordings_fire(matcher, text, fragment, category):
    hits = _hits(matcher, text)
    assert any(h.category == category and (fragment in h.surface or h.surface in fragment) for h in hits), \
        [(h.surface, h.category) for h in hits]


@pytest.mark.parametrize("text", [
    "这条裤子三天发货，裤腿比上一版细2厘米",
    "这双袜子的袜口比上一批细了两厘米",
    "不管你几年不用，放着也没事",
    "不管你十年不回家，家里都给你留着门",
    "质保五年，五年内坏了免费换",
    "零下四十度的地方手套也扛不住，注意保暖",
    "零下十度以下建议再加一层",
    "再大的雨也别在帐篷里生火",
    "下暴雨的时候记得把帐篷的窗关上",
    "湿疹的宝宝衣服要单独洗",
    "喷一次就够了不用再喷第二遍",
    "喝酒头疼就别喝了，适量饮酒",
    "这狗粮含鱼油，有助于毛发健康",
    "这个血压计测得准不准，请跟医院的对比一下",
    "划痕深的补漆笔补不了，建议去店里",
    "放眼全球，没有哪个手机是完美的",
    "没有哪款车是适合所有人的",
    "腰肌劳损要去医院看，别指望护腰",
    "发炎了要及时就医",
    "感冒了要多喝水多休息",
    "这款面霜我们不宣称抗皱，就是保湿",
    "这墙刷完白得跟新的一样",
    "这件T恤洗完白得跟新的似的",
    "这款粉底液遮瑕力好，能遮住闭口",
    "黄气重的姐妹可以选暖色口红",
    "雀斑是遗传的，化妆品去不掉",
    "本命年的红绳是个传统习俗，戴不戴看个人",
    "祝大家好运连连",
])
def test_the_same_words_without_a_claim_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []
