"""Round 105 (t42c): batch 42's family F9 — a banned word talked about — read by cues, not by sequences.

What a user notices: a host who names the words she may not use no longer gets a popup for them — a slip nearly made
(差点把那个"最"字说出来了), the banned list read out (违禁词清单上头一个就是"第一", 记一下 极致 顶级 第一 这些词我们一律不用,
背过啥子最佳最优 统统不能挂在嘴上, 广告法那些词比如最佳), the rule defined (绝对化用语就是那种最好最强的说法 我们不碰), the chat
told to stop typing it (弹幕别刷全网最低了), a QA reminder (零风险这仨字算违规), a viewer's word refused (弹幕里说万能的那位
兄弟我们不这么讲, 有人让我说百分之百…这话我说不了) and a word cut off (这个腊肉最……停停停 那个字不能讲) — with fillers, time
words, dialect particles and no punctuation between the cues. The claim made anyway still fires: a turn-back (虽然不让说
但它就是最好的), the word reasserted (别老在弹幕喊天花板了 它本来就是天花板), a wink (反正你们懂), the chat invited to type it
(评论区打个顶级), and a list opener or a "清单" that is only a shopping list (抢购清单里 什么顶级牛排 都有).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a slip nearly made
    "刚才我差点就把那个“第一”两个字说出口了",
    "哎呀差点把全网最低说出来了 还好收住了",
    "主播差一点就把“最好”秃噜出来",
    # the banned list read out
    "运营给的违禁词清单里 排在最前面的就是“最佳”",
    "开业三年以来咱家的违禁词清单头一个都是“全网第一”",
    "咱们的违禁词表上写着 什么国家级 顶级 都不能用",
    "今天新来的场控记一下 最好 最强 第一 这些词咱们一律不说",
    "我们开播前背过的 啥子最低价 全网第一 统统不能挂在嘴上",
    "广告法第九条说的那些词 比如顶级 最优 我今天一个都不讲",
    "背违禁词的时候 比如最佳、最先进、国家级 我都背熟了",
    "质检那边强调了 特效 神效 这类字眼 我们一律不用",
    "@spaces 违禁 词 清单 上面 什么 顶级 极品 都 有 嘅",
    # the rule defined
    "绝对化用语就是像最好最强这种说法 咱直播间不碰",
    "极限词就是那种顶级极品的说法 我们从来不碰",
    # the chat told to stop typing it
    "@spaces 弹幕 别 再 刷 全网 最低 了 哈 我们 不 比价",
    "家人们别老在弹幕刷包治百病了 这就是个泡脚桶",
    "评论区不要再打顶级了啦 我们不这么讲",
    "姐妹们别一直在公屏刷全网第一了 咱不比这个",
    # a viewer's word refused
    "弹幕里刷万能的那个宝宝 我们不这么说哈",
    "评论区有人说这个锅是最好的 不好意思我们不这么讲",
    "有个姐妹让我说这款面霜百分之百有效 这话我真说不了",
    "有人叫我说这个包全网最低 这个我说不了",
    "有宝宝说这个枕头能治颈椎病 我们不这么说哈",
    "有老铁让我喊全网最低 这个我真喊不了",
    # dialect particles and fillers between the cues
    "弹幕莫刷顶级了噻 我们不这么讲",
    "刚刚差点儿把全网最低嘅字眼讲出来",
    "违禁词啊 像什么国家级 最高级 我们统统不用",
    "极限词就是比如最好 第一 顶级这些 我们直播间一个都不说",
    # a QA reminder
    "场控说零风险这仨字放在标题里算违规 已经删了",
    "客服小姐姐说根治这俩字写在详情页里是违规的 我们改了",
    # a word cut off
    "这个牛肉干最 停 停 那个字不能讲 是我们自己晒的",
    "主播A：这款米花糖最……主播B：打住打住，那个字不能说",
])
def test_banned_words_talked_about_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # the claim made anyway after the mention
    ("虽然不让说 但它就是最好的", "最好的"),
    ("平台不让说第一 反正你们懂 这双小白鞋销量第一", "销量第一"),
    ("违禁词清单上写着最好 但说真的这款就是最好的", "最好的"),
    ("弹幕别刷全网最低了 其实就是全网最低", "全网最低"),
    ("别老在弹幕喊天花板了 它本来就是天花板", "天花板"),
    ("这些词我们一律不用 但这款就是顶级", "顶级"),
    ("这款就是“爆款第一”", "第一"),
    ("这些词你们记住了 这就是行业第一的面霜", "行业第一"),
    # the chat invited to type it, or a new clause after 别刷了
    ("弹幕别刷了 直接拍 全网最低", "全网最低"),
    ("老铁们在弹幕刷一波全网最低 让我看到你们", "全网最低"),
    ("评论区打个顶级 让我看到你们的热情", "顶级"),
    ("弹幕里都在说这款是全网最低 确实是", "全网最低"),
    # a list opener or a 清单 that is not the banned list
    ("抢购清单里 什么顶级牛排 都有", "顶级"),
    ("购物清单 比如这个锅 全网最低", "全网最低"),
    ("像什么最好的羊绒 别家都不能比", "最好的"),
    ("什么最好的配料都在上面", "最好的"),
    ("按照厂家的说法 这个锅是全网最好的", "最好的"),
    ("弹幕刷起来 全网最低 就在今天", "全网最低"),
    ("万能这个词用来形容它刚刚好 广告法我也懂", "万能"),
    ("有人说我们家锅最好用 我不这么讲 我说它是最耐用的", "最耐用的"),
    ("广告法我懂 这个锅就是全网第一", "全网第一"),
    ("比如这款面霜 就是全网最低价 违禁词清单我背过", "全网最低价"),
    # 差点 and a stop that are not a slip taken back
    ("这款差点就成了全网第一 说出来你们都不信", "全网第一"),
])
def test_claims_made_anyway_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
