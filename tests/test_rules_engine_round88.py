"""Round 88 (false alarms of blind batch 35's family traps F2, F6, F7 and F8 and batch 34's disclaimers, household taste,
advice and mentions — t35b, engine, new module app/rules/scopes_ownpick.py/scopes_measures.py/scopes_evidence.py/scopes_advice_best.py/scopes_advised_off.py/scopes_declines.py/scopes_negated.py/scopes_prices.py; round 82's asked_declined widened in place).

What a user notices: a viewer's question declined in the fresh wordings no longer raises a popup (是不是最好的？咱可别乱说;
我咋知道; 没法跟你们保证; 这个我没法回答，没做过比较; 这是课程不存在保不保本; 我哪知道谁是第一), nor a disclaimer whose object is
the claim (我不敢说能用一辈子), a food not to be taken as a drug (别当消炎药吃), a household member's taste (我老婆最爱喝的)
or one's own habit (我最常穿的), the item's own sizes (有大中小三个尺寸，最大的能…), 最好/最佳 as advice on use (钙片最好饭后吃,
防晒最好出门前半小时涂, 最佳冲泡温度, 最好喝的喝法), a word quoted as forbidden (别老说第一第一的，平台不让说), a price
said to be unknown (出厂价我们真不清楚), sufferers warned off (有高血压的老人少吃点), a device that is 械字号 and a patch's
hours (一次管十二个小时). The claims stay: a turn back after the decline (但|反正是第一|懂的都懂), an outside scope (全网, 市面上),
最好的选择, 最好吃的牛肉干, 械字号面膜, 一次管八年, a sufferer sold to (高血压的朋友看过来).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F2: asked and declined, fresh wordings (scopes_answers.asked_declined, DECLINE widened)
    "是不是最好的？这个咱别乱说，没跟别家比过",
    "有人问是不是第一我咋知道呢，我们就卖我们的",
    "问我是不是最便宜的，这个我没法回答，没做过比价",
    "是不是全网最低？我没法跟你们保证，页面上就是这个价",
    "主播A：这是不是天花板？主播B：你可别瞎说，就是个普通杯子",
    "弹幕问这个理财课是不是保本的，这是课程不是理财产品，不存在保不保本",
    "有老铁问是不是第一，我哪知道谁是第一，咱就一个小作坊",
    # a disclaimer whose object is the claim (scopes_declines.say_declined)
    "我不敢说能用一辈子，好好保养用个五六年没问题",
    "我没法跟你说最低，金价每天都在变",
    # F6: not to be taken as a drug
    "这个润喉糖就是糖果，别当消炎药吃哈",
    "这个维生素是食品，不要把它当降压药吃",
    # F7: household taste, own habit, own sizes
    "我老婆最爱喝的就是这个奶茶",
    "我妈最喜欢这个颜色",
    "这几双袜子我最常穿的是灰色",
    "这个盆有大中小三个尺寸，最大的能洗一床被子",
    "这款保温杯有两个容量，最小的适合小朋友带",
    # F8: 最好 / 最佳 as advice on use
    "钙片最好饭后吃，吸收好",
    "防晒最好出门前半小时涂",
    "果汁最好现榨现喝",
    "这个茶叶的最佳冲泡温度是八十五度",
    "牛排的最佳煎制时间是每面两分钟",
    "最好喝的喝法是加冰",
    # a word quoted as forbidden, a price unknown, sufferers warned off, a device, a patch's hours
    "你别老说第一第一的，平台不让说",
    "出厂价我们真不清楚，今天就按页面价",
    "家里有高血压的老人，这个咸菜少吃点",
    "这个理疗仪是械字号的，不能代替看病",
    "这个暖贴一次管十二个小时",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("是不是最好的？我不敢说，但是你去比比", "绝对化用语"),
    ("有人问是不是第一我咋知道，反正是第一", "绝对化用语"),
    ("我不敢说用一辈子，但是十年肯定没问题", "功效夸大"),
    ("这款精华是市面上最好的", "绝对化用语"),
    ("这款面膜是最好的选择", "绝对化用语"),
    ("最好吃的牛肉干就在我们家", "绝对化用语"),
    ("这口锅是最佳选择，闭眼入", "绝对化用语"),
    ("最佳效果时间三天", "绝对化用语"),
    ("最好用的吹风机就是它", "绝对化用语"),
    ("高血压的朋友看过来，这款茶降压效果好", "医疗用语"),
    ("这个械字号面膜能修复烂脸", "化妆品宣称"),
    ("这个药膏一次管八年", "功效夸大"),
    ("出厂价我不清楚，但是比出厂价还低", "价格违规"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
