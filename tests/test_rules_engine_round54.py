"""Round 54 (batch 23's misses of 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称; t23a): new rows for soft, indirect wordings.

What a user notices: superiority said by nickname or idiom (厨房界的老大哥, 别的都是小弟, 自成一档, 同行见了都得叫它一声祖宗,
吹风机干发是最快的), and everyday outcomes that overstate (吃了包你三个月怀上, 爬楼都不带喘, 焖烧杯放两天还是烫的, 睡一觉腰细三公分,
驼背掰回来了, 水费直接少一半, 跑二十万公里都不会坏) or make a cosmetic claim (BB霜还带防晒, 涂上出门伞都不用打, 敷完立马白一个度,
粤语 洗完即刻白晒) now raise their popups, in wordings not taken from the corpus. Ordinary talk with the same words (谢谢老大哥的礼物,
面霜不带防晒, 我家这猫我都得叫它一声祖宗, 充电最快要两个小时, 怀上了来报喜, 放十二个小时还是温的, 这个月水费少了, 机油五千公里一换,
防晒霜抹上也要打伞, 洗完脸擦乳液) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这台空气炸锅就是厨房界的老大哥", "绝对化用语"),
    ("这款面膜是面膜界的大哥大", "绝对化用语"),
    ("它才是老大哥，别家的都是小弟", "绝对化用语"),
    ("这个牌子的口红在国货里自成一档", "绝对化用语"),
    ("这个音箱的低音属于独一档", "绝对化用语"),
    ("这款投影仪同行见了都得叫它一声祖宗", "绝对化用语"),
    ("这个电水壶加热速度最快", "绝对化用语"),
    ("这个吹风机干发是最快的", "绝对化用语"),
    ("这款暖宫贴用三个月就能怀上", "功效夸大"),
    ("吃了这个包你三个月怀上", "功效夸大"),
    ("穿上这双鞋爬楼不带喘的", "功效夸大"),
    ("这护膝戴着爬山一点都不喘", "功效夸大"),
    ("这个焖烧杯放两天还是烫的", "功效夸大"),
    ("这个冰桶放一星期还是冰的", "功效夸大"),
    ("这个收腹带睡一觉腰细三公分", "功效夸大"),
    ("换上这个节水龙头水费直接少一半", "功效夸大"),
    ("这个空调一个夏天电费省一半", "功效夸大"),
    ("加了这个添加剂跑二十万公里都不会坏", "功效夸大"),
    ("这个矫姿带戴两个月驼背就掰回来了", "医疗用语"),
    ("这个BB霜还带防晒，出门一抹就行", "化妆品宣称"),
    ("这个隔离霜也带防晒效果", "化妆品宣称"),
    ("这个乳液涂上出门伞都不用打", "化妆品宣称"),
    ("这个面膜敷完立马白一个度", "化妆品宣称"),
    ("这个洗面奶一洗白一个度", "化妆品宣称"),
    ("呢支洁面洗完成个面白晒", "化妆品宣称"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "谢谢老大哥的礼物，老大哥常来",
    "我家这猫我都得叫它一声祖宗，天天伺候它",
    "这个锅导热快，受热均匀",
    "充电最快要两个小时，大家耐心等",
    "最快明天就能发货",
    "备孕的姐妹吃东西要注意，怀上了记得来报喜",
    "我爬泰山的时候累得直喘",
    "这个保温壶放十二个小时还是温的",
    "这个月水费比上个月少，因为出差了",
    "这车跑了十万公里了，该换机油了",
    "机油一般五千公里换一次",
    "这个面霜不带防晒，白天记得另外涂防晒霜",
    "这个乳液没有带防晒效果",
    "这个面霜不带防晒功能",
    "防晒霜抹上出门也要打伞哈",
    "洗完脸记得擦乳液",
    "衣服洗完晒干再收",
    "驼背的小朋友要多运动，坐姿端正",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
