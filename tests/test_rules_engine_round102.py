"""Round 102 (t42a): batch 42's families F12 (the shop's own record), F13 (specs and settings) and F10 (draws, games, queues).

What a user notices: the shop's own sales record said with time words or fillers between its cues (这款腊肠是我们店去年冬天
卖得最多的一款, 咱家店里今年回购最多的就是这个红油, 你问咱家哪款卖得最多, 这双跑鞋在我们店里是top1的销量仅限店内), the shop's own
figure for a dated session with its proof shown (上周六那场我们卖了六百斤，截图贴在评论区了), both ends of an item's range (最小的七十
最大的八十五, 最多能放8瓶最少放3瓶), a lamp's setting in Cantonese (最猛嗰档), a screen's brightness (最高一千五百尼特), the first of a
game or a draw (拼团的第一位团长送…, 答得最快的第一名送…, 那轮抽奖排名第一的是…), the first buyer asked to leave a note, the first of a
queue of 兄弟 being shipped, and a first-N gift whose counter is on screen no longer raise a popup — while the shop ranking
itself (咱家店是今年卖得最多的店), an outside scope (全网, 同类, 整个抖音), a made-up speed (一分钟就卖了两万单), a price range, a
product ranking after a draw (说到剁辣椒咱家是排第一的) and a push to buy (赶紧抢) still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F12: the shop's own sales record, cues with fillers between
    "这款腊肠是我们店去年冬天卖得最多的一款",
    "咱家店里今年回购最多的就是这个红油",
    "这是我们小店开张以来卖得最好的一款辣酱",
    "我们直播间上礼拜卖得最好的是那个麻辣花生",
    "本店自己炒的花生里面，卖得最好的是五香味，其次是蒜香",
    "咱家老顾客复购最多的就是这款黑茶",
    "你问咱家哪款卖得最多 那肯定是牛肉干嘛",
    "这双跑鞋在我们店里是top1的销量，仅限店内哈",
    "我自己店里上个月的销量榜 第一是这款 第二是那款",
    "咱 家 店 里 今年 买 得 最 多 的 是 这 个 茶",
    "本店这个月销冠就是这个鸭脖",
    "小店里老顾客回购最多的是原味",
    # F12: the shop's own figure for a dated session, its proof shown
    "上周六那场我们卖了六百斤脐橙，截图贴在评论区了",
    # F13: both ends of the item's range, a setting, a brightness
    "脐橙按果径分 最小的七十 最大的八十五 大的贵点",
    "这个收纳盒最多能放8瓶酱，最少放3瓶",
    "登山杖最短六十五 最长一百三十",
    "呢盏露营灯最猛嗰档好耗电，调到最弱嗰档可以用成晚",
    "这块手表亮度最高一千五百尼特，户外看得清",
    "保温箱最多装24罐可乐",
    # F10: the first of a game, a draw or a queue; a counted gift shown
    "第一名拍到腊肠的宝宝麻烦备注一下要不要辣",
    "拼团的第一位团长送一包花生，规则在活动页",
    "答题环节答得最快的第一名送一包牛肉干",
    "猜价格游戏里猜得最近的那位送一罐茶",
    "刚才那轮抽奖排名第一的是小王，已经联系上了",
    "下单排第一位的哥们 你的帐篷明天就发",
    "排第一个的老铁 鱼竿明天一早给你发",
    "这轮福袋第一名是 阿强 恭喜",
    "前30名下单的加送一包纸巾，计数在屏幕右上角",
    "前五单付款的每人送一个挂件，前五单已经有了，后面的正常发",
])
def test_own_records_ranges_and_game_firsts_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # F12 near-misses: an outside scope, the shop ranking itself, no item picked, a made-up figure
    ("这款腊肠是全网卖得最多的一款", "卖得最多"),
    ("咱家店是今年卖得最多的店", "卖得最多"),
    ("我们直播间绝对是卖得最好的直播间", "卖得最好"),
    ("这款茶全国卖得最好 咱家店里有货", "全国卖得最好"),
    ("咱家的辣条卖得最好", "卖得最好"),
    ("我们店是这条街卖得最好的", "卖得最好"),
    ("咱家店里这款是全网销冠", "销冠"),
    ("咱家米粉是同类销量冠军", "销量冠军"),
    ("上架一分钟就卖了两万单 后台都卡了", "一分钟就卖了两万"),
    # F13 near-misses: an outside scope, a price range
    ("这个礼盒全网最大能装8罐", "最大"),
    ("最低价十九块最高价二十九块", "最低价"),
    ("这款头灯是同价位里最亮的", "同价位里最亮"),
    # F10 near-misses: the goods ranked after a draw, a push to buy
    ("抽奖的事等会儿讲 说到剁辣椒 咱家是排第一的 这个没得争", "排第一"),
    ("这款茶在猜价格游戏里人气第一名", "第一名"),
    ("前五十名下单的送纸巾 赶紧抢 计数在屏幕上", "赶紧抢"),
    ("这个腊肉排名第一 送礼有面子", "排名第一"),
])
def test_rankings_outside_scopes_and_pushes_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
