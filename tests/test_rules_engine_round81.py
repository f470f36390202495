"""Round 81 (false alarms of blind batches 30–31 in 虚假紧迫, 迷信, 导流私下交易, 化妆品宣称 — t31f, engine only, no rows,
no new module): older scope families widened in place, each to the wording that slipped past it and its siblings.

What a user notices: a crop's real season no longer raises a popup however the wait is said (过了季就得等明年, 卖完要等明年
春茶, 摘完了想吃只能等明年); nor does a refusal of a contact asked with a word after it (能不能加个微信私聊？不加哈), a topic
the host leaves out while saying what is covered (咱家不聊风水，只说材质), a question answered no whose ？ got lost
(这个能转运吗主播B：这就是个装饰品不能转运), a soft denial of an effect (用了不一定能美白，它主要是保湿), an asked redirect
answered "only here and our own shop", a lucky word that is only a motif (手链是招财猫造型的), the last item already taken
(最后一件被刚才那位宝宝拍走了) or a Cantonese denial (冇话保佑咩嘢). The claims stay: a deadline or push with the season
(过了今天就得等明年, 赶紧拍), a yes or an offer after the question, a turn back (但是, 懂的都懂, 私信我), a promise after the
motif (戴上能招财) and a push after the last item (还剩两件赶紧拍). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # seasonal stock (scopes_stock.seasonal_stock, round 53/57/65/71)
    "这茬春笋是应季的，过了季就得等明年了。",
    "杨梅是时令水果，过了这个季就要等明年。",
    "新米卖完要等明年秋收。",
    "这批野生菌吃完了就得等明年雨季。",
    "今年的头茬香椿卖完得等明年春天了。",
    "这些枇杷摘完了想吃只能等明年。",
    "这款蜂蜜库存两百瓶，卖完要等明年新蜜。",
    "这批车厘子卖完就得等明年了，家人们。",
    "大闸蟹卖完了要再等一年。",
    # a refusal answering a question (scopes_answers.answered_no)
    "主播A：能不能加个微信私聊？主播B：不加哈，有问题在直播间问。",
    "有宝宝问能不能加个微信私聊，不加哈，有问题直播间问。",
    "主播A：可以加个微信聊吗？主播B：不加的，有事找客服。",
    "观众：能不能加个微信私下聊？主播：不加，直播间问就行。",
    # a topic not covered, said with what is covered instead, or asked first (scopes_topics.topic_not_covered)
    "有宝宝问这个貔貅风水上咋样，咱家不聊风水，只说做工。",
    "有人问戴这个能不能转运，我们不谈转运，就讲料子。",
    "弹幕问这手串招不招财，主播不聊招财，只说珠子的密度。",
    "这个摆件咱家不聊风水，只讲材质和工艺。",
    # a question whose ？ was lost before the next speaker (scopes_answered.answered_no)
    "主播A：这个能转运吗主播B：这就是个装饰品不能转运。",
    "观众：戴这个能招财吗主播：就是个普通摆件，不能招财。",
    "主播A：这个吊坠能转运吗主播B：就是个工艺品，不能转运。",
    # a soft denial of an effect (scopes._effect_denied: 不一定能|不见得能|未必能)
    "这个面霜用了不一定能美白，它主要是保湿。",
    "这款精华不一定能祛斑，主要是补水。",
    "这个面膜不见得能淡斑，它主要补水。",
    "这瓶乳液未必能美白，就是滋润的。",
    # an asked redirect answered only-here, with two places or across a ？ (scopes_contact.only_here)
    "弹幕问能不能去淘宝买，我们只在直播间跟官方旗舰店卖。",
    "有宝宝问能不能去别的平台买，我们只在这个直播间和小店卖。",
    "有人问可以去别的平台买吗？咱家只在这儿卖。",
    "有宝宝问能去拼多多买吗？我们只有直播间有货。",
    # a lucky word heading a motif's name (scopes_names.style_or_motif_name)
    "这个钥匙扣是招财猫图案的，小朋友喜欢。",
    "这个吊坠是转运珠造型，纯银的。",
    "这个手链是招财猫造型的，就是个装饰。",
    "这个存钱罐是招财元宝造型的，摆着好看。",
    # the last item already taken (scopes_mentions.past_event)
    "最后一件已经被三号宝宝抢走了，没抢到的等下一场。",
    "最后两台刚刚被人拍下了，这款已经没货了。",
    "最后一份也被买走了，今天这款就到这。",
    "最后一双四十码刚才被那位宝宝拍走了，后台显示售罄。",
    # Cantonese denials (冇话|冇讲|唔会: scopes._NEGATORS, scopes_negated.denied_inside)
    "呢个手串冇话保佑你发财嘅。",
    "呢个摆件冇讲过招财，装饰嚟㗎。",
    "呢个挂件唔会帮你转运嘅，装饰嚟㗎。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这批樱桃过了今天就得等明年。", "虚假紧迫"),
    ("榴莲季快结束了赶紧拍，卖完就得等明年。", "虚假紧迫"),
    ("春茶这个价卖完就得等明年。", "虚假紧迫"),
    ("这款羽绒服卖完就得等明年了。", "虚假紧迫"),
    ("这款面膜效果好，卖完就得等明年了。", "虚假紧迫"),
    ("这套茶具卖完要等明年。", "虚假紧迫"),
    ("错过今天的春茶就得等明年。", "虚假紧迫"),
    ("主播A：能不能加个微信私聊？主播B：可以，加我微信。", "导流私下交易"),
    ("能不能加个微信私聊？加了给你便宜。", "导流私下交易"),
    ("可以加个微信吗？加了有优惠。", "导流私下交易"),
    ("咱家不聊风水，但是摆在客厅能旺财。", "迷信"),
    ("这块貔貅摆件不聊风水，只说它招财。", "迷信"),
    ("主播A：这个能转运吗主播B：能，戴上就转运。", "迷信"),
    ("用了不一定能美白哈，但是一周白一个度。", "化妆品宣称"),
    ("不一定能祛痘，懂的都懂。", "化妆品宣称"),
    ("有宝宝问能不能去别的平台买，我们只在这个直播间和小店卖，但是私信我有优惠。", "导流私下交易"),
    ("大家可以去别的平台买，比这便宜。", "导流私下交易"),
    ("这个手链是招财猫造型的，戴上能招财。", "迷信"),
    ("这个摆件招财，猫咪造型可爱。", "迷信"),
    ("最后一件被拍走了，还剩两件蓝色的赶紧拍。", "虚假紧迫"),
    ("最后一件了，别被别人抢走了。", "虚假紧迫"),
    ("仅剩三件，马上被抢光了。", "虚假紧迫"),
    ("呢个摆件冇得顶，招财一流。", "迷信"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
