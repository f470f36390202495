"""Round 94 (false alarms of blind batches 37–39 in families F2, F6, F7 and F1 — t37b, engine only, no rows;
readings widened in scopes_answers, scopes_negated, scopes_ownpick/scopes_shoprecord/scopes_measures/scopes_advice_best, scopes_stock/scopes_topics, scopes_stock/scopes_ordinals/scopes_misheard/scopes_topics/scopes_advice_best, scopes_stock/scopes_names/scopes_shoprecord/scopes_measures/scopes_evidence/scopes_advised_off/scopes_declines/scopes_prices/scopes_contact and,
in place, scopes._DISCLAIM_REV / _EFFECT_CONDITION_AFTER).

What a user notices: a question declined in more wordings stays quiet (我不这么说, 我没资格说第一, 不保证, 哪有什么第一名 我们
不搞排名, 没拿去跟别家比过, 这就是个装饰用的, …的说法我不懂); an effect denied after it (美白祛斑都不能, 淡斑的效果也没有) or
before a sentence about the mothers who can nurse (不能代替母乳，能喂母乳的妈妈尽量喂); a superlative among a set of one's own
named earlier (这几款里…后台这周卖得最多, 三个规格里…单价最低, 哪个颜色卖得最好？咱家就是黑色卖得最好), a size's figure
before 最大 (四十四码就是最大的了), 最便宜的那个 with a sibling's price; the shop's own lowest after a declined 全网;
a stock count read off the system or a restock (系统显示还剩八十件…过两天补货), a gift quota counted in the open
(后台统计着…公屏说一声), the last vat of last year while the new one is not ready, a crop at its best in its first months.
The speaker's own regimen (因为我在控糖) stays quiet too. The claims stay: a turn back after the decline, a push (赶紧抢, 手慢无), an outside scope (全网), a cure (脂肪肝都没了),
都不能少. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F2: asked and declined, more wordings (scopes_answers.DECLINE, _said_again; scopes._DISCLAIM_REV)
    "有人问这个茶是不是最好的，我不这么说，茶好不好自己喝",
    "问我这款是不是行业第一，我没资格评，我们就是个小作坊",
    "有宝宝问我们家蜂蜜是不是第一，我没资格说第一，就是自家养的蜂",
    "这个课学完保证能过吗？不保证，还得靠自己练",
    "问这个吸尘器是不是吸力最强的，我没拿去跟别的牌子比过",
    "这款是第一名吗，哪有什么第一名，我们不搞排名",
    "有姐妹问这个能不能招财，这就是个摆件，当装饰用的",
    "这个红绳的说法我不懂，我就当个饰品卖",
    # F6: an effect denied after it (scopes_negated.denied_after); a relative clause is no condition
    "这个面霜就是补水的，淡斑的效果也没有",
    "这个面霜就是保湿的，美白祛斑都不行哈",
    "这款乳液就是补水的，美白淡斑都做不到",
    "这个奶粉不能代替母乳，能喂母乳的妈妈尽量喂",
    # F7: the set named earlier carries over, a size's figure, the cheapest of one's own (scopes_ownpick.set_carries_over)
    "这几款饼干里最好卖的是黄油味的，这周后台卖得最多",
    "主播A：哪个颜色卖得最好？主播B：咱家就是黑色卖得最好",
    "两个规格里最划算的是家庭装，单价最低",
    "这款拖鞋四十四码就是最大的了，再大的没有",
    "这个杯子是最便宜的那个，十九块一个，大杯贵点",
    "这四支唇釉上我嘴最好看的是豆沙色",
    "全网我不清楚，我只能说是咱家店里的最低",
    "我最近在控糖，所以选了这个无糖的",
    "我最推荐这款零糖的，因为我自己也在控糖",
    # F1: stock facts (scopes_stock.stock_fact, _run_restarts; scopes_stock.fact_widened)
    "系统显示还剩八十件，拍不到的等过两天补货",
    "前一百单送一个围裙，后台统计着呢，送完了在公屏说一声",
    "这个腊肉是去年熏的最后一批了，今年新的还在晒",
    "这个茶饼是去年压的最后一批了，新茶还没下来",
    "新米也就头一个月最香，后面就是正常的米了",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize("text", [
    "问我们家是不是行业第一，我没资格说第一，反正肯定是第一",
    "有老铁问能不能转运，这就是个装饰用的手链，但是戴上就转运了",
    "学完保证能考过吗 不保证 但是我带的学员都过了",
    "这个面霜美白祛斑都不能少，用完白一个度",
    "这个葛根粉冲着喝，脂肪肝都没了",
    "后台显示还剩二十件，赶紧抢",
    "前五十单送花椒，手慢无，后台数着呢",
    "这鞋四十五码就是最大的了，全网最大码",
    "这几款里这款是全网最便宜的",
    "这个酸菜是最后一缸了，抓紧拍，错过就没了",
    "风水摆件我不懂，但是摆上财运就来",
    "这是我们直播间的最低，全网也是最低",
    "这个锅是最好的",
    "我在控糖，吃了这个血糖就稳了",
    "哪款最温和？我说不上来，反正是最温和的",
])
def test_the_near_misses_still_fire(matcher, text):
    assert _hits(matcher, text)
