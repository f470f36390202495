"""Round 114 (batches 51 and 52): absolute, medical, price-forecast and cosmetic claims, and a 第一 that ranks nothing.

What a user notices: a comparison with every brand or the whole world said with any quality (比所有大牌都舒服, 比全世界的…都安静),
a no-rival 无可超越, a world ranking through a verb (世界上吸得最多的), 所有牌子都比不上, a prevention of a named disease with the
patient between (防止猫咪尿路结石), a symptom that fades with use (过敏症状慢慢就没了), a gold-price forecast, nutrition said
to be some times higher, a cream that 还能防晒 far after its name, and a claim made right after refusing to guarantee it
(我不保证 我就说…) now raise a popup; a draw's first winner, a person called 王第一, a numbered warehouse or gear, a range of
buyers, the shop's own board (类目里排第一, 本月top1是这款) and a quoted wording refused right after ("增强免疫力"你别往奶粉上写)
stay quiet; our own goods named with a superlative (这款就叫天下第一咖啡) fire even after another shop's name was declared. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # every rival or the whole world at once, any quality
    ("这双拖鞋比所有大牌都软和，比所有大牌都透气", "绝对化用语"),
    ("这个加湿器比全世界的加湿器都安静", "绝对化用语"),
    ("我们这个行李箱比全行业所有箱子都轻", "绝对化用语"),
    ("这个颜色所有品牌都比不上", "绝对化用语"),
    # no rival, world ranking by a verb, first in a circle
    ("这把刀的锋利度无可超越", "绝对化用语"),
    ("这款吸尘器 全世界吸得最干净的", "绝对化用语"),
    ("这个牌子在钓鱼圈里就是公认的老大", "绝对化用语"),
    # prevention and fading symptoms
    ("狗粮里加了蔓越莓预防狗狗膀胱结石", "医疗用语"),
    ("这款奶粉能防止宝宝湿疹", "医疗用语"),
    ("喝了一段时间咳嗽慢慢就没了", "医疗用语"),
    # a price forecast and a sure gain
    ("银价明年肯定破三十，早买早赚", "投资承诺"),
    ("这批金条放着稳稳地赚", "投资承诺"),
    # nutrition, sun protection, a refused guarantee turned into the claim
    ("这个鸡蛋营养高两倍", "功效夸大"),
    ("这款米粉营养价值是普通米粉的三倍", "功效夸大"),
    ("这款乳液涂上以后还能防晒", "化妆品宣称"),
    ("我不保证啊 我就说三个月瘦二十斤", "功效夸大"),
    # our own goods named with the superlative after another shop's declared name
    ("隔壁那家店名叫天下第一烧烤，我们这款就叫天下第一辣酱，拌饭一绝", "绝对化用语"),
    ("这个系列名是别人起的，这款我们就叫全球第一锅，炖肉特别香", "绝对化用语"),
    ("品牌名我们也想过，这台就叫世界第一吹风机，吹干只要三分钟", "绝对化用语"),
    # a quoted wording asserted, not refused
    ("“全网最低价”这个我们敢说，不信你去比", "价格违规"),
    ("就是“增强免疫力”，谁用谁知道", "医疗用语"),
    ("我知道“根治”不让说，可这个药膏就是能根治脚气", "医疗用语"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # a refused guarantee that stays refused; comparisons with oneself
    "我不保证一个月瘦十斤，要配合饮食",
    "这双比我们老款都软和",
    "自己无法超越自己的时候就休息一下",
    # a draw, a name, a facility, a setting, a range
    "排名第一的获奖观众请私信客服留地址",
    "中奖名单上排第一的是尾号三六的宝宝",
    "我表哥就叫李第一，他也在看直播",
    "货从第一分仓发，第一分仓就是快递的编号",
    "这台榨汁机第一档是慢速，第三档最快",
    "第一到第五十名下单的送杯子",
    # the shop's own board
    "这款牙刷在我们店的个护类目里排第一",
    "我们店铺本周top1是这款保温杯，只是店内的排序不是平台榜",
    # a cream with sunscreen after it, prevention as advice
    "面霜用完以后记得再涂防晒",
    # a name declared after it
    "这款就叫天下第一，只是个款名",
    "这款叫至尊，至尊只是个型号名",
    # a quoted wording refused right after
    "“降血糖”你别往包装上写啊，普通食品不能这么说",
    "有人刷「能治失眠」，不能这么说哈，它就是个枕头",
    "弹幕刷“根治颈椎病”，我们这个枕头可不敢这么讲",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
