"""Round 60 (batch 24A's false alarms, t24e): scope families in app.rules.scopes_ownpick/scopes_evidence/scopes_prices and small fixes to older ones.

What a user notices: what the viewers care about (大家最在意的就是安全, and its echo after the question), the shop's own
lowest promised as a hedge (我只保证是咱们店今天的最低), a 国家认证 question answered with the real certificate (有CCC认证),
an effect rate cited from a named testing body with a report number, advice in speech-recogniser spaces (这 个 最好 中火 炒),
a router's top speed (最高一千兆), what a book does not teach (不是教你改运的) and long hair as a hair type (长头发的姐妹)
no longer raise popups. The claims stay: 全网最低价, 是国家认证的, 是的国家认证, a rate said with 彻底, 全网 最好 的,
不是教你转运，是戴上就能转运, 用了就能长头发. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # the viewers' concern
    "姐妹们最在意的就是掉不掉色，放心不掉",
    "宝子们最担心的就是尺码，按平时买就行",
    "你们最关注什么？最关注的肯定是价格，今天有券",
    # the shop's own lowest, promised as a hedge
    "全网最低我不敢说，我只保证是咱们店今天的最低",
    "别家我不清楚，只能说是我们直播间这个月的最便宜",
    # a state certificate asked about, answered with the real one
    "主播A：这个是国家认证吗？主播B：它有CCC认证，强制的",
    "有人问有没有国家认证？我们有3C认证，证书在详情页",
    # an effect rate cited from a named testing body
    "根据省质检院二〇二四年的检测报告，这款抑菌率百分之九十九，报告编号在详情页",
    # recogniser spaces
    "这 个 锅 最好 中火 炒",
    "这 个 汤 最好 小火 慢慢 炖",
    # a spec
    "这款网卡速率最高一千兆",
    # what a book does not teach
    "这是讲风水历史的书，不是教你改运的",
    # long hair as a hair type
    "长头发的姐妹选大档，吹得快",
    "这个梳子适合长头发",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这款最关心你的健康，全网最好", "绝对化用语"),
    ("这就是全网最低价，我保证", "价格违规"),
    ("这个是国家认证的，放心买", "权威背书"),
    ("这个是国家认证吗？是的，国家认证，3C认证也有", "权威背书"),
    ("这款除菌率百分之九十九点九，彻底杀光细菌", "功效夸大"),
    ("这 个 锅 是 全网 最好 的", "绝对化用语"),
    ("这个手串不是教你转运，是戴上就能转运", "迷信"),
    ("用了这个精华液就能长头发", "化妆品宣称"),
])
def test_the_claims_still_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
