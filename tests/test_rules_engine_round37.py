"""Round 37 (t18a): batch 17's misses in 绝对化用语, 功效夸大, 医疗用语, 化妆品宣称 and 迷信, as families.

What a user notices: a popup now for "number one" said without 最 (妥妥的王者, 当之无愧的王者, 王者中的王者); for a
brain or body ability said to double (记性翻倍, 专注力翻了一倍, 体力翻番); for nutrition compared with a count of eggs,
bowls of broth or other tonics (比喝三碗鸡汤还补, 一包顶五个鸡蛋, 比吃阿胶还补); for germs wiped out to the last one
(病菌一个都不剩, 霉菌全军覆没); for never getting fat (喝了永远不会胖, 永远吃不胖); for hair grown back in full (头发全长满,
地中海都长满了, 長滿頭髮); for luck said to be sure (运势错不了, 桃花运节节高, 今年财运肯定好); for a partner promised in a
set time by an object (戴上半年就脱单, 两个月就能找到对象); and for evil kept out (邪门的事都没有, 不干净的东西进不来).
Ordinary talk sharing the words stays quiet: a game's 王者 rank, viewer counts that doubled, eggs in a recipe, a
mouldy cupboard, a wig that looks like a full head of hair, a wish for good fortune, a viewer still single, weather
that is 邪乎, and a doubling denied (不能让记忆力翻倍). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # "number one" without 最
    ("这款空气炸锅在厨房小家电里是当之无愧的王者", "绝对化用语"),
    ("这个价位它就是王者中的王者", "绝对化用语"),
    ("问我这款辣条什么水平？妥妥的王者", "绝对化用语"),
    # an ability doubled
    ("这个DHA藻油吃一个月专注力翻了一倍", "功效夸大"),
    ("老人喝这个羊奶粉体力翻番", "功效夸大"),
    ("孩子吃了这个鱼油记性翻倍", "功效夸大"),
    # nutrition against a count of eggs, broth, tonics
    ("这个益生菌喝一瓶比喝三碗鸡汤还补", "功效夸大"),
    ("一包顶五个鸡蛋，早上冲一杯就够了", "功效夸大"),
    ("这个黑芝麻丸吃了比吃阿胶还补", "功效夸大"),
    # germs to the last one
    ("这个消毒柜一开病菌一个都不剩", "功效夸大"),
    ("这个除螨仪吸完霉菌全军覆没", "功效夸大"),
    ("這個消毒液噴完細菌一個不剩", "功效夸大"),
    # never fat
    ("这个代餐粉喝了永远不会胖", "功效夸大"),
    ("这个零卡糖随便放，永远吃不胖", "功效夸大"),
    # hair grown back in full
    ("这个生发液抹两个月头发全长满", "化妆品宣称"),
    ("这瓶精油擦完地中海都长满了", "化妆品宣称"),
    ("這款洗髮水用兩瓶就長滿頭髮", "化妆品宣称"),
    # luck said to be sure
    ("戴上这个红绳桃花运节节高", "迷信"),
    ("这个貔貅摆上运势错不了", "迷信"),
    ("这串手链戴上明年财运一定好", "迷信"),
    # a partner in a set time
    ("这条粉晶手链戴上半年就脱单", "迷信"),
    ("这个月老红绳戴上两个月就能找到对象", "迷信"),
    ("单身的姐妹戴上它一个月脱单", "迷信"),
    # evil kept out
    ("这个葫芦挂门口邪门的事都没有了", "迷信"),
    ("这个八卦镜挂上不干净的东西进不来", "迷信"),
    ("这个桃木剑摆在床头，啥邪乎事都不会有", "迷信"),
])
def test_the_families_fire(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "我儿子打王者荣耀是峡谷里的王者",
    "这个游戏里的王者段位很难上",
    "今天直播间人数翻倍了，谢谢大家",
    "宝宝们我最近记忆力不太好，刚才说到哪了",
    "这个月体力活干得多，腰有点酸",
    "一碗面里加两个鸡蛋就够吃了",
    "这个锅煎三个鸡蛋刚好",
    "洗完以后记得把碗柜擦干，不然容易长霉菌",
    "这个喷雾能除菌，有检测报告",
    "吃了这么多年也没见胖",
    "这个假发片戴上就像长满了头发一样自然",
    "他头发长满了以后再剪",
    "祝大家新的一年财运节节高",
    "你的运气肯定好，抽到了一等奖",
    "单身三个月了还没脱单",
    "我三个月前找到对象的",
    "这个天气邪乎得很，一会儿下雨一会儿晴",
    "王者级别的段位我打不上去",
    # a doubling denied is no claim (翻 counts as an effect verb, like 提高)
    "吃这个不能让记忆力翻倍，就是个零食",
    "这个肥料不能保证产量翻倍",
])
def test_ordinary_talk_sharing_the_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
