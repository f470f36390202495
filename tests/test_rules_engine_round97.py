"""Round 97 (t40b): batch 40's family F15 — proper names holding a banned-looking word — and three parts or uses of the item.

What a user notices: a place, firm, school, restaurant or shop whose name holds 第一/最/顶级/至尊/天下第一/中国第一 (沙田第一城,
第一财经, 第一汽车制造厂, 中国第一历史档案馆, 那家至尊火锅, 一家叫顶级时光的民宿, 有家饭馆叫最江南, "顶级咖啡馆" in quotes),
the film character 至尊宝, and 去那边拍外景 (a trip to film there) no longer raise a popup; nor do a face or corner of the item
(粉扑最大的那面, 最尖的角), its setting at the end stop (放最平的时候) or where it goes (放卫生间最合适). The name still fires
when it is used as a claim — said to be us (我们是中国第一酱油厂), an endorsement (…专供, …都在用, …推荐), a ranking noun after
it (第一汽车品牌), our own shop or goods called so (我们店叫全网第一厨具店, 这款锅叫至尊锅王) — and so do 去那边拍 as an
order placed elsewhere and an outside scope before a part (全网最大的那面镜子).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a name closed by its place, firm or shop noun
    "我老家在深圳，小时候常去罗湖第一城那边玩",
    "我姐在第一财经做编辑，她也在看咱直播",
    "我表哥是第一财经的记者",
    "我爸以前在第一汽车制造厂上班",
    "我舅舅在中国第一历史档案馆工作",
    "我们公司就在第一大道上",
    "我舅舅在中國第一歷史檔案館工作",
    # a shop after 那家/一家/隔壁
    "那家至尊火锅排队排到门口了",
    "我昨天住的那家至尊酒店隔音不太好",
    "隔壁那家至尊烤鸭今天关门了",
    # a third party's place called so
    "我们隔壁有家叫顶级造型的理发店，今天我就是在那做的头发",
    "广州有家酒楼叫天下第一楼，早茶做得好",
    "我们在一家叫最江南的民宿拍的外景",
    "小区门口那家饭馆叫最川味，辣得很",
    # a quoted name
    "楼下那家“顶级咖啡馆”我天天去",
    "我们住的是“至尊大酒店”，离仓库近",
    # the film character
    "他们都说我长得像至尊宝",
    # filming there
    "下播了去那边拍点雪景给你们看",
    "老板说周末去那边拍视频素材",
    "那个古镇风景好，我们下个月去那边拍外景",
    # a part, a setting or a place of use of the item
    "这个锅铲最宽的那边能翻饼",
    "这把梳子最细的那头能挑发缝",
    "粉扑最小的那个角按眼角",
    "这个枕头调到最低的位置适合侧睡",
    "躺椅放到最平的时候能当床",
    "这盏小夜灯摆床头最合适",
    "这块地垫铺在玄关最合适",
])
def test_names_parts_and_uses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface", "category"), [
    ("我们是中国第一酱油厂", "中国第一", "绝对化用语"),
    ("我们是中国第一大锅具厂", "中国第一", "绝对化用语"),
    ("咱家就是天下第一锅", "天下第一", "绝对化用语"),
    ("我们是“中国第一酱油厂”", "中国第一", "绝对化用语"),
    ("这件是“顶级工厂”出品的", "顶级", "绝对化用语"),
    ("我们店叫全网第一厨具店", "全网第一", "绝对化用语"),
    ("这款锅叫至尊锅王", "至尊", "绝对化用语"),
    ("这口锅是顶级酒店专用的", "顶级", "绝对化用语"),
    ("这款羽绒服是顶级工厂出品的", "顶级", "绝对化用语"),
    ("这个调料是天下第一楼专供的", "天下第一", "绝对化用语"),
    ("一家叫顶级时光的民宿都在用我们的床品", "顶级", "绝对化用语"),
    ("这双鞋是第一汽车品牌联名的", "第一", "绝对化用语"),
    ("这个锅是第一品牌", "第一品牌", "绝对化用语"),
    ("这是一家顶级工厂生产的", "顶级", "绝对化用语"),
    ("第一财经都报道过我们家的锅", "第一", "绝对化用语"),
    ("去那边拍，那边便宜", "去那边拍", "导流私下交易"),
    ("去那边拍那个链接", "去那边拍", "导流私下交易"),
    ("全网最大的那面镜子就是这个", "最大的", "绝对化用语"),
    ("这是最薄的面膜", "最薄", "绝对化用语"),
    ("敏感肌用最合适", "最合适", "绝对化用语"),
    ("这个垫子放卫生间最合适，全网最好", "最好", "绝对化用语"),
])
def test_names_used_as_claims_still_fire(matcher, text, surface, category):
    assert (surface, category) in {(h.surface, h.category) for h in _hits(matcher, text)}


def test_endorsement_by_a_named_hospital_still_fires(matcher):
    hits = _hits(matcher, "第一人民医院的护士都推荐这款护手霜")
    assert any(h.category == "权威背书" for h in hits)
