"""Round 6 scope rules (app.rules.scopes_advice): advice is not a claim; a denied outcome is no outcome.

What an anchor notices: a disease named in advice, a care instruction or the speaker's own story (咽炎的话少抽烟少喝酒,
主播前两天胃炎犯了), a cure that did *not* happen (湿疹一直没好利索) and everyday advice before 就好了 (口干多喝水就好了)
raise no popup, while the same words used to sell (高血压的喝这个就降了, 湿疹的宝宝用了就不痒) still do. Real bundled
lexicon and classes, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules import scopes_advice
from app.rules.matcher import Matcher
from app.rules.normalize import normalize


def _medical(matcher: Matcher, text: str):
    hits = matcher.scan(text)
    for h in hits:
        assert h.surface == text[h.start : h.end]
    return [h for h in hits if h.category in scopes_advice.CATEGORIES]


@pytest.mark.parametrize(
    "text",
    [
        # advice and care next to a bare disease name or its patients
        "咽炎的话少抽烟少喝酒",
        "甲状腺结节要定期复查",
        "脂肪肝主要还是靠管住嘴迈开腿",
        "如果湿疹反复发作请带宝宝去看皮肤科",
        "高血压的药不能随便停",
        "鼻炎的季节到了出门记得戴口罩",
        "胃病的人三餐要规律",
        "痔疮的朋友少吃辣的",
        "慢性病的朋友千万不要自己停药",
        "脚气反复的最好去皮肤科看看",
        "预防感冒要多穿衣服",
        "预防流感要按时打疫苗",
        # the speaker's own illness
        "主播前两天胃炎犯了",
        "我妈前年查出来高血压",
        "主播小时候也得过湿疹",
        # a denied outcome
        "湿疹一直没好利索",
        "用了半年也没断根",
        "猫藓还是没好利索",
        "脚气这东西很难断根",
        "这个胃炎拖了好几年一直不见好",
        # everyday advice before 就好了
        "口干多喝水就好了",
        "拉肚子吃点药就好了",
        "手脚冰凉多运动就好了",
        # recogniser-style spacing
        "咽 炎 的 话 少 抽 烟 少 喝 酒",
    ],
)
def test_advice_own_illness_and_denied_outcomes_raise_no_popup(matcher, text):
    assert _medical(matcher, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "高血压的喝这个就降了",
        "湿疹的宝宝用了就不痒",
        "咽炎的含两片嗓子就舒服了",
        "适合高血压人群",
        "糖尿病人放心吃",
        "有鼻炎的宝宝用这个喷一喷就通了",
        "三高的朋友记得每天喝一杯我们的茶",
        "鼻炎犯了用我们这个洗鼻器一洗就好",
        "我妈的高血压喝了我们的茶都稳住了",
        "预防感冒就喝我们这个",
        "高血压的朋友注意了！今天这款茶",
        "糖尿病的朋友记得点个关注",
        # the outcome happened (no negation right before it)
        "湿疹用了就好利索",
        "我爸的脚气泡了一周就断根了",
        "嗓子疼喝这个就好了",
        "头疼贴一片就好了",
        # a denial elsewhere does not hide the claim that follows
        "医院看了半年没断根用我们这个一周就断根了",
    ],
)
def test_the_same_words_used_to_sell_still_fire(matcher, text):
    assert _medical(matcher, text), text


def test_the_denied_cure_is_dropped_but_the_claimed_one_in_the_same_sentence_stays(matcher):
    text = "医院看了半年没断根用我们这个一周就断根了"
    hits = _medical(matcher, text)
    assert [h.start for h in hits] == [text.rindex("断根")]


def test_a_non_recurrence_or_a_vanishing_is_not_a_denial():
    # 再也没犯 / 不见了 contain a negation, but they *are* the claim (《广告法》第十七条).
    for text, term in (("痛风吃了这个再也没犯过", "痛风吃了这个再也没犯过"), ("湿疹抹了三天不见了", "湿疹抹了三天不见了")):
        nt = normalize(text).text
        at = nt.find(normalize(term).text)
        assert not scopes_advice.denied_outcome(nt, at, at + len(term))


def test_a_denied_outcome_before_a_guarantee_is_the_guarantee():
    # 没瘦十斤全额退: the negation belongs to the refund condition, the guarantee is the claim.
    text = "一个月没瘦全额退款"
    at = text.index("没瘦")
    assert not scopes_advice.denied_outcome(text, at, at + 2)
    assert scopes_advice.denied_outcome("用了一个月也没瘦", 5, 8)


def test_rules_apply_to_the_effect_categories_only():
    text = "湿疹一直没好利索"
    assert scopes_advice.not_claimed(text, 0, len(text), "医疗用语")
    for category in ("绝对化用语", "虚假紧迫", "导流私下交易", "价格违规"):
        assert not scopes_advice.not_claimed(text, 0, len(text), category)


def test_only_names_and_patients_count_as_bare_names_not_effects():
    for name in ("湿疹", "抑郁症", "乳腺增生", "甲状腺结节", "有湿疹的", "胃病的人", "湿疹的宝", "心衰的老人"):
        assert scopes_advice.name_like(name), name
    for effect in ("暖宫", "活血", "长高", "镇痛", "增高", "查癌", "少生病", "秘方"):
        assert not scopes_advice.name_like(effect), effect


@pytest.mark.parametrize(
    "text",
    [
        "鼻炎犯了别去医院了，用这个洗鼻器就行",  # care refused is the claim, not a caution
        "糖尿病人不用去医院，喝这个茶就行",
        "高血压的朋友不要再受罪了",  # a pitch, not a habit
        "高血压的朋友要注意了，这款茶可以帮你稳住血压",
        "这个病很难根治，但是用我们这个就能断根",
        "高血压的朋友记得每天一杯",  # a dose of the product, even unnamed
        "湿疹的宝宝洗完澡记得抹一层",
        # "should" that sells, not advises
        "高血压的朋友一定要试试",
        "痛风的朋友要有福了",
        "高血压的老人应该人手一盒",
        "颈椎病的人要换个好枕头",
        "这款蒲公英茶能消除结节，乳腺增生的姐妹要多喝",
    ],
)
def test_refused_care_and_pitches_dressed_as_advice_still_fire(matcher, text):
    assert _medical(matcher, text), text


@pytest.mark.parametrize(
    "text",
    [
        "前列腺炎的男士不要久坐",  # any habit after a negative modal
        "我小时候哮喘特别严重",  # 特别 is no 别; 严重 tells one's own illness
        "我的咽炎试了好多偏方也不见好",  # a remedy that failed
        "胃胀气出去走走就好了",  # the recogniser's stutter rule makes 走走 → 走
        "湿疹的宝宝别忘了去医院复查",
        "脂肪肝的朋友晚饭少吃一点",  # 少吃一点 is no dose of the product
        "我自己也是多年的老鼻炎了",
        "湿疹的宝宝指甲要剪短",  # a plain "should" before a habit
        "肾病的朋友盐要严格控制",
        "肠炎的朋友隔夜菜不要吃",
    ],
)
def test_more_advice_and_stories_stay_silent(matcher, text):
    assert _medical(matcher, text) == []
