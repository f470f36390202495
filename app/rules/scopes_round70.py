"""Context scopes, batch 27's false-alarm families: earlier families said in a wider wording.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round70_said`. Text is normalised (commas gone, ？ is ``?``,
宝宝 is 宝). Each family is gated by its category and a one-character test first. (Widened in place elsewhere: the
denied effect now takes 调/养/护 effects — 普通食品，不能调理肠胃; breast milk is best takes 仍/依然/还是/对…来说;
a question answered no takes 没有那种作用 / 就是个摆件.)

1. **A topic not covered** (:func:`topic_not_covered`, any category): 不涉及荐股, 不包括内幕消息服务, 课上不谈保本 —
   a course or service names what it leaves out (round 17's 不教你怎么转运 without the 怎么). Not with a turn after
   (但, 不过, 私下, 私聊, 私信, 加我, 另外). Round 81: or with what is covered instead after it (咱家不聊风水，只说材质;
   不谈转运，就讲做工), and the topic asked first then left out by name (问风水上咋样，咱家不聊风水).
2. **Real stock stated** (:func:`stock_stated`, 虚假紧迫; widens round 48's brand stock): 卖完不补 after a stated
   quantity (备了三千台, 这批只到了五百件, 首批两千套) — a fact about the batch, not pressure. Never with a push in
   the sentence (赶紧, 手慢无, 抢, 错过 …).
3. **A time slot of the show** (:func:`show_agenda`, 虚假紧迫; widens scopes_replies.draw_timing): 最后十分钟 followed by
   what the host will do (我们讲讲怎么清洗, 来答疑, 聊聊保养, 给大家演示) — the show's agenda, not a deadline to buy.
   Never with a push or a buying verb in the sentence. Round 77: the show's own end (最后十分钟我们就下播了，明天晚上八点见;
   就关播了, 准备收工, 结束今天的直播) — same guards (下播就恢复原价, 赶紧下单 fire).
4. **A draw's winner** (:func:`draw_winner`, 绝对化用语; widens the draw family): 第一名 of the lucky viewers drawn
   (第一名幸运观众已经抽出来了, 第一名中奖的宝) — an order of winners, not a ranking of the goods. Round 74: the draw
   right before (抽奖第一名) or within 16 characters after a who/announce word, across a question (第一名是谁啊？哦是抽奖抽中的), unless a
   ranking, award or sale stands between or before (销量第一名, 拿了第一名，下单抽奖).
5. **Refused by the house rule after an apology** (:func:`apology_rule`, 导流私下交易; widens round 45's
   apology_refused): 问能不能加微信，不好意思，我们所有交易都在直播间完成 / 抱歉，下单都走小黄车 — the rule given as the no.
   Not with a turn after (但, 私信, 小号 …).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import NUMERALS, SENTENCE_END, _sentence

_END = SENTENCE_END
_TURN = re.compile(r"但|不过|可是|私下|私聊|私信|加我|找我|小号|悄悄|另外|其实")
_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快下单|手慢|手快|抢|错过|犹豫|没机会|买不到|先到先得|冲")

# -- 1. a topic not covered -----------------------------------------------------------------------------------------

_NOT_COVER_BEFORE = re.compile(
    r"(?:不涉及|不会涉及|没有涉及|不涉足|不包括|不包含|不会包括|不讲|不会讲|不谈|不聊|不碰|不教|不会教|不提供|不做|不搞|不开展)"
    r"(?:任何|具体的?|个股|所谓的?|什么)?$"
)
# A question just before the hit (问…, 能不能…, 可以…): read by asked_not_covered and apology_rule alike.
_ASKED = re.compile(rf"(?:问|能不能|可不可以|能否|可以|能)[^{_END}]{{0,8}}$")
_TOPIC_END = re.compile(
    rf"(?:服务|内容|相关|这块|这一块|之类|这些|方面|话题|业务|的内容|$|[{_END}和或也]"
    r"|(?:的事|那些|这个|那套)?(?:我们|咱们|咱|我)?(?:只|就|光|单|主要)(?:说|讲|聊|谈|介绍|看))"  # round 81: 不聊风水，只说材质
)


def topic_not_covered(text: str, start: int, end: int) -> bool:
    """Is the hit a topic a course or service says it leaves out (这门课不涉及荐股)?"""
    if not _NOT_COVER_BEFORE.search(text, max(0, start - 8), start) or not _TOPIC_END.match(text, end):
        return False
    return not _TURN.search(text, end, end + 12)


def asked_not_covered(text: str, start: int, end: int) -> bool:
    """Round 81: is the asked topic then left out by name (有宝宝问这个摆件风水上咋样，咱家不聊风水，只说材质)?"""
    if not _ASKED.search(text, max(0, start - 16), start):
        return False
    again = text.find(text[start:end], end, end + 24)
    if again == -1 or _TURN.search(text, end, again):
        return False
    return topic_not_covered(text, again, again + end - start)


# -- 2. real stock stated -------------------------------------------------------------------------------------------

_STOCK_BEFORE = re.compile(
    rf"(?:备了|备货|只备了|一共|总共|只到了|到了|首批|这批|库存|准备了|进了|只进了|做了|只做了|生产了)"
    rf"[^{_END}剩]{{0,4}}?[{NUMERALS}]+(?:台|件|单|份|箱|个|套|瓶|盒|双|支|袋|斤|吨|只|罐|桶|条|本)(?:货)?[^{_END}]{{0,3}}$"
)


def stock_stated(text: str, start: int, end: int) -> bool:
    """Is 卖完不补 said after the batch's real quantity (首发当天备了三千台卖完不补)?"""
    if not _STOCK_BEFORE.search(text, max(0, start - 18), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _PUSH.search(sentence)


# -- 3. a time slot of the show --------------------------------------------------------------------------------------

_AGENDA_AFTER = re.compile(
    r"(?:我们|咱们|咱|主播|我)?(?:就|再|来|会|要|主要)?(?:给大家|跟大家|和大家|带大家)?(?:来)?"
    r"(?:讲|聊|说|唠|教|演示|示范|答疑|回答|解答|介绍|总结|分享|复盘|留给|用来|看一下|试|测|拆)"
)
_BUY = re.compile(r"下单|拍|付款|购买|买|秒杀|优惠|价格|库存|结束|截止|恢复|下架|没了|涨价|原价|上车|名额")


# round 77: the show's own end (最后十分钟我们就下播了，明天晚上八点见; 最后五分钟咱们准备收工) — when the host leaves.
_SHOW_END = re.compile(
    r"(?:我们|咱们|咱|主播|我|今天|直播)?(?:也|就|会|要|准备|就要|就得|得)*(?:下播|关播|收播|下线|收工|播完|撤了|结束(?:今天的|今晚的|本场)?直播)"
)
_SHOW_END_WORD = re.compile(r"结束(?:今天的|今晚的|本场)?直播")


def show_agenda(text: str, start: int, end: int) -> bool:
    """Is 最后十分钟 the show's agenda (最后十分钟我们讲讲怎么清洗), not a deadline to buy?"""
    if not (_AGENDA_AFTER.match(text, end) or _SHOW_END.match(text, end)):
        return False
    sentence, _ = _sentence(text, start, end)
    return not (_PUSH.search(sentence) or _BUY.search(_SHOW_END_WORD.sub("", sentence)))


# -- 4. a draw's winner -----------------------------------------------------------------------------------------------

_WINNER_AFTER = re.compile(r"(?:的)?(?:幸运|中奖|获奖|抽中|被抽中|得奖)")
_VIEWER_AFTER = re.compile(r"(?:的)?(?:观众|粉丝|宝(?!贝)|家人|用户|朋友|姐妹|兄弟|买家|网友)")
_DRAWN = re.compile(r"抽出|抽中|抽到|开奖|抽奖|中奖|得主|领奖")


# round 74: the draw named right before (抽奖第一名, 抽中的第一名) or soon after, across a question (第一名是谁啊？哦是抽奖
# 抽中的) — not when a ranking, an award or a sale stands between (销量第一名, 拿了第一名，下单抽奖).
_DRAWN_BEFORE = re.compile(r"(?:抽奖|抽中|抽到|抽出|开奖|中奖)(?:的|了)?(?:这位|那位)?$")
_WHO = re.compile(r"谁|哪位|哪个|哪一位|出来|出炉|揭晓|恭喜|尾号|名单")  # the winner asked for or announced
# What makes a 第一名 a rank, not a draw (销量第一名, 全网第一名, 评为第一名); round 87's first buyer reads it too.
RANKING_WORDS = r"销量|卖|全网|全国|排名|排行|榜|行业|同类|品牌|口碑|好评|评为|荣获"
_RANKED = re.compile(RANKING_WORDS + r"|获得|拿了|拿下|得了|下单|拍|买|送|券")  # an award or a sale between, too


def draw_winner(text: str, start: int, end: int) -> bool:
    """Is 第一名 the first of the viewers drawn (第一名幸运观众已经抽出来了)?"""
    if _WINNER_AFTER.match(text, end) or _DRAWN_BEFORE.search(text, max(0, start - 6), start):
        return True
    drawn = _DRAWN.search(text, end, end + 16)
    if drawn and _WHO.search(text, end, drawn.start()) and not _RANKED.search(text, max(0, start - 8), drawn.start()):
        return True
    if not _VIEWER_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_DRAWN.search(sentence))


