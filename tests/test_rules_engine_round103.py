"""Round 103 (t42b): batch 42's false alarms in F11 (advice to patients) and F15 (names), and batch 43's generic ones.

What a user notices: advice to someone ill or on medication (糖尿病嘅朋友呢款莫食, 有哮喘的朋友烧烤的时候站远一点, 对芒果过敏的
宝宝注意…车间也加工芒果, 在吃降糖药的爬山前先问问你的主治医生, 有鼻炎的新被子先晾两天), a landmark or a natural record
(泰山那个天下第一山我们爬过, 长江是中国第一长河), a song or a playlist's order (歌单第一首是孤勇者), a phone model an accessory
fits (适配华为mate60至尊版), a brand another room sells (对面直播间是卖周大福珠宝的), a colour's poetic name (色号叫第一抹红),
最好 / 最适合 as advice (出门最好戴顶帽子, 最适合配一碗白粥), a topic fronted and left out (风水这块我们不谈), a book not ours,
"can't say" in dialect (阿拉讲勿来是不是最好), a reported question answered no after a full stop, an outside price not checked,
a disinfectant's filed 杀菌, "not as a drug", an effect inside a declined clause (不敢保证你用了以后就不长痘) and our own shop
searched in 抖音商城 no longer raise a popup — while an effect promised to patients, a product's own ranking, a grade
(这件羽绒服最好穿), a turn back (但, 反正), a price push and a way to another platform still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F11: advice to patients, in dialect or with another sufferer noun
    "有糖尿病的兄弟这款酥糖甭买了太甜",
    "糖尿病嘅朋友呢款莫食太多糖分高",
    "有高血压的老铁这个腊肉莫吃太咸了",
    # F11: a warning with its reason, keep away, carry, a doctor, air it first
    "对芒果过敏的宝宝注意一下这款果干的车间也加工芒果",
    "花生过敏的朋友当心哈配料里有花生碎",
    "有哮喘的朋友烧烤的时候站远一点烟大",
    "有哮喘的宝宝生火的时候离远点",
    "在吃降糖药的爬山前先问问你的主治医生",
    "正在吃降压药的朋友喝这个茶之前先咨询一下医生",
    "有鼻炎的这个新被子先晾两天再盖",
    "有过敏性鼻炎的新床垫先通风几天",
    # F15: a landmark or a natural record
    "泰山那个天下第一山我们前年爬过",
    "济南的天下第一泉我们去打卡过水真清",
    "长江是中国第一长河我们这个茶就长在江边",
    "亚马逊河是世界第一大河",
    # F15: a song, a playlist's order
    "直播间背景音乐放的是最炫民族风",
    "这首歌叫最美的期待谁点的",
    "歌单第一首是孤勇者",
    # F15: a device model, a rival's brand, a poetic name
    "这个手机膜适配华为mate60至尊版",
    "对面直播间是卖周大福珠宝的",
    "楼下那家卖至尊披萨的老板天天来买我们的腊肉",
    "这支口红的色号叫第一抹红",
    "这款香水的名字叫第一场雪",
    # advice: 最好 + a verb + a piece, 最适合 + what to pair it with
    "天冷了带娃出门最好戴顶帽子",
    "下雨天出门最好带把伞",
    "冬天睡觉最好盖床厚被子",
    "这个锅巴最适合配一碗白粥",
    # topics: fronted and left out, a book not ours
    "关于转运这块咱们不聊只说做工",
    "风水这块我们不谈今天只讲材质",
    "说到风水我们一概不评论",
    "讲风水的那本书我们没卖哦咱家就卖茶具",
    "写风水的那本书不在我们家卖",
    # declines: dialect "can't say", a full stop before the answer, an outside price not checked
    "阿拉讲勿来是不是最好侬自家看",
    "我说不准是不是最好你们自己比",
    "有宝宝问能不能加微信。主播A：不能哈，平台不允许。",
    "有人问能不能私下转账。不行哈",
    "超市卖两百多的那种我也不清楚，咱就说咱家的",
    "外面卖五百的我真不知道，大家看页面",
    "商场里卖八百多的那个我没看过",
    # negated / evidence: a disinfectant's filing, not as a drug, a declined clause of use
    "这个酒精有消字号，能杀菌",
    "这款84消毒液已备案 可以除菌",
    "别拿它代替药物哈",
    "我不敢保证你用了以后就不长痘",
    "不敢说宝宝吃了就不感冒",
    "我们不敢说狗狗吃了就不生病 就是营养均衡",
    # contact: our own shop searched in 抖音商城
    "抖音商城里搜咱家店名就能找到",
])
def test_advice_names_topics_and_declines_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # F11 near-misses: an effect or a sale to patients
    ("有糖尿病的兄弟这款米花糖放心吃不升糖", "不升糖"),
    ("有鼻炎的宝宝用这个枕头就不打喷嚏了", "有鼻炎的"),
    ("对花生过敏的宝宝注意这款饼干吃了就不过敏了", "过敏的宝宝"),
    ("有哮喘的朋友这款空气净化器专门为你们设计", "有哮喘的"),
    ("有糖尿病的兄弟带上这个控糖神器", "有糖尿病的"),
    ("高血压的朋友莫慌这个茶降压效果好", "降压"),
    ("有鼻炎的先用这个洗鼻器通一通", "有鼻炎的"),
    ("有高血压的老铁莫吃药了 喝这个茶就行", "有高血压的"),
    ("有鼻炎的朋友注意 这个精油的成分能通鼻", "鼻炎的朋友"),
    # F15 near-misses: the goods ranked
    ("这款帐篷是世界第一", "世界第一"),
    ("这个帐篷的品质天下第一", "天下第一"),
    ("我们家的茶是天下第一茶", "天下第一"),
    ("这款冲锋衣是世界第一 珠峰都能上", "世界第一"),
    ("这款音箱放歌是最好听的", "最好"),
    ("这款手机壳是至尊版 顶配", "至尊版"),
    ("我们家是卖至尊珠宝的", "至尊"),
    ("这款颜色叫第一名", "第一名"),
    # advice near-misses: a grade
    ("这件羽绒服最好穿", "最好穿"),
    ("这是最好穿的一件", "最好穿"),
    ("这双鞋最好穿一点都不磨脚", "最好穿"),
    ("听歌这方面它是最强的", "最强的"),
    ("这款面霜最适合敏感肌", "最适合"),
    # topics near-misses: a turn, a promise
    ("关于风水我们不聊，私下可以找我", "风水"),
    ("讲风水的那本书不是我们家卖的，但这个摆件能转运", "风水"),
    ("风水这块我们最懂", "最懂"),
    ("关于风水我们不聊 反正摆了就旺", "风水"),
    ("讲风水的那本书不是我们家卖的 我们卖的摆件才是真旺财", "风水"),
    # declines near-misses: turned back, answered yes, a price push
    ("我讲不来最好 反正全网就它最好", "最好"),
    ("讲不来最好但它就是第一", "第一"),
    ("有宝宝问能不能加微信。主播A：不能哈，但是可以加我小号", "加微信"),
    ("主播B：有宝宝问能不能加微信。主播A：可以哈，加我小号", "加微信"),
    ("超市卖三百多的那种我没查过，反正我们这便宜一半", "超市卖三百多"),
    ("外面卖两百的那种我不清楚，我们只要九十九", "外面卖两百"),
    ("商场卖八百多的这里五十九", "商场卖八百多"),
    # negated / evidence near-misses
    ("这款洗衣液能杀菌", "杀菌"),
    ("这款消毒液能杀菌还能治皮肤病", "杀菌"),
    ("这个茶可以当药用", "当药用"),
    ("不能给宠物当药用 但是喂了就好", "当药用"),
    ("我们不敢说猫吃了就不生病 反正我家猫吃了三年没生过病", "不生病"),
    ("我敢说猫吃了就不生病", "不生病"),
    # contact near-misses: another platform, a better deal there
    ("去淘宝搜我们的店铺名也能找到", "去淘宝搜我们的店铺"),
    ("隔壁直播间卖的那个顶级面膜没我们好", "顶级"),
    ("这个颜色的名字叫第一 全网独一份", "第一"),
    ("我们这个桥是天下第一桥 质量没得说", "天下第一"),
    ("在抖音商城搜我们的店铺名也能找到 那边更便宜", "抖音商城搜我"),
])
def test_claims_to_patients_rankings_and_turns_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
