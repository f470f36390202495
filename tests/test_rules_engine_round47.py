"""Round 47 (t21b): batch 20's misses in 虚假紧迫, 价格违规, 权威背书, 投资承诺, 导流私下交易, 数据造假 as families.

What a user notices: a price that never comes back after today (这个价过了今天再也没有了, 今天一过这辈子都等不到这个价),
goods gone forever once sold out (这批卖完就再也没了), the link withdrawn if the viewer hesitates (再犹豫一下链接就撤了),
a rise announced for next week or month (下周就要涨了), other rooms selling far higher (别家店要卖两千块), collectables
worth many times more in years (这块玉三十年后能值一百倍), a QQ group said as Q群 (进Q群领资料), going offline after a
DM (私聊我走线下), a WeChat official account (关注主播公众号回复口令领券), orders said to explode (刚上架爆了五千单) and
state bodies such as 国家航天局 named as backers now raise a popup — while ordinary patter that shares the words
(今天一过就放假了, 卖完了可以再补货的, 下个月就涨工资了, 别的直播间都卖三个色, 十年后我还会用这个锅, 有问题私信客服,
轮胎爆了两个, 文物局公布的新发现) stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # never again after today
    ("这么大的福利过了今天就再也没有了", "虚假紧迫", "URG-0143"),
    ("今天一过这辈子都等不到这个价了", "虚假紧迫", "URG-0143"),
    ("这样的福利永不再有", "虚假紧迫", "URG-0143"),
    # sold out forever
    ("这批卖完就再也没了", "虚假紧迫", "URG-0144"),
    ("抢完这一波就再也没有了", "虚假紧迫", "URG-0144"),
    ("這款賣完就再也買不到了", "虚假紧迫", "URG-0144"),
    # the link withdrawn if you hesitate
    ("再犹豫一下链接就撤了哈", "虚假紧迫", "URG-0145"),
    ("你再考虑考虑我就撤了", "虚假紧迫", "URG-0145"),
    ("再想想就撤了啊宝宝们", "虚假紧迫", "URG-0145"),
    # a rise next week or month
    ("下周就要涨了，赶紧拍", "虚假紧迫", "URG-0146"),
    ("这个价下个月肯定涨价", "虚假紧迫", "URG-0146"),
    ("过几天就涨，现在最划算", "虚假紧迫", "URG-0146"),
    # other rooms selling higher
    ("这款别家店要卖两千块", "价格违规", "PRC-0131"),
    ("外面卖到八百块，我们一半都不到", "价格违规", "PRC-0131"),
    ("其他直播间都卖三百元", "价格违规", "PRC-0131"),
    # collectables worth many times more
    ("这块玉三十年后能值一百倍", "投资承诺", "INV-0103"),
    ("这套邮票放到将来起码值五倍", "投资承诺", "INV-0103"),
    ("过二十年这把壶能值十倍", "投资承诺", "INV-0103"),
    # a QQ group said as Q群
    ("进Q群领资料", "导流私下交易", "DIV-0116"),
    ("加我们的Ｑ群，群号在主页", "导流私下交易", "DIV-0116"),
    ("宝妈们Q群123456", "导流私下交易", "DIV-0116"),
    # offline after a DM
    ("私聊我走线下，价格更低", "导流私下交易", "DIV-0117"),
    ("想要的私信我们走线下", "导流私下交易", "DIV-0117"),
    ("走线下还能更便宜", "导流私下交易", "DIV-0117"),
    # a WeChat official account
    ("关注主播公众号回复口令领券", "导流私下交易", "DIV-0118"),
    ("大家去搜一下我们公众号", "导流私下交易", "DIV-0118"),
    ("关注一下我的公众号", "导流私下交易", "DIV-0118"),
    # orders exploding
    ("刚上架爆了五千单", "数据造假", "DAT-0128"),
    ("今天后台已经爆了三万多", "数据造假", "DAT-0128"),
    # state bodies named as backers
    ("这个枕头是国家航天局推荐的", "权威背书", "AUT-0043"),
    ("国家知识产权局认证过的技术", "权威背书", "AUT-0043"),
])
def test_batch20_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    "这辈子都没见过这么好看的颜色",
    "今天一过就放假了哈",
    "卖完这批我们就上新款了",
    "卖完了可以再补货的，别急",
    "再想一下要哪个颜色都行",
    "再考虑考虑也没关系，链接一直都在",
    "下个月就涨工资了，姐妹们可以先加购",
    "月底就涨工资，先加购",
    "下个月就是春节了",
    "别的直播间卖三个色，我们有五个色",
    "别人家都卖一年了，我们今年才上",
    "十年后我还会用这个锅",
    "以后值不值钱我不保证，喜欢再买",
    "轮胎爆了两个可不是闹着玩的",
    "今天天气热爆了",
    "关注一下直播间，点点小红心",
    "这个款线下门店也有卖",
    "公众号文章里写的是这款的成分",
    "加个Q弹的口感",
    "文物局公布的新发现很有意思",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
