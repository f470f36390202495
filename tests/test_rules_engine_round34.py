"""Round 34 (t17a): batch 16's misses in 绝对化用语, 功效夸大, 医疗用语, 化妆品宣称 and 迷信, as families.

What a user notices: a popup now for dialect ways of saying "number one" (种子里的王中王, 拔尖尖的, 那是盖了帽了,
卖家电的里头是头一把, 同价位里它是老大哥, 莫得哪个比得过); for farm and pet outcomes promised as certain
(两个月能多长三十斤, 产量能提高百分之二十, 一个星期就大一圈, 庄稼一点都不伤, 一头都不会得, 一颗都不会坏,
三年不用打药, 再也不会掉毛, 跳蚤半年都不会再有); for body outcomes with a figure (胳膊就粗一圈, 智商能提高十五分,
耐力提升百分之四十, 站着都在掉秤, 暴受 heard for 暴瘦); for 牙龈就不出血; for cosmetic outcomes (裂口一晚上就长好,
脸白了三个色, 雀斑都淡完了); and for luck promised by an object (保准早生贵子, 不犯小人, 保你旺到爆, 保准白头到老,
好运一整天, 三年都走大运). Ordinary talk sharing the words stays quiet: a big brother in the family, a 王中王 sausage,
a piglet's normal weight gain, advice about spraying, a moulting cat, a wish to the viewers at sign-off.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # dialect "number one"
    ("这款锅在炒锅里就是王中王", "绝对化用语"),
    ("这个牌子在县里卖化肥的里头是老大哥", "绝对化用语"),
    ("这款在同类产品里就是老大哥", "绝对化用语"),
    ("这台收割机在我们乡卖农机的里头拔尖尖的", "绝对化用语"),
    ("这个大米在整个东北那是盖了帽了", "绝对化用语"),
    ("这款电饭煲在镇上卖家电的里头是头一把", "绝对化用语"),
    ("这个种子莫得哪个比得过", "绝对化用语"),
    # farm and pet outcomes
    ("这款育肥料喂两个月能多长三十斤", "功效夸大"),
    ("这个水稻种子产量能提高百分之二十", "功效夸大"),
    ("小鸭子吃这个料一个星期就大一圈", "功效夸大"),
    ("这个杀菌剂喷上去庄稼一点都不伤", "功效夸大"),
    ("这个禽药拌料以后猪瘟一头都不会得", "功效夸大"),
    ("这个西瓜种子一颗都不会坏", "功效夸大"),
    ("这个驱虫灯装上三年不用打药", "功效夸大"),
    ("这个狗粮吃完再也不会掉毛", "功效夸大"),
    ("滴一次体外驱虫药跳蚤半年都不会再有", "功效夸大"),
    # Cantonese "at once, all of it" (晒)
    ("部抽湿机一开即刻干爽晒", "功效夸大"),
    ("呢个空气净化器一开即刻冇晒味", "功效夸大"),
    # body outcomes
    ("这个蛋白粉喝一个月胳膊就粗一圈", "功效夸大"),
    ("这个学习机用半年智商能提高十五分", "功效夸大"),
    ("这个能量胶吃了耐力提升百分之四十", "功效夸大"),
    ("这个代餐奶昔喝完站着都在掉秤", "功效夸大"),
    ("喝了这个真的暴受", "功效夸大"),
    # medical
    ("这个牙膏刷了一个礼拜牙龈就不出血了", "医疗用语"),
    # cosmetics
    ("这个护手霜擦上手上的裂口一晚上就长好了", "化妆品宣称"),
    ("这个面霜擦了一个月脸白了三个色", "化妆品宣称"),
    ("这个精华用完雀斑都淡完了", "化妆品宣称"),
    # fortune
    ("这床被子盖上保准早生贵子", "迷信"),
    ("戴上这个貔貅一年都不犯小人", "迷信"),
    ("这个貔貅摆在店里保你旺到爆", "迷信"),
    ("这对情侣戒戴上保准白头到老", "迷信"),
    ("这个手串戴上好运一整天", "迷信"),
    ("请回去这个葫芦接下来三年都走大运", "迷信"),
])
def test_the_families_fire(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "我们家里我是老大哥，下面还有两个妹妹",
    "他在村里是老大哥，大家都听他的",
    "这个王中王火腿肠是老牌子了",
    "这头猪两个月长了三十斤，是正常长势",
    "今年产量怎么样还要看天",
    "打药的时候注意别伤到庄稼",
    "鸡瘟来了要隔离，及时找兽医",
    "坏了的种子可以联系客服",
    "再也不想养猫了，太掉毛",
    "跳蚤多的话建议带去宠物医院",
    "胳膊粗的姐妹选大一码",
    "耐力训练要循序渐进",
    "坐着直播一天腰都疼",
    "手上有裂口的先别碰洗洁精",
    "斑斑点点的那是面料自带的花纹",
    "小人书是我小时候看的",
    "今天店里生意旺到爆",
    "喝一口尝尝味道",
    "今日天气好，件衫晒干咗",
    "呢个除湿机开一晚间房会干爽啲",
    "祝大家接下来一年都走大运，下播啦",
])
def test_ordinary_talk_sharing_the_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
