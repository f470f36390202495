"""Context scopes, batch 33's family traps F5 and F1 (round 84): a medium's topic, and real stock or seasons stated as facts.

:func:`app.rules.scopes_round65.round65_said` calls :func:`round84_said`. Text is normalised (commas gone, ？ is
``?``, spaces dropped, traditional folded to simplified). These widen round 42's
:func:`app.rules.scopes_round42.book_topic` and round 53's :func:`app.rules.scopes_round53.seasonal_stock`, which
asked for one verb right before the word, an academic frame, or a run-out word before 等明年 — ordinary speech gives
none of those reliably.

1. **A medium's topic** (:func:`media_topic`, 迷信): the belief word is what a book, course, documentary, exhibition,
   chapter, lecture or programme is about — the medium is the subject and a content verb links it to the word
   (这部纪录片拍的是徽州民居的风水布局, 这本小说写的是一个风水先生, 这个展讲的是春节转运的习俗, 第三章讲风水在…,
   这本书专门写各地过年转运的习俗), or the word names the medium and its content follows (这本风水书讲的是古代建筑选址,
   这个风水的书呃讲的是…, 这本风水杂谈是作者的随笔集, 这本图解风水讲的是…). Never when the sentence promises the
   effect or teaches the practice (保你, 就能, 照着做, 按它摆, 戴上, 教你怎么 …) or turns (但, 不过, 可是):
   这本风水书照着摆保你财运亨通 and 纪录片讲的是本命年的习俗，但这红绳戴上就能转运 still fire.
2. **A season or batch stated as a fact** (:func:`stock_fact`, 虚假紧迫):
   - waiting till next year (等明年, 明年再上) in a sentence naming a crop or its season (大闸蟹的季节就是九月到十一月…
     要吃得等明年秋天, 春笋…下一茬要等明年开春, 杨梅就这二十来天过了这阵子得等明年) — no run-out word needed;
   - the next batch's stated lead time (下一批要等两周后的船期, 下一茬要等半个月);
   - a run-out or a count in a sentence that states the batch's real count or nature (一共就三百二十个…卖完就下架了不会
     再补, 尾货就剩十二箱够铺一个客厅, 就做了十八条每条都有编号).
   Never with a push (赶紧, 抢, 手慢, 错过, 再不, 最后, 不拍, 不买 …), a deadline (今天, 今晚, 现在, 倒计时, 秒) or an
   offer (价, 优惠, 活动 …): 第二茬的草莓明年才有了所以现在不买就永远错过了 and 一共就两百只不抢就后悔 still fire.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_round53 import _CROP, _HARD_PUSH, _NO_CROP, _OFFER
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a medium's topic ------------------------------------------------------------------------------------------------------

_MEDIUM_NOUN = (
    r"书|读物|绘本|小说|杂谈|随笔|散文|教材|课本|课程|网课|公开课|课|纪录片|片子|电影|影片|电视剧|节目|播客|专栏|文章|论文"
    r"|专着|着作|画册|图册|图解|图鉴|漫画|连环画|杂志|期刊|讲座|展览|特展|画展|展会|章节|社会史|史书|文集|合集"
)
# the medium before the word: a noun, a numbered part (第三章, 第五讲), or a classifier (这本, 这部, 这个展)
_MEDIUM = re.compile(
    rf"(?:{_MEDIUM_NOUN}|第[0-9一二三四五六七八九十]+[章节讲集期课篇卷]|这一?[章节讲集篇]|[这那一每哪]本(?!命|身|店|地|人)"
    r"|[这那一]部(?!分|门|手机)|(?:这|那|一)个展(?!示|开|现))"
)
# a content verb linking the medium to its topic (讲 not 讲究/讲价)
_CONTENT = re.compile(
    r"(?:讲(?!究|价|好)|写(?!着)|拍(?!下|了就|单)|展(?!示|开)|介绍|聊|谈|记录|记载|收录|讲述|描写|探讨|梳理|讲解|研究|画(?!面|质|风)"
    r"|叫(?!你|人|大家|您|醒|卖)|名为|题为|书名|片名|名字是|标题是)"  # round 87: the title holds the word (这本书叫民俗里的风水)
)
# round 87: the word among what the medium covered, said after it (…系转运红绳都拍到了, 开光的来历也写到了)
_COVERED_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:都|也|全|还|统统|全都)(?:有)?(?:拍|写|讲|记录|介绍|展|收录|提|聊|画|录)(?:到|了|进去|过|出来|出)"
)
# the word names the medium (风水书, 风水的书, 风水杂谈) …
_NAMED_MEDIUM = re.compile(rf"(?:的)?(?:{_MEDIUM_NOUN}|展(?!示|开|现|望|出))")
# … and its content follows: a content verb, or 是 + an author, a genre or a field
_CONTENT_AFTER = re.compile(
    rf"[^{_END}]{{0,3}}?(?:(?:主要|专门|其实|就是|都是|是)?{_CONTENT.pattern}"
    r"|是(?:[^" + _END + r"]{0,3}?)(?:作者|随笔|散文|小说|历史|民俗|读物|文化|社会史|科普|故事))"
)
_CLASSIFIER_BEFORE = re.compile(r"(?:[这那一每]本(?!命)|[这那]部)[^" + _END + r"]{0,3}$")
_VERB_AFTER = re.compile(rf"(?:主要|专门|其实|就是|都是|是)?{_CONTENT.pattern}")  # 这本图解风水讲的是…
# the sentence promises the effect, teaches the practice or turns back
_PROMISE = re.compile(
    r"保你|包你|保证|就能|准能|一定能|肯定能|能让|能帮|能转|能招|能旺|能改|能保|能挡|能化|会转|会旺|灵验|很灵|特灵|真灵"
    r"|照着做|照着摆|照着戴|按它|按着摆|按书|跟着做|跟着摆|戴上|摆上|挂上|带上|放上|供上|请回|旺财|招财进宝|财运亨通"
    r"|就会|就来|跟着来|自然来|好运来|运气来|帮你|让你|给你带|带来|学完|看完|读完|但|不过|可是"
)
_CLAIM_CHARS = frozenset("就能会保包来让帮准必灵旺")  # the hit is a claim (好运就跟着来了), not a topic noun
_TEACH = re.compile(r"(?<!不是)(?<!不)(?<!没)(?<!没有)(?:教|讲)(?:你|人|大家|您|各位)?(?:怎么|如何|去|在家)")
# between the content verb and the word: the topic's own phrase, no sale or use of the goods (讲风水下单送开光貔貅)
_USE = re.compile(r"送|下单|拍下|买|卖|戴|摆|请|带|挂|放|配|链接|直播间")


def _promised(sentence: str) -> bool:
    return bool(_PROMISE.search(sentence) or _TEACH.search(sentence))


def media_topic(text: str, start: int, end: int) -> bool:
    """Is the belief word the topic of a book, course, documentary, exhibition or chapter (这部纪录片拍的是…风水布局)?"""
    if end - start > 4 or not _CLAIM_CHARS.isdisjoint(text[start:end]):
        return False
    sentence, lo = _sentence(text, start, end)
    if _promised(sentence):
        return False
    # the word names the medium and its content follows (这本风水书讲的是…, 这本图解风水讲的是…)
    named = _NAMED_MEDIUM.match(text, end)
    after = named.end() if named else end
    if named and _CONTENT_AFTER.match(text, after):
        return True
    if _CLASSIFIER_BEFORE.search(text, max(lo, start - 6), start) and _VERB_AFTER.match(text, end):
        return True
    # round 87: the medium and its content verb before, the word among what it covered (纪录片拍的是…系转运红绳都拍到了)
    if _COVERED_AFTER.match(text, end):
        for medium in _MEDIUM.finditer(sentence[: start - lo]):
            gap = sentence[medium.end() : start - lo]
            if _CONTENT.search(gap) and not _USE.search(gap):
                return True
    # the medium before, a content verb between it and the word, within fourteen characters (这个展讲的是春节转运的…)
    window = max(lo, start - 16)
    for medium in _MEDIUM.finditer(text, window, start):
        gap = text[medium.end() : start]
        verbs = list(_CONTENT.finditer(gap))
        if len(gap) <= 14 and verbs:
            topic = gap[verbs[-1].end() :]
            if len(topic) <= 10 and not _USE.search(topic):
                return True
    return False


# -- 2. a season or a batch stated as a fact ------------------------------------------------------------------------------------

_SEASON_WORD = re.compile(
    r"季|产季|当季|应季|时令|头茬|一茬|二茬|下一茬|开春|开捕|开摘|开采|采摘期|上市|下市|收尾|新茶|新米|新蜜|新果|新瓜|雨季|一年就"
)
_NEXT_YEAR = re.compile(r"明年|来年|下一季|下一年|下个季|下季")
_NEXT_BATCH_HIT = re.compile(r"下一?(?:批|茬|波货|船)")
_LEAD_TIME = re.compile(
    rf"[^{_END}]{{0,3}}?(?:半个月|半月|个把月|几天|十来天|{NUMBER_RX}(?:个)?(?:天|周|星期|礼拜|月|工作日)|船期|到港|到货|补货|发货)"
)
# a batch's real count or nature stated (一共就三百二十个, 就做了十八条, 只收了六十箱, 尾货, 清库存, 每条都有编号)
_BATCH_FACT = re.compile(
    rf"(?:一共|总共|一共就|总共就|统共)(?:才|就|只)?(?:有|收了?|进了?|做了?|摇了?|采了?|到了?)?{NUMBER_RX}"
    rf"|(?:就|只|才)(?:收|进|做|摇|采|烧|酿|到|熏)了{NUMBER_RX}|尾货|清库存|库存尾|孤品|就一[只件个](?![都也不])|编号|够铺"
    # round 94: the count read off the system, a restock stated (库存页面显示还剩一百二十件，拍不到的可以等下周补货)
    r"|(?:库存|后台|系统|页面)(?:页面|上)?(?:显示|写着|显示的是)"
    rf"|(?:等|下周|下礼拜|过几天|过两天|{NUMBER_RX}天(?:后|以后)?)[^{_END}]{{0,4}}?(?:补货|补上|再补|补库存)|还会补|会再补|有补货"
)
_DEADLINE = re.compile(r"限量|限时|绝版|仅此|今天|今晚|今日|这场|本场|现在不|现在就|此刻|马上|倒计时|秒|分钟|冲|后悔|不拍|不买|不下单|不抢|拍了再说|上车")


def _calm(text: str, sentence: str, start: int, end: int) -> bool:
    window = text[max(0, start - 24) : end + 24]
    if _HARD_PUSH.search(sentence) or _HARD_PUSH.search(window) or _OFFER.search(sentence):
        return False
    return not (_DEADLINE.search(sentence) or _DEADLINE.search(window))


# round 87: the run ended by its season or the maker's schedule, its restart stated (产季快结束了今天到的是这一季的最后
# 一批货明年七月再上, 厂家年底排的最后一批生产明年开春才会再排产, 中秋过了厂家停产了明年七月份才开始做)
_RUN_END_HIT = re.compile(r"最后一[批波茬车缸坛罐窖锅桶季]|最尾一[批波]|停产|不做了|不生产了|下市|收尾")
_RESTART = re.compile(
    rf"(?:明年|来年|下一季|下季|开春|明年[^{_END}]{{0,4}}?(?:月|春|夏|秋|冬|季|节))[^{_END}]{{0,8}}?"
    r"(?:再上|才有|才上|再有|再排产|排产|开始做|开始生产|恢复生产|再做|再生产|再开|开工|上新|再来|才会再|才开始|重新)"
    # round 94: the new batch is not ready yet (今年新的还没酸透, 新茶还没下来, 新一批还在晒)
    rf"|(?:今年|新的|新货|新一批|新一缸|新一茬|新茶|新米|新酒)[^{_END}]{{0,4}}?(?:还没|还没有|没|还在|正在)"
    r"(?:好|到|酸透|腌好|晒好|晒|腌|发酵|出|下来|上市|熟|成熟|酿好)"
)
_SCHEDULE = re.compile(r"厂家|工厂|厂里|排产|生产|产季|这一季|今年|去年|新的|新货|年底|节过了|节后|季|过了")
_ARRIVAL = re.compile(r"(?:今天|今日|今晚)(?:刚|才|新)?(?:到|发|上|进)")
_RUN_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快冲|手慢|手快|抢|错过|再不|犹豫|先到先得|没机会|买不到|不拍|不买|不下单|后悔|倒计时|秒")


def _run_restarts(text: str, start: int, end: int, sentence: str) -> bool:
    if not (_RUN_END_HIT.search(text[start:end]) and _RESTART.search(sentence)):
        return False
    if not (_SCHEDULE.search(sentence) or _CROP.search(_NO_CROP.sub("", sentence))):
        return False
    calm = _ARRIVAL.sub("", sentence)
    return not (_RUN_PUSH.search(calm) or _OFFER.search(calm) or re.search(r"今天|今晚|现在|马上|这场|本场", calm))


# round 94: a gift quota counted in the open (今天前五十单送一包花椒后台数着呢送完公屏告诉大家) — the count is a fact
_QUOTA_HIT = re.compile(rf"前{NUMBER_RX}(?:单|名|位|个|份)")
_COUNTED_OPENLY = re.compile(r"后台(?:数着|统计|记着|看得到|能看到)|(?:公屏|评论区|群里)(?:告诉|公布|通知|说一声|喊)|截图公布|公示|实时公布|按下单时间")


def stock_fact(text: str, start: int, end: int) -> bool:
    """Is the wait, the next batch or the count a plain fact about the crop's season or the batch (杨梅就这二十来天，
    过了这阵子得等明年; 下一批要等两周后的船期; 一共就三百二十个卖完就下架了不会再补)?"""
    sentence, _ = _sentence(text, start, end)
    if _QUOTA_HIT.match(text[start:end]) and "送" in sentence and _COUNTED_OPENLY.search(sentence):
        return not (_RUN_PUSH.search(sentence) or _HARD_PUSH.search(sentence))
    if _run_restarts(text, start, end, sentence):
        return True
    if not _calm(text, sentence, start, end):
        return False
    hit = text[start:end]
    if _NEXT_YEAR.search(hit) or (_NEXT_YEAR.search(text, end, end + 4) and "等" in hit):
        return bool(_SEASON_WORD.search(sentence) or _CROP.search(_NO_CROP.sub("", sentence)))
    if _NEXT_BATCH_HIT.search(hit) and _LEAD_TIME.match(text, end):
        return True
    return bool(_BATCH_FACT.search(sentence))


# -- the entry point --------------------------------------------------------------------------------------------------------------


def round84_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 33's families F5/F1 (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "迷信":
        return media_topic(text, start, end)
    if category == "虚假紧迫":
        return stock_fact(text, start, end)
    return False
