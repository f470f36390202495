"""Round 136 (batches 61 and 63's false alarms): contexts in which a risky word is part of a name or a record.

Appended to :data:`app.rules.safe_words.SAFE_CONTEXTS` (same format: trigger literal, regex over the normalised text;
the whole match is the covering span). Each names a family, not a sentence:

- a landmark or a famous dish named with 第一 (长江第一湾, 黄河第一湾, 天下第一关, 天下第一泉, 天下第一面 — not 第一面膜);
- a person's own taste in things that are not goods (主播最喜欢的歌手, 我最爱的电影);
- another brand's dish or a colour's name (必胜客的至尊比萨, 颜色叫"至尊黑");
- a viewer asking after the winners (问中奖名单: heard as 稳中奖), the first in a queue (排第一个的弹幕);
- a disclaimer that the goods replace no treatment (不替代任何治疗, 不能代替药物治疗);
- a stream's own record (最高在线两千人) and an item's range with its figure (度数最高能做到一千二百度, 散光最高四百, 最多住四个
  人, 最高阻隔波长到400纳米) — not a price, a saving, a gain or a body change (最低99元, 最多能省五百, 最多能瘦到九十斤);
- a person named with the character 最 (真名叫李最), and the character named as a character (这个最字).
"""

from __future__ import annotations

_FIG = "0-9一二三四五六七八九十两百千万零点"

NAMED_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("第一", r"(?:长江|黄河|天下|中华|华夏|江南|关东|塞北|中原|巴蜀|岭南|京城|雪域)第一(?:湾|关|峰|泉|楼|桥|瀑布?|村|街|寺|塔|洞|面(?!膜|霜|部))"),
    ("最", r"最(?:喜欢|爱)(?:的)?(?:歌手|歌曲|歌|明星|演员|电影|电视剧|季节|城市|动物|球队|球星|作家|小说|游戏|节日|运动员|诗人|画家|乐队)"),
    ("至尊", r"至尊(?:比萨|披萨|匹萨|宝)"),
    ("至尊", r"(?:颜色|配色|色号|颜色名|色)(?:叫|是|叫做|名叫)[“\"「『]?至尊[黑白金红蓝灰紫银绿粉]"),
    ("问中奖", r"问中奖(?:名单|结果|号码|信息|记录|情况|的人|的事)"),
    ("排第一", r"排第一[个位]的?(?:弹幕|人(?![气缘])|观众|家人|朋友|问题|留言|评论|粉丝|宝宝|姐妹)"),
    ("治疗", r"不(?:能|可|可以)?(?:替代|代替|取代)(?:任何)?(?:药物|药品|医学|医疗|医院的?|正规)?(?:治疗|诊疗)"),
    ("最", r"最高(?:同时)?在线|在线(?:人数)?最高"),
    ("最", rf"最(?:高|多|大|低|小)(?:能|可|可以|只能|能够)?"
     rf"(?:做到|达到|住|装|坐|载|睡|容纳|支持|(?:(?![卖省减赚挣涨降返价折便钱元块收瘦胖白增提]|长高|长个)[\u4e00-\u9fff]){{0,4}}?到|是|为)?"
     rf"[{_FIG}]+(?![{_FIG}]*(?:元|块|折|%|倍|斤|公斤|岁))"),
    ("最", r"(?:叫|名叫|真名叫|名字叫|本名叫|姓名是)[\u4e00-\u9fff]最(?![好佳强大高低美优新全多少棒贵便])|最字"),
)
