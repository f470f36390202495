"""Round 100 (tshape): an effect, medical or cosmetic claim caught by its SHAPE, not by its words.

What a user notices: a claim in words no row lists — a use of the product (用了, 喝完, 抹上, 贴上, 一抹, 天天喝, 连喝
…, or how long: 三天, 一个礼拜, 一盒) followed by a certainty marker (就, 立马, 马上, 当场, 直接, 全, 都, 再也) and an
outcome on the body (不酸了, 排干净了, 瘦了, 通了; or a body part, disease, symptom or blemish that 降下来了, 缩回去了,
热乎了, 就好, 全平了, 都能养好) — now raises a popup (medium severity, suggestions such as 效果因人而异 /
使用感受因人而异). Three rows carry the shape (EFF-0237, MED-0287, COS-0090, with the classes 用后说法 疗程时长
用法动词 身体见效 见效部位 部位见效 能后见效 回暖说法); the test builds a matcher from those rows alone too, to show that the
shape, not some older row, catches each wording. Quiet: denied or limited effects (用了也不会马上白, 不能让斑一下子
消失), questions (用了就能白吗？), hedged personal reports without a certainty marker (用了三天感觉脸没那么干了), advice to
patients, one's own bad experience with another product (用了别家的就过敏了), and ordinary patter sharing the words
(茶叶泡了三泡就淡了, 泡面泡三分钟就软了, 用了券直接降了五十, 拍了就没了, 穿上羽绒服手脚就暖和了, 泡了三天豆子都
长出来了). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules.lexicon import load_lexicon
from app.rules.matcher import Matcher
from tests.rule_checks import checked_hits as _hits

SHAPE_IDS = {"EFF-0237", "MED-0287", "COS-0090"}


@pytest.fixture(scope="module")
def shape_only() -> Matcher:
    """A matcher holding only the round-100 shape rows."""
    load = load_lexicon(overlay=False)
    entries = [e for e in load.entries if e.id in SHAPE_IDS]
    assert {e.id for e in entries} == SHAPE_IDS
    return Matcher(entries)


CLAIMS = [
    # a use + certainty + an outcome that needs no subject
    ("这个坐垫坐了半天立马不酸了", "医疗用语"),
    ("这款酵素喝完当场排干净了", "功效夸大"),
    ("代餐粉吃完这个一周就瘦了", "功效夸大"),
    ("通便贴贴了三天直接通了", "医疗用语"),
    ("核桃粉天天吃专注力都提高了", "功效夸大"),
    # a use + a body part / disease / symptom + certainty + its outcome
    ("降糖茶连喝半个月血糖直接降下来了", "医疗用语"),
    ("这个鞋垫垫上半个月突出的地方就缩回去了", "医疗用语"),
    ("每天喝血脂就下来了", "医疗用语"),
    ("老寒腿用这个泡一个月就好了", "医疗用语"),
    ("湿疹抹两天就好", "医疗用语"),
    ("泡脚包泡一个礼拜手脚就暖和了", "医疗用语"),
    ("睡了一个月颈椎病都能养好", "医疗用语"),
    ("这个颈枕枕上颈椎当场就不疼了", None),
    # a use + a blemish + certainty + its outcome
    ("抹上三天黑眼圈就淡了", "化妆品宣称"),
    ("这个眼霜涂了一周细纹全平了", "化妆品宣称"),
    ("这款乳霜一抹妊娠纹就没", "化妆品宣称"),
    ("晚霜敷了一个月法令纹都浅了", "化妆品宣称"),
]


@pytest.mark.parametrize(("text", "category"), CLAIMS)
def test_round100_shape_fires_in_the_full_matcher(matcher, text, category):
    hits = _hits(matcher, text)
    assert hits, text
    if category:
        assert category in {h.category for h in hits}, text


@pytest.mark.parametrize(("text", "category"), CLAIMS)
def test_round100_shape_rows_alone_catch_each_wording(shape_only, text, category):
    hits = _hits(shape_only, text)
    assert {h.entry_id for h in hits} & SHAPE_IDS, text


@pytest.mark.parametrize("text", [
    # denied or limited effects (F6)
    "这个面霜用了也不会马上白，大家别指望",
    "任何面霜都不能让斑一下子消失",
    # questions
    "用了就能白吗？",
    "宝宝们问用了多久能瘦下来？",
    # hedged personal reports, no certainty marker
    "用了三天感觉脸没那么干了",
    "吃了一个月体重没怎么变，别信那些一周瘦十斤的",
    # one's own bad experience with another product
    "我之前用了别家的就过敏了，所以换成这个",
    # advice to patients
    "腰不好的朋友最好去医院看看，别指望护腰带",
    # ordinary patter sharing the words
    "这个泡面泡三分钟就软了",
    "茶叶泡了三泡就淡了",
    "贴上膜就平了，没有气泡",
    "拍了就没了，库存就这些",
    "用了券直接降了五十块",
    "穿上羽绒服手脚就暖和了",
    "戴上手套手就不冰了",
    "泡了三天豆子都长出来了",
    "腰带一系肚子就收回去了",
    "一抹就化开了，很好推",
    "贴了三天墙纸就平了",
    "喝了凉水肚子就疼了，大家注意",
    "这款锅用了三年都没坏",
    "泡三分钟面就软了",
    "孩子用了这个台灯作业效率有没有提高，大家自己感受",
])
def test_round100_near_misses_stay_quiet(matcher, shape_only, text):
    assert _hits(matcher, text) == [], text
    assert _hits(shape_only, text) == [], text
