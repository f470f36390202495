"""Round 38 (t18b): batch 17's misses in 虚假紧迫, 价格违规, 权威背书, 投资承诺, 导流私下交易 and 数据造假 as families.

What a user notices: stock said to be running out (仓库马上就清空了, 库存已经见底), deadlines tied to the viewer's own delay
(等你跟老公商量好早就没了, 等你下了班黄花菜都凉了, 再犹豫一会儿就抢没了, 唔抢听日就冇), a price withdrawn after a count
(三二一之后就恢复原价, 喊完就不给了), prices compared with a shop counter (超市起码要贵五十, 别家要贵一百), the state, the
central press or a named hospital's doctors as endorsers (国家都认证过, 被新华社报道过, 光明日报都夸过, 华西医院的教授联合
研发, 医生推存 — the recogniser's 推存 for 推荐), reseller income promised (当团长每个月轻松挣五千, 做分销一年赚个十几万),
payment off the platform (线下直接转给我, 上咱家店里付款), unsourced head-counts at any magnitude (八千个宝妈信赖, 上亿人选择,
五十万个妈妈都在用) and gifts for five stars (给个好评就送你一个杯子) now raise a popup — while ordinary patter that shares the
words (新鞋的味道等你穿两天就没了, 再炒一会儿水分就没了, 我是国家认证的营养师, 我每天看人民日报, 我一年赚十万也舍得买,
花了两万给我妈买了个按摩椅, 去我们实体店可以试戴) stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # stock about to run out
    ("仓库马上就清空了，要的赶紧", "虚假紧迫", "URG-0075"),
    ("库存已经快见底了大家抓紧", "虚假紧迫", "URG-0075"),
    ("这款库存马上告罄", "虚假紧迫", "URG-0075"),
    # the viewer's delay as the deadline
    ("等你跟老公商量好早就没了", "虚假紧迫", "URG-0076"),
    ("等你们想好了就卖完了", "虚假紧迫", "URG-0076"),
    ("等你下了班黄花菜都凉了", "虚假紧迫", "URG-0076"),
    ("再犹豫一会儿就抢没了", "虚假紧迫", "URG-0077"),
    ("再寻思两分钟就没货了", "虚假紧迫", "URG-0077"),
    ("再墨迹一阵子就整没了", "虚假紧迫", "URG-0077"),
    ("姐妹唔抢，听日就冇货喇", "虚假紧迫", "URG-0077"),
    # a price withdrawn after a count
    ("三二一之后就恢复原价", "虚假紧迫", "URG-0078"),
    ("这个价喊完就不给了", "虚假紧迫", "URG-0078"),
    ("这个福利过了今晚就再也不给了", "虚假紧迫", "URG-0078"),
    # unverifiable counter prices
    ("超市起码要贵五十块", "价格违规", "PRC-0089"),
    ("外面药店要贵二十多", "价格违规", "PRC-0089"),
    ("外面买起码要贵两百", "价格违规", "PRC-0089"),
    ("别家要贵一百呢", "价格违规", "PRC-0089"),
    # the state, the central press, a hospital's doctors
    ("这款奶粉是国家都认证过的", "权威背书", "AUT-0078"),
    ("这个牌子登上过光明日报", "权威背书", "AUT-0079"),
    ("光明日报都夸过我们家", "权威背书", "AUT-0079"),
    ("被新华网专门报道过的好物", "权威背书", "AUT-0017"),
    ("三甲医院皮肤科专家研制的面霜", "权威背书", "AUT-0080"),
    ("北京协和的团队研发的配方", "权威背书", "AUT-0080"),
    ("华西医院的教授联合研发", "权威背书", "AUT-0080"),
    ("这款牙膏是医生推存的", "权威背书", "AUT-0081"),
    # reseller income
    ("当我们团长每个月轻松挣五千", "投资承诺", "INV-0061"),
    ("做分销一年赚个十几万", "投资承诺", "INV-0061"),
    ("加盟我们一天能赚五百", "投资承诺", "INV-0061"),
    ("跟着我干轻松赚三万", "投资承诺", "INV-0061"),
    # payment off the platform
    ("收到货以后线下直接转给我", "导流私下交易", "DIV-0073"),
    ("下了单别付，直接给我转账", "导流私下交易", "DIV-0073"),
    ("上咱家店里付款", "导流私下交易", "DIV-0074"),
    ("去我们门店交钱更便宜", "导流私下交易", "DIV-0074"),
    # head-counts at any magnitude, five stars for a gift
    ("已经有八千个宝妈信赖我们", "数据造假", "DAT-0061"),
    ("上亿人选择了这个品牌", "数据造假", "DAT-0061"),
    ("五十万个妈妈都在用", "数据造假", "DAT-0061"),
    ("给个好评就送你一个杯子", "数据造假", "DAT-0062"),
    ("打个五星我就送两包纸巾", "数据造假", "DAT-0062"),
])
def test_batch17_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    "清空购物车以后重新加一下",
    "我自己这瓶快用见底了，又回购了",
    "我们今天就是要把库存清空，所以价格做得低",
    "库存清空之前都是这个价",
    "新鞋有点味道，等你穿两天就没了",
    "这个褶皱等你挂一晚上就没了",
    "再炒一会儿水分就没了",
    "等你想好了再来，不着急",
    "再考虑一下也行，七天无理由",
    "这个鸭脖太好吃了，一会儿就整没了",
    "听日就冇直播啦，后天见",
    "三二一，上链接",
    "我们永远不给大家卖假货",
    "这款比超市那款贵十块，因为是有机的",
    "我们家的比别家贵二十，用料不一样",
    "外面下雨了，要贵三块的伞",
    "我们研发部主任研发了三年",
    "营养师研发的食谱大家可以参考",
    "花了三千给老人买了台按摩椅",
    "我是国家认证的高级营养师，跟大家聊聊饮食",
    "这个是中国国家认证认可监督管理委员会的标志",
    "我每天早上都看人民日报",
    "医生说多喝水多休息",
    "我们研发团队花了三年研发这款锅",
    "团长一个月要开三次团",
    "我一年赚十万，也舍得买这个",
    "这个杯子轻松装下一升水",
    "不要给我转账，都在直播间拍",
    "给我转发一下直播间，谢谢",
    "去我们实体店可以试戴，拍还是在直播间拍",
    "花了两万给我妈买了个按摩椅",
    "已经有一百多个宝妈问这个尺码了",
    "一百万像素的摄像头",
    "好评我们都会回复",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
