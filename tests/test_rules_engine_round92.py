"""Round 92 (false alarms of blind batch 36's family traps F8, F4, F5, F1 and F3 — t36c, engine only, no rows, new module
app/rules/scopes_stock.py/scopes_ordinals.py/scopes_misheard.py/scopes_topics.py/scopes_advice_best.py called from scopes_replies.mentioned after round 88).

What a user notices: advice on how or when to use the goods no longer raises a popup when it is said with a cooking way
(红薯最好蒸着吃), a condition before a clause-final 最好|最佳 (醒半个小时再喝最好, 水温八十度上下最佳) or a way (最佳的学法是);
nor a switch located on the thing (加热垫开光在侧边, 插座开光在哪), a building's top floor with a roof place (楼的顶级是个天台),
a medium's topic said further off (一个单元专门讲…风水讲究, 小说主角是个风水先生, 美妆史讲古代女子怎么美白), the real stock
(库存是五百单，拍完就下架), a crop's own season (十一月到一月这仨月最甜) and a list announced by its count or noun
(今天就上三样，第一…第二…, 退换规则，第一…第二…). The claims stay: advice followed by a claim, an outside scope, a push,
a promise, a rank word, a charm — and
advice followed by a claim in the next clause now raises a popup (最好睡前用，第二天细纹全平), where round 85/88 muted it.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F8: a cooking or using way + eat after 最好
    "这个南瓜最好蒸着吃，甜",
    "饺子最好煮熟了再吃",
    "这款香肠最好煎一下吃",
    "冻梨最好泡软了吃",
    "这个粽子最好热透了吃",
    # F8: a condition before a clause-final 最好 / 最佳
    "红酒开瓶后放二十分钟再喝最好",
    "花晚上八点以后浇水最好",
    "用九十度左右的水泡最佳",
    "这个面包烤箱一百八十度烤十五分钟最好",
    "钓鲫鱼下午四点以后下竿最好",
    "这个白茶水温九十度上下最佳，太烫会苦",
    # F8: 最佳的 / 最好的 + a way + 是
    "这本书最好的读法是每天读一章",
    "这个课最好的练法是跟着视频练",
    "这套题最佳的做法是先做选择题",
    # F4: 开光 located on the thing
    "电热毯开光在右边，拨一下就热",
    "这个暖风机开光在哪啊",
    "台灯开光在底座下面",
    "这个足浴盆开光在后面",
    "猫窝的加热垫开光在侧面",
    # F4: 顶级 of a building with a roof place
    "这栋楼的顶级是个露台",
    "那个大厦顶级是一个空中餐厅",
    "我们公寓的顶级有个小花园",
    # F5: a medium's topic further off, a character, a history
    "这部纪录片里有一集专门讲客家人的风水讲究",
    "这部剧男主是个风水先生，悬疑的",
    "这本小说的主人公是个风水师，民国背景",
    "这本化妆史讲唐朝女子怎么美白",
    "这个展有一个展区专门讲明清人家的风水讲究",
    # F1: the real stock, a crop's own season
    "这个链接库存是三百单，卖完就下架，下周换款",
    "这款毛巾备了两百份，卖完就下架了，明天上新款",
    "石榴九月到十月这俩月最甜",
    "大闸蟹产季头两周最肥",
    "砂糖橘当季这段时间最甜，过了就是冷库货",
    # F3: a list announced by a count or a list noun, or a run of 第二 and 第三
    "今天就带了三样，第一苹果，第二梨，第三橘子",
    "先说注意事项，第一别沾水，第二别暴晒",
    "说下使用步骤，第一先洗脸，第二再涂",
    "发货规则，第一拍下四十八小时内发，第二偏远地区不包邮",
    "今天上两款，第一是围巾，第二是帽子",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这个红薯最好蒸着吃，吃了保证不长胖", "功效夸大"),
    ("这款锅质量最好", "绝对化用语"),
    ("开春以后的新茶最好", "绝对化用语"),
    ("十月以后的大闸蟹最好", "绝对化用语"),
    ("我们家五年前的款式最好", "绝对化用语"),
    # advice does not cover a claim in the next clause (claim_next, also in round 85/88's advice and modal_best)
    ("这款精华最好睡前涂，第二天皱纹全平", "绝对化用语"),
    ("这个猫粮最好长期喂，猫咪再也不生病", "绝对化用语"),
    ("这个茶最好饭后喝，保证一个月瘦十斤", "绝对化用语"),
    ("全网这款最好，水温八十度最佳", "绝对化用语"),
    ("我们家的红薯最好吃", "绝对化用语"),
    ("这个面霜最好", "绝对化用语"),
    ("这款开光手串开光在五台山", "迷信"),
    ("这栋楼的顶级装修", "绝对化用语"),
    ("这本风水书照着摆保你财运亨通", "迷信"),
    ("这本书教你怎么美白，用我们的面霜就能白", "化妆品宣称"),
    ("库存是五百单，今天不拍就没了", "虚假紧迫"),
    ("这俩月最甜的就是我们家", "绝对化用语"),
    ("全国最甜的橙子，十一月到一月最甜", "绝对化用语"),
    ("全网销量第一，第二是别家", "绝对化用语"),
    ("这款是行业第一，第二是我们的服务", "绝对化用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
