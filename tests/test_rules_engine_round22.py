"""Round 22 (t13a): blind batch 12's lexicon misses in 绝对化用语, 功效夸大, 化妆品宣称, 迷信 and 投资承诺, as families.

What a user notices: a popup now comes for a no-rival claim said with a count (没有一台打得过它, 没有一双比得过它), a
top rank said as 头牌/扛把子/头把交椅 inside an outside scope (行业里都是头牌, 同价位里就是扛把子, 稳坐行业头把交椅), weight
loss as 掉秤 after using the goods (吃了第二天就掉秤, 躺着都掉秤), a bait that brings fish within minutes (保证五分钟就上鱼),
a plant revived overnight (黄叶三天就返绿, 蔫了的月季第二天就支棱起来), a lifetime guarantee (一辈子都不生锈, 一辈子都撕不开),
cheap goods that taste like expensive ones (再便宜的豆子都能煮出…, 炖出几千块的口感), a range or fuel gain (一箱油多跑,
装上以后多跑三百公里), Cantonese fortune words (旺埋你盘生意, 带旺你嘅财运), afterlife promises of pet funeral goods
(来世还能回来找你, 投胎回来找你), an exam-refund promise for art grading (不过级全额退, 拿不到证全额退), a salary promise
of a course (学完三个月月薪过万), hair loss stopped (洗完头发一根都不掉) and a face whitened by use (擦完脸一下就白了).
Ordinary patter sharing the words — produce that loses weight in storage (掉秤), one's own shop's 头牌, a fishing
report, leaves that turn green in spring, a real spec of range, 带埋屋企人, a joke about 投胎, 不过级别, a salary said
of the audience, a floor with no hair on it — stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # no rival, said with a count
    ("这台空气炸锅同价位没有一台打得过它", "绝对化用语"),
    ("这款跑鞋没有一双比得过它", "绝对化用语"),
    ("这个价位的耳机，没有一副能打得过我们", "绝对化用语"),
    # 头牌 / 扛把子 / 头把交椅 inside an outside scope
    ("这款吹风机在个护圈里绝对是头牌", "绝对化用语"),
    ("这款鱼竿在同价位里就是扛把子", "绝对化用语"),
    ("这个牌子的电饭煲稳坐行业头把交椅", "绝对化用语"),
    ("這款吸塵器在市面上就是頭牌", "绝对化用语"),
    # weight loss as 掉秤 after use
    ("这款代餐奶昔吃了第二天就掉秤", "功效夸大"),
    ("这个酵素晚上喝了，早上起来直接掉秤", "功效夸大"),
    ("这款瘦身贴贴上躺着都掉秤", "功效夸大"),
    # fish within minutes
    ("这款鱼饵打完窝保证五分钟就上鱼", "功效夸大"),
    ("这个窝料撒下去三分钟就来鱼", "功效夸大"),
    ("这包饵料钓不到你来找我", "功效夸大"),
    # a plant revived overnight
    ("这个花肥浇下去，蔫了的月季第二天就支棱起来了", "功效夸大"),
    ("这款发财树营养液用了三天黄叶就返绿", "功效夸大"),
    ("这盆绿萝叶子黄了，浇上两天就绿回来", "功效夸大"),
    # lifetime guarantees
    ("这款不锈钢锅一辈子都不生锈", "功效夸大"),
    ("这个双面胶贴上一辈子都撕不开", "功效夸大"),
    ("这把菜刀用一辈子都不会坏", "功效夸大"),
    # cheap goods that taste like expensive ones
    ("这个咖啡机，再便宜的豆子都能煮出大牌的味道", "功效夸大"),
    ("这个铁锅炖出来的菜，吃出几千块的口感", "功效夸大"),
    # range and fuel gains
    ("这瓶燃油宝加进去一箱油多跑一百公里", "功效夸大"),
    ("这个节能器装上以后每个月多跑三百公里", "功效夸大"),
    ("这个电池修复仪用了续航直接翻倍", "功效夸大"),
    # Cantonese fortune words
    ("呢串手链戴住旺埋你盘生意", "迷信"),
    ("呢个貔貅带旺你嘅财运", "迷信"),
    ("呢个金蟾摆喺度带埋好运", "迷信"),
    # afterlife promises of pet funeral goods
    ("这款宠物往生被盖上，毛孩子来世还能回来找你", "迷信"),
    ("用这个长明灯，狗狗投胎以后还会回来找你", "迷信"),
    # exam refunds for art grading, a salary promise
    ("我们这个书法考级班不过级全额退", "投资承诺"),
    ("美术考级拿不到证全额退款", "投资承诺"),
    ("舞蹈考级包过", "投资承诺"),
    ("这个UI设计课学完三个月月薪过万", "投资承诺"),
    ("报我们的Java班，毕业就月薪过万", "投资承诺"),
    # hair loss stopped, a face whitened by use
    ("这款防脱洗发水洗完头发一根都不掉", "化妆品宣称"),
    ("用了这个精华，一根头发都不掉了", "化妆品宣称"),
    ("这个精华擦完脸一下就白了", "化妆品宣称"),
])
def test_batch12_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个冻虾解冻以后会掉秤，大家要注意冰衣",
    "荔枝放三天就掉秤，所以我们现摘现发",
    "吃了不一定掉秤，要配合运动",
    "我们家有三个人打得过他",
    "她是我们直播间的头牌主播",
    "这条裙子是我们店里的头牌款",
    "这把交椅是红木的，坐着很舒服",
    "上鱼了上鱼了，家人们看这条鲫鱼",
    "钓鱼要有耐心，有时候一个小时都不上鱼",
    "春天一到，叶子都绿回来了",
    "叶子发黄多半是浇水太多",
    "这个恩情我一辈子都忘不了",
    "这个壶能泡出三泡以上的好茶汤",
    "这个茶叶泡出一千毫升都没问题",
    "这款新车续航五百公里，续航多少要看路况",
    "这双鞋穿着多跑几公里都不累",
    "带埋屋企人一齐嚟睇直播啦",
    "开那么快，赶着去投胎吗",
    "下辈子还要做你的宝贝",
    "钢琴考级一共有十级",
    "不过级别不同，价格也不同",
    "月薪过万的白领都喜欢这款",
    "这把梳子梳头一根不掉毛，是猪鬃的",
    "扫地机扫完，地上一根头发都没有",
    "吓得我脸一下就白了",
    "这双小白鞋擦完就白了",
])
def test_everyday_patter_near_the_new_forms_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
