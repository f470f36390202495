"""Class rows of the bundled lexicon (round 5): one row covers a whole family through ``{类名}`` word classes.

What an anchor or a script writer notices: a claim about *any* disease / pet disease / body part / authority /
platform named in ``resources/lexicon/classes.csv`` raises the row's warning with its suggestion, and the
lawful uses of the same words (advice, cautions, everyday nouns) stay silent. Real bundled files, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules.word_classes import default_classes_path, load_classes
from tests.rule_checks import checked_hits as _hits


def test_shipped_classes_load_cleanly_and_are_real_lists():
    load = load_classes([default_classes_path()])
    assert load.errors == []
    sizes = {name: len(members) for name, members in load.classes.items()}
    for name in ("疾病", "症状", "宠物病", "身体部位", "国家机关", "医疗机构", "平台"):
        assert sizes.get(name, 0) >= 20, (name, sizes)


@pytest.mark.parametrize(
    ("text", "claim", "suggestion"),
    [
        # diseases that no row lists one by one: the class row carries them
        ("我婆婆的带状疱疹抹了一礼拜就好利索了", "带状疱疹抹了一礼拜就好利索", "如有疾病请遵医嘱"),
        ("我家老人的帕金森喝了三个月全好了", "帕金森喝了三个月全好了", "如有疾病请遵医嘱"),
        ("这款足贴专门对付静脉曲张", "对付静脉曲张", "如有疾病请遵医嘱"),
        ("老年人吃了不会得帕金森", "不会得帕金森", None),
        # pet diseases
        ("我家猫的杯状病毒吃了这个再也没犯过", "杯状病毒吃了这个再也没犯过", None),
        ("猫传腹喂了两天就好利索了", "猫传腹喂了两天就好利索", "如有疾病请咨询兽医"),
    ],
)
def test_a_disease_claim_fires_for_any_member_of_the_class(matcher, text, claim, suggestion):
    hits = _hits(matcher, text)
    med = [h for h in hits if h.category == "医疗用语"]
    assert med, hits
    assert any(claim in h.surface or h.surface in claim for h in med), [h.surface for h in med]
    if suggestion:
        assert any(suggestion in h.suggestions for h in med), [h.suggestions for h in med]


def test_a_body_part_repair_is_a_medical_claim_not_a_cosmetic_one(matcher):
    """受损的肝细胞都能修复: the medical class row is longer than the cosmetic 修复 and wins."""
    hits = _hits(matcher, "喝一段时间受损的肝细胞都能修复")
    assert [h.category for h in hits] == ["医疗用语"]
    assert hits[0].surface == "肝细胞都能修复"
    assert "如有不适请咨询医生" in hits[0].suggestions


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("瑞金医院的专家都在用", "权威背书"),
        ("疾控中心都推荐这个消毒液", "权威背书"),
        ("快手上我们也有店", "导流私下交易"),
        ("比拼多多还便宜二十块", "价格违规"),
        ("祛斑效果我打包票", "功效夸大"),
    ],
)
def test_authority_platform_and_guarantee_classes(matcher, text, category):
    assert category in [h.category for h in _hits(matcher, text)]


@pytest.mark.parametrize(
    "text",
    [
        "得了带状疱疹一定要去医院看别自己乱抹",  # advice
        "带状疱疹患者慎用",  # a label caution
        "猫杯状病毒要靠打疫苗粮食防不了",  # denial
        "心丝虫预防要按时吃驱虫药听兽医的",  # advice
        "主播感冒全好了今天嗓门大",  # small talk: 感冒 is no class member on purpose
        "这款中央空调推荐给大家",  # 中央 is no state organ here
        "北京东门找我拿快递",  # 京东 inside 北京东门
        "骨头汤炖好了满屋子都是香味",
        "韧带拉伤了先冰敷然后去医院",
        "我们的质检报告是第三方检测机构出的",
        "大家别去闲鱼买二手假货多",
    ],
)
def test_lawful_uses_of_the_same_words_stay_silent(matcher, text):
    assert _hits(matcher, text) == []
