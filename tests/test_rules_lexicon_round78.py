"""Round 78 (batches 30–31's misses in 功效/医疗/化妆品/绝对化/紧迫, t31a): lexicon only — variants widened in place
on 25 rows, three new rows (腿脚比年轻人还利索, 激发荷尔蒙, 没几单了) and a few 异味 members.

What a user notices: a garment said to drop the heat by N degrees as soon as it is on (穿上立马降温八度), slimming lying
down (躺着也能瘦), a stain gone in one soak (汗渍一泡全没了), a drink that lifts school marks at once (吃了成绩马上提高),
a new-car or paint smell gone in a second (装修味一喷秒散), "works as soon as you use it" (贴上就有效), old bones or legs
made young again (吃了骨头跟年轻人一样, 腿脚都利索了, 关节比年轻人还灵活), a shampoo that also dyes (洗发水还能染黑),
a perfume that stirs hormones and bewitches (费洛蒙香水, 让他对你着迷), constipation cleared or a child's complaint cured by
a count (老便秘喝两包就通了, 积食吃三天就好), N degrees below zero and never cold (零下四十度都不带冷), a sore back gone
(坐上去腰就不酸了), stock said to be nearly out (没几件了, 莫得几瓶了, 好快冇货), a countdown to pull the link or price
(数五个数就下链接, 三秒后就撤), melanin washed off, "the 扛把子 of this trade" (这一行就是扛把子), a tea drunk as medicine
(当药喝), a pet's ringworm gone down, a pet's shedding stopped, never fat however much one eats (吃再多都不胖), walking
N kilometres without tiring, sobering up in minutes, "not buying means none till next year" (不买明年都没得吃了), the last
seats of a course (就剩五个座, 名额就剩两个), never made again (以后再也不生产了), 激素脸 too can use it, 做到了极致 — all
now raise popups. Ordinary talk that shares the words stays quiet: weather (明天降温十度), advice (便秘的话多喝水, 别当药喝),
people not stock (会这门手艺的没几个了), a draw's countdown (数三个数我们开始抽奖), a brand's notice that a colour is
discontinued (品牌方说以后不再生产了), 骨头汤, 一行字, 掉毛的话多梳梳. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # heat dropped by N degrees once worn (EFF-0147)
    ("这件冰丝衬衫穿上立马降温八度", "功效夸大"),
    ("这个冰袖戴上直接降温五度", "功效夸大"),
    ("这条凉被盖上以后直接降温五度", "功效夸大"),
    # slimming lying or sitting down (EFF-0015)
    ("不节食躺着也能瘦", "功效夸大"),
    ("这款代餐坐着就能瘦", "功效夸大"),
    # a stain gone in one soak or spray (EFF-0146)
    ("什么汗渍一泡全没了", "功效夸大"),
    ("厨房油污一喷就没", "功效夸大"),
    # school marks lifted at once by a food (EFF-0031)
    ("这个核桃粉孩子吃了成绩马上提高", "功效夸大"),
    ("喝完这个口服液成绩立刻提高", "功效夸大"),
    # a smell gone in a second (EFF-0142 and the 异味 class)
    ("装修味一喷秒散", "功效夸大"),
    ("车里烟味瞬间散了", "功效夸大"),
    # works as soon as used (EFF-0001)
    ("这个膏药贴上就有效", "功效夸大"),
    ("这个鱼油吃了就见效", "功效夸大"),
    # old bones and legs made young (EFF-0194)
    ("这个钙片吃了骨头跟年轻人一样", "功效夸大"),
    ("老人喝了半年腿脚跟年轻人一样", "功效夸大"),
    ("喝了三个月关节比年轻人还灵活", "功效夸大"),
    ("这个羊奶粉喝了腿脚都利索了", "功效夸大"),
    ("老人家喝了再也不怕摔", "功效夸大"),
    # a shampoo that dyes too (COS-0026)
    ("这款洗发水还能染黑", "化妆品宣称"),
    ("边洗边染黑，一瓶搞定", "化妆品宣称"),
    # a perfume that stirs hormones or bewitches (COS-0081)
    ("香水一喷让他对你着迷", "化妆品宣称"),
    ("这款费洛蒙香水专门吸引异性", "化妆品宣称"),
    # constipation cleared, a complaint cured by a count (MED-0211)
    ("老便秘的喝两包就通了", "医疗用语"),
    ("孩子积食吃三天就好", "医疗用语"),
    ("咳嗽喝两瓶就好", "医疗用语"),
    # below zero and never cold (EFF-0122)
    ("这件羽绒服零下四十度都不带冷的", "功效夸大"),
    # a sore back gone (MED-0231)
    ("这个靠垫坐上去腰就不酸了", "医疗用语"),
    # stock nearly out (URG-0175, URG-0037)
    ("库存没几件了，抓紧", "虚假紧迫"),
    ("腊肠莫得几包了哈", "虚假紧迫"),
    ("呢款好快冇货喇", "虚假紧迫"),
    # a countdown to pull the link or the price (URG-0045, URG-0026)
    ("我数五个数就下链接", "虚假紧迫"),
    ("这个价三秒后就撤", "虚假紧迫"),
    # melanin washed off (COS-0036)
    ("这个洗面奶能把黑色素洗走", "化妆品宣称"),
    # the 扛把子 of a trade (ABS-0164)
    ("在母婴这一行我们就是扛把子", "绝对化用语"),
    # drunk as medicine (MED-0055)
    ("这个养生茶可以当药喝", "医疗用语"),
    ("高血压的可以当成药吃", "医疗用语"),
    # a pet's ringworm gone down (MED-0209), a pet's shedding stopped (EFF-0123)
    ("狗狗用了这个喷剂狗癣就消下去了", "医疗用语"),
    ("猫咪吃了三天掉毛就停了", "功效夸大"),
    # never fat (EFF-0062), N kilometres without tiring (EFF-0144), sober in minutes (EFF-0036)
    ("这个茶吃再多都不胖", "功效夸大"),
    ("这个健步鞋走二十公里都不累", "功效夸大"),
    ("喝了这个十分钟酒就醒", "功效夸大"),
    # none till next year unless bought now (URG-0014), the last seats (URG-0008), never made again (URG-0034)
    ("今天不买明年都没得吃了", "虚假紧迫"),
    ("课程就剩五个座", "虚假紧迫"),
    ("训练营名额就剩两个", "虚假紧迫"),
    ("这款以后再也不生产了", "虚假紧迫"),
    # 激素脸 too (COS-0042), 做到了极致 (ABS-0081)
    ("激素脸也能放心用", "化妆品宣称"),
    ("这款机器把降噪做到了极致", "绝对化用语"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这件防晒衣穿上体感很清爽",
    "明天降温十度大家多穿点",
    "寒潮一来明天直接降温八度",
    "今天风大体感低五度",
    "这件外套零下二十度的时候里面要加毛衣",
    "油渍多的话先泡一下再洗",
    "孩子成绩不好也别着急，多陪陪他",
    "新车到手先开窗通风散散味",
    "年轻人和老人都能穿",
    "腿脚不利索的老人也能用",
    "骨头汤跟年轻人一样爱喝",
    "这个香水是木质调，男生女生都能用",
    "老铁们没几天就过年了",
    "会这门手艺的老师傅没几个了",
    "这个茶别当药喝，就是普通口粮茶",
    "这个毛衣不掉毛",
    "换季掉毛的话多梳梳毛",
    "吃多少拿多少，别浪费",
    "喝酒别开车，酒醒了再走",
    "明年还会有新茶的，今年的先尝尝",
    "五秒后开始抽奖",
    "数三个数我们开始抽奖",
    "这个颜色以后不再生产了，品牌方公告的",
    "激素脸的宝宝请先咨询医生再用",
    "我们在这一行做了十年",
    "最后几个位子留给老粉",
    "便秘的话多喝水多吃蔬菜",
    "腰酸的话多休息，按摩仪只是放松",
    "这洗发水还能去屑",
    "黑色素是皮肤自带的",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
