"""Round 10 (batch 8's false-alarm families): disclaimers with other verbs or after the term, titles in 《》,
patients told to keep off the product, names of pets and shops, what cannot be cured, measured facts and usage
occasions, energy savings, numbered editions, and 吃得可香 no longer read as advice.

What a user notices: an anchor who says 我不说它是最好的, 全网最低价这个我不敢保证, 《最好的我们》, 血压高的朋友这款酒就
别拍了, 我们家橘猫叫招财, 湿疹护肤品是治不了的, 海拔最高的茶园, 开业送礼最合适, 电费两年回本, 表背都有编号 gets no popup;
我不敢说是全网最低价，但是你去比比, 这是全网最低价，我不敢说假话, 高血压的朋友喝这个就降了, 这个摆件名叫招财进宝,
敏感肌用这个最合适, 加盟我们三个月回本, 限量五千只赶紧抢 still raise one — and 能预防尿结石，猫主子吃得可香了 keeps
its prevention hit. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_categories as _categories


@pytest.mark.parametrize("text", [
    "别问我是不是全网最低价，这个我不敢说",
    "我不说它是最好的",
    "我可不敢说这是全网最低价",
    "最好用的我不好说，性价比是真的高",
    "我从来不吹它是第一",
    "全网最低价这个我不敢保证，大家自己比较",
])
def test_a_superlative_disclaimed_with_other_verbs_is_no_claim(matcher, text):
    assert not {"绝对化用语", "价格违规"} & _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "我不敢说是全网最低价，但是你去别家比比",
    "我不说第一，懂的都懂",
    "这是全网最低价，别的主播都不敢说",
    "这是全网最低价，我不敢说假话",
])
def test_a_disclaimer_that_winks_or_belongs_to_others_still_fires(matcher, text):
    assert {"绝对化用语", "价格违规"} & _categories(matcher, text)


def test_a_superlative_inside_a_book_title_is_no_claim_but_one_outside_is(matcher):
    assert not _categories(matcher, "今天给大家推荐一本书《最好的我们》")
    assert not _categories(matcher, "张爱玲的《第一炉香》这本书也在链接里")
    assert not _categories(matcher, "《最强大脑》同款的魔方")
    assert "价格违规" in _categories(matcher, "《小王子》这个版本是全网最低价")


@pytest.mark.parametrize("text", [
    "血压高的朋友这款酒就别拍了",
    "糖尿病的朋友这个蛋糕就别买了",
    "有高血压的家人这个酒就不要拍了",
    "糖尿病人不适合吃这个月饼",
    "孕妇和高血压的朋友不要喝这款咖啡",
])
def test_patients_told_to_keep_off_the_product_is_a_caution(matcher, text):
    assert "医疗用语" not in _categories(matcher, text)


def test_patients_told_to_use_the_product_or_drop_their_medicine_still_fire(matcher):
    assert "医疗用语" in _categories(matcher, "高血压的朋友喝这个就降了")
    assert "医疗用语" in _categories(matcher, "糖尿病的朋友放心吃")
    assert "医疗用语" in _categories(matcher, "高血压的朋友别吃降压药了，喝这个就行")


def test_a_pet_or_shop_named_for_luck_is_no_superstition_but_the_object_still_is(matcher):
    for text in ("我们家那只橘猫叫招财", "这只猫叫来福，那只叫旺财", "我给这只小猫取名叫招财", "隔壁那家店叫招财小吃"):
        assert "迷信" not in _categories(matcher, text), text
    assert "迷信" in _categories(matcher, "这个摆件名叫招财进宝")
    assert "迷信" in _categories(matcher, "这个摆件能招财")


def test_a_disease_said_to_be_beyond_the_goods_is_no_claim(matcher):
    assert not _categories(matcher, "湿疹这个东西护肤品是治不了的，这个面霜就是保湿，有湿疹请去皮肤科")
    assert "医疗用语" in _categories(matcher, "湿疹这个东西医院都治不好，用我们这个涂两天就不痒了")


def test_a_prevention_claim_survives_a_following_chi_de_ke_xiang(matcher):
    hits = matcher.scan("这个猫用化毛膏能治便秘还能预防尿结石，猫主子吃得可香了")
    assert any("尿结石" in h.surface for h in hits)
    assert "医疗用语" in _categories(matcher, "这款狗粮能预防肠胃炎，狗狗吃得可欢了")
    assert "医疗用语" not in _categories(matcher, "预防感冒你得多穿点衣服")


def test_measured_facts_and_occasions_are_no_superlative_but_suitability_is(matcher):
    assert not _categories(matcher, "是我们县里海拔最高的茶园")
    assert not _categories(matcher, "开业送礼最合适")
    assert not _categories(matcher, "过年走亲戚送这个最合适")
    assert "绝对化用语" in _categories(matcher, "敏感肌用这个最合适")


def test_energy_savings_paying_back_is_no_investment_promise(matcher):
    assert "投资承诺" not in _categories(matcher, "这款空调一年省的电费两年回本")
    assert "投资承诺" in _categories(matcher, "加盟我们三个月回本")
    assert "投资承诺" in _categories(matcher, "一年省的电费都不止，加盟我们三个月回本")


def test_a_realistic_expectation_is_no_weight_loss_promise(matcher):
    assert "功效夸大" not in _categories(matcher, "不是吃了就瘦，得配合少吃多动，一个月瘦两三斤算正常的")
    assert "功效夸大" in _categories(matcher, "一个月瘦十斤很正常")


def test_a_numbered_edition_is_a_fact_unless_pressure_follows(matcher):
    assert "虚假紧迫" not in _categories(matcher, "这款手表品牌方公布的是全球限量五千只，表背都有编号")
    assert "虚假紧迫" not in _categories(matcher, "限量一千套，每套都有编号和收藏证书")
    assert "虚假紧迫" in _categories(matcher, "限量五千只，每只有编号，赶紧抢")
    assert "虚假紧迫" in _categories(matcher, "全球限量五百只，手慢无")
