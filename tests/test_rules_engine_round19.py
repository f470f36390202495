"""Round 19 (t12a): blind batch 11's lexicon misses in 医疗用语, 功效夸大, 化妆品宣称 and 迷信, written as families.

What a user notices: a popup now comes for a side effect denied in everyday words (副作用一点都没有, 啥副作用都没有), a
wrinkle "smoothed away" (法令纹都给你抚平了), a detox outcome (宿便一次排干净), a liquor that leaves no headache the next
day (喝多了第二天起来头都不晕), an object that "guarantees" business, wealth or a happy marriage (保你们家财运…, 包你们生意
越来越红火, 保你们夫妻白头到老, 只进不出), a fishing guarantee (包你次次爆护), insomnia "slept away" (失眠…睡踏实了), 痛风
heard as 通风 (通风患者), tumours held back (抑制癌细胞扩散, 结节都长不大), a cleaning product's money-back guarantee
(除不掉全额退), deep sleep that grows (深度睡眠多了), plant food that makes a pot overflow (一周就爆根, 保你月季爆盆),
美白 heard as 美百, new hair on a bald patch (头顶长出小绒毛), a disease that stops getting worse (近视不再加深) and a
posture fixed (驼背就能改过来). Ordinary patter sharing the words — 完美百搭, 熨平褶皱, 衣柜通风, 祝老板生意兴隆, a bin
that is 只进不出, a pot that is already 爆盆, a dirty corner to pre-treat, a stoop a schoolbag avoids — stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # no side effect, said the long way
    ("这个降压茶喝了半年副作用一点都没有", "功效夸大"),
    ("我们这个膏药啥副作用都没有，老人放心贴", "功效夸大"),
    ("这款减肥胶囊半点副作用都没有", "功效夸大"),
    # a wrinkle or line smoothed away
    ("这款面霜用一个月法令纹都给你抚平了", "化妆品宣称"),
    ("抚平眼角的细纹就靠这一瓶", "化妆品宣称"),
    ("这个颈霜颈纹直接熨平", "化妆品宣称"),
    # a detox outcome
    ("这款青汁喝完宿便一次排干净", "功效夸大"),
    ("这款果蔬粉吃完毒素全排光", "功效夸大"),
    # liquor without the next day's headache (第二十三条)
    ("这款白酒喝多了第二天起来头都不晕", "功效夸大"),
    ("这个米酒喝了头也不疼", "功效夸大"),
    ("我们家的啤酒喝完绝对不会宿醉", "功效夸大"),
    # an object that guarantees business, wealth, marriage
    ("这个葫芦挂在家里保你们家财运一年比一年好", "迷信"),
    ("这个聚宝盆摆在店里包你们生意越来越红火", "迷信"),
    ("这对鸳鸯摆件放床头保你们夫妻白头到老", "迷信"),
    ("这个送子观音请回去保你明年早生贵子", "迷信"),
    ("这个貔貅手串戴上只进不出财源滚滚", "迷信"),
    ("这个招财猫放在门口生意越做越旺", "迷信"),
    # a fishing guarantee
    ("这款钓饵用上包你次次爆护", "功效夸大"),
    ("这包窝料保准你一下午爆护", "功效夸大"),
    # insomnia slept away, an illness "fixed for you"
    ("这款枕头失眠的老人一个礼拜就睡踏实了", "医疗用语"),
    ("头疼的老毛病给你治好", "医疗用语"),
    # 痛风 heard as 通风
    ("这款饮品通风患者也能喝", "医疗用语"),
    ("这个泡脚包专治通风", "医疗用语"),
    # tumours held back
    ("这款茶喝了能抑制癌细胞扩散", "医疗用语"),
    ("吃了三个月结节都长不大了", "医疗用语"),
    ("这 个 粉 能 抑制 肿瘤", "医疗用语"),
    # a cleaning money-back guarantee
    ("这款除甲醛喷雾除不掉全额退款", "功效夸大"),
    ("这款马桶疏通剂通不了包退", "功效夸大"),
    ("这款地毯清洁剂擦不干净你来找我退钱", "功效夸大"),
    # deep sleep that grows
    ("这款枕头睡了以后深度睡眠多了一个小时", "功效夸大"),
    ("这款眼罩戴上深睡直接翻倍", "功效夸大"),
    # plant food that overflows the pot
    ("这款生根粉浇上一周就爆根", "功效夸大"),
    ("这款花肥保你月季爆盆", "功效夸大"),
    ("烂根的绿萝用了它都能救活", "功效夸大"),
    # 美白 heard as 美百
    ("这款精华主打美百淡斑", "化妆品宣称"),
    ("这个身体乳美百效果很明显", "化妆品宣称"),
    # new hair on a bald patch
    ("这款防脱液用了一个月头顶冒出一层小绒毛", "化妆品宣称"),
    ("用了两个礼拜秃了的那块都长出新头发了", "化妆品宣称"),
    # a disease that stops getting worse, a posture put right
    ("这款护眼灯用了孩子近视不再加深了", "医疗用语"),
    ("这款鞋垫穿了高血压都不会再加重", "医疗用语"),
    ("这款背背佳穿三个月驼背就能改过来", "医疗用语"),
    ("这款坐垫圆肩都能矫正", "医疗用语"),
])
def test_batch11_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这条裙子完美百搭，通勤约会都能穿",
    "华美百货同款的包今天直播间也有",
    "有副作用吗？这个要看说明书，孕妇慎用",
    "这个药的副作用说明书上都写着，按说明吃",
    "这个熨斗一下就能把衬衫褶皱抚平",
    "这个挂烫机熨平褶皱很快",
    "这个衣柜通风好不潮",
    "厨房通风要做好，这款油烟机吸力大",
    "这款黄酒喝完第二天还有余香",
    "这款酒度数低，喝的时候别贪杯，第二天还要上班",
    "祝各位老板生意兴隆，财源广进",
    "保你们拿到手满意，不满意七天无理由",
    "这款鱼竿保你用得顺手，手感很轻",
    "这个垃圾桶只进不出，密封防臭",
    "这个闹钟每晚提醒你早点睡",
    "这款床垫深睡区做了加硬处理",
    "这盆多肉已经爆盆了，很值",
    "这款洗衣液洗不干净的地方可以先预涂",
    "这款拖把拖不干净的角落用小刷头",
    "这个毛衣穿久了会冒出一些小球，正常现象",
    "近视的宝宝戴眼镜要定期验光，度数加深要及时换镜",
    "这个书包背着不驼背，肩带宽",
    "这个秃头娃娃玩偶长出来的头发是毛线做的",
    "纠正坐姿要靠家长多提醒",
    "这个除螨仪抑制细菌繁殖，吸力大",
    "控制肿瘤的事情还是要听医生的",
])
def test_everyday_patter_near_the_new_forms_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
