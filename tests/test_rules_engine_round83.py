"""Round 83 (false alarms of batch 33's family traps F3 and F4, and batch 32's lg-11033/11046/11266 — t33b, engine only,
no rows): older families widened in place (包过 heard for 包裹, 开关 heard as 开光, 最进 typed for 最近) and one new module
``app.rules.scopes_ordinals``, ``scopes_misheard``, ``scopes_names`` (an enumeration marker, 顶级 heard for 顶层, 特效 of a picture, a game's name, a
self-healing coating).

What a user notices: a host listing points without punctuation (第一这个杯子能进洗碗机第二杯盖是硅胶的, 那个第一它是纯棉的
然后第二呢…) or a running order (排第一个的是…第二个是…) no longer raises 第一; a parcel called 包过 (包过都给你们打好了,
我的包过到哪了, 包过里面还送了一个杯刷), a device's 开光 (这个开光有点紧 按到底), 最进 for 最近 (最进天冷了, 最进新到了一批),
a floor or a roof called 顶级 (在顶级那层, 屋顶级的防水卷材), a picture's 特效, 极品飞车's merchandise and a self-healing
coating raise nothing. The claims stay: a rank inside the list (第二它是全国销量第一, 首先它是行业第一), 找不出第二,
a sales order (销量排第一个的是这款), the exam promise (会计课包过, 这套资料包过), a charm's 开光, 顶级的玻璃种,
a drug's 特效 and a bare 极品. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # an enumeration marker (scopes_ordinals.enumeration_marker)
    "第一这个杯子能进洗碗机第二杯盖是硅胶的",
    "嗯第一呢这个被子是可以机洗的其次它不起球",
    "那个第一它是纯棉的二是它不掉色",
    "家人们第一这款鞋是真皮的然后第二呢鞋底是橡胶的",
    "第一 先把模具刷油 第二 倒面糊",
    "第一，这个台灯能调光；第二，底座可以充电。",
    "好第一尺码偏小第二别机洗",
    "这个枕头第一可以拆洗第二枕芯是乳胶的",
    "这款锅第一它不粘第二它轻",
    "首先呢第一这个水杯是三百毫升的然后第二呢它是不锈钢的",
    "主播B：第一这个是现货第二今天下单明天发",
    # a running order
    "摆在第一个的是这个保温杯 第二个是杯垫 按上架顺序排的",
    "排在第一位的是这款台灯第二位是落地灯顺序是随机的",
    "购物车里排第一个的是抽纸第二个是洗衣液",
    # 包过 heard for 包裹 (scopes_misheard.parcel_heard, round 48/64/71/83)
    "宝宝们的包过里头有个小卡片",
    "你的包过物流显示已经签收了",
    "包过被快递压坏的宝宝找客服补发",
    "包过今天晚上六点前都会交给中通",
    "包过大部分今天能发完",
    "这个包过外包装有点破但里面没事",
    "主播A：我的包过什么时候到？主播B：顺丰明天派送。",
    # 开关 heard as 开光 (scopes_misheard.switch_heard, round 68/83)
    "这个风扇开光有点松 按的时候用点力",
    "吹风机的开光在手柄上往上推就是热风",
    "电动牙刷这个开光不太灵敏要多按两下",
    # 最进 typed for 最近 (safe_words, round 80/83)
    "最进降温了大家注意保暖",
    "最进上了好多新款",
    "这批是最进到的货，颜色浅一点",
    # 顶级 heard for 顶层, and a roof grade
    "我们办公室在顶级那层夏天热",
    "这是我们屋顶级的隔热板专门铺屋顶的",
    "样品间在顶级十二楼 电梯直达",
    # 特效 of a picture
    "直播间这个飘花瓣的特效是礼物触发的",
    "屏幕上那个烟花特效不是我们放的",
    # a game's name, a self-healing coating
    "这个是极品飞车联名的车模 玩家都认识",
    "这个车衣有自修复涂层，颜色有三种",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("第一它是纯铜的第二它是全国销量第一第三包邮", "全国销量第一"),
    ("首先它是行业第一其次它价格也不贵", "行业第一"),
    ("第一这个锅是行业里最好的第二价格便宜", "最好的"),
    ("我们家是第一，第二名差得远", "第一"),
    ("这款锅第一，第二是那款", "第一"),
    ("这款锅销量第一它不粘第二它轻", "销量第一"),
    ("第一名是我们家第二名是别家", "第一名"),
    ("销量排第一个的是这款第二个是那款", "排第一"),
    ("第一这个锅找不出第二个", "找不出第二"),
    ("这个会计课包过，考不过全额退款。", "包过"),
    ("这套资料包过今天下单明天就到", "包过"),
    ("我们包过，资料快递到家", "包过"),
    ("这个台灯是大师开光的，放在家里招财", "大师开光"),
    ("这个摆件开过光的", "开过光"),
    ("这块翡翠是顶级的玻璃种", "顶级的"),
    ("这个楼盘在顶级地段", "顶级"),
    ("这个药膏对湿疹有特效", "有特效"),
    ("这个是极品 游戏粉丝都爱", "极品"),
    ("最进口的面霜就是这款", "最"),
])
def test_the_claims_still_fire(matcher, text, surface):
    assert surface in {h.surface for h in _hits(matcher, text)}
