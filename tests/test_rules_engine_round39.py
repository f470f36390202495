"""Round 39 (t18e): batch 17's false alarms, as scope families (``app.rules.scopes_corrections`` and ``scopes_replies``).

What a user notices: no popup any more when a host quotes a colleague's banned word only to correct it (小助理刚才说了句
最好，我更正一下; 你刚才说包治百病，得改口), when viewers are told to stop asking for WeChat and refused (别问微信了，我们不加的),
for a pet called 招财/旺财, for a belief denied as a saying (没啥招财的讲究) or left out of a book (不教你怎么招财), for the
host's own trait (我最怕冷了, 我嘴巴最馋了), for 最好 as "had better" with care verbs (最好反过来晾, 最好收短一点, 最好用小火),
for one item's spec (最高能保温24个小时, 最亮的档是一千流明), for a count read off an on-screen counter (左下角计数器显示还剩
12份), for a platform as the scope or publisher of a sourced ranking (京东双十一类目销量第三…数据来自京东官方战报) and for
"only in this room" said to a viewer who asks about other platforms. A correction that re-asserts (说最好都谦虚了, 没说错),
a contact request turned into an invitation (别问微信了，直接加我), a charm named so (这个摆件叫招财), a superlative with
是/质量 before it (是最好用的, 质量最好) and pressure beside the counter (手慢无) still raise a popup. Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a colleague's word corrected
    "小助理刚才说了句最好，我更正一下，说效果不错就行。",
    "你刚才说包治百病，得改口，它就是个枕头。",
    "她说这个是顶级的，我纠正一下，是进口原料。",
    "同事说这是全网最低价，这个说法不对，是直播间活动价。",
    "A姐说全网最低，这个不对哈，是活动价。",
    "刚才口误说了个最好，大家别当真，就是挺好用。",
    # 2. a contact not given
    "别问微信了，我们不加的，有事找客服。",
    "不要再问我要微信了，没有的哈。",
    "微信就别问了，不加的哈。",
    "不要在评论区问微信了，不加的。",
    # 3. a pet's name
    "旺财是我们家狗狗的小名。",
    "店里那只橘猫名叫招财，大家都认识它。",
    "我儿子小名叫招财，今天在家写作业。",
    # 4. denied as a saying, 5. not taught
    "这把木梳没啥招财的讲究，日常用就行。",
    "这本书不教你怎么招财，讲的是历史。",
    "课上不讲如何转运，只讲民俗。",
    # 6. the host's own trait
    "我最怕冷了，冬天离不开这个暖宝宝。",
    "我嘴巴最馋了，看到零食就想吃。",
    "我这人最怕麻烦了，所以选了免安装的。",
    # 最好 "had better" with a care verb or a means
    "毛衣最好反过来晾，不然会变形。",
    "牵引绳最好收短一点，别让狗乱跑。",
    "煮的时候最好盖上盖子。",
    "这个锅最好用木铲，不伤涂层。",
    "瓶子最好竖着放，不然会漏。",
    "鞋子最好大一点，冬天要穿厚袜子。",
    "袜子最好勤换。",
    # one item's spec
    "这款电饭煲最高能保温24个小时。",
    "最暗的模式是五十流明，晚上起夜刚好。",
    # a count read off the screen
    "左下角计数器显示还剩12份。",
    "屏幕上的数字显示还剩八件。",
    # a platform as a sourced ranking's scope or publisher
    "据京东官方数据，这款在二零二三年京东双十一类目销量第三。",
    "这个数据来自京东官方战报。",
    "根据京东发布的数据，这款吸尘器在京东自营类目销量第二。",
    # asked about other platforms, answered "only here"
    "有宝宝问能不能去拼多多买，别的平台我不清楚，我们只在这个直播间卖。",
    "有人问淘宝有没有，我们只在抖音直播间卖。",
])
def test_batch17_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("刚才A说了个最好，我纠正一下，说最好都谦虚了。", "绝对化用语"),
    ("A姐说这个是世界级的，我更正一下，没说错，就是世界级的。", "绝对化用语"),
    ("我刚才说全网最低价，没说错吧，改成别的价你们也买不到。", "价格违规"),
    ("主播说最好用的就是这款，改成别的都不行。", "绝对化用语"),
    ("刚才说最好，大家记住了，就是最好的。", "绝对化用语"),
    ("刚才说了个全网第一，这个说法不对吗？就是全网第一。", "绝对化用语"),
    ("刚才口误说了个最好，其实没说错，没毛病。", "绝对化用语"),
    ("微信就别问了，直接加我小号。", "导流私下交易"),
    ("别问微信了，不加的话拿不到券。", "导流私下交易"),
    ("主播说最好就是最好，谁也别改口。", "绝对化用语"),
    ("这台灯是同价位最亮的，最亮能到八百流明。", "绝对化用语"),
    ("这款鞋是最好的一双，大一点的码也有。", "绝对化用语"),
    ("有人问淘宝有没有，有的，去淘宝搜我们店名。", "导流私下交易"),
    ("这个貔貅的名字叫招财，摆上就来财。", "迷信"),
    ("别问微信了，直接加我。", "导流私下交易"),
    ("别问微信了，看我主页。", "导流私下交易"),
    ("这个摆件叫招财，摆在家里生意兴隆。", "迷信"),
    ("我家猫叫招财，你们买了这个貔貅也能招财。", "迷信"),
    ("我不教你怎么转运，戴上这个就行。", "迷信"),
    ("这款我最推荐，全网最低价。", "绝对化用语"),
    ("这个锅最好用了，谁用谁知道。", "绝对化用语"),
    ("这款锅是最好用的。", "绝对化用语"),
    ("这件衬衫质量最好，反过来穿都行。", "绝对化用语"),
    ("这台投影仪是最亮的，有八百流明。", "绝对化用语"),
    ("右下角计数器显示还剩37份，手慢无。", "虚假紧迫"),
    ("去京东搜同款，京东类目销量第一，据官方数据。", "导流私下交易"),
    ("有宝宝问能不能去别的平台买，我们只在这个直播间卖，不过私下也可以找我。", "导流私下交易"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
