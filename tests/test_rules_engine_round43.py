"""Round 43 (t20a): batch 19's misses in 绝对化用语, 功效夸大, 医疗用语, 化妆品宣称 and 迷信, as families.

What a user notices: a popup now for "no rival" said as a contest (没有哪一个牌子能跟它过招, 没有谁敢跟它叫板); for other
brands made worthless by this one (其他牌子的洗发水都不用买了, 别人家的锅都可以扔了); for every pest gone at once
(杀死所有跳蚤, 一次就能除尽); for a part said never to need changing (刷头永远都不用换, 永久免换); for medicine cut
because of a product (降压药都能减半, 糖尿病的药都能少吃); for an outcome promised in any weather (冰袖戴上再怎么晒都不会黑,
怎么淋都不湿); for a body or skin measure said to grow by a percentage (骨密度提高百分之二十, 肌肉含量涨了15%); for skin
turned back to an age (嫩回二十岁); for an object that keeps quarrels out or makes the year go smoothly (挂上是非都没了,
摆上一整年顺风顺水); and for whitening by a mechanism (黑色素全被分解掉, 把黑色素代谢出去).
Ordinary talk sharing the words stays quiet: arm wrestling at home, packaging thrown away, compatible filters,
replacement intervals, dosage advice, New-Year wishes, a fabric's UPF, a massage gun's speed or a powder's protein
content, 是非题, laundry that dries in the sun.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # no rival, said as a contest idiom
    ("同价位里没有哪一个牌子能跟它过招", "绝对化用语"),
    ("这个价位没有谁敢跟它叫板", "绝对化用语"),
    ("没有一款国产的能跟它掰手腕", "绝对化用语"),
    # other brands made worthless
    ("用了这款以后其他牌子的洗发水都不用买了", "绝对化用语"),
    ("有了这口锅别人家的不粘锅都可以扔了", "绝对化用语"),
    ("有了它别的护肤品都不用买了", "绝对化用语"),
    ("同价位里的都不是它的对手", "绝对化用语"),
    # every pest gone at once
    ("这个除虫喷雾能杀死所有跳蚤", "功效夸大"),
    ("这个吸尘器一次就能除尽", "功效夸大"),
    ("吸一遍就能清除所有尘螨", "功效夸大"),
    # never needs changing
    ("这个电动牙刷的刷头永远都不用换", "功效夸大"),
    ("这款空气净化器滤网永久免换", "功效夸大"),
    # medicine cut
    ("坚持吃这个降压药都能减半", "医疗用语"),
    ("喝了半年糖尿病的药都能少吃", "医疗用语"),
    ("用了以后胰岛素都少打两个单位", "医疗用语"),
    # any weather
    ("这个冰袖戴上再怎么晒都不会黑", "功效夸大"),
    ("这把遮阳伞打上晒不黑", "功效夸大"),
    ("这件冲锋衣怎么淋都不湿", "功效夸大"),
    # a body or skin measure grows by a percentage
    ("喝了两个月骨密度提高百分之二十", "功效夸大"),
    ("这个蛋白粉吃完肌肉含量涨了15%", "功效夸大"),
    ("用了一周皮肤含水量提升50%", "功效夸大"),
    # skin back to an age
    ("涂了这个脸蛋嫩回二十岁", "功效夸大"),
    ("吃了一个月整个人变回十八岁", "功效夸大"),
    # quarrels kept out, a smooth year
    ("这个桃木挂件挂上是非都没了", "迷信"),
    ("门口摆个铜葫芦能化解是非", "迷信"),
    ("这个貔貅摆上一整年顺风顺水", "迷信"),
    ("这个红绳戴上这个本命年就顺了", "迷信"),
    ("这个平安扣开过光，戴着出门顺顺利利", "迷信"),
    # whitening by a mechanism
    ("这个精华用完黑色素全被分解掉了", "化妆品宣称"),
    ("这个美白丸能把黑色素代谢出去", "化妆品宣称"),
    ("这个精华一抹黑色素直接被打散了", "化妆品宣称"),
])
def test_the_families_fire(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "我跟我老公掰手腕从来没赢过",
    "外面的纸箱都可以扔了",
    "包装盒拆完就可以扔了",
    "其他牌子的滤芯也能装，不用买原装",
    "这个滤芯三个月换一次",
    "一次吸不干净的话多吸几遍",
    "医生说药不能随便减量",
    "药量请遵医嘱",
    "祝大家新的一年顺顺利利",
    "祝宝宝们考试顺顺利利",
    "今天直播顺顺利利的",
    "这件防晒衣UPF50加，出门还是要注意补涂",
    "这款按摩枪放松肌肉，转速提升30%",
    "这个蛋白粉的蛋白质含量提高了20%",
    "这批货是非常好的",
    "是非题答对了",
    "家里的狗都不是它的对手",
    "过了本命年就顺了",
    "别的护肤品可以照常用",
    "孩子吃药的量要问医生",
    "晒了一天衣服都干了",
    "这件衣服晒一晒都不会褪色",
    "这个会员价格比上个月提升10%",
])
def test_ordinary_talk_sharing_the_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
