"""Round 95 (false alarms of batches 37–39 in families F8, F5, F4, a slip taken back and advice to patients — t37c,
engine only, no rows, new module app/rules/scopes_misheard.py/scopes_topics.py/scopes_advice_best.py/scopes_retracted.py called from scopes_replies.mentioned after round 92).

What a user notices: 最好 said as "had better" no longer raises a popup when it comes before an adverb or a negation
(到手最好马上放冷冻, 最好别天天敷), before whom to give it to (最好给五岁以上的小朋友用), a care step (用完最好擦一下),
a way of cooking a food (这口砂锅最好煲汤, 这个蒸锅最适合蒸包子) or a condition and use (最好湿手湿脸用), nor when a
when-question is answered (什么时候喝最好？晚上喝最好); nor a book's or course's topic said another way (八字在这本书里是当民俗
讲的, 第三章是风水在园林里的运用, 讲风水的那套书今天不卖, 只卖书不给看风水, 教你识别承诺高收益的骗局); nor a parcel or a
switch misheard (包过已经到了, 包过堆里, 开光喺侧边); nor a word taken back as a slip (刚刚说最好的是口误，收回哈) or a
sufferer advised off (我不建议糖尿病的朋友吃). The claims stay: an outside scope, a claim after the advice, 最适合你的,
a charm or a promise with the topic, an exam promise, a temple's 开光, a sufferer promised an effect.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F8: 最好 as "had better": an adverb or a negation after it
    "这个饺子收到最好马上放冷冻，别化了",
    "冰淇淋到手最好立刻放冰箱",
    "面膜最好别天天敷，一周两三次就行",
    "这个手套最好不要机洗",
    # F8: whom to give it to, a care step
    "这个保温杯最好给五岁以上的小朋友用",
    "这款积木最好让大人陪着玩",
    "用完最好擦一下，不然会有水渍",
    "榨汁机用完最好洗一下刀头",
    # F8: a way of cooking a food, 最适合 + cooking
    "这口砂锅最好煲汤，火别太大",
    "这个腊肉最好炒蒜苗",
    "这个蒸锅最适合蒸包子",
    "这口平底锅最适合煎牛排",
    "这个奶粉最好冲五十度的水",
    "蜂蜜最好用温水冲",
    # F8: a condition and a use, a clause-final 最好 before the next step, a when-question answered
    "洗面奶最好湿手湿脸用",
    "电暖器出门前关掉最好，然后拔插头",
    "什么时候喝最好？晚上喝最好",
    "啥时候用最好？睡前用最好",
    # F5: a book's or course's topic said another way
    "讲风水的那套书今天不卖哈",
    "八字这个东西在这本书里是当民俗讲的",
    "第三章是风水在园林里的运用",
    "这本讲风水的旧书只卖书，不给看风水",
    "这节课教你怎么识别那些号称高回报的骗局",
    "这个貔貅的寓意我真不清楚，就当摆件卖",
    "招财猫的讲究我不懂，当个小摆设卖",
    # F3: a place in a row
    "第二排第三个是大号",
    # F4: a parcel or a switch misheard
    "包过已经到了记得签收",
    "包过堆里那只是我们家的猫",
    "开光喺侧边 撳一下",
    # a slip taken back, a sufferer advised off
    "刚刚说最好的是口误，收回哈",
    "刚才说了个第一，是我口误",
    "这款我不建议糖尿病的朋友吃",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这个锅最好立马下单，全网最低", "价格违规"),
    ("这个最好马上用，第二天皱纹全平", "化妆品宣称"),
    ("这个面霜最好，用了都说好", "绝对化用语"),
    ("这款是最适合你的面霜", "绝对化用语"),
    ("我们家的锅最好，炖肉一绝", "绝对化用语"),
    ("这款最好，给孩子用放心", "绝对化用语"),
    ("这口锅最适合炖肉，没有之一", "绝对化用语"),
    ("这个饺子最好吃，全网第一", "绝对化用语"),
    ("早上吃最好，吃了包你不生病", "功效夸大"),
    ("最好的面霜就是这款", "绝对化用语"),
    ("讲风水的那本书开过光，保证转运", "迷信"),
    ("这个风水摆件在这本书里是当镇宅神器讲的保证招财", "迷信"),
    ("这个课包过", "投资承诺"),
    ("这个风水摆件的说法我不懂，但是摆上就招财", "迷信"),
    ("这款销量排第一", "绝对化用语"),
    ("包过考试不过全退", "投资承诺"),
    ("开光喺寺庙做的 大师加持", "迷信"),
    ("这个是顶级的和田玉，不是口误", "绝对化用语"),
    ("高血压的朋友喝了这个能降压", "医疗用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
