"""Round 113 (batches 51–52): plain-word effect guarantees, false urgency, endorsers, superstition, invented data and
side-channel contact, read by family rather than by sentence.

What a user notices: a second claim in a line that already had one now raises its own popup — a flower or rooting
product promised to bloom or root within days (七天保证开花, 三天必生根) and its refund (不开花全额退); durability and speed
said in plain words (摔一万次都不会碎, 保你用五年不卡, 二十年不大修, 五分钟充满, 续航翻三倍, 营养高一倍); pests and smells
that never come back (半年不长跳蚤, 一辈子不长虫, 一个蚊子都冇, 永远没有异味); 拍完就没了, 错过这次就没有了, 今天不拍明天就没,
厂家要收回链接, 只有这一波, 限时限量, 秒杀马上结束; 交通部门/国家质检总局 as endorsers, 国家级工艺美术大师, 院长亲口说,
宫里御膳房; 我不保证，我就说一个月瘦十斤 (the dodge after a refused guarantee); 血光之灾, 霉运全消, 住了就发财; 刷了几百单, 好评99%, 每三家就有一家; 加那个号, 私信我还有别的款.
A show's running order (今天讲的最后一款) and everyday talk around the same words stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a deadline on the effect, and its refund
    ("这款多肉肥料五天保证冒芽", "功效夸大"),
    ("这个生根水插下去七天必生根", "功效夸大"),
    ("保证两周出苗，不发芽包换", "功效夸大"),
    ("兰花专用肥，不开花的话全款退", "功效夸大"),
    # durability, speed, multiples
    ("这个手机壳摔一百次都不会坏", "功效夸大"),
    ("这个路由器保你用三年不卡", "功效夸大"),
    ("这款变速箱油加了以后十五万公里不大修", "功效夸大"),
    ("这个快充头三分钟充满", "功效夸大"),
    ("换了新电池续航直接提升两倍", "功效夸大"),
    ("这个奶粉比普通奶粉营养高出两倍", "功效夸大"),
    ("这个百合花保鲜液加进去两个星期都不谢", "功效夸大"),
    # pests and smells for good, pets' habits
    ("喷一下家里永远都没有烟味", "功效夸大"),
    ("这个灭蚊灯开着一只蚊子都没有", "功效夸大"),
    ("这个驱虫滴剂滴一次三个月不长跳蚤", "功效夸大"),
    ("这款罐头吃两顿就不挑食了", "功效夸大"),
    ("这款鱼油保证你家狗狗不掉毛", "功效夸大"),
    ("这款孕妇奶粉对胎儿大脑发育有好处", "功效夸大"),
    # false urgency
    ("这批价格过了今天就再也没有了", "虚假紧迫"),
    ("错过这一场就没有了姐妹们", "虚假紧迫"),
    ("今天不下单明天就没了", "虚假紧迫"),
    ("拍完这一波就永远不上架了", "虚假紧迫"),
    ("这款卖完永久下架", "虚假紧迫"),
    ("品牌方马上要收回链接了", "虚假紧迫"),
    ("老板偷偷给你们开的，只有这一波了", "虚假紧迫"),
    ("这个保温杯限时又限量，手快有", "虚假紧迫"),
    ("秒杀马上就要结束了", "虚假紧迫"),
    ("库房说全网就剩这么多了", "虚假紧迫"),
    # endorsers
    ("这个行车记录仪交通局都认可的", "权威背书"),
    ("这款防冻液是交通运输部推荐的", "权威背书"),
    ("这款是国家级工艺美术大师亲手做的", "权威背书"),
    ("我们医院院长亲口跟我说这个好", "权威背书"),
    ("这锅当年宫里的御膳房用的就是这个", "权威背书"),
    # superstition
    ("戴上这个手串霉运全消", "迷信"),
    ("这个平安扣能化解你的血光之灾", "迷信"),
    ("住了这间房就能发财", "迷信"),
    ("这个貔貅摆了就发财", "迷信"),
    # invented data
    ("我们后台刷了五百单", "数据造假"),
    ("这款好评百分之九十八", "数据造假"),
    ("每五个上海人就有一个在用", "数据造假"),
    ("这个枕头每十个北京人就有三个在睡", "数据造假"),
    ("这款净水器每五家就有一家在用", "数据造假"),
    ("十个人里有八个用的都是它", "数据造假"),
    ("全中国的宝妈都在用它", "数据造假"),
    ("五万人都在看这个链接", "数据造假"),
    # side channel
    ("加这个号私下拿货更便宜", "导流私下交易"),
    ("私信我还有其他款", "导流私下交易"),
    ("看我身后牌子上那串数字，直接加", "导流私下交易"),
    # a refused guarantee followed by the claim anyway (我不保证，我就说…: the known dodge)
    ("我不保证 我就说三个月瘦二十斤", "功效夸大"),
    ("这个不敢保证，只说两周瘦五斤，你们自己看", "功效夸大"),
    ("我可不保证啊，我就说一周瘦三斤", "功效夸大"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # no deadline, no guarantee
    "三天保证发货，顺丰包邮",
    "这个花一般七天左右开花，看光照",
    "三天必须浇一次水，别浇太多",
    "不开花的时候少施肥，多晒太阳",
    # everyday talk about durability and charging
    "不小心摔了一次屏幕就碎了，所以要贴膜",
    "充满电大概需要两个小时",
    "这个花瓶里的花谢了记得换水，谢谢大家",
    "这款奶粉营养成分表在罐子背面",
    "孕期能不能喝请先问医生，对胎儿不好的我们不卖",
    # the show's running order, stock facts
    "今天讲的最后一款了，讲完我们下播",
    "拍完的家人记得去订单里看一下",
    "这款已经卖完了，明天补货",
    "秒杀什么时候结束看页面上的倒计时",
    "只有这一款是新品，其他都是老款",
    # not endorsers, not fortune, not data
    "交通部门提醒大家雨天开车慢一点",
    "我们医院的院长今天休息",
    "御膳房是故宫里的一个地方，大家去旅游可以看看",
    "住了三天酒店，今天回来继续播",
    "刷了两遍碗才开播，手都泡白了",
    "每三个月记得换一次滤芯",
    "每十家店就有一家在打折，不稀奇",
    "每五户就有一户养猫，所以我们上了猫砂",
    "十个人里有八个会问尺码，我统一说一下",
    # contact within the platform
    "私信我的问题我都回复了",
    "加购物车的时候选一下号码",
    # a refused guarantee that stays refused
    "不保证一个月瘦十斤，看个人体质",
    "我们不敢保证一个月瘦十斤",
    "不敢保证三天瘦五斤，要配合运动",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
