"""Round 126 (batch 58's rules-alone false alarms): a sufferer sent to a doctor, the first place that is a person given a
gift, a word misheard and told off, a material grade, a banned word held back, a logistics park named 第一.

What a user notices: answering an asthmatic's or a rhinitis sufferer's question with "see a doctor, don't count on the
machine", reading out who is first in the queue or the fan list and what they get, warning that a dialect word sounds
like 最好, saying a pad is made of medical-grade silicone, holding back a co-host's 史上最低价 (被我按住了), explaining
which words are banned (说"第一"犯法不), refusing a claim one is asked for (让我说…不能这么说), denying a degree (不是说它
多极致), giving a spec's rated extreme (最高设计车速) or the warehouse's address (第一物流园) no longer raises a popup; the
cures, rankings and grades said as claims still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a sufferer sent to a doctor, the promise declined
    "有姐妹问我有鼻炎能不能用这个加湿器 能用 但鼻炎你还是要去医院看 别指望一台加湿器",
    "咽炎的朋友问这个润喉糖管不管用 它就是颗糖 咽炎你该看医生看医生 我不打这个包票",
    "弹幕说自己有哮喘 问这个除螨仪有没有用 哮喘你得去呼吸科看 机器代替不了药",
    # the first place is a person given a gift
    "第一名是谁呢 第一名是尾号八八的那位大哥 送他一个保温杯",
    "排第一的是粉丝团里的\"小橘子\" 送她一条围巾",
    "榜上排名第一的是哪位 是昨天付款最早的那位姐妹 送一个收纳盒",
    # a word misheard and told off
    "你那个方言词别说了 人家听成最好就麻烦了",
    "这句别念了 观众听成第一就违规了",
    "少用那个口头禅 容易被听成顶级 要被罚的",
    # a material grade
    "这个坐垫是医用级硅胶的 坐久了不闷",
    "奶嘴用的是医用级材质 详情页有检测报告",
    "护膝内衬是医疗级的不锈钢支撑条",
    # a banned word held back
    "小助理又要喊全网最低价 被我按住了 咱就说比昨天便宜十块",
    "刚才他想说顶级两个字 被我拦住了",
    # a logistics or industrial park named 第一
    "我们仓库在嘉兴第一物流园 江浙沪次日达",
    "发货仓就在义乌第一产业园里面",
    "工厂在东莞第一工业园 欢迎来参观",
    # the word as what one may not say
    '新来的助理问说"顶级"犯法不 我说说顶级就违规',
    "说自己品牌第一就不行 这个要记住",
    '说"最好"违规吗 是违规 我们不说',
    # the degree denied
    "这个模式就是省电 不是说它多极致",
    "它就是个普通的锅 也不是说多顶级",
    "这件衣服版型还行 不是多完美",
    # a claim asked for and refused
    "弹幕非让我说这个茶能降血压 我不能这么说 它就是个茶",
    "有人叫主播喊全网最低价 这话不敢说",
    "老铁让我说这鞋垫能治扁平足 这个真不能这么说",
    # a draw's state right after, an order's note (batch 57)
    "主播你别念了 第一名已经抽出来了",
    "福袋第一名马上开奖 大家别走开",
    "排第一的那个订单备注了要蓝色 收到",
    # a guaranteed analysis off the label (batch 57)
    "狗粮水分最高百分之十 包装上写着",
    "这袋鸟粮粗脂肪最低百分之五 国标要求标最低值",
    "鱼饲料粗蛋白含量最低为百分之三十二",
    # a ranking inside our own shop, its scope stated
    "本店今年回购率排第一的是这款腊肠 说的是本店 不是全平台",
    "我们门店上个月卖得最好的是这双拖鞋 只说我们店 别家的不清楚",
    "这款酱在我们自家店铺好评数排第一 只算自家店 不跟别家比",
    # a reference price shown where it can be checked (batch 56)
    "今天的价比我们官方店日常价便宜二十 日常价在详情页能看到",
    "直播价比旗舰店便宜五十块 旗舰店页面可以对一下",
    "比我们专卖店日常价便宜十块 你们可以切过去对一下",
    # a viewer's contact removed (batch 56)
    "有人在公屏发了手机号 已经删了 大家别加",
    "刚才有观众在弹幕留了微信号 我们屏蔽了 别信",
    "有网友在评论区发了qq号 小助理删掉了",
    # nothing can be X, asked rhetorically
    "这话我不说 哪有机器能百分百的 报告上写多少就是多少",
    "哪有什么东西是万能的 这个刷子就刷锅",
    "哪里有一台设备可以做到百分百除菌 我们不这么讲",
    # a spec's design or rated extreme
    "这台电钻最大额定功率八百瓦",
    "这款电动车最高设计车速二十五公里每小时",
    "这个吊钩最大允许载重两百公斤",
])
def test_framed_words_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the cure offered, the doctor refused
    ("鼻炎的姐妹用了这个喷雾就不用去医院了", "医疗用语"),
    ("有人问哮喘能用吗 能 用了它就不用去医院了", "医疗用语"),
    ("咽炎的朋友闭眼入 不用看医生", "医疗用语"),
    # the goods ranked, a gift for buyers
    ("销量排第一的是这款保温杯 下单送一个杯套", "绝对化用语"),
    ("这款排名第一 送你们一个赠品", "绝对化用语"),
    ("我们品牌排第一 下单就送一个收纳盒", "绝对化用语"),
    # a grade claimed for the goods
    ("这个面膜是医用级的 敏感肌随便敷", "医疗用语"),
    ("这个口罩就是医用级", "医疗用语"),
    # a banned word said, nothing held back
    ("全网最低价 谁也拦不住", "价格违规"),
    ("家人们这就是史上最低价", "价格违规"),
    # a ranking, not a park
    ("我们是全国第一的物流品牌", "绝对化用语"),
    # asked for and said anyway
    ("你们让我说全网最低价 我就说 全网最低价", "价格违规"),
    ("让我说这个茶能降血压 我说不能这么说 但是这个茶能降血压", "医疗用语"),
    ("大哥让我说这鞋垫能治扁平足 必须能治", "医疗用语"),
    # a ranked draw, a ranked nutrient
    ("销量第一名已经揭晓 就是这款", "绝对化用语"),
    ("这款狗粮粗蛋白含量全网最高", "绝对化用语"),
    ("排第一位的那单是我们销量最好的", "绝对化用语"),
    # our shop named, the scope never stated, or widened again
    ("本店这款腊肠全网销量第一 只说本店也是第一", "绝对化用语"),
    ("我们店里这款卖得最好 不跟别家比 但全网它也是最好的", "绝对化用语"),
    ("本店销量第一 不是全平台第一 是全网第一", "绝对化用语"),
    # a comparison never checkable, a contact invited
    ("这个价比旗舰店便宜一百", "价格违规"),
    ("比旗舰店便宜一百 页面上看不到的 只有直播间有", "价格违规"),
    ("有家人在评论区发了微信号 想要优惠的加他", "导流私下交易"),
    ("这款空调比京东便宜三百 你们自己去比", "价格违规"),
    # nothing but ours
    ("哪有产品能做到百分百 除了我们家", "绝对化用语"),
    ("哪有机器能百分百除菌 就这台能", "绝对化用语"),
    ("哪有东西比它更好 它就是最好的", "绝对化用语"),
    # said anyway, or a quality ranked
    ("说我们是第一不违法 我们就是第一", "绝对化用语"),
    ("这不是说它多顶级 但它就是顶级", "绝对化用语"),
    ("这款电钻是全网最好的电钻", "绝对化用语"),
    ("这个车速度最快 没有之一", "绝对化用语"),
])
def test_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
