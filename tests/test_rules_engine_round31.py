"""Round 31 (t16a): batch 15's lexicon misses in 绝对化用语 功效夸大 迷信, as families.

What a user notices: a popup now comes when ordinary goods promise an outcome — pests wiped out to the last one
(蟑螂一个都不剩, 蚂蚁全军覆没), sport without tiredness (跑个十公里都不累, 爬二十层楼都不喘), muscle from eating
alone (喝了就长肌肉, 肌肉翻了一倍), health guaranteed (保你一年都不生病, 包你身体棒棒的), every stain gone (什么污渍
都能洗掉, 再顽固的油污一擦就掉), a car or bed cooled by so many degrees (装上车里温度马上降十五度), a bite at once
(下竿就来鱼); when an object keeps bad luck away or brings promotion or exam success (太岁都不沾身, 升官发财不是梦, 包你
金榜题名); and when no rival does better than us (同行没有一家比我们做得好). The same words in ordinary patter stay quiet:
a run told as a fact, the advice that muscle needs training, a washing tip, the weather, a greeting of promotion or
exam luck, a red sock for the zodiac year, a rival that does less — and a chain denied right before it (不是下竿就上鱼,
哪有吃了就长肌肉的好事), the one engine change of the round (``app.rules.scopes_plain.denied_chain``).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # pests to the last one
    ("这个杀虫喷雾喷完蟑螂一个都不剩", "功效夸大", "EFF-0080"),
    ("这款灭蚁饵放上三天蚂蚁全军覆没", "功效夸大", "EFF-0080"),
    ("这个除螨仪床垫吸一遍一只尘螨都不剩", "功效夸大", "EFF-0080"),
    # sport without tiredness
    ("这双跑鞋穿上跑个十公里都不累", "功效夸大", "EFF-0144"),
    ("这个护膝戴着爬二十层楼都不喘", "功效夸大", "EFF-0144"),
    ("这款电解质水喝了跑完马拉松都不累", "功效夸大", "EFF-0144"),
    # muscle from eating alone
    ("这款乳清喝了就长肌肉", "功效夸大", "EFF-0136"),
    ("这款增肌粉吃三个月肌肉翻了一倍", "功效夸大", "EFF-0136"),
    ("这个营养粉不练也能长肌肉", "功效夸大", "EFF-0136"),
    # health guaranteed by ordinary goods
    ("这个破壁机打的豆浆天天喝，包你身体棒棒的", "功效夸大", "EFF-0145"),
    ("这个蜂蜜早上一杯保你一年都不生病", "功效夸大", "EFF-0145"),
    ("这款黑芝麻丸保你老人身体硬朗", "功效夸大", "EFF-0145"),
    # every stain gone
    ("这款洗衣液什么污渍都能洗掉", "功效夸大", "EFF-0146"),
    ("这个厨房清洁剂再顽固的油污轻轻一擦就掉", "功效夸大", "EFF-0146"),
    ("这个去渍笔所有汗渍一抹就掉", "功效夸大", "EFF-0146"),
    # cooled by so many degrees
    ("这款遮阳帘装上车里温度马上降十五度", "功效夸大", "EFF-0147"),
    ("这个冰丝凉席铺上温度立马降五度", "功效夸大", "EFF-0147"),
    ("这个隔热膜贴了以后车内比外面低十度", "功效夸大", "EFF-0147"),
    # a bite at once
    ("这个窝料下竿就来鱼", "功效夸大", "EFF-0143"),
    ("这款路亚饵一抛竿就上鱼", "功效夸大", "EFF-0143"),
    # luck, promotion and exams from objects
    ("这个护身符戴上太岁都不沾身", "迷信", "SUP-0015"),
    ("这条红手链戴上本命年不犯太岁", "迷信", "SUP-0015"),
    ("这个转运珠戴上，升官发财不是梦", "迷信", "SUP-0029"),
    ("这个貔貅放工位上，升职加薪指日可待", "迷信", "SUP-0029"),
    ("这个文昌笔放在书桌上，包你金榜题名", "迷信", "SUP-0045"),
    ("这个状元塔请回家保孩子今年金榜题名", "迷信", "SUP-0045"),
    # no rival does better than us
    ("这款净水器同行没有一家比我们做得好", "绝对化用语", "ABS-0160"),
    ("市面上找不出一家比我们更专业的", "绝对化用语", "ABS-0160"),
    ("这种扫地机没有哪个牌子比咱家吸力大", "绝对化用语", "ABS-0160"),
])
def test_batch15_families_fire_with_their_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # pests and counts said plainly
    "这批货一个都不剩了，全卖完了",
    "螨虫是过敏原之一，床品要常晒",
    "家里蚂蚁多的季节要注意食物密封",
    # runs, muscles and health told as facts or advice
    "这双鞋穿着多跑几公里都不累",
    "他昨天跑了十公里，今天腿有点酸",
    "这款跑鞋适合跑十公里以内的日常训练",
    "不练也长不了肌肉，蛋白粉只是补充",
    "体测报告里有一项是肌肉量",
    "祝大家身体健康，万事如意",
    "保你收到货是完好的",
    # washing tips, weather, car heat
    "任何污渍都建议先局部测试再整件洗",
    "这个颜色一洗就掉，所以要冷水手洗",
    "今天气温直降十度，大家注意保暖",
    "今天外面三十八度，车里估计有六十度",
    "贴上以后记得把气泡刮出来",
    # fishing denied, greetings, customs, rivals
    "钓鱼看天看水，不是下竿就上鱼的",
    "哪有吃了就长肌肉的好事，还得练",
    "祝各位家人升职加薪，天天开心",
    "升职加薪这种事还是得靠自己努力",
    "本命年的红袜子我们也有卖，纯棉的",
    "孩子考试加油，祝金榜题名",
    "同行没有一家愿意做这么小的量",
    "我们做了十年，和同行比各有千秋",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


def test_a_denied_chain_with_a_guarantee_after_is_still_the_claim(matcher):
    hits = [h.entry_id for h in _hits(matcher, "不是下竿就上鱼你找我")]
    assert "EFF-0143" in hits
