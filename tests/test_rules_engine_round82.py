"""Round 82 (false alarms of blind batches 32–33, families F2 and F6 — t33a, engine only, no rows, no new module).

What a user notices: a viewer's question about a superlative, a price or a cure no longer raises a popup when the host
declines to claim it, however the decline is worded and whether it is one line or two speakers' turns, with or without
a question mark (是不是最好的面霜 我哪敢说最好啊; 有没有全网最低我真不知道; 是不是销量第一 我们没这个数据 不瞎说; 问是不是
史上最低价 我只能说是今天直播间这个价; 最低不最低我没法承诺; 有没有比这更便宜的 可能有吧 我没去看). Nor does a denied
replacement or noun claim (不能代替母乳, 不能替代药物, 不是药妆) or a refused guarantee of an absolute (不保证百分之百有效).
The dodge still fires: a decline turned back (但你去比比, 懂的都懂, 用了就知道, 反正别家肯定比我们贵), the term said again
after the decline (我只能说是最好的), a yes first (当然是), a question to the audience before the claim
(有没有想要的 全网最低价 我不知道还有谁比我们低) and a denied replacement with a claim after it. Real bundled
lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F2: asked, and the answer declines (scopes_answers.asked_declined — the general "answered no" reading)
    "主播A：这款是不是全网最便宜的？主播B：这个我真不清楚，我们没挨家比过价。",
    "弹幕问是不是销量第一 我们手上没这个数据 不好乱讲 不瞎说",
    "有人问这口锅是不是最好的锅 说实话我不知道 我就知道我家用了五年",
    "是史上最低价吗 我只能说今天直播间是这个价 以前的价我不评",
    "问我这个是不是行业第一，我真说不了，我们也没参加过什么排名。",
    "有没有比我们更便宜的 可能有吧 我没去看",
    "主播A 是不是最好吃的月饼 主播B 好不好吃看个人口味 我可不说最好",
    "是不是天花板 天不天花板我不知道 我用着挺顺手",
    "宝问这个面霜是不是最好用的 那我哪知道啊 我就说说成分",
    "这个锅是最好的吗我也不知道我最近才开始用",
    "全网最低价吗？最低不最低这个我没法保证，今天下单送个勺子。",
    "问我系唔系全网最平 我唔知啊 我冇去比过",
    # F6: a denied replacement or noun claim, a refused guarantee of an absolute (scopes._effect_denied, _disclaimed)
    "这个洗面奶不是药妆，就是普通清洁。",
    "这款奶粉不能代替母乳，六个月内还是母乳喂养。",
    "这个钙片不能替代药物，吃药的宝宝别停药。",
    "这个护腰不保证百分之百有效，腰不好还是去医院。",
    "这个驱虫喷雾不敢保证百分之百有效，还得勤洗澡。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("是不是最好的 我不敢说 但你去比比就知道", "绝对化用语"),
    ("问是不是全网最低 我不知道 懂的都懂", "价格违规"),
    ("是不是最便宜的 我不好说 反正别家肯定比我们贵", "价格违规"),
    ("是不是最好的 我只能说是最好的", "绝对化用语"),
    ("这个是不是全网最低价？当然是，我不知道谁还能更低", "价格违规"),
    ("有人问是不是全网最低 我不清楚 全网最低就在我们这", "价格违规"),
    ("是不是第一？我就说一句，同类产品里绝对第一", "绝对化用语"),
    ("问是不是全网最低价这个我们没法保证，你去比比就知道了。", "价格违规"),
    ("这个奶粉不能代替母乳但是营养比母乳还全", "功效夸大"),
    ("是不是销量第一 我们没这个数据 但是卖得最多的就是它", "绝对化用语"),
    ("这款面霜是全网最好的", "绝对化用语"),
    ("有人问是不是第一 我不能说 用了就知道", "绝对化用语"),
    ("有人问是不是专家推荐的，我不能说，但医生们都在用。", "权威背书"),
    # a question to the audience before the claim is not a question about it
    ("有没有想要的 全网最低价 我不知道还有谁比我们低", "价格违规"),
    ("有没有姐妹要的 这款是销量第一的 我只能说闭眼入", "绝对化用语"),
    ("是不是很心动 全网最低价 只能说手慢无", "价格违规"),
    ("能不能接受 最好的面霜就是它 我不知道还有谁能比", "绝对化用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
