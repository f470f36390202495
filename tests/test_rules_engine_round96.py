"""Round 96 (t40a): batch 40's family F9 — a banned word quoted, named or talked about as forbidden.

What a user notices: a host who explains the rules no longer gets a popup for the very word the rules ban — the word
quoted (不说“第一”, 广告法不让用"最"字), named as a word (顶级这俩字, 万能这个词, 那个最字), listed among the banned
ones (极限词有哪些？最、第一、唯一), the object of a ban (平台不让说唯一, 唔俾讲最平), the chat told to stop typing it
with the reason (弹幕别刷包治百病了会被封), a colleague fined for it (有个主播说…能降三高被罚了), an averted slip (差点说出
那个第一), or asked after and disowned (谁说根治了？没人说啊). 绝对化用语 — the rule's own name — never fires on its 绝对.
But when the sentence turns back and makes the claim anyway (但…就是最好的, 懂的都懂…销量第一, 我偷偷说一句全网最低价,
不让说也得说) the claim still fires, and a quoted claim with no ban around it (我们的口号就是“全网最低价”) is still a claim.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # quoted, in a ban or a refusal
    "平台规定不能说“最便宜”，咱就说今天这个价划算",
    "咱家这边从来不说“顶级”，做工你们自己看",
    "你们别在公屏上打“根治”了，会被系统屏蔽的",
    "刚才有个宝说“全网第一”，这个词咱直播间用不了",
    "姐妹们不要在评论区刷“药到病除”啊，会被封号",
    "唔好喺评论区打\"全港第一\"啊，会被封嘅",
    "广告法第九条不让用“国家级”“最高级”“最佳”这些字眼",
    "老铁们别在公屏刷「秒杀全网」，会被警告的",
    # named as a word (这个词 / 这俩字 / 那个最字), in a ban or a refusal
    "“首选”这两个字我们不能讲，大家自己判断",
    "万能这个词平台不让用，我们就说用途多",
    "国家级这种说法是违规的，我们不用",
    "零添加这个词现在是违禁词了，配料表大家自己看",
    "最好这两个字我从来不说，说了就违规",
    "这个“最”字我一整场都没敢说",
    "我要是说了“国家级”三个字，这场直播就没了",
    # listed among the banned words
    "培训的时候背过极限词，什么最高级、顶级、第一，一个都不许说",
    "新人培训第一课：首选、顶级、国家级这些词都算违禁词",
    "极限词有哪些？最、第一、唯一、顶级，都不能说",
    "违禁词就是“最”“第一”这些，我们都不说",
    # the object of a ban, or an averted slip
    "平台不让我们说顶级，那我说做工细致",
    "不许提“特效”两个字，场控盯着呢",
    "唔俾讲“最平”嘅，我哋讲返质地",
    "他刚才差点说出那个第一，还好我拦住了",
    "我差点就说了个最好，赶紧憋回去了",
    # the chat told to stop, with the ban's reason
    "别刷全网最低了，直播间会被限流的",
    "弹幕 别 再 刷 药到病除 了 会 被 封 的",
    # someone said it and paid for it
    "隔壁主播说这个茶能治失眠被罚了五万",
    "之前有个同行喊了一句全网最低价，直接被封了三天",
    "你们让我喊一句史上最低价，我喊不了，这是违禁词",
    "以前我老说全网最低，后来被平台警告了",
    "讲咗第一会俾人封号㗎",
    # other categories: superstition, off-platform contact, authority, urgency, cosmetics
    "“开光”两个字不能说，我们就说是手工编的",
    "别在评论区发“加微信”了，会被屏蔽",
    "不让说“限时秒杀”，咱就说今天有活动",
    "平台 不让 说 祛斑 这 俩 字 咱 就 说 提亮",
    "“抗衰老”这三个字化妆品不让用",
    # asked who said it, and nobody did
    "谁说包治百病了？没人说啊，就是普通养生茶",
    "主播B：谁说顶级了？主播A：没人讲啊",
    # the rule's own name
    "有人让我喊一句“绝对好用”，我不喊，喊了就是绝对化用语",
    "这些都属于绝对化的词，我们不用",
])
def test_a_banned_word_talked_about_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text, surface", [
    # the sentence turns back and makes the claim anyway
    ("虽然广告法不让说“最”字，但这口锅就是最好用的", "最好用的"),
    ("平台不让说第一，懂的都懂，这款面霜销量第一", "销量第一"),
    ("“顶级”这俩字我不能讲，可它的用料就是顶级的", "顶级的"),
    ("广告法不让说全网最低，我偷偷告诉你们，这就是全网最低价", "全网最低价"),
    ("零添加这个说法不让用了，反正就是零添加", "零添加"),
    ("“国家级”这三个字我们照样说，因为这就是国家级工艺", "国家级工艺"),
    ("都说这是最好的锅，不让说也得说", "最好的"),
    ("禁止说最好，但是确实是最好的", "最好的"),
    ("弹幕别刷包治百病了，不过说真的这茶包治百病", "包治百病"),
    # a quoted claim, or a word noun, with no ban around it
    ("我们的口号就是“全网最低价”", "全网最低价"),
    ("这款锅被评为“年度最佳”厨具", "最佳"),
    ("我们家这个“万能锅”煎炒烹炸都行", "万能"),
    ("顶级这两个字就是为它准备的", "顶级"),
    ("万能这个词用来形容它刚刚好", "万能"),
    ("大家都叫它“锅王”，销量第一", "销量第一"),
    # a ban word elsewhere, the claim unmarked
    ("违禁词我不说，这锅就是第一", "第一"),
    ("广告法？我不管，这就是全网最低价", "全网最低价"),
    ("别说全网最低了，就是出厂价也没这么低", "全网最低"),
    ("你们刷一波全网第一，让更多人看到", "全网第一"),
    # asserted of the goods right before, the ban only winked at
    ("这就是全网最低价，平台不让说", "全网最低价"),
    ("这双鞋就是最好穿的 平台不让说", "最好穿"),
    ("这款就是“爆款第一”，平台不让说", "第一"),
    ("这个锅全网最低价 不让说我也说", "全网最低价"),
])
def test_the_claim_made_anyway_still_fires(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


@pytest.mark.parametrize("text, surface", [
    # the mention is quiet, the claim said again after the turn fires
    ("广告法不让说全网最低，我偷偷告诉你们，这就是全网最低价", "全网最低"),
    ("“顶级”这俩字我不能讲，可它的用料就是顶级的", "顶级"),
])
def test_in_a_turned_back_sentence_the_mention_fires_too(matcher, text, surface):
    """The guard keeps the whole sentence as it was: a host who turns back gets both hits."""
    assert surface in [h.surface for h in _hits(matcher, text)]
