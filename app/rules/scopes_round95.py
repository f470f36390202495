"""Context scopes, batches 37–39's false alarms of families F8, F5, F4, a slip taken back and advice to patients (round 95).

:func:`app.rules.scopes_replies.mentioned` calls :func:`round95_said`. Text is normalised (commas and spaces gone, ？ is
``?``, traditional folded to simplified). Each reading widens an older family and keeps its guards.

1. **最好 as "had better"** (F8; widens rounds 85/88/92): 最好 read as a modal before what to do, not as a grade:
   - 最好 + an adverb of when or how (立马, 马上, 及时, 尽量, 提前 …) or a negation (别, 莫, 不要, 甭, 少);
   - 最好 + 给|让|带 + whom + a use verb (最好给三岁以上的孩子用), 最好 + a care verb + 下|一下 (最好清下尘盒);
   - 最好 + a way of cooking + a food (最好炖五花肉, 最好包饺子), and 最适合 + a way of cooking + a food (最适合炖菜);
   - a condition (干手干脸, 睡前 …) + use verb after 最好 (卸妆油最好干手干脸用), a clause-final 最好 after a condition
     followed by the next clause's time (睡前开半小时最好睡觉的时候关了), and a when/how question (啥时候吃最好?).
   - 最好 + 冲|泡 + a water or temperature (奶粉最好冲五十度的水).
   Guards: a claim word right before (是, 质量, 效果 …), an outside scope (全网, 同类 …), a claim in the next clause
   (round 92's claim_next: 最好睡前用第二天细纹全平 stays a claim) and praise after (我们家的锅最好，炖肉一绝).
2. **A medium's topic** (F5; widens round 84/92's media_topic): the medium AFTER the word (风水这个东西在那本书里是当民俗
   文化讲的), the belief disowned after the word (风水摆件的说法我不懂, 就当个工艺品卖), a course's chapter (第五节是风水在古建筑里的应用), the second mention in a sentence that sells only the
   book (只卖书不给看风水), a book taken off today's list (讲风水的那本书今天不上), and a lesson in spotting a scam
   (教你怎么识别那些承诺高收益的) — a warning, not a promise.
3. **包裹 and 开关 misheard** (F4; widens round 48/64's parcel_heard and round 92's switch_placed): 包过 + a parcel's fate
   (破了, 到了, 丢了, 压扁) or a place on it (包过上, 包过堆里); 开光 + Cantonese 喺 (开光喺后面); 第一排第一个 (F3: a place
   in a row, not 排第一).
4. **A slip taken back** (widens scopes_corrections): the word + 是口误 | 说错了 | 我收回 after it in the sentence.
5. **Advice to patients** (widens scopes_advice): 不建议|不推荐|不适合 + a sufferer (高血压的朋友) + a use verb.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_round92 import _OUTSIDE, claim_next
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. 最好 as "had better" -------------------------------------------------------------------------------------------

_CLAIM_BEFORE = re.compile(r"(?:是|算|就是|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它|口感|味道|全网|同类)$")
_USE = r"(?:用|吃|喝|穿|戴|玩|涂|抹|擦|敷|泡|冲|洗|睡|坐|骑|背|使|读|看|听|学|练|喂|放|存)"
_COOK = r"(?:炖|煮|煲|蒸|炒|煎|烤|焖|卤|烧|包|做|拌|凉拌|腌|涮|熬)"
_FOOD = (
    r"(?:[\u4e00-\u9fff]{0,3}?(?:肉|菜|汤|鱼|鸡|鸭|鹅|排骨|五花|饺子|包子|馅|粥|饭|面|蛋|豆腐|土豆|萝卜|白菜|粉条|火锅|骨头|"
    r"酸菜|排|虾|蟹|米|茶|奶|咖啡|苗|笋|椒|瓜|豆|芹|藕)|乱炖)"
)
_MODAL_AFTER = re.compile(
    r"最好(?:"
    r"(?:立马|马上|立刻|赶紧|及时|尽快|尽量|提前|当天|当场|每次|每天|经常|定期|隔天|分开|单独|放在|放到|塞|搁|存在|放进)"
    r"|(?:别|莫|不要|甭|少|不用|勿|避免)[\u4e00-\u9fff]"
    rf"|(?:给|让|带|叫|帮)[^{_END}]{{1,10}}?{_USE}"
    r"|[清洗擦晾收拆换检查看试问]{1,2}(?:下|一下)"
    rf"|{_COOK}{_FOOD}"
    rf"|(?:用|拿)?(?:冲|泡|兑|化开|调)[^{_END}]{{0,5}}?(?:度|温水|凉白开|开水|的水|热水)"
    rf"|(?:干手干脸|干手|干脸|湿手|湿脸|空腹|饭后|睡前|趁热|常温|冷藏|洗完脸|洗完澡)[^{_END}]{{0,6}}?{_USE}"
    r")"
)
_FIT_COOK = re.compile(rf"最适合{_COOK}{_FOOD}")
_COND_VERB_BEST = re.compile(
    r"(?:睡前|饭后|饭前|早上|晚上|中午|空腹|出门前|用完|用之前|到手)[^最]{0,6}?[开关拔用吃喝泡穿戴涂抹放洗晾]"
    r"[^最]{0,5}?最好$"
)
_NEXT_TIME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:的时候|之前|以后|之后|前|后)|然后|再|别|不然|要不")
_PRAISE_NEXT = re.compile(r"一绝|绝了|放心|没得说|没毛病|杠杠|顶呱呱|没有之一|闭眼|无敌|天花板|谁用谁知道|秒杀|吊打|不输")
_ASK_WHEN = re.compile(r"(?:啥时候|什么时候|几点|怎么|咋|哪种方法|如何)[\u4e00-\u9fff]{0,3}?[吃喝用穿泡煮戴涂]$")
_SOME_TIME = re.compile(r"(?:早上|晚上|中午|睡前|饭后|饭前|空腹|下午|上午)[吃喝用穿泡煮戴涂]$")


def had_better(text: str, start: int, end: int) -> bool:
    """Is 最好 (or 最适合) advice on what to do (到手最好立马塞冰箱, 最好炖五花肉, 最适合炖菜, 早上吃最好)?"""
    surface = text[start:end].rstrip("的")
    if surface not in ("最好", "最适合", "最合适") or _CLAIM_BEFORE.search(text, max(0, start - 3), start):
        return False
    sentence, lo = _sentence(text, start, end)
    if _OUTSIDE.search(sentence) or claim_next(text, end) or _PRAISE_NEXT.search(text, end, end + 14):
        return False  # 我们家的锅最好，炖肉一绝 / 这款最好，给孩子用放心: a grade with praise after, no advice
    if surface == "最适合":
        return bool(_FIT_COOK.match(text, start))
    if surface != "最好":
        return False
    if _MODAL_AFTER.match(text, start):
        return True
    before = text[lo:start]
    if _ASK_WHEN.search(before) or _SOME_TIME.search(before):
        return True
    return bool(_COND_VERB_BEST.search(text[lo:end]) and _NEXT_TIME.match(text, end))


# -- 2. a medium's topic --------------------------------------------------------------------------------------------------

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
    if _BOOK_OFF.search(before) and _BOOK_AFTER.match(after) and re.search(r"不上|不卖|下架|没上|只卖", after):
        return True
    if _DISOWNED.match(after) or (_AS_CRAFT.search(after) and not _MEDIUM_LATER.search(after)):
        return True
    return bool(_SPOT_SCAM.search(before) and _SCAM_TOPIC.search(sentence))


# -- 3. 包裹 and 开关 misheard ----------------------------------------------------------------------------------------------

_PARCEL_FATE = re.compile(r"(?:已经|都|也)?(?:破了|破损|到了|丢了|压扁|压坏|漏了|湿了|拆了|签收|被签收|上|堆里|堆上|里面|里头)")
_CHARM_WORD = re.compile(r"大师|寺|庙|法师|加持|护身|辟邪|招财|转运|保平安")


def misheard(text: str, start: int, end: int) -> bool:
    """Is 包过 a parcel (包过破了, 躺在包过上), 开光 a switch in Cantonese (开光喺后面) or 排第一 a row (第一排第一个)?"""
    word = text[start:end]
    if word.startswith("排第") and re.search(r"第[0-9一二三四五六七八九十]$", text[max(0, start - 3) : start]):
        return bool(re.match(r"(?:个|位|件|款|格|层|只|瓶|盒|排)", text[end:]))  # 第一排第一个: a place in a row
    sentence, _ = _sentence(text, start, end)
    if word == "包过":
        return bool(_PARCEL_FATE.match(text, end)) and not re.search(r"考|证|学|课|保过|通过率", sentence)
    if word == "开光":
        return text.startswith("喺", end) and not _CHARM_WORD.search(sentence)
    return False


# -- 4. a slip taken back / 5. advice to patients ---------------------------------------------------------------------------

_SLIP_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:是口误|是我口误|说错了|说秃噜了|我收回|收回这句|收回哈|不算数)")
_SLIP_BEFORE = re.compile(rf"(?:刚才|刚刚|刚|之前|方才|前面)[^{_END}]{{0,6}}?说[^{_END}]{{0,3}}$")
_ADVISED_OFF = re.compile(rf"(?:不建议|不推荐|不太建议|不适合|不让|别让|不要给)[^{_END}]{{0,2}}$")
_SUFFERER = re.compile(rf"[^{_END}]{{1,8}}?(?:的)?(?:朋友|患者|病人|宝宝|家人|老人|人|姐妹|兄弟)[^{_END}]{{0,3}}?[喝吃用泡服碰]")


def slip_or_advice(text: str, start: int, end: int) -> bool:
    """Is the word a slip taken back (刚才那个说顶级的是口误，我收回) or a sufferer advised off (我不建议高血压的朋友喝)?"""
    if _SLIP_BEFORE.search(text, max(0, start - 12), start) and _SLIP_AFTER.match(text, end):
        return True
    return bool(_ADVISED_OFF.search(text, max(0, start - 6), start) and _SUFFERER.match(text, start))


def round95_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of round 95's readings mute the hit at ``text[start:end]``?"""
    if category in ("绝对化用语", "价格违规") and text[start] == "最" and had_better(text, start, end):
        return True
    if category == "绝对化用语" and text[start] == "排" and misheard(text, start, end):
        return True
    if category == "迷信" and (topic_again(text, start, end) or misheard(text, start, end)):
        return True
    if category == "投资承诺" and (topic_again(text, start, end) or misheard(text, start, end)):
        return True
    return slip_or_advice(text, start, end)
