"""Context scopes: advice — 最好 as “had better” (最好冷藏, 最好 + how, when or for whom).

:func:`app.rules.scopes_replies.mentioned` calls :func:`advice_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **Advice on use or wear** (:func:`advice_of_use`, 绝对化用语): 最好用 + a figure or a liquid or tool (这个茶最好用八十度的水冲,
   最好用凉白开泡, 最好用软布擦) and 最好 + 戴|穿|系 + protective gear (最好戴手套, 最好戴个口罩, 最好穿长袖) — "had better", not "best". 最好用的 / 最好用了
   / 是最好用 stay superlatives. (from round 42)
2. **最好 as advice on how** (:func:`advice_on_how`, bare 最好): 最好 + up to six characters + a manner
   (混着|掺着|搭配着|交替|轮换|慢慢|逐渐|循序渐进) — 最好新旧粮混着喂七天, 最好干湿粮搭配着喂; or a condition said before it (换粮的话最好…, 刚开始的时候最好…) with no
   comparison frame (要说…的话, 论…) and no 的|是|就是|这款 right after. (from round 45)
3. **最好 of a setting** (:func:`setting_advice`, bare 最好): 最好 + 开|调到|调成|用|选|放|设成|开到 + a low setting (一档|低档|睡眠模式|静音档
   …): 晚上睡觉最好开一档, 刚开始最好调到低档. (from round 48)
4. **最好 as advice, said another way** (:func:`advice_best`; widens scopes_replies.modal_best and round 45's
   advice_on_how): a reading before the next step (最好通风一周再住人, 你最好看说明书再用), a verb with a duration or a count (最好煲两个钟,
   最好醒半个小时), a manner collapsed by the stutter rule (最好慢换 ← 慢慢换, 最好轻擦), 最好 + 看/瞅/瞧 + what to check (最好看一下尺码表,
   最好瞅一眼日期), and a time or temperature + verb + 最好 (饭后半小时喝最好, 用八十五度的水泡最好, 早上吃最好). 这条裙子最好看 / 最好看的是 / 全网最好 stay
   superlatives. (from round 85)
5. **最好 / 最佳 as advice on use** (F8, widens round 85's advice_best): 最好 + when or how + a verb (鱼油最好随餐吃,
   隔离霜最好出门前十五分钟涂, 辅食最好现做现吃), 最佳 + a use + 时间|温度|火候 (燕窝的最佳炖煮时间), 最好吃的吃法是 (the best way to eat it). 最好的精华 / 最佳选择 /
   最好吃的牛肉干 stay claims. (from round 88)
6. **最好 / 最佳 as advice on use** (F8; widens round 85's advice_best and round 88's advice_on_use): - a way of cooking
   or using + 着|住|熟|好 + eat or drink after 最好 (这个红薯最好蒸着吃, 腊肠最好蒸住食, 饺子最好煮熟了吃); - a condition before a clause-final
   最好|最佳: 再 + verb (醒半个小时再喝最好), a time of day or a span (早上六点前和傍晚下竿最好, 晚上九点以后浇水最好), a temperature or a span of it
   (水温八十度上下最佳, 九十度左右的水最好); - 最佳的|最好的 + a way (学法, 练法, 吃法, 用法 …) + 是 (这个课最佳的学法是每天听一节). Guards: an outside scope (全网,
   同类 …), a claim word right before (是, 质量, 效果 …), and a claim in the next clause (保证, 再也不, 全平, 根治 …: 最好睡前用第二天细纹全平
   is no advice that covers the claim). (from round 92)
7. **最好 as "had better"** (F8; widens rounds 85/88/92): 最好 read as a modal before what to do, not as a grade: - 最好 +
   an adverb of when or how (立马, 马上, 及时, 尽量, 提前 …) or a negation (别, 莫, 不要, 甭, 少); - 最好 + 给|让|带 + whom + a use verb
   (最好给三岁以上的孩子用), 最好 + a care verb + 下|一下 (最好清下尘盒); - 最好 + a way of cooking + a food (最好炖五花肉, 最好包饺子), and 最适合 + a
   way of cooking + a food (最适合炖菜); - a condition (干手干脸, 睡前 …) + use verb after 最好 (卸妆油最好干手干脸用), a clause-final 最好
   after a condition followed by the next clause's time (睡前开半小时最好睡觉的时候关了), and a when/how question (啥时候吃最好?). - 最好 +
   冲|泡 + a water or temperature (奶粉最好冲五十度的水). Guards: a claim word right before (是, 质量, 效果 …), an outside scope (全网,
   同类 …), a claim in the next clause (round 92's claim_next: 最好睡前用第二天细纹全平 stays a claim) and praise after
   (我们家的锅最好，炖肉一绝). (from round 95)
   Round 103: 最好 + a verb + a piece or a bit (狗子出门最好穿件衣服, 最好带把伞, 最好多喝点水; not 最好穿的, 最好吃了) and 最适合 +
   what to pair it with + a food or drink (早餐最适合配一杯牛奶) — same guards.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_lists import (
    _END,
    _FORBIDDEN_AFTER,
    _OUTSIDE_ADVICE_WIDENED,
    _QUOTE_SAY_BEFORE,
    _outside,
    _outside_advice_on_use,
)
from app.rules.scopes_text import NUMERALS, _sentence

_FIGURE = rf"[{NUMERALS}点]+"


# -- advice on use or wear -------------------------------------------------------------------------------------------

_USE_AFTER = re.compile(
    rf"(?:{_FIGURE}(?:度|摄氏度|勺|克|毫升|滴|片|袋|包|瓶盖|分钟|块)"
    r"|开水|热水|凉白开|纯净水|矿泉水|山泉水|沸水|淡盐水|温开水|软布|湿布|干布|棉签|海绵|刷子|牙刷|毛巾|专用刷)"
)

_GEAR = r"手套|口罩|护目镜|防护镜|眼镜|帽子|头盔|围裙|长袖|长裤|袜子|鞋子|防滑鞋|雨衣|救生衣|护膝|护腕|护具|面罩|耳塞|防晒衣"

_WEAR_AFTER = re.compile(rf"(?:戴|穿|系|围|套)(?:个|副|一副|双|一双|件|一件|条|一条|上|好)?(?:{_GEAR})")


def advice_of_use(text: str, start: int, end: int) -> bool:
    """Is 最好(用) advice on how to use or what to wear (最好用八十度的水冲, 最好戴手套)?"""
    surface = text[start:end]
    if surface == "最好用":
        return bool(_USE_AFTER.match(text, end))
    return surface == "最好" and bool(_WEAR_AFTER.match(text, end))


# -- 最好 as advice on how ---------------------------------------------------------------------------------------------

_MANNER_AFTER = re.compile(
    rf"[^{_END}的是最]{{0,6}}?(?:混着|掺着|搭配着|搭着|混合着|交替|轮换|轮着|换着|慢慢|逐渐|逐步|循序渐进|一点点|分几次|分次|少量多次)"
)

_CONDITION_BEFORE = re.compile(r"(?:的话|的时候|时候|之前|以前|之后|以后|期间|刚开始|一开始|第一次|头几天)$")

_COMPARE_FRAME = re.compile(rf"(?:要说|说到|论|比|讲到|若论|对比)[^{_END}]{{0,10}}$")

_NOT_ADVICE_AFTER = re.compile(r"的|是|就是|了|不过|没有之一|这|那|用|看|吃|喝|听|闻|玩|穿|卖|使|选择|品牌|产品")


def advice_on_how(text: str, start: int, end: int) -> bool:
    """Is the bare 最好 advice on how to do it (最好新旧粮混着喂, 换粮的话最好…)?"""
    if text[start:end] != "最好" or _NOT_ADVICE_AFTER.match(text, end):
        return False
    if _MANNER_AFTER.match(text, end):
        return True
    lo = max(0, start - 14)
    return bool(_CONDITION_BEFORE.search(text, lo, start)) and not _COMPARE_FRAME.search(text, lo, start)


# -- 最好 of a setting -------------------------------------------------------------------------------------------------

_SETTING_AFTER = re.compile(
    r"(?:开|调到|调成|调|用|选|放|设成|设置成|开到|档位调到)(?:在)?(?:一|1|二|2|低|小|弱|中|静音|睡眠|节能|柔和|自然)(?:档|挡|速|风|模式|档位)"
)


def setting_advice(text: str, start: int, end: int) -> bool:
    """Is the bare 最好 advice on a setting (晚上睡觉最好开一档)?"""
    return text[start:end] == "最好" and bool(_SETTING_AFTER.match(text, end))


# -- 最好 as advice ----------------------------------------------------------------------------------------------------

_BEST_BEFORE_CLAIM = re.compile(r"(?:是|算|全网|全国|行业|世界|市面上|史上|同类|同价位|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它)$")

_DURATION = (
    rf"(?:{NUMBER_RX}|半)(?:个)?(?:钟头|钟|小时|分钟|天|周|星期|礼拜|个月|月|年|次|遍|公里|小时左右)"
    r"|一下|一会儿?|一晚|一夜|一宿|一眼"
)

# A verb that makes an adjective with 好 (好装 easy to assemble, 好洗, 好带): 柜子最好装，十分钟搞定 stays a claim — the
# comma is gone in the normalised text, so 最好装十分钟 cannot be read as advice.
_EASY_VERB = "的是了用看吃喝听闻玩穿卖使装拆洗带拿搭剥切擦开收搬养做学找买走打清操上弄修折叠卷"

_VERB_DURATION = re.compile(rf"(?![{_EASY_VERB}])[\u4e00-\u9fff]{{1,2}}?(?:上|了|个)?(?:{_DURATION})")

# 最好 X 再 Y (had better X before Y) is the stronger frame: only the plain 好-adjectives are kept out (最好用再也不…).
_BEFORE_NEXT = re.compile(rf"(?![的是了用看吃喝听闻玩卖使])[^{_END}]{{1,10}}?再(?![也来买拍送])")

_MANNER = re.compile(r"(?:慢|轻|逐|缓|少量|一点点|分次|分开|小口|提前)")

_CHECK_NOUN = (
    r"说明书|说明|标签|详情|尺码|尺寸|评价|评论|视频|教程|成分|配料|日期|保质期|生产日期|医生|实物|图片|链接|商品页|页面|客服|"
    r"有没有|是否|是不是|包装|底部|背面|自己|再|之后|以后|一眼|一遍"
)

# What is checked after 最好看 (最好看一下尺码表, 最好看清楚, 最好看完视频再拍, 最好看好了再拍): 看好|看完 only with
# what follows them, since 这条裙子最好看，好多人回购 reads 最好看好多人 once the comma is gone.
_CHECK_OBJECT = re.compile(rf"(?:一下|下(?![面边午])|清|仔细|(?:好|完)(?:了)?(?:{_CHECK_NOUN})|(?:{_CHECK_NOUN}))")

_WHEN_MARK = (
    r"(?:饭后|饭前|餐后|餐前|早上|早晨|晚上|中午|睡前|起床后?|空腹|运动完|运动后|健身后|练完|[完后前内]|以内|之内|左右|"
    r"度|的水|温水|凉水|冷水|开水|热水|冷藏|冰镇|常温|冷泡|月份|季节|趁热|现泡|现冲|现做)"
)

_WHEN_VERB_BEFORE = re.compile(
    rf"{_WHEN_MARK}[^{_END}]{{0,6}}?(?:喝|吃|泡|煮|煲|炖|蒸|用|喂|种|刷|洗|晒|涂|抹|敷|戴|放|存|冲|饮|服|食|焖|烤|煎)"
    r"(?:[一两半几0-9]+[杯次包粒片勺碗个袋])?$"
)

_NOT_AFTER_WHEN = re.compile(r"的|是|用|看|吃|喝|听|闻|玩|穿|卖|不过|没有之一")


def advice_best(text: str, start: int, end: int) -> bool:
    """Is 最好 (or 最好看 read as 最好 + 看) advice on what to do (最好通风一周再住人, 饭后半小时喝最好)?"""
    surface = text[start:end]
    if surface not in ("最好", "最好看", "最好穿", "最好戴", "最好带") or _BEST_BEFORE_CLAIM.search(text, max(0, start - 3), start):
        return False
    if _outside(text, start, end):
        return False
    at = start + 2
    nxt = text[at : at + 1]
    if nxt and nxt in "看瞅瞧":
        return bool(_CHECK_OBJECT.match(text, at + 1)) or nxt != "看"
    if surface in ("最好穿", "最好戴", "最好带"):  # 最好穿两天再决定: the variant cut out of 穿两天
        return bool(_BEFORE_NEXT.match(text, at + 1) or _VERB_DURATION.match(text, at + 1))
    if surface != "最好":
        return False
    if _VERB_DURATION.match(text, at) or _MANNER.match(text, at) or _BEFORE_NEXT.match(text, at):
        return True
    if _NOT_AFTER_WHEN.match(text, at):
        return False
    return bool(_WHEN_VERB_BEFORE.search(text, max(0, start - 16), start))


# -- 最好 / 最佳 as advice on use ----------------------------------------------------------------------------------------

_USE_VERB = r"(?:吃|喝|涂|抹|擦|敷|用|服|冲|泡|煮|炖|蒸|煲|洗|晒|戴|穿|喂|做|吃完|喝完|放|存|换|上|搽)"

_ADVICE_LEAD = (
    r"(?:在|是|要|先)?(?:随餐|随饭|饭中|饭后|饭前|餐后|餐前|睡前|起床|早上|早晨|晚上|中午|空腹|出门前?|上班前|化妆前|洗完澡|洗澡后|"
    r"现[做吃喝泡煮冲开蒸炒榨磨切调拌烤煎买配]|趁热|当天|当顿|冷藏|冰镇|常温|提前|分次|少量|每天|一天|隔天|天天)"
)

_ADVICE_FORWARD = re.compile(rf"{_ADVICE_LEAD}[^{_END}]{{0,10}}?{_USE_VERB}")

_BEST_CLAIM_BEFORE = re.compile(r"(?:是|算|就是|全网|全国|行业|世界|市面上|史上|同类|同价位|效果|质量|品质|口碑|性价比)$")

_BEST_USE = re.compile(
    r"(?:的)?[\u4e00-\u9fff]{0,3}?(?:的)?(?:时间|时机|时段|温度|水温|火候|比例|用量|赏味期|食用期|饮用期|适饮期|时长|季节|月份)"
)

_BEST_NOT_USE = re.compile(r"(?:的)?(?:效果|品质|质量|选择|口感|状态)")

_WAY_AFTER = re.compile(r"的?(?:吃法|喝法|用法|玩法|做法|方法|办法|搭配法|穿法|泡法)")


def advice_on_use(text: str, start: int, end: int) -> bool:
    """Is 最好/最佳 advice on when or how to use the goods (鱼油最好随餐吃, 燕窝的最佳炖煮时间, 最好吃的吃法是)?"""
    surface = text[start:end]
    lo = max(0, start - 4)
    if _BEST_CLAIM_BEFORE.search(text, lo, start) or _outside_advice_on_use(text, start, end):
        return False
    if surface.startswith("最佳"):
        return bool(_BEST_USE.match(text, start + 2)) and not _BEST_NOT_USE.match(text, start + 2)
    if surface.rstrip("的") in ("最好吃", "最好喝", "最好用", "最好玩"):
        return bool(_WAY_AFTER.match(text, start + 3))
    return surface == "最好" and bool(_ADVICE_FORWARD.match(text, end))


# -- 最好 / 最佳 as advice on use ----------------------------------------------------------------------------------------

_CLAIM_BEFORE = re.compile(r"(?:是|算|就是|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它|口感|味道)$")

_CLAIM_NEXT = re.compile(
    r"保证|包你|保你|再也不|全平|全消|全没了|根治|治好|痊愈|不会再|百分百|一定能|肯定能|就能[白瘦好治消通]|就[瘦白通消退]了?|见效|不长肉|不生病"
)

_COOK = r"(?:蒸|煮|炖|煲|炒|煎|烤|焖|泡|冲|烫|焯|卤|腌|凉拌|拌|热|温|冰|冻|晾|切|剥|削|榨|打|煮熟|蒸熟)"

_WAY_THEN_EAT = re.compile(rf"{_COOK}(?:着|住|熟|好|透|了|一下|软)?(?:了|再|后|之后)?(?:吃|喝|食|饮|用)")

_COND_MARK = re.compile(
    r"(?:再|先)(?=[\u4e00-\u9fff]{1,2}$)|(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|半夜|睡前|饭后|饭前|餐后|餐前|空腹|"
    rf"[{NUMERALS}]+(?:点|点钟|点半)(?:前|后|以前|以后|之前|之后)?|(?:前|后|以前|以后|之前|之后|以内|之内|左右|上下)|"
    rf"[{NUMERALS}]+(?:度|℃|分钟|个小时|小时|天|周))"
)

# what is done between the condition and 最好 (再喝, 浇水, 下竿, 的水泡): 开春以后的新茶最好 ranks the goods, no use named
_ACT = re.compile(r"[喝吃泡煮蒸炖煲用涂抹擦敷洗晒浇喂种钓竿烤煎炒焖放存戴穿睡练学听读背做下冲饮服食醒开]")


def _condition_before(text: str, start: int) -> bool:
    for m in _COND_MARK.finditer(text, max(0, start - 16), start):
        gap = text[m.end() : start]
        if len(gap) > 6 or any(c in _END for c in gap):
            continue
        if not gap or _ACT.search(gap.rsplit("的", 1)[-1]):
            return True
    return False


_CLAUSE_END = re.compile(rf"(?:了|啦|哦|哈|呢|嘛|啊|喔)*(?:[{_END}]|$)")

_WAY_NOUN_AFTER = re.compile(
    r"的?(?:[学练听看读背记吃喝用泡煮做养种穿戴存放保]法|方法|办法|方式|时间|时机)(?:是|就是|呢是|嘛是)"
)


def claim_next(text: str, end: int) -> bool:
    """Is a claim said in the next clause after the advice (最好睡前用第二天细纹全平, 最好长期喂狗狗再也不会生病)?"""
    return bool(_CLAIM_NEXT.search(text, end, end + 18))


def advice_widened(text: str, start: int, end: int) -> bool:
    """Is 最好/最佳 advice (这个红薯最好蒸着吃, 醒半个小时再喝最好, 水温八十度上下最佳, 最佳的学法是)?"""
    surface = text[start:end].rstrip("的")
    if surface not in ("最好", "最佳") or _CLAIM_BEFORE.search(text, max(0, start - 3), start):
        return False
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE_ADVICE_WIDENED.search(sentence) or claim_next(text, end):
        return False
    if _WAY_NOUN_AFTER.match(text, start + 2):
        return True
    if surface == "最好" and _WAY_THEN_EAT.match(text, start + 2):
        return True
    if not _CLAUSE_END.match(text, start + 2):
        # the comma is gone: a clause-final 最好 may run straight into the next clause (最佳开水会把叶子烫熟)
        nxt = text[start + 2 : start + 3]
        if not nxt or nxt in "的是了用看吃喝听闻玩穿卖使":
            return False
        if not re.match(
            r"(?:开水|凉水|冷水|热水|太|别|不要|不然|否则|要不|这样|那样|烤|煮|蒸|炒|也|就|会|才)",
            text[start + 2 :],
        ):
            return False
    return _condition_before(text, start)


# -- 最好 as "had better" ----------------------------------------------------------------------------------------------

_CLAIM_BEFORE_HAD_BETTER = re.compile(r"(?:是|算|就是|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它|口感|味道|全网|同类)$")

_USE = r"(?:用|吃|喝|穿|戴|玩|涂|抹|擦|敷|泡|冲|洗|睡|坐|骑|背|使|读|看|听|学|练|喂|放|存)"

_COOK_HAD_BETTER = r"(?:炖|煮|煲|蒸|炒|煎|烤|焖|卤|烧|包|做|拌|凉拌|腌|涮|熬)"

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
    rf"|{_COOK_HAD_BETTER}{_FOOD}"
    rf"|(?:用|拿)?(?:冲|泡|兑|化开|调)[^{_END}]{{0,5}}?(?:度|温水|凉白开|开水|的水|热水)"
    rf"|(?:干手干脸|干手|干脸|湿手|湿脸|空腹|饭后|睡前|趁热|常温|冷藏|洗完脸|洗完澡)[^{_END}]{{0,6}}?{_USE}"
    r")"
)

_FIT_COOK = re.compile(rf"最适合{_COOK_HAD_BETTER}{_FOOD}")

# round 103: 最适合 + what to pair it with (早餐最适合配一杯牛奶), 最好 + a verb + a piece (狗子出门最好穿件衣服, 最好带把伞)
_FIT_PAIR = re.compile(rf"最适合(?:配|搭|搭配|配上|就着|蘸|夹|卷)(?:一)?(?:杯|碗|壶|碟|勺|点|个|片|块|根)?{_FOOD}")
_VERB_PIECE = re.compile(
    r"最好(?:穿|戴|带|备|拿|披|加|盖|垫|套|铺|揣|吃|喝|喂|多穿|多喝|多吃)"
    r"(?:一)?(?:件|个|双|条|副|顶|把|床|层|点|些|杯|口|块|瓶)(?!好|的|了|之一|都|也|儿|不)"
)

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
    if surface.startswith("最好") and _VERB_PIECE.match(text, start):
        surface = "最好"  # the hit ran on into the verb (最好穿 件衣服)
    if surface not in ("最好", "最适合", "最合适") or _CLAIM_BEFORE_HAD_BETTER.search(text, max(0, start - 3), start):
        return False
    sentence, lo = _sentence(text, start, end)
    if _OUTSIDE_ADVICE_WIDENED.search(sentence) or claim_next(text, end) or _PRAISE_NEXT.search(text, end, end + 14):
        return False  # 我们家的锅最好，炖肉一绝 / 这款最好，给孩子用放心: a grade with praise after, no advice
    if surface == "最适合":
        return bool(_FIT_COOK.match(text, start) or _FIT_PAIR.match(text, start))
    if surface != "最好":
        return False
    if _MODAL_AFTER.match(text, start) or _VERB_PIECE.match(text, start):
        return True
    before = text[lo:start]
    if _ASK_WHEN.search(before) or _SOME_TIME.search(before):
        return True
    return bool(_COND_VERB_BEST.search(text[lo:end]) and _NEXT_TIME.match(text, end))


def advice_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    surface = text[start:end]
    if category not in ("绝对化用语", "价格违规") or text[start] != "最":
        return False
    if had_better(text, start, end):
        return True
    if category != "绝对化用语":
        return False
    if advice_of_use(text, start, end):
        return True
    if surface == "最好" and (advice_on_how(text, start, end) or setting_advice(text, start, end)):
        return True
    if surface.startswith("最好") and advice_best(text, start, end) and not claim_next(text, end):
        return True
    if (
        not (_QUOTE_SAY_BEFORE.search(text, max(0, start - 6), start) and _FORBIDDEN_AFTER.match(text, end))
        and advice_on_use(text, start, end)
        and not claim_next(text, end)
    ):
        return True
    return advice_widened(text, start, end)
