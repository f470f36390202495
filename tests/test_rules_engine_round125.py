"""Round 125 (batch 58's rules-alone misses): outcomes said with a use and a certainty marker, lifetime packs,
wealth after a ritual gesture, standards and royals as endorsement, the trade's summit, and two scopes that
silenced claims (a rhetorical 靠谱不靠谱 read as a warning; 我不说你们也知道 read as a refusal).

What a user notices: 七天泪痕全消, 吃三天保证不吐毛球, 一戴上立马恢复年轻时候的听力, 吃完一盒脸色立马红润, 一包管一辈子,
院长亲自代言, 浇一浇财源滚滚, 你家就来财了, 比炒股强, 刚刚又抢了两千单, 永不爆胎, 行业的顶峰, 按神助眠, 练一个月不长
肌肉全额退, 喝了…少感冒, 这辈子再也买不到了, 国家标准就是我们定的, 国家领导的车用的就是这个, 王室都在喝 now raise a
popup; their clean look-alikes (保证不了, 祝大家财源滚滚, 国家标准不是我们定的, 少吃凉的少感冒) do not.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_categories as _categories
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a stubborn problem all gone (EFF-0076 {顽固问题}{X}全消)
    ("这个去黑头贴用两次黑头全消", "功效夸大"),
    ("用了一周赘肉全消", "功效夸大"),
    ("除螨喷雾喷三天螨虫全都消了", "功效夸大"),
    # use + 保证/准保 + outcome; youth restored; a ruddy face (EFF-0237 with new class members)
    ("化毛膏吃一周保证不吐毛球", "功效夸大"),
    ("这个酵素喝了保证瘦了", "功效夸大"),
    ("坚持喝保证见效", "功效夸大"),
    ("这个护膝一戴上立马恢复年轻时候的腿脚", "功效夸大"),
    ("喝了马上恢复到年轻时候的精力", "功效夸大"),
    ("这鞋垫一垫上就跟年轻时候一样", "功效夸大"),
    ("喝完两罐气色马上红润了", "功效夸大"),
    ("吃了一周面色就红扑扑的", "功效夸大"),
    # one pack for a lifetime (EFF-0480)
    ("一瓶管一辈子", "功效夸大"),
    ("这把锁一把能用一辈子", "功效夸大"),
    ("一套够用一辈子", "功效夸大"),
    # never a blowout (耐用缺陷)
    ("这条胎一辈子不爆胎", "功效夸大"),
    ("终身不鼓包", "功效夸大"),
    # results or refund after a usage period (EFF-0011)
    ("吃三个月不长个全额退", "功效夸大"),
    ("练一周不出马甲线全额退", "功效夸大"),
    ("涂一个月不白全额退", "功效夸大"),
    # a hospital head as the spokesman (AUT-0051, AUT-0206)
    ("这款鱼油是骨科医院院长亲自代言的", "权威背书"),
    ("中医院的主任亲自代言", "权威背书"),
    ("院长给我们代言的", "权威背书"),
    # wrote the standard (AUT-0365); leaders and royals use it (AUT-0143, AUT-0034)
    ("行业标准都是我们起草的", "权威背书"),
    ("国家标准是我们制定的", "权威背书"),
    ("国标就是我们定的", "权威背书"),
    ("国家领导家里用的就是这款", "权威背书"),
    ("领导人出访用的都是我们家的箱子", "权威背书"),
    ("英国皇室都在用这个牌子", "权威背书"),
    ("王室成员也在喝", "权威背书"),
    # a ritual gesture brings wealth; wealth comes home (SUP-0056, class 开运动作)
    ("这个金蟾摸一摸财源广进", "迷信"),
    ("貔貅拜一拜就发大财", "迷信"),
    ("铜钱挂一挂日进斗金", "迷信"),
    ("摆在门口就来财了", "迷信"),
    ("往收银台一放家里就来财", "迷信"),
    # better than stocks (INV-0032)
    ("买黄金比炒股稳多了", "投资承诺"),
    ("收藏邮票比炒股靠谱多了", "投资承诺"),
    ("这茶囤着比买基金强", "投资承诺"),
    # orders grabbed just now (DAT-0107)
    ("刚才一眨眼又抢了三千单", "数据造假"),
    ("刚刚被抢了五百单", "数据造假"),
    ("刚刚又抢了八百件", "数据造假"),
    # the summit of the trade (ABS-0536)
    ("我们的工艺是业内公认的顶峰", "绝对化用语"),
    ("这个音质就是行业巅峰", "绝对化用语"),
    ("同类产品里的顶峰", "绝对化用语"),
    # fewer colds after taking it (MED-0017); calming sleep, also misheard (MED-0286)
    ("孩子吃了这个钙片少感冒", "医疗用语"),
    ("老人喝了以后不爱感冒", "医疗用语"),
    ("这个枕头有安神助眠的作用", "医疗用语"),
    ("按神助眠的香包", "医疗用语"),
    # never again in this life (URG-0218)
    ("错过今天这辈子都买不到了", "虚假紧迫"),
    ("这辈子再也买不着这么好的", "虚假紧迫"),
    ("这辈子就再也买不到了", "虚假紧迫"),
])
def test_round125_claims_fire(matcher, text, category):
    assert category in _categories(matcher, text), text


@pytest.mark.parametrize(("text", "category"), [
    # 靠谱不靠谱 / 可信不可信 is a rhetorical question, not a warning
    ("专家都在用，你说靠谱不靠谱", "权威背书"),
    ("三甲医院的医生都推荐，你说可信不可信", "权威背书"),
    ("大学教授都在用 你讲靠谱不靠谱", "权威背书"),
    # 我不说你们也知道: a wink, not a refusal
    ("这就是全网最低价，我不说大家也懂", "价格违规"),
    ("这是行业第一，我不说你们都知道", "绝对化用语"),
    ("虽然不让讲国家级 可这就是国家级工艺 我不说各位也明白", "绝对化用语"),
])
def test_scoped_claims_no_longer_silenced(matcher, text, category):
    assert category in _categories(matcher, text), text


@pytest.mark.parametrize("text", [
    "保证不了瘦，我们只说口感",
    "三天保证发货",
    "我年轻时候也卖过这个",
    "她脸色红润是因为化了妆",
    "一包五十片，一天一片",
    "院长说这个别乱买",
    "这款没有请代言人",
    "摸一摸面料就知道厚",
    "祝大家新年财源滚滚",
    "炒股的事我不懂",
    "刚刚抢到的家人扣个1",
    "刚才抢了红包的家人",
    "轮胎爆胎了记得找保险",
    "用了一年没爆胎是运气好",
    "这个山叫顶峰",
    "国家标准不是我们定的，是国家定的",
    "王室的故事大家听过吗",
    "皇室的宫殿在伦敦",
    "少吃凉的少感冒",
    "七天无理由退货，不喜欢可以全额退",
    "这个价格你说靠谱不靠谱，我觉得还行",
    "这个我不说你们也知道，是棉的",
    "这种东西靠不靠谱你们自己判断",
])
def test_round125_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
