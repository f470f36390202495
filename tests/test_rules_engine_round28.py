"""Round 28 (t15a): batch 14's lexicon misses in 绝对化用语 医疗用语 功效夸大 化妆品宣称 迷信, as families.

What a user notices: a popup now comes when a product is praised as the best in net slang (就是yyds, 持妆界的永远的神)
or put first in a scope (同价位里就是老大, 扫地机中的扛把子, 再也找不着更好的, 全网就这么一件); when ordinary goods promise
an outcome — muscles that swell (肌肉蹭蹭长, 腹肌就出来了), no tiredness all night (通宵打游戏都不困), warmth that never
fades (一分钟都不凉), a seal that never leaks (五十年都不漏), a belly that shrinks (肚子就瘪下去), eyes no longer dim (眼睛
就不花了), smoke smell gone in a second (烟味立马就没), a bite guaranteed (十分钟就连竿); when a disease dissolves
(结节慢慢就化掉了) or a symptom stops (拉肚子喝两包就止住了, 淤青即刻散晒); when a plain cream whitens or blocks the sun
(搽完个面白晒, BB霜自带防晒) or spots deflate (闭口就瘪下去); and when an object or a temple trip brings luck (晦气都进不来,
当煞, 踩小人, 腰包越来越鼓, 财源哗哗往里进, 摆在收银台上生意一天比一天红火, 拜完保你考运亨通, 戴住成年都好运, 逢钓必爆).
The same words in ordinary patter stay quiet: a song that is yyds, the eldest child, the shop's own star product, a
flexing muscle, a cooling cup of water, a deflated balloon or soufflé, skincare order advice, a registered sunscreen,
a hat that blocks the sun, a greeting of good business, a wallet full of cards, a temple tour, a single link.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # the best, in net slang and in a scope
    ("这款口红才是yyds", "绝对化用语", "ABS-0165"),
    ("这款粉底液才是持妆界的永远的神", "绝对化用语", "ABS-0165"),
    ("这款羽毛球拍在同价位里就是老大", "绝对化用语", "ABS-0166"),
    ("这款钓竿在市面上数它老大", "绝对化用语", "ABS-0166"),
    ("这个蓝牙耳机再也找不着更好的了", "绝对化用语", "ABS-0167"),
    ("这辆二手车全城找不着第二辆", "绝对化用语", "ABS-0167"),
    ("这款扫地机是扫地机中的扛把子", "绝对化用语", "ABS-0168"),
    ("这件翡翠全网就这么一件", "绝对化用语", "ABS-0169"),
    # muscles, wakefulness, warmth, seals
    ("这款增肌粉喝半个月肌肉蹭蹭长", "功效夸大", "EFF-0136"),
    ("健身的宝子们吃一个月腹肌就出来了", "功效夸大", "EFF-0136"),
    ("这个能量饮料喝一罐通宵打游戏都不困", "功效夸大", "EFF-0137"),
    ("这款茶喝了以后一整天都不累", "功效夸大", "EFF-0137"),
    ("这个电热护腰一上身一分钟都不凉", "功效夸大", "EFF-0138"),
    ("这款保温饭盒从早到晚饭菜都不凉", "功效夸大", "EFF-0138"),
    ("这个密封胶打上去五十年都不漏", "功效夸大", "EFF-0139"),
    ("阳台刷了这个防水层一辈子都不渗", "功效夸大", "EFF-0139"),
    # belly, eyes, smells, fish
    ("这款酵素喝两周肚子就瘪下去了", "功效夸大", "EFF-0140"),
    ("喝了半个月腰带都往里勒了两个孔", "功效夸大", "EFF-0140"),
    ("这个护眼片戴一个月眼睛就不花了", "功效夸大", "EFF-0141"),
    ("老人吃了蓝莓片看东西都不花了", "功效夸大", "EFF-0141"),
    ("这个除味喷雾一喷屋里烟味立马就没", "功效夸大", "EFF-0142"),
    ("这款冰箱除味剂放进去异味瞬间消失", "功效夸大", "EFF-0142"),
    ("这个窝料撒下去十分钟就连竿", "功效夸大", "EFF-0143"),
    ("用我们的饵料保证你一上午都连竿", "功效夸大", "EFF-0143"),
    # a disease dissolved, a symptom stopped
    ("这个负离子手环戴上结节慢慢就化掉了", "医疗用语", "MED-0245"),
    ("喝这个茶肾结石都化没了", "医疗用语", "MED-0245"),
    ("宝宝拉肚子喝两包就止住了", "医疗用语", "MED-0246"),
    ("这个膏药贴上去腰疼马上止住", "医疗用语", "MED-0246"),
    ("呢个跌打油搽落去淤青即刻散晒", "医疗用语", "MED-0246"),
    # a plain cream that treats spots, whitens or blocks the sun
    ("这个精华抹一晚上闭口就瘪下去", "化妆品宣称", "COS-0068"),
    ("用了一周眼袋都消下去了", "化妆品宣称", "COS-0068"),
    ("呢支面霜搽完个面白晒", "化妆品宣称", "COS-0069"),
    ("这款BB霜自带防晒出门不用愁", "化妆品宣称", "COS-0070"),
    ("这款懒人霜还能防晒一瓶搞定", "化妆品宣称", "COS-0070"),
    # luck from objects and temples
    ("这个地垫铺在门口晦气都进不来", "迷信", "SUP-0042"),
    ("这个葫芦挂在床头挡住屋里的煞气", "迷信", "SUP-0042"),
    ("这双红鞋垫踩小人，一年顺顺利利", "迷信", "SUP-0042"),
    ("这个貔貅摆上以后腰包越来越鼓", "迷信", "SUP-0043"),
    ("这个金蟾往收银台一摆财源哗哗往里进", "迷信", "SUP-0043"),
    ("这个关公像放在店门口生意一天比一天红火", "迷信", "SUP-0044"),
    ("这个文昌笔放在书桌上保你考运爆棚", "迷信", "SUP-0045"),
    ("去灵隐寺拜完保你心想事成", "迷信", "SUP-0045"),
    ("戴住呢条手链成年都好运", "迷信", "SUP-0046"),
    ("戴上这个转运珠逢抽必中", "迷信", "SUP-0047"),
])
def test_batch14_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # slang about a song, an eldest child, a pet, the shop's own star
    "这首背景音乐yyds，好多人问歌名",
    "我家老大今年上初中了，老二还在幼儿园",
    "在家里它就是老大，猫主子嘛",
    "我们直播间里的扛把子主播今天休息",
    "找不着第二个尺码的话联系客服",
    # muscles, tiredness, warmth, seals, bellies and eyes said plainly
    "发力的时候肌肉会鼓起来这是正常的",
    "熬夜对身体不好，大家早点睡",
    "这杯水放了一会儿有点凉了",
    "这款手表防水五十米，日常洗手没问题",
    "饿得肚子都瘪了，我们先吃口饭",
    "这个腰带可以往里收两个孔，尺寸可调",
    "我眼睛有点花，看不清弹幕，大家等一下",
    "车里有烟味的话开窗通风就好",
    "钓鱼要有耐心，不是下竿就有鱼",
    # things that deflate, wounds and illness sent to the doctor
    "面团发起来以后按一下就瘪下去了",
    "这个气球放一晚上就瘪了",
    "骨折的话先去医院拍片",
    "孩子拉肚子要及时就医，别乱吃药",
    # skincare order, registered sunscreen, clothes and hats
    "面霜用完再涂防晒，这是正确顺序",
    "这款防晒霜是特殊化妆品，有国妆特字",
    "这个帽子还能防晒，夏天出门戴正好",
    "这件衣服白晒了一下午，下雨全湿了",
    # greetings, wallets, temple tours, links
    "祝大家生意兴隆，新年快乐",
    "这个钱包卡位多，装满了也不会鼓起来",
    "这条线去五台山拜拜，风景特别好",
    "拜完年我们继续上链接",
    "全网就这一个链接，别拍错了",
    "这条手链戴住好靓，成年都可以戴",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
