"""Round 129 (batch 60's misses): durability promised over years or for ever (不变色, 不发黑, 不起雾, 不漏, like new
after years); learning outcomes in minutes or days (读完一本书, 提多少分); postpartum recovery (排恶露, 漏尿治好, 瘦回
孕前), a disease that will not come back, wounds that heal fast; pressure to buy before stock or places run out; an
outside price beaten by a sum or by more than half; praise from provincial or city leaders; goods that double or
gain value in some years; contact through the profile, a direct message with the address, a price settled privately;
an imperial or dragon aura; unsourced ratios of users and learners; "就是天花板"; sunscreen said of ordinary skincare
(隔离霜可以防晒); a decanter that works in minutes, a neighbour's quarrel unheard; order counts read out bigger.

What a user notices: these claims, said with other goods, numbers and years, now raise a popup; the shop facts,
warranty terms, plain reading talk and ceilings that look like them stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # durability over years or for ever
    ("这款不锈钢水槽用二十年都不发黑", "功效夸大"),
    ("这个车衣贴上去五年不老化", "功效夸大"),
    ("浴室镜子贴了这张膜整年都不起雾", "功效夸大"),
    ("这块木地板刷了这个漆永远不开裂", "功效夸大"),
    ("这个铜门把手八年以后还跟新买的一样", "功效夸大"),
    # learning outcomes in a set time
    ("练了这套方法你三分钟就能读完一本书", "功效夸大"),
    ("报我们的物理课两个月提三十分", "功效夸大"),
    ("跟着这套题做二十天提高四十分", "功效夸大"),
    # postpartum, a disease not coming back, wounds
    ("坐月子喝这个红糖姜茶恶露排得快", "医疗用语"),
    ("这个盆底康复仪用一个月漏尿就好了", "医疗用语"),
    ("生完宝宝用我们的收腹带很快瘦回孕前", "功效夸大"),
    ("戴了这个护膝以后关节炎不会再犯", "医疗用语"),
    ("这个创可贴贴上伤口好得快", "医疗用语"),
    # urgency
    ("这批羽绒服你们不拍明天就断货", "虚假紧迫"),
    ("这个早教班现在不订下学期都排不上", "虚假紧迫"),
    # price, authority, investment
    ("你去商场比一比，比他们起码便宜五百", "价格违规"),
    ("这款茶叶市领导来了都夸过", "权威背书"),
    ("这套邮票五年后比现在更值钱", "投资承诺"),
    ("这瓶酒囤着两年以后翻倍卖", "投资承诺"),
    # contact and private deals
    ("想要的点我头像进去看简介", "导流私下交易"),
    ("要的私信我发你仓库地址", "导流私下交易"),
    ("量大的私下给你算便宜点", "导流私下交易"),
    # superstition, data, absolutes
    ("这串手链在故宫边上开过店沾了龙气", "迷信"),
    ("小区里十个宝妈九个用我们家推车", "数据造假"),
    ("这套课程已经有十万孩子都学过了", "数据造假"),
    ("这款耳机的降噪在同价位里就是天花板", "绝对化用语"),
    # sunscreen said of ordinary skincare, timed or soundproof performance, order counts read out bigger
    ("这款素颜霜涂上就能防晒，不用再抹别的", "化妆品宣称"),
    ("这个妆前乳直接防晒，出门不怕晒", "化妆品宣称"),
    ("这个醒酒壶倒进去两分钟就醒透了", "功效夸大"),
    ("这款隔音棉贴上楼上打呼噜你都听不见", "功效夸大"),
    ("装上这扇窗楼下广场舞一点都听不见", "功效夸大"),
    ("后台才八十单，你给大家念八百单", "数据造假"),
    ("报单的时候往大了念，热闹一点", "数据造假"),
])
def test_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这款不锈钢水槽我家用了两年，表面有点划痕",
    "衣服洗的时候有点掉色是正常的，第一次单独洗",
    "这本书三百多页，我一个月才读完",
    "上次模拟考他提了十分，我们继续努力",
    "产后恢复的问题请咨询医生",
    "宝宝的伤口请先消毒再去医院看看",
    "这件羽绒服今晚有货，明天也有货",
    "我们比上个月的活动价贵了十块",
    "领导说今天的直播要早点开始",
    "这套邮票是纪念款，不作投资建议",
    "点我头像可以关注直播间",
    "有问题私信客服，按平台流程处理",
    "这家店开在老街上，旁边是一座古庙",
    "十个骑手里有几个问过我们这款电瓶",
    "吸顶灯直接装在天花板上就行",
    "这个乳液不能防晒，出门要另外涂防晒霜",
    "这个面霜能防晒吗？不能，要另外涂",
    "红酒倒进醒酒器里放着慢慢醒",
    "楼上装修的声音我在直播间都听不见吗",
    "我给大家念一下这单的地址，核对一下",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
