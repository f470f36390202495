"""Round 46 (t21a): batch 20's misses in 绝对化用语, 功效夸大, 医疗用语, 化妆品宣称 and 迷信 as lexicon families.

What a user notices: a popup now for no rival within a scope (同类产品里根本没对手, 千元内找不到对手), for a
contest won against other brands (续航这方面它就是老大, 其他品牌都得靠边站), for no pain however long it is used
(站再久脚底都不酸, 跑再远腿都不疼), for a business or a marriage turned lucky by an object (貔貅摆上生意越来越红火,
八卦镜挂在卧室感情越来越和睦), for 保你/包你 + a fortune idiom (包你日进斗金), for an old ailment eaten or drunk
well (老胃痛都吃好了), for any grime gone at one rinse (再脏的锅一冲就干净), for abs grown in a period (吃三个月练出
六块腹肌) and for grey hair turning black while washing (用着用着头发都黑了). Ordinary patter with the same words —
a wish 祝大家生意越做越旺, 同价位的对手也不少, a pet that 在家就是老大, 吃好了再来, 染发膏染完就黑了 — stays quiet.
Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # no rival within a scope
    ("这款吸尘器在同类产品里根本没对手", "绝对化用语"),
    ("千元内这个音质找不到对手", "绝对化用语"),
    ("这个价位基本没啥对手", "绝对化用语"),
    # a contest won against other brands
    ("说到续航这方面它就是老大", "绝对化用语"),
    ("跟别的牌子比起来它就是老大", "绝对化用语"),
    ("论保暖其他品牌都得靠边站", "绝对化用语"),
    # no pain however long or far
    ("穿上这双鞋站再久脚底都不酸", "功效夸大"),
    ("这个护腰带戴着坐再久腰都不疼", "功效夸大"),
    ("有了这个护膝跑再远腿都不痛", "功效夸大"),
    # business or marriage turned lucky by an object
    ("这尊貔貅摆在收银台，生意越来越红火", "迷信"),
    ("手串戴上以后生意一天比一天旺", "迷信"),
    ("八卦镜挂在卧室夫妻感情越来越和睦", "迷信"),
    ("这个铜葫芦摆上两口子感情更恩爱", "迷信"),
    # 保你 + a fortune idiom
    ("请一尊财神像回去，包你日进斗金", "迷信"),
    ("这个金蟾摆上保准财源广进", "迷信"),
    # an old ailment eaten or drunk well
    ("我爸天天泡水喝，老胃痛都喝好了", "医疗用语"),
    ("这款小米粥我婆婆喝了半年，便秘全喝好了", "医疗用语"),
    ("我奶奶的老毛病都吃好了", "医疗用语"),
    # any grime gone at one rinse
    ("再脏的马桶一冲就干净", "功效夸大"),
    ("油烟机再顽固的油污一喷就掉", "功效夸大"),
    # abs in a period
    ("这个代餐吃三个月练出六块腹肌", "功效夸大"),
    ("喝这个蛋白粉两周就喝出腹肌", "功效夸大"),
    # grey hair turning black
    ("这个洗发水用着用着头发都黑了", "化妆品宣称"),
    ("我妈用了俩月，白发都黑了", "化妆品宣称"),
])
def test_the_families_fire(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "祝大家生意越做越旺",
    "我们店里生意越来越好，谢谢家人们",
    "同价位里对手很多，我们主打性价比",
    "我家猫在家就是老大",
    "开车靠边站一下再接电话",
    "再多的钱也买不来健康，大家别熬夜",
    "晚饭吃好了再来直播间看看",
    "孩子咳嗽了记得吃好了药再睡觉",
    "再脏的衣服建议先泡一泡再洗",
    "我健身三年才练出腹肌，大家别急",
    "这个手链戴上很显白，和你的衣服也很搭",
    "保你收到满意，不满意包退",
    "衣服洗着洗着水都黑了，说明脏东西出来了",
    "这个洗发水洗完头发很顺",
    "走再多路也要来看你们",
    "这个吊坠送女朋友，感情越来越好",
    "这条手链戴上很好看",
])
def test_ordinary_talk_sharing_the_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
