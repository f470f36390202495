"""Round 124 (batches 56–57's rules-alone false alarms): a banned word voiced and refused, a banned list refused as a
set, "nothing is X", patients kept off the product.

What a user notices: a host telling a colleague or the chat off for a banned word (又想喊顶级是吧 憋回去, 那句"史上最低价"
被我掐了, 不叫万能锅), reading the banned-word list out (极限词清单 … 统统不说), saying nothing is all-purpose, or telling
patients to go easy on the goods (高血压的叔叔别一次吃太多) no longer raises a popup; the dodges (不让说第一 但…就是第一)
still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a word voiced and refused
    "主播你又想喊顶级是吧 憋回去",
    "评论区有人刷特效药三个字 别往那方面带节奏 这就是个足贴",
    '那句"史上最低价"被我掐了 咱就说今天这个价',
    "我们不叫万能锅 就叫多功能锅",
    "小助理把写着国家级的牌子收起来 我们不用这种话术",
    # a banned list refused as a set
    "敏感词我贴在桌角了 顶级 万能 国家级 我们一个都不碰",
    "禁用词就这些 最 唯一 万能 我全都不讲",
    "墙上那张违禁词 最 唯一 万能 我一样也不碰",
    # nothing is X
    "没有什么产品是万能的 这个拖把也一样",
    "没有任何东西是万能的 买之前看好用途",
    # patients kept off the goods
    "高血压的叔叔别一次吃太多 这个腊肉偏咸",
    "湿疹破了的宝宝先别泡澡 等结痂再说",
    "有三高的别把它当保健品吃 它就是饼干",
])
def test_voiced_and_kept_off_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the dodge: refused, then said anyway
    ("平台不让说第一 但我们家就是第一", "绝对化用语"),
    ("别说万能了 反正这款就是万能的", "绝对化用语"),
    ("有人刷顶级两个字 没错这款就是顶级", "绝对化用语"),
    ("违禁词我不说 你们自己品 这就是全网最低价", "价格违规"),
    # a voiced word never refused
    ("大家跟我喊一句国家级工艺", "绝对化用语"),
    ("这个价我都不敢说，外面专柜都卖五百多", "价格违规"),
    # patients told to drop the drug and take the goods
    ("高血压的朋友别吃药了 喝这个茶就能降", "医疗用语"),
    ("失眠的人别再吃安眠药了 用这个枕头一觉到天亮", "医疗用语"),
    ("湿疹的宝宝别用激素药膏 用我们这款三天就好", "医疗用语"),
    # something is X, not nothing
    ("什么东西都比不上它 这就是万能的", "绝对化用语"),
])
def test_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize(("text", "category"), [
    # every illness of a kind cured (MED-0516, merged with round 123)
    ("这个驱虫喷雾啥猫病都能治", "医疗用语"),
    ("这包草药粉什么牛病都管用", "医疗用语"),
    ("水族用的这瓶什么鱼病都好使", "医疗用语"),
    # better than a named drug (MED-0517, merged with round 123)
    ("泡这个脚比吃止痛药还管用", "医疗用语"),
    ("喝这个茶比吃降压药强多了", "医疗用语"),
    ("贴一贴比打封闭针还强", "医疗用语"),
])
def test_cures_and_drug_comparisons_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这个鱼药不是什么鱼病都管用 白点病才用",
    "它比吃药强吗 这个我不敢说",
    "这款滤材什么鱼缸都能用",
    "这个药盒比吃饭的碗还小",
])
def test_cure_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    "有人问顶级蓝还有吗 顶级蓝是这个杯子的颜色名",
    "至尊金是这款手机壳的花色名 还有二十个",
    "王者黑是咱家键盘的颜色名 不是说它多厉害",
    "这只小猫名字叫第一名 是店里养的",
])
def test_defined_names_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("这款口红叫至尊红 至尊红名副其实就是最好的", "绝对化用语"),
    ("王者金是这个手机壳的颜色名 但它就是全网最好的手机壳", "绝对化用语"),
    ("顶级蓝这个颜色用的是顶级面料", "绝对化用语"),
])
def test_names_claimed_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
