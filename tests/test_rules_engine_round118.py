"""Round 118 (batch 54B's misses; batches 54A/54B's false alarms of the rules alone, families F9, F10, F11).

What a user notices: a comparison with every brand at once said with any quality (比所有大牌都高, 比所有品牌快50%), a
category's king (童鞋里的王者), a child's condition said to recover (戴半年近视能恢复, 足弓就出来了), treatment said lightly
(也就治个失眠便秘), no cheaper seller anywhere, a 国家级 master heard as 国家极, and 只剩最后三件 after 别走 now raise a
popup; a word banned right after it is said or a co-host stopped from saying it, a draw's places and a countdown to the
draw, a first-N gift whose quota the shop keeps, and advice to people with an illness (降压药该吃就吃, 喝多了不好, 治还是得去
皮肤科) stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # every rival by a quantifier and a brand word, then any quality (the list is open)
    ("这款面膜补水比所有大牌都持久", "绝对化用语"),
    ("这台空气炸锅比任何品牌都省时间", "绝对化用语"),
    ("这个电动牙刷比所有牌子续航长百分之三十", "绝对化用语"),
    ("这个保温杯比任何一个牌子保温久好几倍", "绝对化用语"),
    # a category's king
    ("这款保温杯就是杯子里的王者", "绝对化用语"),
    ("这台扫地机是扫地机当中的霸主", "绝对化用语"),
    ("我们这款是国货面霜里面的王者", "绝对化用语"),
    # a child's condition said to recover, the arch grown
    ("弱视的孩子天天戴，弱视就能恢复", "医疗用语"),
    ("近视的宝宝戴这副镜片近视可以恢复", "医疗用语"),
    ("这双学步鞋穿几个月足弓就立起来了", "医疗用语"),
    ("O型腿的宝宝穿半年腿型就直了", "医疗用语"),
    # treatment said lightly
    ("这个汤也就治个咳嗽", "医疗用语"),
    ("这壶凉茶治个便秘不在话下", "医疗用语"),
    ("泡脚包治个失眠没问题", "医疗用语"),
    # no cheaper seller
    ("市面上没有比我们家便宜的", "价格违规"),
    ("全网都没有比这款便宜的", "价格违规"),
    ("你们找不到比这个便宜的", "价格违规"),
    # a national-level master, also misheard
    ("这套茶具是国家极大师亲手做的", "权威背书"),
    ("这幅画是国家极传承人画的", "权威背书"),
    ("这个配方是国家极专家调的", "权威背书"),
    # 别走 is "stay": the stock push after it fires
    ("家人们别走 仅剩五单", "虚假紧迫"),
    ("别走别走 只剩最后两箱", "虚假紧迫"),
    ("先别走 就剩三件了", "虚假紧迫"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # comparisons that are no ranking: people, times, one's own goods
    "我比所有家长都着急",
    "今年比任何时候都热",
    "这双比我们家所有款都轻",
    # kings that are no category: the game, animals
    "我儿子是王者荣耀里的王者",
    "狮子是草原上的王者",
    "老虎是森林里的王者",
    "圈里的王者荣耀高手都用这个键盘",
    # questions and a shoe's arch support
    "近视能恢复吗？不能，别信",
    "这双鞋有足弓支撑设计",
    "近视不能恢复，只能控制",
    # a cheaper seller asked about
    "还有没有比这个便宜的？",
    "有没有比我们便宜的？有的话截图",
    # 别走 as a route refused
    "别走私下交易",
    "千万别走线下交易",
    # a word banned right after, a co-host stopped
    "主播老想在好用后面加一句全网第一 我赶紧拦住了",
    "她总想说个顶级 被我按住了",
    "刚才差点顺嘴说了全国第一 全国第一不能说",
    # asked to say it and refused, a chat line removed
    "老板让我喊史上最低价，我喊了要被罚的，咱不喊",
    "有粉丝让我说这个是国宴专供，这种话我们不说",
    "那个刷加微信的弹幕已经被我删了",
    # a draw's places, a countdown to the draw
    "福袋开了 排第一的是那个穿红衣服的宝妈",
    "倒计时三分钟结束就抽福袋",
    "抢到前五名的宝宝福袋奖品是一包茶",
    # a first-N gift whose quota the shop keeps
    "前一百单送杯垫，后台每一单都有编号",
    "赠品前三十单送，第三十一单开始就没有赠品了",
    "前二十单送袜子，仓库就备了二十双",
    # advice to people with an illness
    "糖尿病的朋友这个点心吃多了不好 降糖药该吃就吃",
    "痛风的朋友啤酒鸭要适量",
    "长湿疹的小朋友衣服选纯棉 治还是得去医院",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the claim kept: a push in the draw, a ranking near the prize, a claim after the advice
    ("前十名下单送小样，后面的人就再也买不到了", "虚假紧迫"),
    ("福袋抽完了 这款白茶全网排第一", "绝对化用语"),
    ("这个福袋里的茶是全网第一好喝的", "绝对化用语"),
    ("高血压的朋友喝这个茶 降压药都不用吃了", "医疗用语"),
    ("前五十单送袜子 仓库就备了五十双 手慢无", "虚假紧迫"),
    ("有人让我说全网最低价 我说行 全网最低价", "价格违规"),
    ("那个刷加微信的弹幕留着 加微信找我", "导流私下交易"),
])
def test_claims_kept(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
