"""Names, objective records and sound-alikes that must not alarm, and the claims next to them that must."""

from __future__ import annotations

import pytest

from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry


@pytest.mark.parametrize(
    "text",
    [
        "最高人民法院发布了典型案例",
        "最高人民检察院也有通报",
        "最高法最近出了新规定",
        "今天大盘跌到最低点",
        "金价创了今年最高点",
        "最高限额五万",
        "最低工资标准又涨了",
        "我在第一人民医院上班",
        "市第二人民医院旁边就有门店",
        "孩子在第一中学读书",
        "他是村里的第一书记",
        "中国第一汽车集团的车",
        "第一针打完要休息半小时",  # ordinals with their counting word
        "孩子是第一胎",
        "这是这套书的第一本",
        "开封后最好三天用完",  # 最好 = had better
    ],
)
def test_names_of_institutions_and_market_records_are_no_claims(bundled, text):
    assert bundled.scan(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [("今天的价格是全年最低点", "价格违规"), ("这是第一品牌", "绝对化用语"), ("金价最低的一款", "绝对化用语")],
)
def test_the_same_words_still_alarm_as_claims(bundled, text, category):
    assert category in [h.category for h in bundled.scan(text)]


def sound_matcher(*terms: tuple[str, str]) -> Matcher:
    return Matcher([LexiconEntry(f"H-{i}", t, c, "high", ("合规说法",), "《广告法》") for i, (t, c) in enumerate(terms)])


@pytest.mark.parametrize(
    "text",
    [
        "周末大家一起约跑",  # yuē pǎo: another tone than 约炮 in a two-character term
        "宝宝送一个福袋",  # 宝宝 is collapsed to 宝: no 保送
        "宝宝本来就很白",  # no 保本
        "国家制定的标准",  # 制定 (zhì) is a common word, not a misheard 指定 (zhǐ)
    ],
)
def test_sound_alikes_that_are_ordinary_speech_do_not_alarm(text):
    matcher = sound_matcher(("约炮", "低俗违规"), ("保送", "投资承诺"), ("保本", "投资承诺"), ("国家指定", "权威背书"))
    assert matcher.scan(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("鼎级面料", "鼎级"), ("这是要妆", "要妆"), ("可以增强免役力", "增强免役力"), ("特贡酒", "特贡酒"), ("吃了将血压", "将血压")],
)
def test_real_mishearings_of_severe_terms_still_alarm(text, surface):
    matcher = sound_matcher(("顶级", "绝对化用语"), ("药妆", "化妆品宣称"), ("增强免疫力", "医疗用语"),
                            ("特供酒", "权威背书"), ("降血压", "医疗用语"))
    assert [h.surface for h in matcher.scan(text)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "功率最高可达两千瓦",
        "这个锅最大能装五斤米",
        "续航最长能跑八百公里",
        "水温最高能调到六十度",
        "最低能到零下十八度",
        "最多可以放二十个杯子",
        "风速最大的一档",
        "最低的那一档很安静",
        "最佳赏味期是三个月",
        "最佳饮用温度是八度",
        "这款台灯最亮可以到八百流明",
        "投影最远能投到一百二十寸",
        "这只表最深能防水一百米",
        "这是我们的第一家门店",
        "泡开以后风味最佳",
        "冰镇一下口感最佳",
    ],
)
def test_specification_values_and_usage_hints_are_no_claims(bundled, text):
    assert bundled.scan(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("最高品质，三年质保", "最高品质"), ("效果最强", "效果最强"), ("最佳效果", "最佳效果"), ("最快三天见效", "三天见效")],
)
def test_quality_claims_next_to_numbers_still_alarm(bundled, text, surface):
    assert surface in [h.surface for h in bundled.scan(text)]


@pytest.mark.parametrize(("text", "surface"), [("今天天天特价", "天天特价"), ("天天特价", "天天特价"), ("刚刚好的尺码", "刚刚好")])
def test_terms_with_a_doubled_character_survive_the_stutter_collapse(text, surface):
    """Terms and texts are collapsed alike (天天 → 天), so a doubled character in a term still matches."""
    matcher = Matcher([LexiconEntry("D-1", "天天特价", "价格违规", "low", ("今日优惠",), "《价格法》"),
                       LexiconEntry("D-2", "刚刚好", "绝对化用语", "low", ("合适",), "《广告法》")])
    hits = matcher.scan(text)
    assert len(hits) == 1 and hits[0].surface.endswith(surface)


def test_the_last_items_of_the_running_order_are_no_urgency():
    matcher = Matcher([LexiconEntry("U-1", "最后{N}{U}", "虚假紧迫", "high", ("库存以页面为准",), "《网络直播营销管理办法（试行）》")])
    assert matcher.scan("最后两个链接给大家看一下") == []
    assert matcher.scan("最后三个问题我统一回答") == []
    assert [h.surface for h in matcher.scan("家人们最后十个了")] == ["最后十个"]


def test_the_shop_word_is_no_misheard_fake():
    matcher = sound_matcher(("假销量", "数据造假"))
    assert matcher.scan("我们家销量最高的其实是这个小号") == []
    assert [h.surface for h in matcher.scan("这都是贾销量")] == ["贾销量"]  # jiǎ for jiǎ: a real mishearing
