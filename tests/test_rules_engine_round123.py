"""Round 123 (batch 57A/57B's misses: generic writer set).

What a user notices: one in ten thousand (万里挑一/千里挑一), nobody can compare (谁也比不上), no rival can do it
(同行没有一家做得到, 全国…都做不出来), eye strain relieved (缓解眼疲劳), gone once the show ends (下播就撤),
leaders eat it too (领导人平时都喝), a state body's appointed supplier (粮食局指定供应), a god's blessing
(财神爷加持, 考试如有神助), orders made up in the back office (后台补两百单), a guarantee against loss (包你不亏),
every disease helped (啥猫病都能治), grades doubled (分数直接翻倍), a private group for paying (拉个群…转账),
and each now raises a popup; look-alikes stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # one in ten thousand
    ("这批翡翠千里挑一", "绝对化用语"),
    ("这块玉是百里挑一的料子", "绝对化用语"),
    ("这颗珍珠万中挑一", "绝对化用语"),
    # nobody can compare
    ("这个手艺谁也比不上", "绝对化用语"),
    ("论口感谁都比不上咱家", "绝对化用语"),
    ("这个烧烤味道谁也没法比", "绝对化用语"),
    # no rival, nobody nationwide
    ("市面上没有哪家能做到这个亮度", "绝对化用语"),
    ("同价位没一家做得到这种做工", "绝对化用语"),
    ("全国的厂子都做不出来这种釉色", "绝对化用语"),
    # eye strain relieved
    ("这个眼罩能缓解眼疲劳", "医疗用语"),
    ("热敷一下消除视觉疲劳", "医疗用语"),
    ("这款屏幕改善视疲劳", "医疗用语"),
    # gone once the show ends
    ("这个福利一下播就撤", "虚假紧迫"),
    ("下了播就收链接啊", "虚假紧迫"),
    ("这个价下播马上撤", "虚假紧迫"),
    # leaders eat it too
    ("这个茶叶领导人平时都喝", "权威背书"),
    ("大领导都在用这款钢笔", "权威背书"),
    ("这个小米首长们都吃", "权威背书"),
    # a state body's appointed supplier
    ("这个大米是粮食局指定供应的", "权威背书"),
    ("这批茶是外交部定点供应", "权威背书"),
    ("国家林草局指定供货的木耳", "权威背书"),
    # a god's blessing
    ("这个貔貅财神爷加持过", "迷信"),
    ("戴上它考试如有神助", "迷信"),
    ("这支笔观音加持，孩子做题都有神助", "迷信"),
    # orders made up in the back office
    ("后台给我补两百单", "数据造假"),
    ("再补五十单上去冲销量", "数据造假"),
    ("运营后台再补点单", "数据造假"),
    # a guarantee against loss
    ("这个金条放着保你亏不了", "投资承诺"),
    ("收藏这套邮票包你不亏", "投资承诺"),
    ("现在进货保证你不赔", "投资承诺"),
    # every disease helped
    ("这个药浴啥猫病都能治", "医疗用语"),
    ("这个喷剂什么狗病都管用", "医疗用语"),
    ("这个泡脚粉什么老人病都治得好", "医疗用语"),
    # grades doubled
    ("用了这个点读笔分数直接翻倍", "投资承诺"),
    ("孩子用了成绩一个月翻一番", "投资承诺"),
    ("这套题做完期末多考三十分", "投资承诺"),
    # miss it and never meet it again
    ("错过这一波再也遇不到这个价", "虚假紧迫"),
    ("今天不下单错过这辈子都买不到了", "虚假紧迫"),
    ("错过今晚一辈子都碰不到", "虚假紧迫"),
    # returns better than wealth products
    ("金条放家里收益都比理财强", "投资承诺"),
    ("囤这个茶饼比买理财划算", "投资承诺"),
    ("这批酒收益比基金高", "投资承诺"),
    # a pass or a memory guaranteed
    ("报这个课保你数学考及格", "投资承诺"),
    ("这套卡片十天背完两千个单词", "投资承诺"),
    ("跟着音频读三遍保证你记得住", "投资承诺"),
    # a group set up for paying outside the platform
    ("想要的拉个群大家直接转账", "导流私下交易"),
    ("宝妈们建个群群里转账就行", "导流私下交易"),
    ("老客户拉个群以后不走平台了", "导流私下交易"),
    # a museum's experts all praise it
    ("国博的专家都说这套瓷器值得收藏", "权威背书"),
    ("敦煌研究院专家都夸这个配色", "权威背书"),
    ("故宫的老专家看了都说好", "权威背书"),
    # better than taking a drug
    ("睡前泡一泡比吃安眠药还强", "医疗用语"),
    ("这个护膝比打针还管用", "医疗用语"),
    ("喝这个茶比吃降压药强", "医疗用语"),
    # an illness massaged away
    ("这个按摩枕能把颈椎病慢慢揉开", "医疗用语"),
    ("用它能把乳腺增生揉散", "医疗用语"),
    ("泡完脚再按一按就把痛风按没了", "医疗用语"),
    # a saving multiple over rivals
    ("这台冰箱比别的牌子省电五倍", "功效夸大"),
    ("比同价位的热水器省气三倍", "功效夸大"),
    ("这个拖把比市面上的耐用十倍", "功效夸大"),
    # no second lost in years
    ("这块石英表十年都不差一秒", "功效夸大"),
    ("戴五十年也不会差一秒", "功效夸大"),
    ("这块机械表走时永远不差", "功效夸大"),
    # posture corrected in a set time
    ("这把椅子七天坐姿就能纠正", "功效夸大"),
    ("背上这个背带三个月驼背全纠正", "功效夸大"),
    ("孩子戴半个月驼背就纠正过来", "功效夸大"),
    # a market share as so many out of ten
    ("十个宝妈里有八个用的是我们家的纸尿裤", "数据造假"),
    ("小区里十家里有七家用的是我们家的净水器", "数据造假"),
    ("钓鱼的十个里头有九个买的是咱家的竿", "数据造假"),
    # only ours meets the standard
    ("这个甲醛检测只有我们家这款达标", "绝对化用语"),
    ("市面上就我们家这个型号合格", "绝对化用语"),
    ("同价位就我家的达标", "绝对化用语"),
    # a resale price or multiple promised
    ("这只表放三年转手卖八万", "投资承诺"),
    ("开个小店三个月赚回五倍", "投资承诺"),
    ("这个茶饼转手就两万", "投资承诺"),
    # sweating at forty below
    ("这双雪地靴零下三十度都捂出汗", "功效夸大"),
    ("穿这件棉服零下二十度热得出汗", "功效夸大"),
    ("有了这个电热毯零下十五度都穿短袖", "功效夸大"),
    # the polite 您 form of a profit guarantee
    ("这批茅台您收着包您稳赚", "投资承诺"),
    ("邮票您留着保您升值", "投资承诺"),
    ("这块翡翠保证您不亏", "投资承诺"),
    # value kept and grown, doubled in a few years
    ("这块玉既保值又增值", "投资承诺"),
    ("金子放着过三年准翻倍", "投资承诺"),
    ("这套纪念币保值还增值", "投资承诺"),
    # buy-back at or above the price paid
    ("我们的回收价绝对不低于您的买入价", "投资承诺"),
    ("回购价一律不会低于买入价", "投资承诺"),
    ("回收价承诺不低于原价", "投资承诺"),
    # a share of users reporting an outcome
    ("百分之九十的宝妈都说孩子瘦了", "数据造假"),
    ("98%的顾客都说管用", "数据造假"),
    ("百分之八十五的学员都说一个月练出腹肌", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这两个颜色谁也比不了谁，看个人喜好",
    "他俩谁也比不上谁，半斤八两",
    "下播以后链接还在，随时可以拍",
    "用眼疲劳的时候记得看看远处",
    "海洋局发布了大风预警，今天船不出海",
    "粮食局的标准我们都有检测报告",
    "领导人出访的新闻大家都看了",
    "我们领导都吃过午饭了",
    "财神节快乐，今天全场包邮",
    "考试加油，祝孩子们顺利",
    "补发一单给你，运费我们出",
    "缺货的我们后台再补一百件库存",
    "这个价买了不亏",
    "同行都在卖这个款",
    "什么病都要先看医生",
    "这个滤材什么鱼都能用",
    "学习效率高的孩子做作业很快",
    "万里长城永不倒",
    "拉个群方便通知发货，群里发售后通知",
    "错过了也没关系，明天还有",
    "这个单词要多背几遍才记得住",
    "及格线是六十分",
    "理财有风险，投资需谨慎",
    "建个群大家交流养鱼经验",
    "比吃零食强多了",
    "把面团揉开再擀",
    "比别家省电一半",
    "故宫专家说过这种纹样源自明代",
    "十个里有八个是坏的我们包赔",
    "检测报告显示咱家各项都达标",
    "纠正一下，坐姿提醒是另外一个型号",
    "这个表每天误差不超过两秒",
    "比打针方便",
    "零下十度记得穿厚点",
    "您放心，包您满意",
    "保值的话不好说，我们只讲自用",
    "过两年再来看看",
    "回购价以当天金价为准",
    "百分之九十的用户都说了想要大码",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # every product of a kind compared, though a setting is named (在所有…里)
    "开到三档在所有风扇里风力最大",
    "拧到头那一档在所有电热毯里是最暖的",
    "最大那一档在所有吸尘器中吸力最强",
])
def test_all_of_a_kind_outranks_a_setting(matcher, text):
    assert "绝对化用语" in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # the item's own settings compared among themselves stay quiet
    "所有档位中这一档最省电",
    "所有的模式里这档最安静",
    "这个旋钮拧到最右边是最大风",
])
def test_own_settings_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
