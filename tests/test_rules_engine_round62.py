"""Round 62 (batch 25's misses of 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称, 迷信 — t25a, lexicon rows only).

What a user notices: soft everyday promises now raise popups — a shoe's comfort promise (站一整天都不累, 逛一天脚都不累),
a symptom that "never came back" (头晕的毛病再没犯过), a pet disease that "gets well" (猫藓都能好), a pillow that
"sleeps the neck back" (腰椎给你睡直了), brains turning 灵光, a waist shrinking after a drink, an engine "like new",
smells that never come back, eyes that never tire, "not knowing what cold is", bald spots growing hair, 黄气 fading,
a 祖师爷级别 ranking, luck or exam luck rising (财运噌噌往上), 旺全家财运, money "drilling" into the house, a master who
fixed the placement. Ordinary patter sharing the words stays quiet (a pair of trousers 腰围小了一圈, a used car 跟新的一样,
see a doctor about 心慌, 运气好 in a lucky draw). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # comfort promise of shoes and insoles
    ("这双运动鞋站一整天都不累", "功效夸大"),
    ("穿着它逛一天脚都不累", "功效夸大"),
    ("这款鞋垫垫进去穿一天也不累", "功效夸大"),
    # eyes, warmth, smell, engine, brains, waist
    ("这台灯看一晚上书眼睛一点都不累", "功效夸大"),
    ("这床被子盖上就不知道什么叫冷", "功效夸大"),
    ("冬天裹着它都不知道啥叫冷", "功效夸大"),
    ("开上两天柜子里的霉味再也闻不到", "功效夸大"),
    ("加了它引擎就像新的一样", "功效夸大"),
    ("孩子喝完这个奶粉脑子变灵光了", "功效夸大"),
    ("我吃了一个月腰围少了两寸", "功效夸大"),
    ("用了这个长高贴，个头往上窜得快", "功效夸大"),
    # symptoms, pet disease, body parts, eyesight
    ("喝了两个月头晕的毛病再没犯过", "医疗用语"),
    ("狗狗吃了这个犬瘟也能好", "医疗用语"),
    ("这个床垫睡半年腰椎给你睡直了", "医疗用语"),
    ("孩子戴了这个眼镜度数往下降", "医疗用语"),
    # cosmetics
    ("这个生发水秃了的地方都能长出头发", "化妆品宣称"),
    ("这瓶精华用完暗沉全褪了", "化妆品宣称"),
    ("这款防托洗发水用完头发蓬松", "化妆品宣称"),
    # superlative by idiom
    ("这口铁锅是炒锅里的祖宗级别", "绝对化用语"),
    # superstition
    ("这个貔貅摆上财运噌噌往上涨", "迷信"),
    ("文昌笔放书桌上考运蹭蹭涨", "迷信"),
    ("这个葫芦挂门口旺全家财运", "迷信"),
    ("摆了这个聚宝盆钱都往家里钻", "迷信"),
    ("八卦镜一挂，煞气全挡在外头", "迷信"),
    ("这个摆件的位置是大师看过风水的", "迷信"),
    ("戴上这串手链财运马上转过来了", "迷信"),
])
def test_the_families_are_caught(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个鞋子走一天下来会有点累，建议备一双替换",
    "这条裤子腰围小了一圈，腰粗的宝宝拍大一码",
    "这孩子脑子灵光，一教就会",
    "这台车发动机是原厂的，车况跟新的一样",
    "心慌的话请及时就医，这个产品不能代替药物",
    "近视度数要去医院验光",
    "今年运气不错，抽奖抽中了两次",
    "霉味儿重的话开窗通风，再配合除湿机用",
    "打了一天游戏眼睛累了要休息，这款眼镜只是防蓝光",
    "秃的地方要去医院看，我们这个洗发水只是清洁",
    "钞票放钱包里要整理好，别折坏了",
    "考运这东西靠自己努力，文具就是好用",
    "这个店铺旺季发货会慢一点",
    "这个托盘防滑设计，放杯子很稳",
    "主人走了一天回来，猫都不累",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
