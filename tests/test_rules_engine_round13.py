"""Round 13 (batch 9's false-alarm families): a question answered no, an effect denied in other words, a claim
refused right after it, a term said to be unrelated, a style's name, 唯一 among one's own goods, a rate of output,
a first-N gift whose count is shown, a search that leads back to this listing, 放一百个心, a wish sent to a doctor
and a result put down to habits.

What a user notices: an anchor who says 有人问能不能加微信，不行哦, 不具有治疗作用, 我们不说它能治病, 押题这种事我们不做,
跟药效没关系, 转运珠只是款式名, 这几款里唯一一款带盖的, 十五分钟一锅, 剩余数量页面实时显示, 你们就放一百个心,
想祛斑还是去医院, 长个子靠吃饭睡觉 gets no popup; the same words turned into a claim (可以啊，加我微信 / 能治病 /
押题我们最准 / 全网唯一一款 / 手慢无 / 那边便宜十块 / 想祛斑的用这瓶) still raise one. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    "有家人问能不能加个微信，不行哦，有事找平台客服。",
    "刚才有人问可不可以私下转账，不可以的，都在平台下单。",
    "评论区问能否加个QQ，不可以，售后请找平台客服。",
    "有人问是不是全网最低价，不是哈，我们只保证正品。",
    "好多人问这个课包不包过，不包，靠自己学。",
    "有人问考证包不包过，我们不包过，考试靠自己。",
    "可以加微信不？不可以哦，都在直播间下单。",
    "有人问可唔可以加微信，唔可以呀，全部喺平台落单。",
    "老铁问能不能私下转账，那可整不了，都走平台。",
    "主播A：这个面霜能去皱吗？主播B：去不了，它就是保湿。",
    "想加微信的宝宝别加了，我们不留私人联系方式。",
])
def test_a_question_answered_no_is_no_claim(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    "有人问能不能加微信，可以啊，加我微信发你优惠。",
    "问能不能治好失眠，当然能，喝一周就能治好失眠。",
    "这个考证课包过，不过全额退。",
    "有人问是不是全网最低价？不是全网最低价退你差价。",
    "有人问可唔可以加微信，梗系得啦，加我微信。",
])
def test_a_question_answered_yes_or_with_a_guarantee_still_fires(matcher, text):
    assert _hits(matcher, text)


@pytest.mark.parametrize("text", [
    "这个泡脚包不具备治疗作用，就是泡着舒服。",
    "它没有治疗作用，只是一款普通的足浴粉。",
    "这款眼镜不能预防近视，就是挡挡蓝光。",
    "这个按摩椅我们不说它能治病，就是放松用的。",
    "我们可从来没说过它能治疗失眠。",
    "这款茶我们从来不宣传它能降血糖。",
])
def test_an_effect_denied_in_other_words_is_no_claim(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    "这副眼镜能预防近视。",
    "有治疗作用，用过的都说好。",
    "不用吃药，这个茶就能降血压。",
])
def test_the_effect_said_plainly_still_fires(matcher, text):
    assert {"医疗用语"} & {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "押题这种事我们不做，只讲真题。",
    "保本保息这种话我们从来不说。",
    "刷好评这种事我们是不干的。",
    "代刷销量这种事情我们绝对不碰。",
    "奶粉这东西没有最好的，只有适合宝宝的。",
    "这个颜色跟美白没关系，就是包装设计。",
    "价格高低和疗效无关，只是产地不同。",
    "转运珠只是一个款式的名字，就是颗圆珠子。",
])
def test_a_claim_refused_unrelated_or_only_a_name_is_no_claim(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    "押题我们最准，去年押中了八成。",
    "这个效果绝对好。",
    "想要根治的姐妹别找了，就这款。",
    "能美白吗？少不了的，一周白一度。",
    "这是全网最低价，我不敢说假话",
    "用了就能美白，跟打了美白针一样。",
    "这个转运珠戴上就转运。",
])
def test_the_claim_made_next_to_those_words_still_fires(matcher, text):
    assert _hits(matcher, text)


@pytest.mark.parametrize("text", [
    "这几款里唯一一款带盖的是三号链接。",
    "我们店里唯一一款无糖的就是这个。",
    "这三个颜色里唯一一个不显脏的是灰色。",
    "这一批里面唯一一件有瑕疵的我们已经下架了。",
])
def test_unique_among_ones_own_goods_is_no_claim(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    "这是全网唯一一款古法金镯子。",
    "它是市面上唯一一款能机洗的羊绒衫。",
    "这款是同类产品里唯一一款无添加的。",
])
def test_unique_against_the_market_still_fires(matcher, text):
    assert {"绝对化用语"} & {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个卤锅四十分钟一锅肉，出锅特别香。",
    "前一百单送杯子，剩余数量页面上实时显示。",
    "这个成色你们就放一百个心。",
    "在商城里搜我们的店铺名也能找到这个链接。",
    "想祛斑的话还是去正规医院皮肤科看看。",
    "想治鼻炎还是得去医院看看。",
    "长个子主要靠遗传和睡眠，奶粉就是补充营养。",
])
def test_rates_shown_counts_idioms_and_advice_are_no_claim(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    "五分钟一过就下架了。",
    "前三十单送围裙，手慢无。",
    "今天就放一百个名额，抢完就没了。",
    "淘宝搜我们的店铺名也能找到这个链接，那边还便宜十块。",
    "想祛斑的用这瓶精华，一个月斑就淡了。",
    "孩子喝了这个奶粉长个子特别快。",
])
def test_the_pressure_diversion_or_claim_next_to_them_still_fires(matcher, text):
    assert _hits(matcher, text)
