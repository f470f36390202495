"""Round 136 (batch 63's false alarms, rules alone, and batch 61's left by round 133): a word reported as someone else's
and refused, caught or pressed as a word, on a banned list, an effect the host does not claim, a countdown shown on
screen, patients sent to their doctor or cautioned, a first-N gift with its cut-off told; names and records — a
landmark or dish with 第一, a person's taste, another brand's dish, a colour's name, the winners' list asked after, the
first in a queue, a disclaimer of treatment, a stream's peak, an item's range with its figure, a name with 最; and the
row 官方指定 (景区官方指定帐篷) for the claim the false 第一 used to hide.

What a user notices: 评论说"这就是顶配天花板"是说笑的 我们不敢这么讲, 你刚才说"第一"了, 别读成"最好", 禁用词名单 …都在上面,
我可不跟你说它能祛斑, 页面左上角显示倒计时, 痛风的朋友能穿这双吗?问你的医生去, 黄河第一湾, 我最爱的电影, 至尊披萨, 排第一个的
观众, 不能代替药物治疗, 最高在线, 最多坐五个人 no longer raise a popup; the same words said as claims still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a quoted word typed or said by others, refused later
    "评论区有人说\"这就是顶级货\"，那是开玩笑的，我们可不敢这么讲",
    "网友刷\"全网最低\"，全网的价我们不知道，只知道店里是这个价",
    "别家直播间敢说\"百分百有效\"，我们说不了，效果因人而异",
    # the word itself declined right after
    "大家夸我们是第一，第一我们担不起，就是老老实实做货",
    # caught saying the word, told not to misread, pressed to say it
    "主播B：你刚才说\"第一\"了！主播A：我说的是第一排的观众",
    "他差点念出\"最好\"两个字，赶紧改口了",
    "这个档叫一档，你们别读成\"第一\"",
    "你们再怂恿我说最强我就关播了",
    # a banned-word list, the law's object
    "后台贴了一张违禁词名单 唯一 顶级 最佳都在上面 大家监督我",
    "平台查的是最佳这种词，不是查你们打字",
    # an effect not claimed
    "我可不跟你们说它能祛斑，它就是个保湿霜",
    "我们从不宣传能招财，就是个摆件",
    # a countdown the screen shows, no push
    "页面左上角显示倒计时三分钟，到点这个券自动失效",
    # patients asked about and sent to the doctor, or cautioned
    "痛风的朋友能穿这双鞋吗？这个你得问你的主治医生",
    "高血压的朋友注意，这款腊肠偏咸，少吃点",
    "有观众问是不是该买生发的 先去医院看看是啥原因 别指望洗发水",
    # a first-N gift with its cut-off told
    "前五十名送的是同款小样，第五十一名开始没有小样，价格一样",
    # a medical grade of fabric, no cure
    "这条毛巾是医疗级的棉纱，吸水快",
    "宝宝的口水巾用的医用级别的纯棉纱布，软",
    "这床被套是医用级的面料织法，透气",
    # the backer's own goods set apart from ours
    "航天员那款手表是人家的专属定制，咱们这款就是普通电子表",
    "消防员那套衣服是人家的专用装备，我们这个是普通的冲锋衣别搞混",
    "国家队比赛穿的是人家的定制款，我们这款就是普通训练服",
])
def test_round136_reported_and_disowned_words_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # landmarks and a famous dish with 第一
    "上周去了黄河第一湾露营，风大得很",
    "我们在天下第一关拍了宣传照",
    "去济南一定要看天下第一泉",
    # a person's own taste in things that are not goods
    "主播A最爱的电影是大话西游",
    "我最喜欢的季节是秋天，露营正好",
    # another brand's dish, a colour's name
    "昨晚点了一份至尊披萨当夜宵",
    "这支笔的配色叫\"至尊金\"，就是香槟金",
    # the winners' list asked after, the first in a queue
    "很多人问中奖名单，在公告栏里",
    "排第一个的观众问尺码，穿多大",
    # a disclaimer of treatment
    "这个只是普通的泡脚包，不能代替药物治疗",
    # a stream's record, an item's range with its figure
    "昨天直播间最高在线一千二",
    "这辆推车最多坐两个宝宝",
    "这个镜头最大光圈到一点八",
    "这款灯最低能调到五流明",
    # a name with 最
    "我们运营小哥名叫王最，不是说最好的意思",
])
def test_round136_names_and_records_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the same words said as claims
    ("这就是顶级货，闭眼入", "绝对化用语"),
    ("评论说\"这就是顶级货\"，没错，就是全网第一", "绝对化用语"),
    ("我们的面膜能祛斑，用一周就淡了", "化妆品宣称"),
    ("你刚才说第一，没错它就是行业第一", "绝对化用语"),
    ("倒计时五分钟，抓紧抢，手慢无", "虚假紧迫"),
    ("屏幕上有倒计时，赶紧拍，错过就没了", "虚假紧迫"),
    ("痛风的朋友喝这个茶能缓解，不用去医院", "医疗用语"),
    ("有观众问失眠能不能喝，能喝，喝了就睡得香，不用去医院", "功效夸大"),
    ("糖尿病的朋友吃这个可以降血糖", "医疗用语"),
    ("前五十名下单送小样，手慢就没了", "虚假紧迫"),
    # the names and records do not shelter claims
    ("这款面膜是天下第一面膜", "绝对化用语"),
    ("大家最喜欢的就是这款，全网最火", "绝对化用语"),
    ("至尊版是全网最强的", "绝对化用语"),
    ("这款销量排第一位，全网排第一", "绝对化用语"),
    ("最低99元，全网最低价", "价格违规"),
    ("喝了最多能瘦十斤", "功效夸大"),
    ("医用级纱布面料，能杀菌消炎，伤口贴着就好", "医疗用语"),
    ("这款口罩是医疗级的无纺布，抗菌防病毒", "医疗用语"),
    ("国家队那套球衣是人家的专有款，我们这个是同款", "权威背书"),
    ("国家队那套是人家的专用款，我们这个是普通版，但是国家队都在穿", "权威背书"),
    # 官方指定: a scenic site's or an organiser's designation
    ("这顶帐篷是景区官方指定的露营装备", "权威背书"),
    ("马拉松组委会指定的跑鞋就是这双", "权威背书"),
    ("这款球是赛事官方指定用球", "权威背书"),
])
def test_round136_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "请认准官方指定旗舰店购买",
    "景区门口的官方指定停车场在东边",
    "我们不是官方指定的，就是普通款",
])
def test_round136_official_channels_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
