"""Round 12 (families of blind batch 9's misses, tune9lexA): 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称, 价格违规
said in paraphrase — outside rivals that cannot compare, symptoms gone after use, myopia held back, pet diseases
survived, waist and belt notches, farm yield and 药害, parts that never need replacing, guarantees in other words,
Cantonese sleep and whitening, stretch marks prevented, 一扫光, prices nobody else has, selling at a loss and
unverifiable outside prices (别家, 批发, 金店, 银行, 宠物医院).

What a user notices: an anchor who says 哪家都比不上咱家这台, 腿疼就没了, 度数往回降了七十五度, 得了猫瘟的猫都熬过来了,
裤子都大了一圈, 完全没有药害, 五年都不用换, 不好使的话回来找我, 肚子上一条纹都不长, 比同行便宜百分之四十,
专柜都卖六百多 gets a popup whose suggestion fits what was said; 这两款不是一个档次的, 零食吃多了容易闹肚子,
有耳鸣先去医院查, 滤芯半年换一次, 超量用会有药害, 分发缝用宽齿梳, 批发价和零售价的区别, 亏本的生意没人做 gets none.
The wordings are new ones, not the batch's sentences. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 绝对化: outside rivals cannot compare
    ("这款电热毯你随便挑，没有一条比它暖和", "绝对化用语"),
    ("论性价比，哪家都比不上咱家这台", "绝对化用语"),
    ("别人家的刀跟它压根不是一个档次", "绝对化用语"),
    ("这个续航把同类产品甩了八条街", "绝对化用语"),
    ("这个吸力把市面上的都秒成渣了", "绝对化用语"),
    ("這個降噪效果沒有任何一家能超越", "绝对化用语"),
    ("放眼全球就我们一家能做这种面料", "绝对化用语"),
    # 医疗: symptoms gone, myopia, pet diseases, blood counts
    ("用了这个足贴，老寒腿的人腿疼就没了", "医疗用语"),
    ("孩子喝了这个奶粉就不闹肚子了", "医疗用语"),
    ("老人家戴上这个耳鸣就好了", "医疗用语"),
    ("呢款凉茶饮两日就唔咳喇", "医疗用语"),
    ("这款护眼台灯用半年，孩子近视度数往回降了七十五度", "医疗用语"),
    ("得了猫瘟的猫喂这个营养膏都熬过来了", "医疗用语"),
    ("猫藓的地方喷三天就结痂了", "医疗用语"),
    ("放疗的病人吃了血小板很快就上来了", "医疗用语"),
    # 功效: waist, farm, durability, guarantees, sleep, youth, renovation
    ("这个酵素喝完两盒，裤子都大了一圈", "功效夸大"),
    ("这个生根粉用了以后苹果个头能翻一倍", "功效夸大"),
    ("这款杀菌剂喷在黄瓜上完全没有药害", "功效夸大"),
    ("这个冲施肥保底每亩多收两千斤", "功效夸大"),
    ("这块电池装上去五年都不用换", "功效夸大"),
    ("这款防蚊贴用了保证一晚上不被咬", "功效夸大"),
    ("不好使的话你随时回来找我", "功效夸大"),
    ("要是不见效你就来直播间骂我", "功效夸大"),
    ("呢个眼罩戴住一觉瞓到天光", "功效夸大"),
    ("这个助听器戴上跟年轻时候一样听得清", "功效夸大"),
    ("装修完开着它一个星期就能住", "功效夸大"),
    # 化妆品: homophones of 祛斑, hair, stretch marks, 一扫光, 白咗
    ("这个面霜驱斑很厉害", "化妆品宣称"),
    ("这个防脱洗发水坚持用，发缝越来越窄了", "化妆品宣称"),
    ("孕妇用这个按摩霜，生完宝宝肚子上一条纹都不长", "化妆品宣称"),
    ("这个祛痘膏痘痘闭口一扫而光", "化妆品宣称"),
    ("搽咗一个礼拜白咗一个色号", "化妆品宣称"),
    # 价格: nowhere cheaper, at a loss, unverifiable outside prices
    ("这个价你去哪个平台都买不到", "价格违规"),
    ("呢个价出面搵唔到", "价格违规"),
    ("我们这一单真的是亏着本给大家的", "价格违规"),
    ("这个燕窝比同行便宜百分之四十", "价格违规"),
    ("这罐奶粉比别人家便宜三成", "价格违规"),
    ("比外面便宜了一半还多", "价格违规"),
    ("这个价格你在别的平台根本找不到", "价格违规"),
    ("这瓶精华专柜都卖六百多", "价格违规"),
    ("这个金条比金店便宜二十块一克", "价格违规"),
    ("这个价比批发价还便宜", "价格违规"),
])
def test_batch9_families_raise_a_popup(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize(("text", "fitting"), [
    # the popup's suggestion is about what was said, not an unrelated row's
    ("不灵你直接来找我", "效果因人而异"),
    ("这个净水器滤芯装上十年都不用换", "耐用度以实际使用为准"),
    ("这款除草剂一点药害都不会有", "按说明书用量使用"),
    ("装修完当天就能搬进去住", "入住前请通风并以检测为准"),
    ("这个药宠物医院都卖两百多", "活动价以下单页面为准"),
    ("这款精华是去班的，有斑的姐妹冲", "均匀肤色感（以注册证为准）"),
])
def test_the_suggestion_fits_the_claim(matcher, text, fitting):
    suggestions = {s for h in _hits(matcher, text) for s in h.suggestions}
    assert fitting in suggestions


@pytest.mark.parametrize("text", [
    "这两款不是一个档次的，预算多的选贵的",
    "哪家快递比较快我也说不准",
    "我家离仓库就隔了两条街",
    "没有一台机器是不需要保养的，滤网记得定期洗",
    "这个零食别给狗狗吃太多，容易闹肚子",
    "主播今天有点打喷嚏，大家见谅",
    "有耳鸣的话先去医院查一下原因",
    "这副眼镜可以配五十度到八百度",
    "空调温度往回降两度会舒服一点",
    "细小的颗粒都能过滤掉",
    "这条裤子的裤腰可以往里收两个扣，腰细的姐妹放心",
    "这个品种一亩地大概能收一千斤，看天气",
    "这个药超量用会有药害，一定按说明书来",
    "滤芯一般半年换一次，看用水量",
    "不会用的可以来找我，我教你",
    "用了保证金就能参加活动",
    "这个味道跟我年轻时候吃的一样",
    "新房装修完建议通风三个月再入住",
    "我下了班去班上接孩子",
    "分发缝的时候记得用宽齿梳",
    "这个花瓶釉面不会裂",
    "客服在哪个平台都能找到，点右下角就行",
    "亏本的生意没人做，这个价是工厂直供省下来的",
    "批发价和零售价的区别我给大家讲一下",
    "银行的金条和我们的金条成色一样，都是足金",
    "这个是专柜同款，专柜也有卖",
    "我们只在这个直播间卖，别的平台找不到我们的店",
    "这个裤子腰围偏大的话可以拿去裁缝店收一下",
    "天冷了大家注意保暖，别闹肚子",
])
def test_look_alikes_of_the_new_families_stay_quiet(matcher, text):
    assert [(h.surface, h.term) for h in _hits(matcher, text)] == []
