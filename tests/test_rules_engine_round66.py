"""Round 66 (batch 26's misses of 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称, 迷信 — t26a, lexicon rows only).

What a user notices: soft effect promises of batch 26's kind now raise popups — one drop of dish soap that washes a
whole pot or sink, one curl or hairspray set that lasts a whole week, a breast pump that empties in a minute, fuel
saved "by three tenths", formaldehyde or stains "gone in a day / a second", anything 都能弄掉, pests that "won't come
again", a child growing N 公分 over one summer holiday, belly or waist fat "gone", a foundation or BB cream that
carries its own 防晒, a shampoo that dyes as it washes (边洗边染), spots "消 in three days", 淡班 heard for 淡斑, luck that
keeps coming (好运连连/财运不断) from a charm, "X中的一哥" rankings, and an inflamed throat or gum that "stops hurting in
two days". Ordinary patter sharing the words stays quiet (a blessing 好运连连, a 高中一哥们, a skin care that 不带防晒,
trousers 长两公分, a vacuum's minute, a battery lasting a week, one drop being enough). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # one drop / one pump washes a whole pot or sink
    ("这款洗碗液一滴就能洗一大锅", "功效夸大"),
    ("挤一泵能洗一水池的碗", "功效夸大"),
    ("一滴能洗二十个碗，特别省", "功效夸大"),
    # one styling lasts a week
    ("这个定型喷雾定型一整周不塌", "功效夸大"),
    ("卷一次能保持一个星期", "功效夸大"),
    # a pump that empties in a minute
    ("这个电动吸奶器两分钟就能排空", "功效夸大"),
    ("三分钟就能吸空，妈妈省事", "功效夸大"),
    # fuel saved by tenths
    ("装上这个节油器能省两成油", "功效夸大"),
    ("加了这个添加剂能省百分之二十的油", "功效夸大"),
    # formaldehyde and stains gone
    ("这个净化器放家里甲醛两天就清干净了", "功效夸大"),
    ("甲醛放一晚上就吸干净了", "功效夸大"),
    ("这个清洁剂三秒去污", "功效夸大"),
    ("什么血渍都能弄掉", "功效夸大"),
    # pests never come again
    ("这个项圈戴上蟑螂不会再来了", "功效夸大"),
    ("喷一次蚂蚁永远不来", "功效夸大"),
    # height over a holiday
    ("孩子喝了一个寒假长五公分", "功效夸大"),
    ("坚持喝一个暑假能长八厘米", "功效夸大"),
    # fat gone
    ("这个腰带戴一个月腰上的肉都没了", "功效夸大"),
    ("用这个甩脂机赘肉全没了", "功效夸大"),
    # a non-sunscreen cosmetic with its own sun protection
    ("这个隔离霜带防晒的，出门不用再涂了", "化妆品宣称"),
    ("这款粉底自带防晒，省一步", "化妆品宣称"),
    ("素颜霜带防晒，防晒都不用另涂", "化妆品宣称"),
    # a shampoo that dyes as it washes
    ("这款染发洗发水边洗边黑", "化妆品宣称"),
    ("洗发膏边洗边染，白头发慢慢就没了", "化妆品宣称"),
    # skin problems gone in days; a homophone of 淡斑
    ("这个面膜痘痘两天就消", "化妆品宣称"),
    ("闭口用这个水五天就下去", "化妆品宣称"),
    ("这款面霜淡班效果很好", "化妆品宣称"),
    # luck keeps coming from a charm
    ("这个手串戴上以后财运连连", "迷信"),
    ("这个貔貅摆上好运不断", "迷信"),
    # "the big brother among X"
    ("这双是跑鞋中的一哥", "绝对化用语"),
    ("这个是保温杯中一哥，谁用谁知道", "绝对化用语"),
    # an inflamed throat or gum that stops hurting
    ("咽喉发炎的喝三天就不疼了", "医疗用语"),
    ("牙龈肿痛的用一周就不疼了", "医疗用语"),
])
def test_the_families_are_caught(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "祝家人们新的一年好运连连",
    "直播间福袋抽起来，好运不断",
    "我们三个其中一哥是做设计的",
    "家中一哥一姐都上班",
    "早班晚班淡班旺班都有人",
    "这个吸管杯三秒吸空了一半",
    "防晒霜涂完不用再涂隔离",
    "我高中一哥们就是做这个的",
    "这个精华不带防晒，白天记得涂防晒霜",
    "粉底涂完记得再涂防晒",
    "洗碗的时候一滴就够了",
    "这个锅一次煮一大锅汤",
    "卷发棒卷一次要等它预热一分钟",
    "这个吸尘器一分钟就能吸完一个房间",
    "充一次电能用一个星期",
    "先把管子里的空气排空再装",
    "这条裤子比那条长两公分",
    "孩子暑假来参加夏令营",
    "甲醛超标的房子不要住",
    "跳蚤季节到了记得给狗狗驱虫",
    "腰上的肉多穿这个显瘦",
    "痘痘期间少吃辣的",
    "这个嗓子发炎要去看医生",
    "去渍笔用之前摇一摇",
    "鞋中间有个透气孔",
    "洗头的时候水温别太高",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
