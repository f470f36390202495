"""Round 128 (batch 59's rules-alone false alarms): a viewer's contact request read out and refused, claims quoted after
什么 and dismissed as "such talk", a viewer's word disowned or told to stop, a list of banned words under a rule, the
first place of a draw that gets something, our shop's ranking with other shops left out, patients told to keep their drugs.

What a user notices: reading out 弹幕说加微信能便宜 and answering 不用加, mocking 什么"三天瘦十斤"这种话 赶紧划走, telling a
viewer 是你说的不是我说的 or 刷包治百病的别刷了, reciting 平台规则不得使用最佳最优, naming what the first place of a draw wins,
ranking colours inside our shop (别家怎么卖的我不知道) or telling patients 别把降压药停了 no longer raises a popup; the same
words said as claims still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a viewer's contact request read out and refused
    "有人在弹幕问能不能加微信 不用加 直播间下单就行",
    "弹幕说加微信能便宜 不用加 直播间就有券",
    "有网友在问能不能加V 不需要加 小黄车下单",
    "公屏有人刷私聊领券 别加 都是冒充的",
    # claims quoted after 什么 and dismissed as such talk
    '什么"根治鼻炎""一喷就好" 这种话都是骗人的 我们这就是个洗鼻器',
    '什么"一周瘦八斤"这类宣传 你们听到就划走',
    '什么"一个月瘦二十斤"这种话 听到就划走',
    # a viewer's word disowned or told to stop
    '弹幕说"史上最低价"的 那是你说的不是我说的',
    "公屏刷药到病除的别刷了 我们这是茶叶",
    '有人喊"全网第一" 那是你说的不是我说的哈',
    # a rule's list of banned words
    "规定里写着不得使用最好最强 所以我们都不用",
    "我们不说什么最棒最强 你自己用了再说",
    "规则里写着严禁使用最好最棒最强",
    # the first place of a draw gets something
    "上一场第一名拿到了一台电饭煲 恭喜这位姐妹",
    "上一轮第一名中了一台榨汁机",
    "第一名和最后一名发的都是一样的货",
    # a ranking inside our shop, other shops left out
    "咱店这个牌子去年卖得最多 别家卖得咋样我也不知道",
    "我们店这款茶卖得最好 别人家的我管不着",
    "我们店这周卖得最好的是黑色 别家卖什么颜色我不知道",
    # patients told to keep their drugs
    "糖尿病的朋友 这个米饭少吃点 该吃的药还得吃 别把降糖药停了",
    "有糖尿病的阿姨 这个杂粮饭可以吃 降糖药照吃",
    "高血压的大哥 这个锅就是少油 别把药停了",
    "痛风的大哥 这个鞋垫就是垫脚的 千万别把药给停了",
    # a dialect 莫讲 and a repeated word; the word asked back after it was refused
    "你莫总讲最好最好的 平台不让",
    "弹幕刷药到病除的别刷了 一个枕头哪来的药到病除",
    "有人刷根治 别刷了 一个杯子哪有什么根治",
    # a word the platform bans in a title
    "为啥不写爆款神器 因为神器这两个字平台不让挂",
    "高效这两个字平台不让挂 所以标题没写",
    "这个词平台不让挂 我们就写热卖",
    # someone else's shop or dish named
    '吃的"天下第一鸡" 那是别人家的菜名',
    '楼下"第一家烧烤" 那是人家店名',
    "做个至尊海鲜饭 名字是照饭店那道菜叫的",
    # a member of staff ranked and praised
    "这个月打包速度第一的是打包员小王 表扬一下",
    "我们店排第一的店员是阿美 服务态度店里第一",
    "这周排第一的客服是小周 大家给她点个赞",
    # a person called by a pet name and her own taste
    "阿强最爱用这把刀 切肉很顺",
    "阿芳最喜欢这个颜色 显白",
    "阿梅最爱喝这个茶 每天一杯",
])
def test_voiced_and_framed_words_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # contact invited, or invited again after the refusal
    ("弹幕问能不能加微信 可以 加我微信发你", "导流私下交易"),
    ("有人问加微信吗 不用加 私聊我就行", "导流私下交易"),
    ("想便宜的加微信私聊", "导流私下交易"),
    # the quoted claim made, or made again
    ("三天瘦十斤 这种话我敢说", "功效夸大"),
    ('什么"三天瘦十斤" 这种效果我们家就能做到', "功效夸大"),
    ('什么"根治鼻炎"这种话别人说是骗 但我们是真的能根治鼻炎', "医疗用语"),
    # a list refused, then said anyway
    ("不说什么最好 就说它最好用", "绝对化用语"),
    ("我们不说最好最强 但它就是最强的", "绝对化用语"),
    ("全网最低价 你们说的没错", "价格违规"),
    # the goods ranked
    ("这款面霜是第一名 拿到了好多奖", "绝对化用语"),
    ("销量第一名送一台给大家", "绝对化用语"),
    ("行业第一名拿到了一堆证书", "绝对化用语"),
    # our shop's ranking widened
    ("我们店卖得最好 全网也卖得最好 别家我不知道", "绝对化用语"),
    ("这款全网卖得最好 别家怎么卖我不知道", "绝对化用语"),
    # a cure promised beside the drug advice
    ("高血压的喝这个茶 血压就稳了 药照吃", "医疗用语"),
    ("喝了这个就可以把降压药停了", "医疗用语"),
    ("糖尿病的朋友吃这个米 降糖药都可以不吃", "医疗用语"),
    # the word said as a claim, no refusal
    ("哪来的药到病除 就是我们这个枕头", "医疗用语"),
    ("莫讲别的 我们就是第一", "绝对化用语"),
    ("平台不让挂链接 老客户都知道去哪找我", "导流私下交易"),
    ("这款锅就是天下第一 那是人家的评价", "绝对化用语"),
    ("至尊套装 名字是照至尊等级叫的 名副其实", "绝对化用语"),
    # the staff relay a ranking of the goods
    ("客服说它是第一", "绝对化用语"),
    ("客服说这是第一名的品牌", "绝对化用语"),
    ("我们客服都说这款卖得第一", "绝对化用语"),
    # the goods ranked, a name nowhere
    ("这款阿胶最好 全网第一", "绝对化用语"),
    ("阿娟说这款最好", "绝对化用语"),
    ("阿强家的刀最锋利 没有之一", "绝对化用语"),
])
def test_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
