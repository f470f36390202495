"""Round 25 (t14a): batch 13's lexicon misses in 绝对化用语 医疗用语 功效夸大 化妆品宣称 迷信 投资承诺, as families.

What a user notices: a popup now comes when a product is put first without rival (同价位里绝对排头一个, 全国都找不着第二
款); when a disease or symptom is cured overnight (老胃病第二天就好, 偏头痛当天就好, 失眠就改善了) or the blood vessels are
cleaned (血管变得通畅了); when food keeps you slim (怎么吃都不长肉, 喝了不会胖), eyesight stops failing (视力就不会再下降),
oil never splatters (一滴油都不溅), fuel use drops by a share (油耗直接降两成, 油耗直接减半), a camera never blurs (怎么抖都
不糊), pests never come back (再也不会有跳蚤) or cracks close by themselves (裂纹自己慢慢就愈合了); when skin whitens day
by day (脸一天比一天亮, 越涂越白) or 祛痘 is said as 祛逗/祛豆; when an object brings luck or keeps spirits away (包你行大运,
戴上就走大运, 不招邪, 脏东西都不敢靠近, 转三年的好运, 事业就会越来越旺); and when money or prizes are promised (入手就保值,
每个月净赚三万, 比赛包拿一等奖, 竞赛稳拿省奖). The same words in ordinary patter stay quiet: a queue where one stands
first, a missing size, cramps and insomnia sent to the doctor, a bag said to hold no value, a greeting of 行大运, a collar
that does not pinch, a dirt-proof cover, a tripod against shaky hands, glue that closes a crack, a delivery hub's
yearly freight, a student who once won a prize, one's own wage. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # first without rival
    ("在同价位里这款吹风机绝对排头一个", "绝对化用语", "ABS-0141"),
    ("论做工，这把椅子在国产里必须排头一个", "绝对化用语", "ABS-0141"),
    ("这款茶具放眼全国都找不着第二家", "绝对化用语", "ABS-0138"),
    ("这种工艺挑不出第二款了", "绝对化用语", "ABS-0138"),
    # a disease or symptom cured overnight
    ("这个艾草贴贴上，老胃病第二天就好", "医疗用语", "MED-0218"),
    ("这款枕头用了以后偏头痛当天就好", "医疗用语", "MED-0211"),
    ("這款足浴包泡了以後，失眠就改善了", "医疗用语", "MED-0222"),
    ("这个膏药贴上，关节炎隔天就好", "医疗用语", "MED-0218"),
    # blood vessels cleaned
    ("老年人喝这个纳豆粉，血管变得通畅了", "医疗用语", "MED-0217"),
    ("这款红曲茶喝一阵子血管就变干净", "医疗用语", "MED-0217"),
    # food that keeps you slim
    ("这个零食怎么吃都不长肉，减肥期也能放心吃", "功效夸大", "EFF-0062"),
    ("这款奶茶喝了不会胖，姐妹们放心喝", "功效夸大", "EFF-0062"),
    # eyesight that stops failing
    ("这款护眼仪用了一个月，视力再也不下降了", "功效夸大", "EFF-0078"),
    ("孩子戴上这个眼镜视力就不会再下降", "功效夸大", "EFF-0078"),
    # oil that never splatters
    ("这口不粘锅煎鱼一滴油都不溅", "功效夸大", "EFF-0133"),
    ("这瓶油炒菜完全不溅油", "功效夸大", "EFF-0133"),
    # fuel use cut by a share
    ("这个节油器装上油耗直接降两成", "功效夸大", "EFF-0082"),
    ("加了这个燃油添加剂油耗直接减半", "功效夸大", "EFF-0082"),
    # a camera that never blurs
    ("这个稳定器跑着拍都不糊", "功效夸大", "EFF-0134"),
    ("这款手机怎么抖都不糊", "功效夸大", "EFF-0134"),
    # pests that never come back
    ("这个驱虫滴剂滴一次再也不会有跳蚤", "功效夸大", "EFF-0080"),
    ("这个蟑螂药放一包，家里再也没有蟑螂", "功效夸大", "EFF-0080"),
    ("这 款 项圈 戴 上 半 年 都 不 会 有 蜱虫", "功效夸大", "EFF-0080"),
    # cracks that close by themselves
    ("这个木蜡油擦上，桌面的裂纹自己慢慢就愈合了", "功效夸大", "EFF-0135"),
    ("地板打上这个蜡，裂缝过两天自己就合上", "功效夸大", "EFF-0135"),
    # skin whitened day by day; 祛痘 said another way
    ("这个美白霜抹了脸一天比一天亮", "化妆品宣称", "COS-0002"),
    ("这款身体乳抹完胳膊越涂越白", "化妆品宣称", "COS-0002"),
    ("这款面霜能祛豆淡印", "化妆品宣称", "COS-0008"),
    # luck and spirits
    ("呢个貔貅摆喺屋企包你行大运", "迷信", "SUP-0039"),
    ("这串红绳戴上就走大运", "迷信", "SUP-0039"),
    ("这个桃木挂件挂上以后不招邪", "迷信", "SUP-0037"),
    ("这个平安扣挂上以后不招脏东西", "迷信", "SUP-0037"),
    ("住我们这个房间能转三年的好运", "迷信", "SUP-0003"),
    ("这个转运珠戴上事业就会越来越旺", "迷信", "SUP-0030"),
    ("这个招财猫摆在收银台上业绩蹭蹭地旺", "迷信", "SUP-0030"),
    # money and prizes promised
    ("这块表买了就是保值，戴几年也不亏", "投资承诺", "INV-0013"),
    ("这款金条入手就保值", "投资承诺", "INV-0013"),
    ("做我们的代理每个月净赚三万", "投资承诺", "INV-0009"),
    ("报我们的奥数班比赛包拿一等奖", "投资承诺", "EDU-0020"),
    ("学完这套课程竞赛稳拿省奖", "投资承诺", "EDU-0020"),
])
def test_batch13_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # a queue, a size
    "排队领券的时候我排头一个，结果系统卡了",
    "这款找不着第二个尺码了，只剩均码",
    # illness sent to the doctor, ordinary food and eyes
    "痛经的姐妹这几天注意保暖，多喝热水，严重的去医院",
    "失眠的话建议先去医院看看，别自己乱吃药",
    "这个面包热量不低，吃多了也会长肉的，大家适量",
    "孩子写作业要注意坐姿，视力下降了一定要去医院验光",
    "血管的健康还是要听医生的，我们这个就是普通食用油",
    # oil, fuel, cameras, pests and cracks without a promise
    "炒菜前把锅里的水擦干，不然热油会溅出来",
    "现在油价涨了，油耗高的车开着心疼",
    "这个相机的防抖是五轴的，具体效果看实拍视频",
    "狗子身上有没有跳蚤要翻开毛看一看",
    "木头家具冬天容易开裂，用胶把裂缝粘合上就行",
    "这一整年都不会有新款了，就这几个颜色",
    # skin care without whitening
    "天气冷了皮肤容易干，抹点身体乳保湿",
    "这款面膜补水保湿，皮肤一天比一天水润了",
    "这个身体乳越抹越香，味道很好闻",
    # greetings and objects without a spell
    "祝大家新年行大运，身体健康",
    "这个狗狗项圈戴着不勒脖子，铃铛声音也不吵",
    "这个沙发套不招灰，脏东西用湿巾一擦就干净",
    "这个转运中心一年的运费都要好几万",
    "我们民宿一晚三百八，住两晚送早餐",
    "祝各位老板业绩长虹，生意兴隆",
    "把这个摆件放在办公桌上，显得很有格调",
    # value, prizes and wages said plainly
    "这个包保值不保值看品牌，我们不做承诺",
    "我们课上的学员去年拿过省奖，但比赛成绩看孩子自己",
    "我一个月工资才挣三千，跟大家一样都是打工人",
    "我们店一个月净利润多少不方便说",
    "一个月净挣多少要看你自己怎么经营，我不承诺",
    # a place without pests, a pale face, a white cast, a tripod
    "我们这山里冬天冷，一年四季都不会有蟑螂",
    "有的防晒越抹越白，假白，咱这款是透明的",
    "这个相机在三脚架上怎么拍都不糊，手持就得注意",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
