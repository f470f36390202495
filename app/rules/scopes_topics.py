"""Context scopes: topic nouns and media about a subject (a book about 风水, a course that leaves it out).

:func:`app.rules.scopes_replies.mentioned` calls :func:`topic_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A book's topic** (:func:`book_topic`, 迷信): 讲|关于|介绍|研究 + hit + 的书|历史|文化|纪录片 in a sentence with an academic frame
   (建筑史|历史|民俗|文化|学术|古代): 这本讲风水的书是建筑史方向的; and what it does not teach 没有教人看风水改运 (没教|不教 + 人|你 + a verb, no 怎么 needed).
   (from round 42)
2. **A topic not covered** (:func:`topic_not_covered`, any category): 不涉及荐股, 不包括内幕消息服务, 课上不谈保本 — a course or service
   names what it leaves out (round 17's 不教你怎么转运 without the 怎么). Not with a turn after (但, 不过, 私下, 私聊, 私信, 加我, 另外).
   Round 81: or with what is covered instead after it (咱家不聊风水，只说材质; 不谈转运，就讲做工), and the topic asked first then left
   out by name (问风水上咋样，咱家不聊风水). (from round 70)
3. **A medium's topic** (:func:`media_topic`, 迷信): the belief word is what a book, course, documentary, exhibition,
   chapter, lecture or programme is about — the medium is the subject and a content verb links it to the word
   (这部纪录片拍的是徽州民居的风水布局, 这本小说写的是一个风水先生, 这个展讲的是春节转运的习俗, 第三章讲风水在…, 这本书专门写各地过年转运的习俗), or the word names the medium and
   its content follows (这本风水书讲的是古代建筑选址, 这个风水的书呃讲的是…, 这本风水杂谈是作者的随笔集, 这本图解风水讲的是…). Never when the sentence promises
   the effect or teaches the practice (保你, 就能, 照着做, 按它摆, 戴上, 教你怎么 …) or turns (但, 不过, 可是): 这本风水书照着摆保你财运亨通 and
   纪录片讲的是本命年的习俗，但这红绳戴上就能转运 still fire. (from round 84)
4. **A medium's topic** (F5; widens round 84's media_topic): the medium anywhere before in the sentence and a
   content verb (or 主角是, 主人公是) right before the word (这个展…有一个单元专门讲老北京人的风水讲究, 这本小说主角是个风水先生), and the cosmetic word as
   a history's topic (这本美妆史讲古代女子怎么美白). Round 84's guards stand: a promise, a lesson for you (教你怎么), a sale or a use
   of the goods. (from round 92)
5. **A medium's topic** (F5; widens round 84/92's media_topic): the medium AFTER the word (风水这个东西在那本书里是当民俗文化讲的), the
   belief disowned after the word (风水摆件的说法我不懂, 就当个工艺品卖), a course's chapter (第五节是风水在古建筑里的应用), the second mention in
   a sentence that sells only the book (只卖书不给看风水), a book taken off today's list (讲风水的那本书今天不上), and a lesson in
   spotting a scam (教你怎么识别那些承诺高收益的) — a warning, not a promise. (from round 95)
   Round 103: the book not ours (讲风水的那本书不是我们家卖的，咱就卖收纳柜), and reading 2 with the topic fronted and then left out
   (关于风水我们不聊，只聊运动; 风水这块咱不谈) — the same turn guard.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_corrections import _TAUGHT_BUT
from app.rules.scopes_lists import _ASKED, _END, _TURN
from app.rules.scopes_text import _sentence

# -- a book's topic, and what it does not teach ----------------------------------------------------------------------

_TOPIC_BEFORE = re.compile(r"(?:讲|关于|介绍|研究|写|谈)$")

# round 73: a qualifier may stand before the noun (讲风水的民俗书, 关于风水的老读物, 介绍风水的建筑史专着)
_TOPIC_AFTER = re.compile(rf"的[^{_END}]{{0,4}}?(?:书|读物|历史|文化|纪录片|课|着作|论文|讲座|知识|专着|来历|由来|起源|渊源)")

_ACADEMIC = re.compile(r"建筑|历史|史方向|民俗|文化史|学术|古代|考古|史料|人类学|社会学")

# round 73: the goods denied to be a luck item in a book's sentence (这本是讲风水的书…不是卖转运的东西)
_NOT_SOLD_BEFORE_BOOK_TOPIC = re.compile(r"(?:不是|并不是|也不是|又不是|不)(?:卖|教|教人|教你|讲|搞|用来)?$")

_NOT_SOLD_AFTER = re.compile(r"的?(?:东西|物件|玩意|法器|道具|产品|商品|书)")

_BOOK_IN = re.compile(r"书|读物|专着|着作")

_NOT_TAUGHT_BEFORE = re.compile(
    rf"(?:没有|没|不|不会|并没有|并不)(?:是)?教(?:人|你|您|大家|读者|学员)?(?:怎么|如何|去)?[^{_END}]{{0,4}}$"
)


def book_topic(text: str, start: int, end: int) -> bool:
    """Is the belief a book's topic in an academic frame (讲风水的书是建筑史方向的), or what it does not teach
    (没有教人看风水改运)?"""
    if _TOPIC_BEFORE.search(text, max(0, start - 2), start) and _TOPIC_AFTER.match(text, end):
        sentence, _ = _sentence(text, start, end)
        if _ACADEMIC.search(sentence):
            return True
    if _NOT_SOLD_BEFORE_BOOK_TOPIC.search(text, max(0, start - 4), start) and _NOT_SOLD_AFTER.match(text, end):
        sentence, lo = _sentence(text, start, end)
        if _BOOK_IN.search(sentence) and _ACADEMIC.search(sentence) and not _TAUGHT_BUT.match(text, end):
            return True
    return bool(_NOT_TAUGHT_BEFORE.search(text, max(0, start - 10), start)) and not _TAUGHT_BUT.match(text, end)


# -- a topic not covered ---------------------------------------------------------------------------------------------

_NOT_COVER_BEFORE = re.compile(
    r"(?:不涉及|不会涉及|没有涉及|不涉足|不包括|不包含|不会包括|不讲|不会讲|不谈|不聊|不碰|不教|不会教|不提供|不做|不搞|不开展)"
    r"(?:任何|具体的?|个股|所谓的?|什么)?$"
)

_TOPIC_END = re.compile(
    rf"(?:服务|内容|相关|这块|这一块|之类|这些|方面|话题|业务|的内容|$|[{_END}和或也]"
    r"|(?:的事|那些|这个|那套)?(?:我们|咱们|咱|我)?(?:只|就|光|单|主要)(?:说|讲|聊|谈|介绍|看))"  # round 81: 不聊风水，只说材质
)


# round 103: the topic fronted, then left out (关于风水我们不聊，只聊运动; 风水这块咱不谈)
_LUCK_AFTER = re.compile(r"旺|招财|转运|化煞|辟邪|保你|包你|就能|灵")
_FRONTED_BEFORE = re.compile(r"(?:关于|至于|说到|讲到|提到|要说)$")
_FRONTED_MARK = re.compile(r"(?:的话|这块|这一块|方面|这个话题|的问题|的事|的东西|这些)")
_LEFT_OUT_AFTER = re.compile(
    r"(?:的话|这块|这一块|方面|这个话题|的问题|的事|的东西|这些|的)?(?:我们|咱们|咱|我)?(?:家|这边|直播间里?|今天|这里)?(?:就|都|一律|一概|从来|也)?"
    r"(?:不聊|不谈|不讲|不说|不涉及|不回答|不评论|不讨论|不展开|不多说|不碰|不接|不懂)"
)


def topic_not_covered(text: str, start: int, end: int) -> bool:
    """Is the hit a topic a course or service says it leaves out (这门课不涉及荐股, 关于风水我们不聊)?"""
    if _FRONTED_BEFORE.search(text, max(0, start - 3), start) or _FRONTED_MARK.match(text, end):
        left = _LEFT_OUT_AFTER.match(text, end)
        rest = text[left.end() : left.end() + 16] if left is not None else ""
        if left is not None and not _TURN.search(rest) and not TURN_BACK.search(rest) and not _LUCK_AFTER.search(rest):
            return True
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


# -- a medium's topic ------------------------------------------------------------------------------------------------

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
_PROMISE_MEDIA_TOPIC = re.compile(
    r"保你|包你|保证|就能|准能|一定能|肯定能|能让|能帮|能转|能招|能旺|能改|能保|能挡|能化|会转|会旺|灵验|很灵|特灵|真灵"
    r"|照着做|照着摆|照着戴|按它|按着摆|按书|跟着做|跟着摆|戴上|摆上|挂上|带上|放上|供上|请回|旺财|招财进宝|财运亨通"
    r"|就会|就来|跟着来|自然来|好运来|运气来|帮你|让你|给你带|带来|学完|看完|读完|但|不过|可是"
)

_CLAIM_CHARS = frozenset("就能会保包来让帮准必灵旺")  # the hit is a claim (好运就跟着来了), not a topic noun

_TEACH = re.compile(r"(?<!不是)(?<!不)(?<!没)(?<!没有)(?:教|讲)(?:你|人|大家|您|各位)?(?:怎么|如何|去|在家)")

# between the content verb and the word: the topic's own phrase, no sale or use of the goods (讲风水下单送开光貔貅)
_USE_MEDIA_TOPIC = re.compile(r"送|下单|拍下|买|卖|戴|摆|请|带|挂|放|配|链接|直播间")


def _promised(sentence: str) -> bool:
    return bool(_PROMISE_MEDIA_TOPIC.search(sentence) or _TEACH.search(sentence))


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
            if _CONTENT.search(gap) and not _USE_MEDIA_TOPIC.search(gap):
                return True
    # the medium before, a content verb between it and the word, within fourteen characters (这个展讲的是春节转运的…)
    window = max(lo, start - 16)
    for medium in _MEDIUM.finditer(text, window, start):
        gap = text[medium.end() : start]
        verbs = list(_CONTENT.finditer(gap))
        if len(gap) <= 14 and verbs:
            topic = gap[verbs[-1].end() :]
            if len(topic) <= 10 and not _USE_MEDIA_TOPIC.search(topic):
                return True
    return False


# -- a medium's topic ------------------------------------------------------------------------------------------------

_MEDIUM_MORE = re.compile(
    r"美妆史|[\u4e00-\u9fff]史(?:书)?(?=讲|写|里)|单元|展区|板块|栏目|篇章|一章|一节|一集"
)

_ROLE = re.compile(r"(?:主角|主人公|男主|女主|角色|人物|反派|配角)(?:是|叫|就是)(?:个|一个|位|一位)?$")


def topic_widened(text: str, start: int, end: int) -> bool:
    """Is the word the topic of a medium named before in the sentence (一个单元专门讲…的风水讲究, 主角是个风水先生)?"""
    sentence, lo = _sentence(text, start, end)
    before = sentence[: start - lo]
    if _promised(sentence) or not (_MEDIUM.search(before) or _MEDIUM_MORE.search(before)):
        return False
    if _ROLE.search(before):
        return True
    verbs = list(_CONTENT.finditer(before))
    if not verbs:
        return False
    topic = before[verbs[-1].end() :]
    return len(topic) <= 10 and not _USE_MEDIA_TOPIC.search(topic)


# -- a medium's topic ------------------------------------------------------------------------------------------------

_MEDIUM_LATER = re.compile(rf"在(?:那|这|一)?本?(?:书|课|节目|片子|纪录片|小说)里(?:是|都是|就是)?(?:当|作为|按)[^{_END}]{{0,8}}?讲")

_CHAPTER = re.compile(r"第[0-9一二三四五六七八九十]+[节章讲课集篇](?:是|讲|叫|就是)?$")

_ONLY_BOOK = re.compile(r"只卖书|就卖书|光卖书|只卖这本书|书是书")

_BOOK_OFF = re.compile(rf"(?:讲|写|聊)[^{_END}]{{0,2}}$")

_BOOK_AFTER = re.compile(r"的?(?:那|这)?(?:本|套)?(?:老)?书")

_SPOT_SCAM = re.compile(rf"(?:识别|识破|防范|警惕|揭穿|避开|看穿|分辨)[^{_END}]{{0,8}}?(?:承诺|宣传|号称|吹)[^{_END}]{{0,2}}$")

_DISOWNED = re.compile(
    rf"[^{_END}]{{0,3}}?(?:的|这个|那些|这些|那个)?(?:说法|讲究|寓意|门道|作用)[^{_END}]{{0,3}}?"
    r"(?:我|咱|俺)?(?:真)?(?:不懂|不清楚|不了解|不讲|不管|不知道|说不好|不信|没研究)"
)

_AS_CRAFT = re.compile(r"(?:就|只)?当(?:个|成|作|做|一个)?(?:普通的?)?(?:工艺品|装饰品|摆件|装饰|礼品|手工艺品|玩意儿|小摆设)(?:来)?卖")

_SCAM_TOPIC = re.compile(r"骗局|套路|陷阱|诈骗|骗子|传销")
# a book taken off today's list, or not ours (讲风水的那本书不是我们家卖的，咱就卖收纳柜 — round 103)
_NOT_OURS = re.compile(rf"不上|不卖|下架|没上|只卖|就卖|光卖|不是[^{_END}]{{0,5}}?卖|没(?:有)?卖|没上架|不在[^{_END}]{{0,5}}?卖")


def topic_again(text: str, start: int, end: int) -> bool:
    """Is the word a book's or course's topic (风水这个东西在那本书里是当民俗文化讲的, 第五节是风水在古建筑里的应用)?"""
    sentence, lo = _sentence(text, start, end)
    before, after = sentence[: start - lo], sentence[end - lo :]
    if re.search(r"保证|包你|转运|招财|旺财|化煞|改运", after):
        return False
    if _MEDIUM_LATER.search(after):
        return True
    if _CHAPTER.search(before) and re.match(rf"在[^{_END}]{{1,8}}?(?:里|中)的(?:应用|运用|体现|讲究)", after):
        return True
    if _ONLY_BOOK.search(sentence) and re.search(r"书", before + after) and re.search(r"不给|不帮|不替|不做|不负责", before):
        return True
    if _BOOK_OFF.search(before) and _BOOK_AFTER.match(after) and _NOT_OURS.search(after):
        return True
    if _DISOWNED.match(after) or (_AS_CRAFT.search(after) and not _MEDIUM_LATER.search(after)):
        return True
    return bool(_SPOT_SCAM.search(before) and _SCAM_TOPIC.search(sentence))


def topic_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if text.find("不", max(0, start - 8), end + 14) != -1 and topic_not_covered(text, start, end):
        return True
    if text.find("问", max(0, start - 16), start) != -1 and asked_not_covered(text, start, end):
        return True
    if category == "迷信":
        return (
            book_topic(text, start, end)
            or media_topic(text, start, end)
            or topic_widened(text, start, end)
            or topic_again(text, start, end)
        )
    if category == "化妆品宣称":
        return bool(
            re.search(r"[\u4e00-\u9fff]史|这本|那本|这部|纪录片|展", text[max(0, start - 16) : start])
        ) and topic_widened(text, start, end)
    return category == "投资承诺" and topic_again(text, start, end)
