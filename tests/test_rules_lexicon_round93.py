"""Round 93 (misses of blind batches 37-39, all categories, t37a): new lexicon rows.

What a user notices: these claims now raise popups, also in recogniser output without punctuation — a run-out
"if you're late" (晚了就莫得了, 拍晚了就没了, 转头就冇晒), a push to order (麻溜下单, 抓紧噻, 别磨叽了赶紧拍),
"seats gone any moment", a price "back up once the show ends" or "back to the original in N seconds", "only today",
"miss today and wait a year", a gift "only for the first N people"; "lighter than every rival on the market",
"nothing can compare to it", "it's the 扛把子"; a rival's price "twice ours", "cheaper than the live room" in a
group, "half the price of the town market", "the counter's item at half price"; "you won't need a doctor",
"the runny nose is gone", "the insomnia is solved for good", a disease "can all be prevented / eased", "works
better than the hospital's medicine", "the blood clot opens up", "chilblains well in three days"; "nobody who used
it saw no effect", a child "shot up", "the same as breast milk", toxins "all flushed out", bald patches "filled in",
smells "sucked away", grades "sure to climb", "never wet / never needs redoing / never coughs again", pans "never
stick", feet "never cold again", every stain "washed out", IQ "raised", "not one germ left", a belly "flat in N
days", a bait that "always lands a big fish", "not one mosquito left", "not a trace of damp", "not aging for ten
years"; white hair "dyed black" by a shampoo; "the army uses this", "leaders' families drink it", 清北名师,
a county head "endorsed it"; "blessing in every meal", "keeps you safe on the road", "absorbs sickness";
"no loss when sold back", "steady income every day", "a guaranteed N per mu", "a guaranteed N-point rise",
"buy-back with profit", 收藏级, "sells for double next year"; paying in the offline shop, "come and fetch it at my
yard"; "one in every three Chinese", "praise us even if unhappy", "N dogs all say it's tasty", "order N to push the
ranking", "nine in ten old customers rebuy".
Ordinary patter stays quiet: a courier's lateness, a quick helper, a countdown to the next item, a replay,
lighter "a little", a doctor for a cold, tissues for a runny nose, a pan that is "not forever non-stick", a bigger
size for a growing child, a raincoat that isn't forever dry, a plain bracelet that is "not collector grade", a yard
full of vegetables, a filter changed every three months, honest reviews welcome.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这批樱桃就这几天了晚了就莫得了", "虚假紧迫"),
    ("库存不多了拍晚了就没了哈", "虚假紧迫"),
    ("家人们麻溜下单 这个价今天就给一回", "虚假紧迫"),
    ("老铁们别磨叽了赶紧拍 这批卖完就不上了", "虚假紧迫"),
    ("训练营名额随时就没 想报的抓紧", "虚假紧迫"),
    ("这个价下了播就涨回去了", "虚假紧迫"),
    ("十秒后恢复原价 十九八七", "虚假紧迫"),
    ("这个保温杯就卖今天 明天不上了", "虚假紧迫"),
    ("错过今天再等一年家人们", "虚假紧迫"),
    ("小礼品只送前二十个人 后面没有了", "虚假紧迫"),
    ("这个背包比所有同类都能装", "绝对化用语"),
    ("这刀你满世界打听没有能和它比的", "绝对化用语"),
    ("这款吹风机在平价里就是扛把子", "绝对化用语"),
    ("别人家的价格是我们的三倍", "价格违规"),
    ("进我群里拿比直播间还便宜", "价格违规"),
    ("这双胶鞋比县里集市便宜多了", "价格违规"),
    ("这瓶面霜专柜同款只要一半价钱", "价格违规"),
    ("这个药茶天天喝包你不用看医生", "医疗用语"),
    ("孩子感冒喝两天鼻涕就好了", "医疗用语"),
    ("用这个枕头便秘的问题彻底解决", "医疗用语"),
    ("这个纳豆心脑血管病都能预防", "医疗用语"),
    ("这个药膏比医院开的药还管用", "医疗用语"),
    ("这个茶喝半年降压药都可以停", "医疗用语"),
    ("这个泡脚粉泡两个月血管就通了", "医疗用语"),
    ("这个膏药五天冻疮就好了", "医疗用语"),
    ("不保证啊但是没有一个人吃了没效果的", "功效夸大"),
    ("这个钙片吃了半年孩子都蹿了一大截", "功效夸大"),
    ("这款奶粉营养和母乳一模一样", "功效夸大"),
    ("喝一个月毒素全排掉", "功效夸大"),
    ("用一个月秃的地方都长头发了", "功效夸大"),
    ("这个竹炭包放鞋柜里什么味都给你吸光", "功效夸大"),
    ("这套卷子做完成绩保准提高", "功效夸大"),
    ("这个防水胶刷一次一辈子都不漏", "功效夸大"),
    ("这个平底锅永远不粘 随便煎", "功效夸大"),
    ("这个暖脚宝用上手脚再也不凉", "功效夸大"),
    ("这款洗衣液什么油污都能一次洗掉", "功效夸大"),
    ("这个核桃粉孩子吃了智商都变高了", "功效夸大"),
    ("消毒柜一烘一个细菌都不剩", "功效夸大"),
    ("这个腰带绑着五天肚子就平了", "功效夸大"),
    ("这个鱼饵五分钟必上大鱼", "功效夸大"),
    ("这个灭蚁饵一放一只蚂蚁都没有了", "功效夸大"),
    ("衣柜里放一包潮气全没了", "功效夸大"),
    ("这个眼霜用了五年都不显老", "功效夸大"),
    ("这个洗发水用一个月白头发都变黑", "化妆品宣称"),
    ("这款面膜能抑菌痘痘不长了", "化妆品宣称"),
    ("这个乳液抑菌又消炎", "化妆品宣称"),
    ("这个链接在拼多多上也挂了那边便宜二十", "导流私下交易"),
    ("断码了只剩最后这几双", "虚假紧迫"),
    ("这个手电筒部队里都在用", "权威背书"),
    ("这个茶叶领导人家里都在喝", "权威背书"),
    ("这套网课是清华北大名师讲的", "权威背书"),
    ("这个小米我们市长都亲自代言过", "权威背书"),
    ("开过光的筷子吃饭都带福气", "迷信"),
    ("这个平安符挂车上保你出门没灾没难", "迷信"),
    ("这个桃木挂件挂床头能把病气收走", "迷信"),
    ("这个金条回收都不亏", "投资承诺"),
    ("跟着我操作每天稳赚五百", "投资承诺"),
    ("这个果树苗一亩地保底赚八千", "投资承诺"),
    ("这个网课跟着学保底提二十分", "投资承诺"),
    ("这个鸭苗包回收稳赚", "投资承诺"),
    ("这个紫檀手串收藏级品质", "投资承诺"),
    ("这个老白茶放三年就能卖双倍价钱", "投资承诺"),
    ("附近的直接来我们店里扫码付款便宜二十", "导流私下交易"),
    ("本村的直接来我家拿不用拍", "导流私下交易"),
    ("这个洗衣机每五个家庭就有一台", "数据造假"),
    ("收到了不满意也给个好评", "数据造假"),
    ("这款猫粮五万只猫吃了都说香", "数据造假"),
    ("小助理先拍五十单冲个榜", "数据造假"),
    ("八成的老顾客都回来复购了", "数据造假"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "下了播我们还要开会复盘",
    "麻溜的小伙子帮我把箱子搬过来",
    "老铁们别磨叽了，问题一个一个问",
    "名额还有很多不着急",
    "今天只卖吃的不卖衣服",
    "错过今天的直播可以看回放",
    "这个包比市面上同类轻一点点",
    "别家的价格我不清楚我们是这个价",
    "我们老家的集市很热闹",
    "感冒了还是要看医生不要硬扛",
    "这个纸巾擦鼻涕不疼",
    "失眠的问题要找医生看看我们这是个枕头",
    "药不能停这个只是食品",
    "蹿了一大截的孩子裤子要买大码",
    "孩子成绩要靠自己学习机只是工具",
    "这个锅用久了涂层会磨损，不是永远不粘",
    "一辈子都不湿身的雨衣没有这个够用了",
    "污渍洗不掉的可以先泡一泡",
    "洗碗机洗完记得开门晾干",
    "钓鱼的老铁看看这个鱼竿上鱼看运气",
    "蚊子多的地方记得关纱窗",
    "除湿袋满了记得换",
    "白头发多的可以看看这个染发膏",
    "这款染发膏能把白头发染黑半小时上色",
    "我爸以前在部队里当兵他说这个水壶好用",
    "县长来我们村考察过跟这个产品没关系",
    "一路顺风路上注意安全",
    "钻石回收价很低买的时候想清楚",
    "种一亩地要多少苗子大家算一下",
    "这个手串是普通沉香不是收藏级的东西",
    "我家院里种了好多菜",
    "这个面霜不能抑菌就是保湿",
    "洗面奶是普通的没有抑菌成分",
    "这个乳液能抑菌吗？不能，就是普通保湿",
    "每三个月换一次滤芯",
    "不满意可以退好评差评都欢迎",
    "助理们把一百单的链接准备好",
    "老顾客回来复购的挺多的谢谢大家",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
