"""Context scopes: enumerations and ordinals (第一…第二, a list's first point, a draw's first buyer).

:func:`app.rules.scopes_replies.mentioned` calls :func:`ordinal_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A ranking in an ingredient list** (:func:`list_rank`): 成分表|配料表|配方表|原料表 … (not bare 成分: 成分党心中排第一的是这款 fires) then
   排第一|排在第一位 followed by 的是|是 (成分表排第一位的是水; 配料表里排在第一的是生牛乳) — the list's order, not a ranking claim. (from round 48)
2. **A draw's winner** (:func:`draw_winner`, 绝对化用语; widens the draw family): 第一名 of the lucky viewers drawn
   (第一名幸运观众已经抽出来了, 第一名中奖的宝) — an order of winners, not a ranking of the goods. Round 74: the draw right before
   (抽奖第一名) or within 16 characters after a who/announce word, across a question (第一名是谁啊？哦是抽奖抽中的), unless a ranking,
   award or sale stands between or before (销量第一名, 拿了第一名，下单抽奖). (from round 70)
3. **An enumeration marker** (:func:`enumeration_marker`, 绝对化用语): a bare 第一 heading a clause (at the start, after a
   sentence end or a filler: 第一这个枕头可以拆洗, 那个第一他是手工编的, 第一呢老人用要坐着测) with a later 第二|其次|二是 in the text (…第二枕芯是天然乳胶的) —
   the first point of a list, not a ranking. Never after a word that makes 第一 a rank (销量|行业|全网|是|排|拿 …:
   第一它是纯铜的第二它是全国销量第一 still fires on the second 第一), never before 名|品牌|的 …, never when the 第二 is 找不到第二 (no second
   one). After the goods named (这个枕头第一可以拆洗第二…) only before a clause of its own (它|这|是|可以|能|不|有 …): 这款锅第一，第二是那款 stays
   a ranking. Round 87: also after a list announced (说三点|有三个好处 …) or with each point a clause of its own
   (第一它能拆洗第二它不起球); a 第二 after 比|过|于|超 is no next point (这款锅第一，它比第二那款强 fires). Also 排第一个|排在第一位 of a running order
   with 第二个|第二位 after (排第一个的是这个猫罐头第二个是冻干) — never with a sales or ranking word in the text (销量|卖|榜|全网|行业 …). (from
   round 83)
4. **A hair tool's 负离子** (:func:`ion_feature`, 功效夸大): 负离子 of a hair dryer, straightener or comb named in the
   sentence (这个吹风机有负离子, 风筒带负离子功能) with no health or body claim (养生|治|血|净化|睡眠|免疫|病 …) — a listed feature, not an
   effect promise. 负离子吹风机能治头痛 and 负离子养生 still fire. (from round 87)
5. **The first buyer's gift** (:func:`first_buyer`, 绝对化用语): 第一名 + 拍到|拍下|下单|付款|抢到 … (的) and a gift or the order it
   goes by in the sentence (送|赠|免单|按付款时间|后台): 第一名拍到的宝宝送一包花椒，后台按付款时间排 — an order of buyers, not a ranking of the
   goods. 销量第一名 and 第一名的品质 still fire. (from round 87)
6. **An enumeration marker** (F3; widens round 83/87's enumeration_marker): 第一 after a list announced by a count of
   goods (今天就上三样, 带了两款) or a list noun (规则, 注意事项, 步骤, 要求 …), or a run of 第二 and 第三 after it. (from round 92)

Round 99 (F10, a queue's or a draw's order): 排第一 of a buyer or an order being shipped (排第一个的宝宝先发货, 排第一的那个单子
仓库先打包) with no sales or ranking word in the sentence; 第一名 after a list of winners read out (中奖名单…第一名是小鹿).

Round 102 (F10, read by cues): the first of a game or a draw (:func:`game_first`): an activity named before (抽奖, 拼团, 猜价格游戏,
答题, 打卡挑战 …) and after the ordinal a player or a result (团长免单, 的是"小王", 送…) — 拼团的第一名团长免单, 那轮抽奖排名第一的是…;
the best player of a game by bare 最 (猜得最准的第一名, 答得最快的那位 + a prize); never with a sales or product ranking word or a turn
back to the goods (说到剁辣椒咱家是排第一的). The first buyer's gift widened to a request to the buyer (第一名拍到的宝宝麻烦备注一下) and a
queue's first to 兄弟/哥们 and 今天下午就发.

Round 107 (F10): the first answerer of a who-question (第一名是谁？…评论区第一个扣的1); a show-off activity (晒鱼获活动, 评选) and
its rule after the ordinal (第一名按上传时间算), 那个|这位 before the player (排第一位的那个团长); the queue's first buyer with the
buying verb (排第一个下单的老哥).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END
from app.rules.scopes_ordinals_named import ordinal_named
from app.rules.scopes_text import _sentence

# -- a ranking in an ingredient list ---------------------------------------------------------------------------------

_LIST_BEFORE = re.compile(rf"(?:成分表|配料表|配方表|原料表|成分列表|配料清单|成分清单)[^{_END}]{{0,12}}$")

_LIST_AFTER = re.compile(r"(?:位)?(?:的|的是|是|的成分是|的原料是)")


def list_rank(text: str, start: int, end: int) -> bool:
    """Is 排第一 the order of an ingredient list (成分表排第一位的是水)?"""
    if "第一" not in text[start:end] or not _LIST_AFTER.match(text, end):
        return False
    return bool(_LIST_BEFORE.search(text, max(0, start - 14), start))


# -- a draw's winner -------------------------------------------------------------------------------------------------

_WINNER_AFTER = re.compile(r"(?:的)?(?:幸运|中奖|获奖|抽中|被抽中|得奖)")

_VIEWER_AFTER = re.compile(r"(?:的)?(?:观众|粉丝|宝(?!贝)|家人|用户|朋友|姐妹|兄弟|买家|网友)")

_DRAWN = re.compile(r"抽出|抽中|抽到|开奖|抽奖|中奖|得主|领奖")

# round 74: the draw named right before (抽奖第一名, 抽中的第一名) or soon after, across a question (第一名是谁啊？哦是抽奖
# 抽中的) — not when a ranking, an award or a sale stands between (销量第一名, 拿了第一名，下单抽奖).
_DRAWN_BEFORE = re.compile(r"(?:抽奖|抽中|抽到|抽出|开奖|中奖)(?:的|了)?(?:这位|那位)?$")

_FIRST_ANSWER = re.compile(r"第一个(?:扣|打|刷|发|评论|留言|回答|答对|猜对|报|喊|点赞|关注)|抢答|答对|猜对|扣的1|扣了1")
_WHO = re.compile(r"谁|哪位|哪个|哪一位|出来|出炉|揭晓|恭喜|尾号|名单")  # the winner asked for or announced

# What makes a 第一名 a rank, not a draw (销量第一名, 全网第一名, 评为第一名); round 87's first buyer reads it too.
RANKING_WORDS = r"销量|卖|全网|全国|排名|排行|榜|行业|同类|品牌|口碑|好评|评为|荣获"

_RANKED = re.compile(RANKING_WORDS + r"|获得|拿了|拿下|得了|下单|拍|买|送|券")  # an award or a sale between, too
_DRAWN_STATE = re.compile(r"(?:已经|都|也|刚刚?|刚才|马上|就要?|这就)?(?:被)?(?:抽出|抽中|抽到|开奖|揭晓)")


_DRAWN_LIST_BEFORE = re.compile(
    rf"(?:中奖|获奖|得奖|抽中|抽到|开奖|抽奖)(?:的)?(?:名单|结果|观众|宝宝|粉丝|家人|用户|人员|者|人)[^{_END}]{{0,10}}$"
)

_RANKED_AFTER = re.compile(r"(?:的)?(?:品牌|产品|销量|品质|口碑)")


def draw_winner(text: str, start: int, end: int) -> bool:
    """Is 第一名 the first of the viewers drawn (第一名幸运观众已经抽出来了)?"""
    if _WINNER_AFTER.match(text, end) or _DRAWN_BEFORE.search(text, max(0, start - 6), start):
        return True
    if _DRAWN_STATE.match(text, end) and not _RANKED.search(text, max(0, start - 8), start):
        return True  # round 126: 第一名已经抽出来了 (the draw's state right after)
    drawn = _DRAWN.search(text, end, end + 16)
    if drawn and _WHO.search(text, end, drawn.start()) and not _RANKED.search(text, max(0, start - 8), drawn.start()):
        return True
    # round 107 (F10): asked who, answered by the viewer who commented or answered first (第一名是谁？…她评论区第一个扣的1)
    answered = _FIRST_ANSWER.search(text, end, end + 32)
    if answered and _WHO.search(text, end, answered.start()) and not _RANKED.search(text, max(0, start - 8), answered.start()):
        return True
    # round 99 (F10): the list of winners read out before it (我念一下中奖名单第一名是小鹿第二名是橙子, 抽奖结果出来了第一名是…)
    drawn = _DRAWN_LIST_BEFORE.search(text, max(0, start - 20), start)
    if drawn and not _RANKED.search(text, drawn.end(), start) and not _RANKED_AFTER.match(text, end):
        return True
    if not _VIEWER_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_DRAWN.search(sentence))


# -- an enumeration marker -------------------------------------------------------------------------------------------

# What may stand between a sentence start and the marker: fillers, vocatives, a speaker label.
_FILLER = (
    r"(?:呃|嗯|啊|哎|呢|吧|那个|这个|就是说|就是|然后|首先|那么|那|好|ok|我说|说一下|讲一下|给大家说|跟大家说|宝们|宝|家人们|"
    r"姐妹们|朋友们|老铁们|大家|亲们|来)*"
)

_MARKER_BEFORE = re.compile(rf"(?:^|[{_END}:]){_FILLER}$")

# 第一名 / 第一品牌 / 第一的 / 第一梯队: a rank, not a point.
_RANK_AFTER = re.compile(r"名|品牌|牌|梯队|阵营|的|位|强|大|选择|流|等|把交椅|股|家|了|啊$")

_GOODS_BEFORE = re.compile(rf"(?:^|[{_END}:])?{_FILLER}(?:这|那)(?:个|款|件|台|把|双|套|条|只|张|瓶|盒|袋|支|口)?[\u4e00-\u9fff]{{0,4}}$|它$")

_CLAUSE_AFTER = re.compile(r"(?:呢|啊)?(?:它|他|她|这|那|就是|是|可以|能|不|没|有|先|用|采用)")

_RANK_BEFORE = re.compile(r"销量|销售|行业|全网|全国|国内|同类|品类|类目|排|卖|是|拿|获|得|榜|业内|世界|全球|市场|市面|口碑")

_NEXT_POINT = re.compile(r"第二|第2|其次|二是|二来")

_NO_SECOND = re.compile(r"(?:不出|不到|没有|没|无|找|有)$")

_ORDER_ITEM = re.compile(r"个|位|款|件")

_RANKING = re.compile(r"销量|销售|卖|榜|全网|行业|全国|同类|同行|口碑|好评|人气|热度|市面|市场|业内")

_ENUM_REACH = 80

# round 87: a list announced before (说三点, 讲两个方面, 有三个好处, 几个特点, 三个理由)
_ANNOUNCED = re.compile(
    r"(?:说|讲|聊|提|有|分|讲讲|说说|总结)(?:一下)?(?:[两二三四五六七八九几]|[0-9])(?:个|大)?(?:点|条|方面|好处|优点|特点|卖点|理由|原因|亮点|步|步骤)"
)

_POINT_CLAUSE = re.compile(r"(?:呢|啊|就是)?(?:它|他|她|这|那|可以|能|不|没|有|是|用|采用|先|再|要|得|别|我们|咱)")


def _clause_list(text: str, end: int) -> bool:
    """Round 87: is 第一 followed by a clause of its own, and a later 第二|其次 too (第一它能拆洗第二它不起球)?"""
    if not _POINT_CLAUSE.match(text, end):
        return False
    for m in _NEXT_POINT.finditer(text, end, end + _ENUM_REACH):
        if text[m.start() - 1 : m.start()] in ("比", "过", "于", "超") or _RANK_AFTER.match(text, m.end()):
            continue  # 它比第二那款好, 甩第二名: a ranking, not the next point
        if _POINT_CLAUSE.match(text, m.end()) and not _RANK_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            return True
    return False


def enumeration_marker(text: str, start: int, end: int) -> bool:
    """Is 第一 the first point of a list (第一这个枕头可以拆洗第二枕芯是天然乳胶的), or the first of a running order?"""
    surface = text[start:end]
    if surface.startswith("排") and surface.endswith("第一"):
        return _running_order(text, start, end)
    if surface not in ("第一", "第1"):
        return False
    if _RANK_AFTER.match(text, end):
        return False
    if _RANK_BEFORE.search(text, max(0, start - 3), start):
        return False
    if _ANNOUNCED.search(text, max(0, start - 16), start) or _clause_list(text, end):
        pass  # round 87: a list announced (咱说三点啊，第一…) or each point its own clause (…第一它能拆洗第二它不起球)
    elif not _MARKER_BEFORE.search(text, max(0, start - 14), start):
        # after the goods named (这个枕头第一可以拆洗第二…): only before a clause of its own, never after a rank word
        if not (_GOODS_BEFORE.search(text, max(0, start - 8), start) and _CLAUSE_AFTER.match(text, end)):
            return False
        if _RANK_BEFORE.search(text, max(0, start - 8), start):
            return False
    for m in _NEXT_POINT.finditer(text, end, end + _ENUM_REACH):
        if text[m.start() - 1 : m.start()] in ("比", "过", "于", "超"):
            continue  # round 87: 这款锅第一，它比第二那款强 — a ranking against the second
        if not _NO_SECOND.search(text, max(0, m.start() - 2), m.start()):
            return True
    return False


# round 99 (F10): the first of a queue of buyers or orders (排第一个的宝宝先发货, 排第一的那个单子仓库先打包, 排在第一位的订单).
_QUEUED_AFTER = re.compile(
    r"(?:个|位)?(?:下单|拍下|付款|付了款|拍|进团|参团|抢到|买)?(?:的)?(?:那|这)?(?:个|位|一)?(?:团长|宝宝|宝|家人|姐妹|朋友|顾客|买家|客人|单子|订单|单(?!品)|号"
    r"|兄弟|哥们|老铁|大哥|老哥|姐|小伙伴|亲)"  # round 102
)
_QUEUE = re.compile(
    r"发货|打包|出库|寄出|先寄|快递|仓库|顺序|排队|先发|依次|挨个|下单时间|付款时间|备注|改地址"  # r126: 那单备注说要红色的
    r"|送|塞|赠|多给|先给|给(?:你|恁|他|她)(?:多)?(?:塞|送|加)"  # round 106: 排第一位的团长大姐多塞一条方巾
    r"|给你(?:发|寄)|(?:就|会|马上|今天|明天|一早|明早|下午|上午|晚上|先)(?:给你)?(?:发|寄)"  # round 102: 你的耳机今天下午就发
)


def _queued_first(text: str, start: int, end: int) -> bool:
    """Is 排第一 the first buyer or order of a queue being shipped (排第一个的宝宝先发货)?"""
    if not _QUEUED_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_QUEUE.search(sentence)) and not _RANKING.search(sentence)


def _running_order(text: str, start: int, end: int) -> bool:
    """Is 排第一个 the first place of a running order, the second named after it (排第一个的是…第二个是…)?"""
    if _queued_first(text, start, end):
        return True
    item = _ORDER_ITEM.match(text, end)
    if not item:
        return False
    if text.find("第二" + item.group(), item.end(), item.end() + _ENUM_REACH) == -1:
        return False
    return not _RANKING.search(text, max(0, start - 30), end + _ENUM_REACH)


# -- a hair tool's 负离子 -----------------------------------------------------------------------------------------------

_HAIR_TOOL = re.compile(r"吹风机|电吹风|吹风筒|风筒|吹风|卷发棒|直发夹|直板夹|夹板|卷发器|梳子|直发梳|美发梳|造型器")

_HEALTH = re.compile(
    r"养生|治|疗|病|血|净化|睡眠|失眠|免疫|抗衰|排毒|长寿|健康|保健|防癌|癌|氧吧|头痛|头疼|脱发|生发|长头发|杀菌|除菌"
)


def ion_feature(text: str, start: int, end: int) -> bool:
    """Is 负离子 a listed feature of a hair tool (第一，这个吹风机有负离子，第二…)?"""
    if text[start:end] != "负离子":
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_HAIR_TOOL.search(sentence)) and not _HEALTH.search(sentence)


# -- the first buyer's gift ------------------------------------------------------------------------------------------

_BOUGHT_AFTER = re.compile(r"(?:个|位)?(?:拍到|拍下|拍了|下单|付款|付了款|抢到|买到|买了|付定|下单成功|付款成功)")

_GIFT_OR_ORDER = re.compile(r"送|赠|免单|返|加赠|付款时间|下单时间|后台|顺序|按时间|备注|私信|联系|填|地址|先发|发货")  # r102: a request

_SALES_FIRST_BUYER = re.compile(RANKING_WORDS)  # round 70's draw winner: the same words make it a rank


def first_buyer(text: str, start: int, end: int) -> bool:
    """Is 第一名 the first buyer, who gets a gift (第一名拍到的宝宝送一包花椒)?"""
    if not text.startswith("第一名", start) or not _BOUGHT_AFTER.match(text, start + 3):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_GIFT_OR_ORDER.search(sentence)) and not _SALES_FIRST_BUYER.search(sentence)


# -- an enumeration marker -------------------------------------------------------------------------------------------

_LIST_BEFORE_LIST_WIDENED = re.compile(
    r"(?:(?:上|带|选|有|准备|讲|说)(?:了)?[两二三四五六七八九几0-9](?:个|样|款|种|件|条|点)(?:东西|货|品|宝贝)?"
    r"|规则|规定|须知|注意事项|事项|步骤|流程|要求|要点|原则|条件|说明|好处|优点|特点|做法|用法|吃法)[^{_END}]{0,3}$"
)


def list_widened(text: str, start: int, end: int) -> bool:
    """Is 第一 the first point of a list announced or run on (今天就上三样第一土鸡蛋第二小米, 退换规则第一…第二…)?"""
    if text[start:end] not in ("第一", "第1") or _RANK_AFTER.match(text, end):
        return False
    if _RANK_BEFORE.search(text, max(0, start - 3), start):
        return False
    announced = _LIST_BEFORE_LIST_WIDENED.search(text, max(0, start - 14), start)
    seconds = [
        m
        for m in _NEXT_POINT.finditer(text, end, end + 60)
        if not _NO_SECOND.search(text, max(0, m.start() - 2), m.start())
    ]
    seconds = [
        m
        for m in seconds
        if text[m.start() - 1 : m.start()] not in ("比", "过", "于", "超")
        and not _RANK_AFTER.match(text, m.end())
    ]
    if not seconds:
        return False
    return bool(announced) or text.find("第三", seconds[0].end(), seconds[0].end() + 40) != -1


# -- round 102 (F10): the first of a game or a draw, by cues --------------------------------------------------------

_ACTIVITY = re.compile(
    r"抽奖|福袋|开奖|中奖|拼团|团购|游戏|竞猜|猜价|答题|打卡|挑战|签到|连麦|那轮|这轮|上一轮|上轮|比赛|pk"
    r"|活动|晒(?:单|图|鱼|娃|照|货|出)|评选|投票|排行赛"  # round 107 (F10): 钓友晒鱼获活动 第一名按上传时间算
)
_PLAYER_AFTER = re.compile(
    r"(?:名|位|个)?(?:的)?(?:那|这|嗰)?(?:个|位)?(?:团长|宝宝|宝|兄弟|姐妹|朋友|家人|观众|粉丝|哥们|老铁|选手|玩家|(?:就)?是|系|送|免单|奖|可以领|能领|领"
    r"|按(?:照)?[^。!?]{0,6}?(?:算|排|定|来))"  # round 107: 第一名按上传时间算 — the game's rule
)
_TURNED_TO_GOODS = re.compile(r"说到|说回|接着说|回到|聊回|讲回|产品|品质|质量|销量|卖|品牌|口碑|好评|全网|全国|行业|同类|同价位|榜")
_GAME_BEST = re.compile(
    r"(?:猜|答|抢|跑|跳|投|转发|分享|邀请|拉|打卡|签到|刷)(?:得|的)?最(?:准|快|多|近|早|接近|远|久|对)(?:的)?"
    r"(?:第一名|那位|那个|一位|宝宝|宝|人|兄弟|朋友|观众|粉丝|前)"
)
_GOODS_RANKED_BEFORE = re.compile(r"(?:这|那|呢)(?:款|个|种|瓶|罐|盒|件|只|双|台)[\u4e00-\u9fff]{0,4}?(?:是|就是|也是|排|算)?$|它(?:是|就是)?$")
_PRIZE = re.compile(r"送|奖|赢|免单|领|获得")


def game_first(text: str, start: int, end: int) -> bool:
    """Is the ordinal or bare 最 the first of a game or a draw (拼团的第一名团长免单, 猜得最准的第一名送…)?"""
    sentence, lo = _sentence(text, start, end)
    if _TURNED_TO_GOODS.search(sentence):
        return False
    if text[start] == "最":
        m = _GAME_BEST.search(text, max(0, start - 4), end + 8)
        return bool(m) and m.start() < start < m.end() and bool(_PRIZE.search(sentence))
    if _GOODS_RANKED_BEFORE.search(text, max(0, start - 10), start):
        return False  # 抽奖送的这款茶叶第一名: the goods ranked, not a player
    return bool(_ACTIVITY.search(sentence, 0, start - lo)) and bool(_PLAYER_AFTER.match(text, end))


# Round 106: a season's first haul (下次开海第一网, 开渔第一锅) and a local first in the shop's history (这条街第一家做直播的，
# 二零一九年开的) — an order in time, not a ranking; 全国第一家 and 第一网红 stay claims.
_SEASON_FIRST_BEFORE = re.compile(r"(?:开海|出海|开渔|开网|下网|开竿|开炉|开锅|新季|今年|明年|下次|下回|头茬)[^。！？!?；;\n]{0,3}$")
_SEASON_FIRST_AFTER = re.compile(r"(?:网|锅|炉|茬|竿|船)(?!红|店|站|购|上|友)")
_LOCAL_FIRST_BEFORE = re.compile(r"(?:这条街|这条巷子|这个村|村里|镇上|我们镇|这片|这一片|小区|附近|这栋楼|这个市场)(?:上|里|的)?$")
_HISTORY_AFTER = re.compile(r"家[^。！？!?；;\n]{0,8}?(?:[〇零一二三四五六七八九0-9]{2,4}年|年前|那年)")
_FAR_SCOPE = re.compile(r"全国|全网|全省|全市|全球|行业|业内|世界|国内|全平台")


def season_or_local_first(text: str, start: int, end: int) -> bool:
    """Is 第一 the season's first haul or a local first in the shop's history (see the comment above)?"""
    if text[start:end] != "第一":
        return False
    sentence, _ = _sentence(text, start, end)
    if _FAR_SCOPE.search(sentence):
        return False
    if _SEASON_FIRST_BEFORE.search(text, max(0, start - 7), start) and _SEASON_FIRST_AFTER.match(text, end):
        return True
    return bool(_LOCAL_FIRST_BEFORE.search(text, max(0, start - 6), start) and _HISTORY_AFTER.match(text, end, end + 20))


def ordinal_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        surface = text[start:end]
        if ("第" in surface or surface == "最") and ordinal_named(text, start, end):
            return True  # round 114 (F9-F15): a draw's result, a name, a facility, a setting (app.rules.scopes_ordinals_named)
        if surface != "最好" and list_rank(text, start, end):
            return True
        if text.startswith("第一名", start) and draw_winner(text, start, end):
            return True
        if first_buyer(text, start, end):
            return True
        if "第" in surface and enumeration_marker(text, start, end):
            return True
        queued = surface in ("排第一", "排在第一") or (surface == "第一" and text.endswith(("排在", "排"), max(0, start - 2), start))
        if queued and _queued_first(text, start, end):
            return True  # round 99: 排在第一的那个订单已经打包好了
        if season_or_local_first(text, start, end):
            return True  # round 106
        if ("第一" in surface or surface == "最") and game_first(text, start, end):
            return True  # round 102 (F10)
        return text[start] != "最" and list_widened(text, start, end)
    return category == "功效夸大" and ion_feature(text, start, end)
