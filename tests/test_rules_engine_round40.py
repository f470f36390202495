"""Round 40 (t19a): batch 18's misses in 绝对化用语, 功效夸大, 医疗用语, 化妆品宣称 and 迷信, as families.

What a user notices: a popup now for a ranking inside an outside scope even when a figure backs it (全网保温最长,
同价位里最亮，一千流明, 市面上续航最久; 同价位里最轻，两百克 — an item's own 最亮那档 or 最高可达两千瓦 stays quiet);
for "put it among X and it is the boss" (搁同价位里那就是老大); for one treatment said to last years (一次施工管五年,
两年不用再喷) and an odour-control good said to go unchanged without smell (半个月不换都闻不到味); for any stain washed
spotless (什么油渍一喷下去全都擦得干干净净); for a guaranteed bodily or visible outcome (保证走一天脚都不累, 保准字变好看,
包你孩子不近视); for fuel said to drop by litres (百公里少一个油, 油耗直接降两升); for an odour removed in seconds or
entirely (三秒去除甲醛味, 瞬间消除所有烟味); for brain or body power shooting up (专注力蹭蹭往上, 体力噌噌涨); for skin
as young as a given age (脸蛋嫩得像十八岁); for a symptom that stops (便秘的喝三天就不堵了, 腰疼的贴两天就不疼了);
for bad luck washed or swept away (霉运全扫光, 晦气全冲走, 除晦气); for hair sprouting (新头发全冒出来, 头发蹭蹭往上),
instant black hair (一梳就黑), wrinkles faded (淡化细纹), and sun protection claimed by a mist or a primer
(爽肤喷雾还能防晒, 隔离霜自带防晒).
Ordinary talk sharing the words stays quiet: a pet that rules the house, warranty and replacement intervals, cleaning
advice, 保证正品, a car's fuel figure, small talk about bad luck or a musty wardrobe, hair growing out after a cut,
viewer counts that shoot up, ages of the wearers, laundry that runs, and a denied effect (不能一洗黑, 不能淡化皱纹).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a ranking inside an outside scope, figure or not
    ("这款充电宝在同类产品里充得最快", "绝对化用语"),
    ("同价位里它续航最长，十二个小时", "绝对化用语"),
    ("这款电动牙刷市面上续航最久", "绝对化用语"),
    ("这款行车记录仪在同档次里夜视最亮", "绝对化用语"),
    ("这个登山杖同价位里最轻，两百克", "绝对化用语"),
    ("这个充电宝同价位里容量最大，两万毫安", "绝对化用语"),
    # put among X, the boss
    ("这款蓝牙音箱搁同价位里那就是老大", "绝对化用语"),
    ("这个辣酱放在下饭酱里头就是老大", "绝对化用语"),
    # one treatment for years; unchanged and no smell
    ("这款镀晶一次施工管五年", "功效夸大"),
    ("这个防水喷剂喷完两年不用再喷", "功效夸大"),
    ("这款豆腐猫砂半个月不换都闻不到味", "功效夸大"),
    ("这个除臭袜三天不换也没一点味", "功效夸大"),
    # any stain spotless
    ("什么油渍一喷下去全都擦得干干净净", "功效夸大"),
    ("任何污垢一泡全都洗掉", "功效夸大"),
    # a guaranteed outcome
    ("这个按摩鞋垫保证走一天脚都不累", "功效夸大"),
    ("这个护膝戴上保准爬山腿都不疼", "功效夸大"),
    ("这套控笔训练练完保准字变好看", "功效夸大"),
    ("这个护眼灯包你孩子不近视", "功效夸大"),
    ("吃了这个保准不长痘", "功效夸大"),
    ("戴上这个眼镜就不会近视", "功效夸大"),
    # fuel by litres
    ("这个燃油宝加一瓶百公里少一个油", "功效夸大"),
    ("用了这个节油器油耗直接降两升", "功效夸大"),
    # odour in seconds or entirely
    ("这个空气净化器三秒去除甲醛味", "功效夸大"),
    ("这个除臭剂一喷瞬间消除所有烟味", "功效夸大"),
    # brain and body power shooting up
    ("孩子吃了这个DHA专注力蹭蹭往上", "功效夸大"),
    ("老人喝了这个体力噌噌涨", "功效夸大"),
    # skin as young as an age
    ("这个胶原蛋白喝完脸蛋嫩得像十八岁的小姑娘", "功效夸大"),
    ("吃了这个皮肤像二十岁似的", "功效夸大"),
    # a symptom that stops
    ("便秘的喝三天就不堵了", "医疗用语"),
    ("腰疼的贴两天就不疼了", "医疗用语"),
    ("头疼的喝了这个茶都不疼了", "医疗用语"),
    ("关节炎的用一个月就不疼了", "医疗用语"),
    # bad luck washed away
    ("这个桃木梳子梳一梳霉运全扫光", "迷信"),
    ("柚子叶洗澡水一泡晦气全冲走", "迷信"),
    ("这个艾草香囊能除晦气", "迷信"),
    # hair, black hair, wrinkles, sun protection
    ("这个生发液抹一个月新头发全冒出来", "化妆品宣称"),
    ("这个育发液用完头发蹭蹭往上", "化妆品宣称"),
    ("这个染发梳一梳就黑", "化妆品宣称"),
    ("这个面霜淡化细纹", "化妆品宣称"),
    ("这个精华用完细纹都变淡了", "化妆品宣称"),
    ("这个爽肤喷雾还能防晒", "化妆品宣称"),
    ("这个隔离霜自带防晒", "化妆品宣称"),
])
def test_the_families_fire(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "这款手电最亮的那档是一千流明",
    "这个电暖器最高可达两千瓦",
    "全国包邮，最快明天到",
    "同价位的手电一般是五百流明左右",
    "这个保温杯保温时间是十二个小时",
    "这猫搁家里那就是老大",
    "我们家老大今年上初中了",
    "质保三年，三年内坏了免费换",
    "这个滤芯建议三个月换一次",
    "猫砂一个月换一次比较好",
    "一次充电管三天",
    "任何污渍要及时处理，放久了就不好洗干净了",
    "保证正品，假一赔十",
    "这车百公里油耗七个油",
    "那天真晦气，快递丢了",
    "衣柜里的霉气用除湿袋吸一吸",
    "剪短的头发长出来了再来修",
    "白头发全长出来了就得补染",
    "直播间人数蹭蹭涨，谢谢大家",
    "这件衣服十八岁到六十岁都能穿",
    "皮肤跟十八岁比肯定有差距",
    "香薰一秒就能闻到香味",
    "衣服一洗就黑了是因为和深色的混洗了",
    "这个喷雾补水很好用，出门前喷一下",
    "头疼的朋友建议去医院看看",
    "今天天气好，爬一天山都不累",
    # a denied effect is no claim (黑 now counts as an effect character, like 白)
    "这款是普通洗发水，不能一洗黑",
    "这个眼霜不能淡化皱纹，主要是保湿",
])
def test_ordinary_talk_sharing_the_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []


def test_the_ranked_span_carries_the_scope(matcher):
    """The popup marks the whole ranking (同价位里最亮), not a bare 最, and the figure after it stays outside."""
    text = "这款手电在同价位里最亮，一千流明"
    assert [h.surface for h in _hits(matcher, text)] == ["同价位里最亮"]
