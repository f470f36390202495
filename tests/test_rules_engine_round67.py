"""Round 67 (batch 26's misses of 虚假紧迫, 价格违规, 权威背书, 投资承诺, 导流私下交易 and 数据造假, t26b): rows and variants.

What a user notices: "no order, no chance" without 再 (不拍就没机会了, 不抢就没机会) and in Cantonese (仲唔落单就冇,
唔抢就冇啦), a price going up for good after a time (今晚零点永久涨价, 以后都恢复原价) raise 虚假紧迫; a national academy as
the developer (中国科学院研发, 工程院研发, 科学院联合研发) and a central paper's report when the stutter fold glues 报报
(人民日报报道过) raise 权威背书; 收藏就是赚(钱), 躺着/坐着就能挣钱 and breeding income from a pet or stock animal (配一窝就赚
几万, 生一窝崽能卖两万, 配种稳赚) raise 投资承诺; a QQ number or "find me on QQ" (售后找我QQ12345678) and "my number is in the
profile" (简介里有我的号) raise 导流私下交易; five stars from buyers who do not want the goods (拍了不要的给个五星), returning
customers in tenths (回头客占九成, 老顾客占了八成), "order then request a refund" to push a ranking and stock snatched in a
second (一秒钟就抢空了) raise 数据造假. Ordinary talk with the same words (猫咪一窝生了四只, QQ糖口味, 主页里有我的作品,
不合适可以申请退款, 这套邮票适合收藏，不承诺升值, 我们不会永久涨价 …) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 虚假紧迫
    ("现在不抢就没机会了哦", "虚假紧迫"),
    ("这个价不下单就没机会了", "虚假紧迫"),
    ("再唔落单就冇喇", "虚假紧迫"),
    ("你唔抢就冇啦", "虚假紧迫"),
    ("这套课程今晚零点永久涨价", "虚假紧迫"),
    ("过了这场以后都恢复原价", "虚假紧迫"),
    # 权威背书
    ("这个配方是中国工程院研发的", "权威背书"),
    ("科学院联合研发的技术", "权威背书"),
    ("这款面霜是中国科学院研发出来的", "权威背书"),
    ("这个老醋人民日报报道过", "权威背书"),
    ("上了新华社报道的那个品牌就是它", "权威背书"),
    # 投资承诺
    ("这块纪念金收藏就是赚钱", "投资承诺"),
    ("这套银币收藏起来就是赚", "投资承诺"),
    ("开这个店坐着就能挣钱", "投资承诺"),
    ("这个项目躺着也能挣钱", "投资承诺"),
    ("这个母猪生一窝崽能卖两万", "投资承诺"),
    ("金毛配一窝少说赚一万多", "投资承诺"),
    ("种公羊拿回去配种稳赚", "投资承诺"),
    # 导流私下交易
    ("售后加我QQ12345678", "导流私下交易"),
    ("有事找我QQ", "导流私下交易"),
    ("简介那里有我的号大家自己加", "导流私下交易"),
    ("主页上面有我的号，懂的来", "导流私下交易"),
    # 数据造假
    ("拍了不用的也给个五星", "数据造假"),
    ("不要的宝宝也给个五星好评", "数据造假"),
    ("我们家老顾客占了八成", "数据造假"),
    ("这款回头客有七成", "数据造假"),
    ("先下单再申请退款帮我冲榜", "数据造假"),
    ("上架三秒钟就抢空了", "数据造假"),
    ("一分钟就抢完了两千单", "数据造假"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个价格不是永久的，以页面为准",
    "我们不会永久涨价，放心",
    "这只猫是赛级血统，性格很亲人",
    "猫咪一窝生了四只",
    "中国科学院的院士来我们直播间做过科普讲座",
    "收藏直播间，下次开播提醒你",
    "这套邮票适合收藏，不承诺升值",
    "躺着玩手机容易颈椎疼",
    "QQ音乐里可以听这首歌",
    "这个玩偶是QQ糖口味的",
    "主页里有我的作品",
    "不要的话可以七天无理由退",
    "收到货满意的话可以给个五星，不满意找客服",
    "回头客很多，谢谢大家",
    "不合适可以申请退款，平台有保障",
    "拍完以后不满意可以申请退款",
    "不拍也没关系，喜欢再拍",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