# -- 5. refused by the house rule after an apology ---------------------------------------------------------------------

_RULE_AFTER = re.compile(
    rf"[^{_END}]{{0,4}}?(?:吗|么|呢)?\??(?:哈|啊|呀)?(?:实在|真的|真|很|非常)?(?:不好意思|抱歉|对不起|sorry)(?:哈|啊|呀|啦|了|哦)?"
    rf"(?:家人们|宝们|宝|姐妹们|亲们|亲)?(?:我们|咱们|咱|本店|这边|平台)?(?:的)?(?:所有|一切|全部|任何)?(?:的)?"
    rf"(?:交易|下单|购买|售后|沟通|咨询|订单|买卖|付款|联系)?(?:都|只|统一|一律|全部|只能|都是|全都)(?:在|走|通过|用|找)"
    r"(?:咱们|我们)?(?:直播间|平台|店铺|小黄车|官方|站内|抖音|快手|淘宝|橱窗|购物车|客服|链接|本平台)"
)


def apology_rule(text: str, start: int, end: int) -> bool:
    """Is the hit a question answered with the house rule after an apology (能加微信吗？不好意思，交易都在直播间)?"""
    m = _RULE_AFTER.match(text, end)
    if not m or not _ASKED.search(text, max(0, start - 12), start):
        return False
    return not _TURN.search(text, m.end(), m.end() + 14)


# -- the entry point ---------------------------------------------------------------------------------------------------


def round70_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 27's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if text.find("不", max(0, start - 8), start) != -1 and topic_not_covered(text, start, end):
        return True
    if text.find("问", max(0, start - 16), start) != -1 and asked_not_covered(text, start, end):
        return True
    if category == "虚假紧迫":
        if "补" in text[start:end]:
            return stock_stated(text, start, end)
        return text[start] == "最" and show_agenda(text, start, end)
    if category == "绝对化用语":
        return text.startswith("第一名", start) and draw_winner(text, start, end)
    if category == "导流私下交易":
        return apology_rule(text, start, end)
    return False
