"""Round 136 (batches 61 and 63's false alarms): contexts in which a risky word is part of a name or a record.

Appended to :data:`app.rules.safe_words.SAFE_CONTEXTS` (same format: trigger literal, regex over the normalised text;
the whole match is the covering span). Each names a family, not a sentence:

- a landmark named with 第一 (长江第一湾, 黄河第一湾, 天下第一关, 天下第一泉 — not 天下第一桥/楼, said of one's own), a noodle
  house's name quoted or with its shop (「天下第一面」那家 — not 天下第一面膜);
- a person's own taste in things that are not goods (主播最喜欢的歌手, 我最爱的电影);
- another brand's dish or a colour's name (必胜客的至尊比萨, 颜色叫"至尊黑");
- a viewer asking after the winners (问中奖名单: heard as 稳中奖), the first in a queue (排第一个的弹幕);
- a disclaimer that the goods replace no treatment (不替代任何治疗, 不能代替药物治疗);
- a stream's own record (最高在线两千人) and an item's range with its figure (度数最高能做到一千二百度, 散光最高四百, 最多住四个
  人, 最高阻隔波长到400纳米 — a measure unit or 超了/以上 after the figure) — not a price, a saving, a gain or a body
  change (最大到五十 领券再减, 最低99元, 最多能省五百, 最多能瘦到九十斤);
- a person named with the character 最 (真名叫李最).
"""

from __future__ import annotations

_FIG = "0-9一二三四五六七八九十两百千万零点"
# Measure units of a spec (no money, no 斤 or 倍: 最多能瘦十斤, 最高返三倍 stay claims).
_UNIT = (r"(?:度|个|人|位|纳米|米|厘米|毫米|公分|公里|千米|瓦|千瓦|伏|安|毫安|升|毫升|克|千克|帕|巴|级|层|档|寸|英寸|码|号|张|台|只|条"
         r"|小时|分钟|流明|分贝|赫兹|转|mm|cm|nm|mah|ml|kg|db|hz|w|v|l|g|m)")

NAMED_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("第一", r"(?:长江|黄河|中华|华夏|江南|关东|塞北|中原|巴蜀|岭南|京城|雪域)第一(?:湾|关|峰|泉|瀑布?|村|寺|塔|洞)|天下第一(?:关|泉)"),
    # a noodle house's name, quoted or with its shop (「天下第一面」那家, 天下第一面面馆) — 天下第一面膜 is a claim
    ("第一", r"[“\"「『]天下第一面[”\"」』]|天下第一面(?=那家|面馆|的面馆|那个面馆|那边)"),
    ("最", r"最(?:喜欢|爱)(?:的)?(?:歌手|歌曲|歌|明星|演员|电影|电视剧|季节|城市|动物|球队|球星|作家|小说|游戏|节日|运动员|诗人|画家|乐队)"),
    ("至尊", r"至尊(?:比萨|披萨|匹萨|宝)"),
    ("至尊", r"(?:颜色|配色|色号|颜色名|色)(?:叫|是|叫做|名叫)[“\"「『]?至尊[黑白金红蓝灰紫银绿粉]"),
    ("问中奖", r"问中奖(?:名单|结果|号码|信息|记录|情况|的人|的事)"),
    ("排第一", r"排第一[个位]的?(?:弹幕|人(?![气缘])|观众|家人|朋友|问题|留言|评论|粉丝|宝宝|姐妹)"),
    ("治疗", r"不(?:能|可|可以)?(?:替代|代替|取代)(?:任何)?(?:药物|药品|医学|医疗|医院的?|正规)?(?:治疗|诊疗)"),
    ("最", r"最高(?:同时)?在线|在线(?:人数)?最高"),
    ("最", rf"最(?:高|多|大|低|小)(?:能|可|可以|只能|能够)?"
     rf"(?:做到|达到|住|装|坐|载|睡|容纳|支持|(?:(?![卖省减赚挣涨降返价折便钱元块收瘦胖白增提]|长高|长个)[\u4e00-\u9fff]){{0,4}}?到|是|为)?"
     rf"[{_FIG}]+(?:{_UNIT}|(?=超了|超过|以上|以内|封顶|为止))"),
    ("最", r"(?:叫|名叫|真名叫|名字叫|本名叫|姓名是)[\u4e00-\u9fff]最(?![好佳强大高低美优新全多少棒贵便])"),
)
