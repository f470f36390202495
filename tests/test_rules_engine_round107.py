"""Round 107 (t44b): batch 44's F10–F13 false alarms, read by cues.

What a user notices: the first answerer of a question (第一名是谁…第一个扣666的), the first of a group buy or a show-off
activity and its rule (团购排第一位的那个团长, 晒单活动第一名按点赞数算), the first buyer queued for shipping (排第一个付款的宝宝
今晚发货), a first-N extra whose list is screenshotted or whose count is restated plainly (就这三个，别的没有); advice to
sufferers told at once (痛风的老哥别自己乱买药, 佢有高血压就唔好食), a doctor fetched, the drugs kept, a gloves warning, and goods
said not to be a treatment (别拿护膝当治疗，该做理疗去医院做); the seller's own years of selling (我做床上用品十来年 卖得最好的),
订单里排第一 and 走得最快 in one's own shop; a place on the item (最底下那格, 最里面那层), pressure units (十个大气压, 三百千帕) and
both ends of a named range (最粗的是八股 最细的是四股, 最亮是暖白 最暗是夜灯模式) — no longer raise a popup, while the same
frames with an outside scope (全网, 全国), urging (赶紧抢, 手慢无), a price kept for the first N, a claim to the sufferers
(就好了, 血压就降了), a drug stopped, or a slang 最上头 still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F10: the first answerer, the first of an activity, a queue's first buyer, the first-N extra told plainly
    "第一名是谁啊 哦是评论区第一个打出口令的那位",
    "第一名出来了没 就是第一个扣666的宝",
    "今天团购排第一位的那个团长 多送她一包湿巾",
    "拼团里排第一的那位团长大哥 给你多塞个钥匙扣",
    "排第一位拍下的姐妹 明天一早就给你寄",
    "排第一个付款的宝宝 今天晚上就发货",
    "上周晒单活动 第一名按点赞数算",
    "这次晒娃活动第一名按投票来定",
    "前三位下单的我给签个名 就这三个 别的没有",
    "前两位拍的俺给塞包纸巾 就这俩 多了没有",
    "前五名拍下的送个小挂件 名单待会儿截屏发粉丝群",
    # F11: sufferers advised off, sent to a doctor, the goods said not to treat
    "有鼻炎的朋友选枕头谨慎点 荞麦的有人受不了",
    "痛风的老哥别自己乱买药 先找医生看看",
    "有高血压的兄弟 这个颈枕就是个枕头 该吃的药照吃",
    "心脏不好的朋友 这个按摩垫别开最强档 悠着点",
    "对花粉过敏的宝宝 这个干花别直接上手摸 戴个手套",
    "佢有高血压就唔好食咁咸嘅腊肠啦",
    "有胃病的别空着肚子喝这个咖啡",
    "有关节炎的别拿这个护膝当治疗 该做理疗去医院做",
    # F12: the shop's or the seller's own record
    "咱家店这两年卖得最好嘞就是这个款",
    "我做床上用品十来年 卖得最好的是这款四件套",
    "俺开店这些年 走得最快的还是这个枕头",
    "这款垫子在我们家今年的订单里排第一",
    # F13: a place on the item, a pressure, both ends of a named range
    "毛线最粗的是八股 最细的是四股",
    "这个灯最亮是暖白 最暗是夜灯模式",
    "气泵最大能打到十个大气压",
    "轮胎最高能充到三百千帕",
    "抽屉最底下那格放袜子",
    "衣柜最里面那层挂大衣",
])
def test_firsts_sufferers_own_records_and_ranges_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("第一名是谁 当然是我们家这款 全网销量第一", "销量第一"),
    ("今天拼团这款床垫全网销量排第一", "排第一"),
    ("前三位下单的送个杯子 就这三个 赶紧抢 手慢无", "前三位下单"),
    ("前五名拍下的才有这个价 名单截图给大家看", "前五名拍下"),
    ("痛风的老哥别去医院了 戴这个护膝就好", "痛风"),
    ("有高血压的兄弟别吃药了 用这个颈枕血压就降了", "有高血压的"),
    ("佢有糖尿病就饮呢款 降血糖", "糖尿病"),
    ("有关节炎的别担心 这个护膝就是治疗关节炎的", "有关节炎的"),
    ("我卖床垫这几年 这款是全网卖得最好的", "全网卖得最好"),
    ("这款垫子全国订单排第一", "排第一"),
    ("这是全网最好的被子 最差的是别家", "最好的"),
    ("这款最上头了 吃了还想吃", "最"),
])
def test_outside_scopes_urging_claims_and_slang_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
