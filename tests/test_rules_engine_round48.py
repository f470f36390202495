"""Round 48 (t21e): batch 20's false alarms as scope families (``app.rules.scopes_stock``, ``scopes_ordinals``, ``scopes_misheard``, ``scopes_names``, ``scopes_ownpick``, ``scopes_shoprecord``, ``scopes_advice_best``, ``scopes_declines``, ``scopes_prices``, ``scopes_contact``, called from
``scopes_replies.mentioned``).

What a user notices: no popup any more for the order of an ingredient list (配料表里排在第一位的是生牛乳), a style name
whose effect is denied (这条手链名字叫招财，就是个装饰，没有招财的作用), a viewer's question answered by refusing the
wording (是不是全网最低价？不敢这么说; 问是不是国家认证的，我们不打这个说法), the live room's own lowest price said as a hedge
(只能说是我们店里今天的最低价), a brand's note on a real limited edition (品牌方说这个联名款卖完不补货), the gentlest of a
product's own modes (柔和档最温和), 包过 heard for 包裹 (家人们的包过明天就能到), the shop's own best-seller asked or
confirmed (你们店卖得最好的是哪款？), a redirect answered with only-here (问能不能去别的平台买，我们只在本店卖), a contact
clarified away (刚才说了加微信，我纠正一下，我们不加私人联系方式), 最好 of a setting (晚上最好开睡眠模式) and the list
price restored after a stated deadline (活动到今晚十二点，之后恢复原价199). The claims beside them — 销量榜排第一, 转运珠
戴上保你转运, an answer that turns back (不敢这么说，但其实就是全网最低), 直播间今天的最低价，全网最低, 卖完不补，赶紧抢,
厂家说这批卖完就停产了, 洗面奶最温和, 课程包过, 全网卖得最多, 去别的平台买更便宜, 我澄清一下，加我小号就行, 最好用,
今天只要99，明天恢复原价 — still fire, and ordinary patter with 成分表, 包裹, 档位, 恢复 stays quiet.
Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a ranking in an ingredient list
    "配料表里排在第一位的是生牛乳。",
    "成分表排第一的是甘油，第二是水。",
    # 2. a style name denied
    "这条手链名字叫招财，就是个装饰，没有招财的作用。",
    "这款叫转运珠，只是个名字，不会转运的。",
    # 3. a wording refused when asked
    "这是不是全网最低价？不敢这么说。",
    "有人问是不是国家认证的，我们不打这个说法。",
    "弹幕问这是不是驰名商标，我们不用这个说法，看品质就好。",
    # 4. the live room's own lowest price, said as a hedge
    "只能说是我们店里今天的最低价。",
    "只敢说是咱直播间本场的最低价。",
    # 5. a brand's real stock
    "品牌方说这个联名款卖完不补货。",
    "这是限量款，厂家通知售完不补。",
    # 6. a product's own mode
    "这台洁面仪有三个档位，柔和档最温和。",
    "剃须刀的敏感模式下最温和。",
    # 7. 包过 heard for 包裹
    "家人们的包过明天就能到。",
    "你们的包过已经发货了。",
    "昨天拍的包过都从仓库寄出了。",
    "三个包过今天都发了快递。",
    # 8. the shop's own best-seller asked or confirmed
    "你们店卖得最好的是哪款？",
    "店里确实是这款卖得最多。",
    # 9. a redirect answered with only-here
    "有宝宝问能不能去别的平台买，我们只在本店卖。",
    "刚才有人问能不能去别的平台买，我们只在这个直播间卖。",
    # 10. a contact clarified away
    "刚才说了加微信，我纠正一下，我们不加私人联系方式。",
    "有人说主播让加微信，我澄清一下，我们不留任何联系方式。",
    # 11. 最好 of a setting
    "空调晚上最好开睡眠模式。",
    "吹风机最好调到低档吹。",
    "宝宝们最好选低档位先试试。",
    # 12. the list price restored after a deadline
    "活动到今晚十二点，之后恢复原价199。",
    "秒杀到周日，周一起恢复原来的日常价129。",
])
def test_batch20_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("这款面霜在销量榜排第一。", "绝对化用语"),
    ("这款精华全网排第一。", "绝对化用语"),
    ("成分党心中排第一的是这款精华。", "绝对化用语"),
    ("这串转运珠戴上保你转运。", "迷信"),
    ("是不是全网最低价？不敢这么说，但其实就是全网最低。", "价格违规"),
    ("有人问是不是国家认证，不用说，肯定是。", "权威背书"),
    ("这是我们直播间今天的最低价，全网最低。", "价格违规"),
    ("卖完不补，赶紧抢！", "虚假紧迫"),
    ("厂家说了卖完不补，想要的抓紧。", "虚假紧迫"),
    ("主播A：这个手办会补货吗？主播B：厂家说这批卖完就停产了，以后想买都买不到。", "虚假紧迫"),
    ("这款洗面奶最温和，敏感肌闭眼入。", "绝对化用语"),
    ("报我们的班包过，一次拿证。", "投资承诺"),
    ("这个课程包过，下周开课。", "投资承诺"),
    ("我们包过，资料快递到家。", "投资承诺"),
    ("这款是全网卖得最多的。", "绝对化用语"),
    ("我们店这款卖得最好，别家比不了。", "绝对化用语"),
    ("去别的平台买更便宜，去那边下单。", "导流私下交易"),
    ("有宝宝问能不能去别的平台买，我们只在这个直播间卖，不过私下也可以找我。", "导流私下交易"),
    ("刚才说了加微信，我澄清一下，加我小号就行。", "导流私下交易"),
    ("加微信领优惠券。", "导流私下交易"),
    ("这个风扇最好用了。", "绝对化用语"),
    ("今天只要99，明天恢复原价199。", "价格违规"),
    ("日常价199，今天99。", "价格违规"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "成分表我放在评论区了。",
    "配料表很干净，大家可以放大看。",
    "吊坠的名字叫平安扣。",
    "品牌方说下周到货。",
    "包裹今天都发出了。",
    "你们店卖得好吗？",
    "我澄清一下，我们没有微信群。",
    "恢复原价了吗？",
    "过了今晚就恢复日常价了，大家按需购买。",
    "这个风扇有三个档位，睡觉开一档就行。",
    "只能说是性价比高。",
    "主播不敢这么说别人家。",
])
def test_ordinary_patter_with_the_same_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
