"""Round 90 (misses of blind batch 36, t36a): claims said right after a decline and a turn-back, or after advice.

What a user notices: a claim now raises a popup when the host first declines (不敢保证 / 不好说 / 不能打包票 / 效果因人而异)
and then turns back (但 / 不过 / 反正) to say it anyway, or gives advice (最好…) and states the result in the next
clause: 鼻子就通了 after a week's use, "never came back after use", "nobody who didn't slim down", a refund for anyone
who didn't slim, "nine out of ten slimmed", a dog that "never falls ill again", fine lines "all smoothed" the next
morning, "guaranteed to pass CET-6 in thirty days", "nobody who took our course failed" (a double negation is the
promise, not a denied one), "steady 20 % a year", 国内首个, 冇第二家咁好, 别家都不行, 冇一间平得过我哋, a feng-shui
book whose layout "brings wealth at once", "back to the original price once these are sold", 磨叽一下就没了,
"slow buyers see you next year", 倒计时五分钟.
Ordinary patter stays quiet: a real denied promise (雅思不一定稳过, 科目二没有包过), 没有不过的坎, "ten people asked
about this colour", a dog that seldom gets ill, a course timetable, a countdown for the draw, 别家也不错.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits

CAUGHT = [
    ("我不敢说能治，不过喷三天鼻子就通了", "医疗用语"),
    ("鼻炎这个不好说哈 但是用两周鼻子就不堵了", "医疗用语"),
    ("能不能根治我不敢讲，反正吃了就没复发过", "医疗用语"),
    ("效果因人而异哈，但用完就没复发", "医疗用语"),
    ("不敢打包票，但是没一个人没瘦的", "功效夸大"),
    ("我不保证哈，反正瘦不下来的全额退款", "功效夸大"),
    ("这个猫粮最好天天喂，猫咪再也不生病", "功效夸大"),
    ("这个精华最好晚上用，早上起来细纹都平了", "化妆品宣称"),
    ("眼霜最好轻轻按摩，用一周法令纹全平", "化妆品宣称"),
    ("能不能过不好说 但是报了班的没有一个没考过", "投资承诺"),
    ("我不能打包票哈，我们的学员没有一个没通过", "投资承诺"),
    ("每天最好刷一套题 两个月保证过四级", "投资承诺"),
    ("这个课学完，年化稳稳百分之十五", "投资承诺"),
    ("因人而异啊，不过二十个人用十八个都瘦了", "数据造假"),
    ("这是全国首家做冻干的工厂", "绝对化用语"),
    ("我唔敢讲，但係成条街都冇第二间", "绝对化用语"),
    ("咱不拉踩，你用了就知道别家都比不上", "绝对化用语"),
    ("你自己去睇下，冇边间平得过我哋", "价格违规"),
    ("这本书照着摆，摆上貔貅财运就来了", "迷信"),
    ("最后二十单，拍完马上恢复原价", "虚假紧迫"),
    ("就这一锅，犹豫一下就没了", "虚假紧迫"),
    ("当季就这几天，赶紧拍，手慢了明年见", "虚假紧迫"),
    ("最后一轮 倒计时三分钟 大家准备好", "虚假紧迫"),
]

QUIET = [
    "雅思不一定稳过，靠自己多练",
    "科目二没有包过这种说法",
    "人生没有不过的坎，大家加油",
    "十个人有九个都问这个颜色",
    "狗狗平时很少闹肚子，放心喂",
    "三十天的课程安排我发在群里了",
    "抽奖倒计时开始了，大家别刷屏",
    "别家也都不错，我们就是性价比高",
    "细纹这个东西得慢慢养，别急",
    "年化收益这个东西要看市场，我们不保证",
    "这批拍完记得给个好评",
    "磨叽啥呢快坐下，开播了",
]


@pytest.mark.parametrize(("text", "category"), CAUGHT)
def test_claim_after_a_decline_or_advice_is_caught(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
