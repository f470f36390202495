"""Round 109 (t46–49): misses of batches 46–49 in 功效夸大, 虚假紧迫, 医疗用语, 化妆品宣称, 数据造假, 导流私下交易.

What a user notices: threats without a listed word (抢完就涨价, 等会儿就涨价, 再也没这价了, 二十秒钟以后链接就下架,
库存马上就清零, 慢了就抢不到), a named disease said gone or no longer flaring, medicine stopped, the hospital skipped,
indicators back to normal; effect promises in plain words (洗五十次不褪色, 用八年不结水垢, 吃一斤顶五斤, 甲醛全吸光,
一觉睡到大天亮); unsourced shares and national sales, reviews asked regardless; plant-dye and sun-protection claims on
ordinary products; the shop instead of the platform — now raise a hit, while honest look-alikes (补货, 起球是正常现象,
药别自己停, 还是要去医院, 先通风) stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "surface"), [
    # 虚假紧迫: a raise in a moment, never this price again, seconds said as 秒钟以后, stock about to hit zero
    ("这批货抢完马上就涨价了", "抢完马上就涨价"),
    ("等会儿主播就涨价了啊", "等会儿主播就涨价"),
    ("错过这场再也没这价了", "再也没这价了"),
    ("二十秒钟以后这个链接就下架", "二十秒钟以后这个链接就下架"),
    ("库存马上就清零了", "库存马上就清零"),
    ("慢了就抢不到啦宝宝们", "慢了就抢不到"),
    # 医疗用语: a disease gone, medicine stopped, no hospital, indicators normal
    ("胃病吃了半年都没了", "胃病吃了半年都没了"),
    ("降糖药都能慢慢停了", "降糖药都能慢慢停了"),
    ("咳嗽的孩子喝这个不用去医院", "不用去医院"),
    ("喂了两个月肝指标就正常了", "肝指标就正常"),
    ("鼻炎的宝宝用了一冬天也不会发作了", "鼻炎的宝宝用了一冬天也不会发作了"),
    # 功效夸大: durability, one-eats-as-much-as-N, formaldehyde gone, sleep
    ("这条毛巾洗五十次也不褪色", "洗五十次也不褪色"),
    ("这个水壶用八年也不会结水垢", "用八年也不会结水垢"),
    ("吃一斤顶五斤牛肉", "吃一斤顶五斤"),
    ("新房放两天甲醛全吸光", "甲醛全吸光"),
    ("喝一杯保你一觉睡到大天亮", "一觉睡到大天亮"),
    # 数据造假: unsourced shares and sales, reviews asked regardless
    ("百分之九十的宝妈用了都说好", "百分之九十的宝妈用了都说好"),
    ("这套书全国卖了两百万册", "全国卖了两百万"),
    ("收到不好也给个好评哦", "不好也给个好评"),
    # 化妆品宣称: plant dye, sun protection on an ordinary cream
    ("纯植物染发膏 白头发一梳就盖住", "纯植物染发"),
    ("这个面霜有防晒功能", "面霜有防晒功能"),
    # 导流私下交易: the shop instead of the platform
    ("别在平台拍了 直接来我们店里拿", "别在平台拍"),
])
def test_round109_claims_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


@pytest.mark.parametrize("text", [
    "抢完了我们再补货",
    "洗十次以后会有点起球，正常现象",
    "药别自己停，听医生的",
    "有不舒服还是要去医院",
    "甲醛超标的房子先通风",
    "记性不好的朋友把地址记下来",
    "平台拍的都有运费险",
    "全国卖的都是这个价",
    "这个价格我们会一直保持",
])
def test_round109_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


# F: sufferers warned about the goods or sent to a doctor (app/rules/scopes_deferred.py)
@pytest.mark.parametrize("text", [
    "有肾病的猫咪这款高蛋白猫粮先别喂，问问你的宠物医生",
    "有哮喘的朋友爬山记得把药带上，这个背包侧袋放得下",
    "过敏的姐妹请选无香款，这个有香精",
    "血脂高的朋友这款坚果也建议先问问自己的医生，别一次吃太多",
    "颈椎病的大哥能枕这个枕头吗？这个我不敢说，你问问你的骨科医生",
])
def test_round109_sufferers_warned_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("高血压的朋友放心喝，不放心就问医生", "高血压的朋友放心喝"),
    ("痛风的朋友少喝啤酒，喝我们这个茶尿酸就降了", "尿酸就降了"),
    ("有鼻炎的朋友用这个，不用去医院", "不用去医院"),
    ("湿疹的宝宝能用这款面霜吗？能用，放心用", "湿疹的宝宝"),
])
def test_round109_sufferers_promised_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
