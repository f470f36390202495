"""Context scopes, batch 12's false-alarm families: advice, specs, answers, refusals, referrals, evidence shown.

``scopes.not_a_claim`` calls :func:`mentioned`, which tries each family for the categories it concerns:

1. **最好 as "had better"** (:func:`modal_best`, 绝对化用语): 最好 before a verb, a time, a frequency or a number
   gives advice (葫芦丝最好一次别吹太久, 最好干透了再浇, 最好挑没风的早上, 滤芯最好半年换一次, 最好带个急救包, 最好
   穿上救生衣); 最好的 / 最好用 / 是最好 / 全网最好 stay superlatives. Likewise 最怕的就是 / 最忌 (what to avoid).
2. **A spec of one item** (:func:`item_spec`, 绝对化用语): 最高/最大/最低/最长 … followed by a figure with a unit (最高的一
   盆大概有八十公分, 最大通量是六百加仑, 最高赔付额度三百万) states a measure of the goods, not a ranking. Never with an
   external scope (全网, 行业, 市面上 …) or a price word.
3. **A question answered no** (:func:`answer_denies`): a yes/no question about the claim (…吗？, 是不是/能不能 …) whose
   answer turn denies it (转不了运, 也谈不上保本, 没有最划算, 这个我真不敢说, 这个我说不了, 别指望它…, 就是个玩具, 这个不做) — unless the
   answer says yes first or turns back to the claim (但是你去比比, 不…退).
4. **A refused guarantee** (:func:`refused_guarantee`): 不敢跟你保证上鱼, 没法给你打包票 — the hit is the guarantee.
5. **A denied "buy it and …"** (:func:`denied_if_bought`): 不是说买了能转运, 并不是说戴上就能招财.
6. **A drug or a doctor referred to** (:func:`referred_elsewhere`, 医疗/功效/化妆品): 消炎药我们直播间不卖, 得用专门的杀菌
   剂…我们这个营养液治不了病, 生发这个事儿得去看医生.
7. **A name only** (:func:`named_only`, 迷信): 行业里叫转运珠，其实就是圆珠子的款式，没什么说法.
8. **Evidence on screen** (:func:`shown_count`, 虚假紧迫): 只剩两个日子，后台档期表给大家看; 前一百单送…屏幕上有计数;
   round 64: the remaining count named (前一百单送试用装，右上角有剩余数量).
9. **A draw's timing** (:func:`draw_timing`, 虚假紧迫): 下播前最后十分钟我们抽一次奖 — when the draw is, not a deadline
   to buy.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_advice_best import advice_said, claim_next
from app.rules.scopes_advised_off import advised_off_said
from app.rules.scopes_answered import answered_said
from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_aside import aside_said
from app.rules.scopes_asserted import effect_disclaimed_after
from app.rules.scopes_contact import contact_said
from app.rules.scopes_corrections import corrected_said
from app.rules.scopes_declines import declined_said
from app.rules.scopes_evidence import evidence_said
from app.rules.scopes_facts import stated_fact
from app.rules.scopes_forbidden_word import forbidden_word
from app.rules.scopes_measures import measure_said
from app.rules.scopes_misheard import misheard_said
from app.rules.scopes_names import named_said
from app.rules.scopes_negated import negated_said
from app.rules.scopes_ordinals import ordinal_said
from app.rules.scopes_ownpick import own_pick_said
from app.rules.scopes_plain import plain_said
from app.rules.scopes_prices import price_said
from app.rules.scopes_quiet import quiet_said
from app.rules.scopes_retracted import retracted_said
from app.rules.scopes_shoprecord import shop_record_said
from app.rules.scopes_stock import stock_said
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import SENTENCE_END, _after, _before, _sentence
from app.rules.scopes_topics import topic_said
from app.rules.scopes_wishes import wished

_END = SENTENCE_END

# -- 1. 最好 "had better" -------------------------------------------------------------------------------------

# What follows a modal 最好: a number/time/frequency, a negation, or a verb of doing (not an adjective-forming
# 用/看/喝/吃/听/闻/玩/穿/卖: 最好用, 最好看 are their own superlatives; 穿上/戴上 are verbs again).
_MODAL_NEXT = re.compile(
    # round 73: ordering a size up or down (宽脚的宝宝最好拍大一码, 最好选小半码, 最好下单大一号)
    r"(?:拍|下单|穿|入|要|订|选|买)(?=大|小|偏大|偏小|正码|平时|[\u4e00-\u9fff](?:一点|一些|点儿))|"
    rf"(?:{NUMBER_RX}|每|半|隔|早|晚|白天|上午|下午|中午|睡前|饭后|饭前|当天|提前|趁|等|先|再|从(?![来没不未])|由(?![于此])|别|不要|不|少|多|尽量|及时|定期)"
    r"|(?:穿上|穿好|穿着|戴上|戴好|带上|带个|带|摘|取下|取掉|脱下|脱掉|拿下|拿掉|卸下|卸掉|挑|选|找|换|备|干透|晾干|放|留|让|配|避开|避免|控制|保持|注意|记得|跟|和|在|去|买|拿|用个|用上)"
    # Care and handling (batch 13: 最好手洗 — a compound verb of its own, never an adjective-forming 洗/吃/用):
    r"|(?:手洗|干洗|机洗|水洗|冷水|凉水|温水|阴干|晾|平铺|平放|低温|常温|冷藏|冷冻|密封|避光|单独|分开|翻面|反面|装进|收进|"
    r"小火|中火|大火|文火|慢火|微火|泡|晒|擦干|加热|热一下|开封|拆封|问|咨询|遵|按|照|量|试|测)"
    # batch 17: turned, shortened, set, closed or cooked to a result (最好反过来洗, 最好收短一点, 最好调低一档)
    r"|(?:反过来|翻过来|倒过来|反着|收短|收紧|收起来|收好|拉短|调低|调小|调到|调成|关掉|关上|拔掉|拔下|盖上|盖好|摇匀|搅匀|"
    r"兑水|稀释|放凉|挂在|挂着|吊在|吊着|存放|储存|保存|收纳|晾凉|静置|煮熟|煮开|煮透|蒸熟|洗干净|擦一下|挂起来|竖着|横着|立着|倒着|套上|套个|垫|"
    r"把|将|能|可以|还是|也|勤|经常|随时|马上|立刻|尽早|尽快|"
    # round 64: filled or stored with (不要装碳酸饮料最好装温水, 最好盛凉的, 最好存阴凉处) — not 最好装的 (easiest to fit)
    r"(?:装|盛|灌|存|倒|冲)(?:进|入|上|满|点|些)?(?![的了修配卸机好一二三四五六七八九十两几0-9]))"
    # 最好 + a quality + 一点 is "had better be …" (最好大一点, 最好松一些); 好吃/好用/好看 … + 一点 are left alone.
    r"|(?![的是了在不用看吃喝听闻玩穿卖使走养做学找买])[\u4e00-\u9fff](?:一点|一些|点儿)"
)
# 最好用 + a material or means (铲子最好用木的或者硅胶的, 最好用温水): "had better use", not "most usable".
_MEANS_AFTER = re.compile(r"木|竹|硅胶|塑料|不锈钢|陶瓷|玻璃|软毛|中性|温和|清水|温水|冷水|凉水|专用|配套|原装|自带|小火|中火|文火")
# Before a superlative 最好: 是/算 …, an external scope or a quality noun (质量最好一次就…, 效果最好).
_SUPERLATIVE_BEFORE = re.compile(r"(?:是|算|全网|全国|行业|世界|市面上|史上|同类|同价位|效果|质量|品质|口碑|性价比|做得|卖得)$")
_AVOID_AFTER = re.compile(r"(?:怕|忌讳|忌|讨厌)(?:的)?(?:就)?是")


def modal_best(text: str, start: int, end: int) -> bool:
    """Is the hit ``text[start:end]`` (最好 / 最好穿 / a bare 最) the modal "had better" or "what it fears most"?"""
    surface = text[start:end]
    if surface == "最":
        return bool(_AVOID_AFTER.match(text, end))  # 多肉最怕的就是浇水太勤
    if not surface.startswith("最好") or _SUPERLATIVE_BEFORE.search(text, max(0, start - 3), start):
        return False
    if surface == "最好":
        at = end
    elif surface in ("最好穿", "最好带", "最好戴"):
        at = start + 2  # 最好穿上救生衣: the variant 最好穿 cut out of 穿上
    elif surface == "最好用":
        return bool(_MEANS_AFTER.match(text, end))
    else:
        return False
    return bool(_MODAL_NEXT.match(text, at)) and not text.startswith(("的", "不过", "没有之一"), at)


# -- 2. a spec of one item -------------------------------------------------------------------------------------

_SPEC_HEAD = ("最亮", "最暗", "最高", "最大", "最低", "最小", "最长", "最短", "最重", "最轻", "最宽", "最厚", "最深", "最远", "最矮", "最窄", "最薄", "最细", "最粗")
_SPEC_UNIT = (
    r"(?:公分|厘米|毫米|米|加仑|毫升|升|公斤|千克|斤|克|千瓦|瓦|伏|安|度|小时|分钟|秒|天|年|万|英寸|寸|倍|层|档|转|帕|"
    r"号|码|级|尼特|流明|赫兹|分贝|mah|lm|kg|cm|mm|ml|hz|db|w|l|g|%)"
)
# A physical unit may follow the head right away (最高95厘米, 最矮七十公分): no price reads so.
_SPEC_PHYSICAL = re.compile(rf"{NUMBER_RX}(?:公分|厘米|毫米|米|英寸|寸|公斤|千克|斤|克|毫升|升|号|兆|mbps|gbps|cm|mm|kg)")
# A noun or 的 stands between the head and the figure (最大通量是…, 最高的一盆…): 最低九十九块 is a price, not a spec.
_SPEC_FIGURE = re.compile(rf"(?![\d一二两三四五六七八九十百千万])[^{_END}]{{1,10}}?{NUMBER_RX}个?{_SPEC_UNIT}")
_SPEC_EXCLUDED = re.compile(r"全网|全国|全球|行业|业界|业内|公认|市面|史上|同类|同行|同价位|同级|世界|国内|价|折(?!叠)|便宜|优惠|销量|卖")
# round 76: the measure asked (这口锅最大能装多少, 最高能调到几档, 承重最大是多少斤): a question, no ranking.
_SPEC_ASKED = re.compile(rf"(?!的)[^{_END}]{{0,6}}?(?:多少|多大|多重|多长|多高|多宽|多远|多久|几(?![乎家大]))")
_RANKED_BEFORE = re.compile(r"(?:是|算|公认|数它|就它|属它|它|都)$")


def item_spec(text: str, start: int, end: int) -> bool:
    """Is the superlative at ``start`` a measure of one item followed by its figure (最大通量是六百加仑)?"""
    if not text.startswith(_SPEC_HEAD, start) or end - start > 3:
        return False
    if _SUPERLATIVE_BEFORE.search(text, max(0, start - 3), start) or _RANKED_BEFORE.search(text, max(0, start - 4), start):
        return False  # 登山杖是业内公认最轻的，一根才一百八十克: the ranking is claimed, the figure backs it
    m = _SPEC_FIGURE.match(text, start + 2) or _SPEC_PHYSICAL.match(text, start + 2) or _SPEC_ASKED.match(text, start + 2)
    if not m:
        return False
    return not _SPEC_EXCLUDED.search(text, max(0, start - 10), m.end())


# -- 3. a question answered no in the answer turn ---------------------------------------------------------------

# The question: 吗/呢 + ？ after the hit, or a reported A-not-A (有宝宝问…是不是…的。) before it.
_QUESTION_END = re.compile(rf"[^{_END}:：]{{0,10}}?(?:吗|呢|么)[?？]|[^{_END}:：]{{0,6}}?[?？]")
_REPORTED_END = re.compile(rf"[^{_END}:：]{{0,8}}?(?:[。?？]|我(?:就)?(?:跟他们|跟她|跟他|跟你们)?(?:说|回)(?:实话)?)")  # r99: …辟邪我说实话
_ASKED_AB = re.compile(r"(?:是不是|能不能|可不可以|会不会|有没有|行不行|能否|可以不可以)[^。！？!?；;\n:：]{0,10}$")
_WHY = re.compile(r"为什么|为啥|怎么|凭什么|谁说|知道")
_SPEAKER = re.compile(r"[^。！？!?；;\n:：]{0,6}[:：]")
_YES_FIRST = re.compile(r"(?:当然|肯定|绝对|必须)?(?:能|可以|会|有|是的|是啊|对|行|没问题)(?!不)")
_ANSWER_NO = re.compile(
    r"谈不上|称不上|算不上|说不上|别指望|不指望|指望不上|不用指望|"
    r"(?:这个|这事|这种)(?:我们|咱们|我|咱)?(?:真|可|也|是)?(?:不做|不行|不能|没有|做不了|办不到|不提供|不卖|不搞)|"
    r"(?:我|咱|主播)(?:真|可|也|是真|还真)?(?:不敢说|不好说|说不了|没法说|不能说|讲不了|不敢讲|不敢保证|不能保证|保证不了|不敢打包票)(?!谎|假|瞎|大话|慌)|"
    # round 73: the host cannot compare (全网的价我没法比, 外面的我们确实比不了) — not 跟我们没法比
    r"(?<![跟和同与比])(?:我|我们|咱|咱们|主播)(?:也|真|确实|实在|真的)?(?:没法比|比不了)(?!较|对)|"
    r"^(?:这|那|它)?(?:就|只|也就|只不过|不过)是(?:个|一个|一款|普通的)|"
    # round 99: only a saying, only goods sold (那都是说法，咱就是卖个木头珠子)
    r"(?:都|只|就|不过)是(?:个|些|一种)?(?:说法|传说|寓意|讲究|心理作用|心理安慰|民间说法)|(?:咱|我们|咱们|我)(?:就|只)是卖(?:个|的)|"
    # batch 15: sent away from the place asked about, or the outcome left to the asker (那得看你自己多努力)
    r"(?:别|不要|不用|千万别)去|(?:那边|那里|那儿|那家|那)(?:不是|跟)(?:我们|咱们|咱)|"
    r"^(?:那|这)?(?:得|要|就得|还得|主要)看(?:你|您|个人|自己)|因人而异|"
    # deferred to a doctor (batch 13: 能吃这个吗？我不是医生，控糖的事问医生)
    r"^(?:我|我们|咱|主播)(?:也|又|可|真)?(?:不是|不是专业的)(?:医生|大夫|医师)|^(?:这个|这)?(?:得|要|还是得|请|建议)?(?:问|咨询|听)(?:一下|下)?(?:你的|您的)?(?:医生|大夫)"
)
_ANSWER_BACK = TURN_BACK  # round 82: the one list of turns back (scopes_answers), 用了就知道 and 绝对 included
_TERM_DENIED = ("没有", "没", "不是", "并不是", "谈不上", "称不上", "算不上", "不能", "不会", "不")
_CANT_VERBS = frozenset("少错跑免忘差")  # 少不了 / 错不了: a yes


_OWN_SHOP = ("店里", "我们家", "我们店", "本店", "咱家", "咱们家", "直播间里")


def answered_with_other(text: str, start: int, end: int) -> bool:
    """Is the superlative asked about (是不是最便宜的) and answered by naming another of the shop's own goods
    with it (店里最便宜的是左边那台)? The same words, scoped to one's own shop, right after the question."""
    if not _ASKED_AB.search(text, max(0, start - 12), start):
        return False
    term = text[start:end].rstrip("的")
    k = text.find(term, end, end + 14)
    if k == -1 or not any(text.find(w, end, k) != -1 for w in _OWN_SHOP):
        return False
    return text.find("是", k + len(term), k + len(term) + 4) != -1


def answer_denies(text: str, start: int, end: int) -> bool:
    """Is the hit asked about (…吗？, 是不是…) and denied in the answer turn that follows (see the module doc)?"""
    q = _QUESTION_END.match(text, end)
    if not q:
        if not _ASKED_AB.search(text, max(0, start - 12), start):
            return False
        q = _REPORTED_END.match(text, end)
        if not q:
            return False
    elif _WHY.search(text, max(0, start - 12), start):
        return False  # 你知道它为什么能降血压吗？因为…
    at = q.end()
    s = _SPEAKER.match(text, at)
    if s:
        at = s.end()
    answer = _after(text, at, 40)
    if not answer or _YES_FIRST.match(answer):
        return False
    m = _ANSWER_NO.search(answer)
    if not m:
        term = text[start:end].rstrip("的")  # 是不是最实惠的？…没有最实惠
        k = answer.find(term)
        if k > 0 and answer.endswith(_TERM_DENIED, 0, k):
            return not _ANSWER_BACK.search(answer, k)  # 是不是最划算的？…没有最划算
        head = text[start]
        k = answer.find(head + "不了")  # 能转运吗？转不了运
        if k == -1:
            k = answer.find("不了", 0, 4)  # 能去皱吗？去不了
            if k <= 0 or answer[k - 1] in _CANT_VERBS:
                return False
        return not _ANSWER_BACK.search(answer, k)
    return not _ANSWER_BACK.search(answer, m.end())


# -- 4. / 5. a refused guarantee, a denied "buy it and …" -----------------------------------------------------

_GUARANTEE_HEAD = ("保证", "包", "担保", "打包票")
_REFUSED_REV = re.compile(
    r"(?:你跟|你给|你向|你和|家大跟|家大给|家大和)?(?:敢不|能不|法没|法办没|法无|会不|敢不可|敢不真|能不可)"
)
_IF_BOUGHT_REV = re.compile(
    r"(?:能就|会就|就|能|会|以可)?(?:了|上)?(?:买|用|戴|挂|吃|喝|摆|放|穿|拿)(?:说)?(?:是不|是不并|是不也|是不可|是不又)"
)
_CONTRAST_AFTER = re.compile(r"而是|是要|得靠|要靠")


def refused_guarantee(text: str, start: int, end: int, back: str) -> bool:
    """Is the guarantee hit (保证上鱼) refused right before it (不敢跟你保证…)?"""
    return text.startswith(_GUARANTEE_HEAD, start) and bool(_REFUSED_REV.match(back))


def denied_if_bought(text: str, start: int, end: int, back: str) -> bool:
    """Is the effect denied as following from the purchase (不是说买了能转运)?"""
    return bool(_IF_BOUGHT_REV.match(back)) and not _CONTRAST_AFTER.search(_after(text, end, 24))


# -- 6. a drug or a doctor referred to ---------------------------------------------------------------------------

_DRUG_AFTER = re.compile(r"(?:药品|药物|药膏|药水|药|剂|类药)")
_NOT_SOLD_AFTER = re.compile(
    rf"[^{_END}]{{0,6}}?(?:我们|咱们|本店|这里|这边|直播间)[^{_END}]{{0,4}}?(?:不卖|不能卖|没有卖|不售|不销售|卖不了)"
)
# 降压药一定要按医生说的吃，别自己停: how to take the drug one already has — medication advice, no claim for the goods
# (降压药就不用按时吃了 starts with 就: no match, the claim stands).
_MEDICATION_ADVICE = re.compile(
    r"(?:一定|还是|也|都|千万)?(?:要|得|请|记得)?(?:按医生|遵医嘱|听医生|按医嘱|按时吃|按时服|按量吃|按量服|别自己停|不要自己停|"
    r"不能自己停|别随便停|不要随便停|不能随便停|别擅自停|不要擅自停|该吃就吃|该用就用|照常吃|照吃)"
)
_NEEDED_BEFORE = re.compile(r"(?:得用|要用|需要用|需要|得去买|去买|用|专门的|专业的|开的)[^。！？!?；;\n]{0,4}$")
_PRODUCT_CANNOT = re.compile(
    rf"[^{_END}]{{0,20}}?(?:我们|咱们|我家|咱家)(?:这个|这款|的)?[^{_END}]{{0,5}}?(?:治不了|不能治|没法治|不治病|不是药|不能代替药)"
)
_DOCTOR_AFTER = re.compile(
    r"(?:的)?(?:这个|这种|这类)?(?:事儿?|事情|问题)?(?:严重|厉害|反复)?(?:的话)?"
    r"(?:(?:还是|得|要|请|建议|最好|一定要){1,2}(?:去|先去)?(?:正规)?"
    r"(?:看医生|看大夫|医院|就医|找医生|问医生|咨询医生|看皮肤科|皮肤科|药店|专科)"
    r"|(?:问|咨询|听)(?:一下|下)?(?:你的|您的)?(?:医生|大夫)|遵医嘱)"  # 控糖的事问医生
)


def referred_elsewhere(text: str, start: int, end: int) -> bool:
    """Is the term a drug referred to (消炎药我们不卖, 降压药要按时吃, 得用专门的杀菌剂…我们这个治不了病) or a matter
    for a doctor?"""
    if _DOCTOR_AFTER.match(text, end):
        return True  # 生发这个事儿得去看医生
    d = _DRUG_AFTER.match(text, end)
    if not d:
        return False
    if _NOT_SOLD_AFTER.match(text, d.end()) or _MEDICATION_ADVICE.match(text, d.end()):
        return True  # 消炎药我们直播间不卖 / 降压药要按时吃
    return bool(_NEEDED_BEFORE.search(text, max(0, start - 8), start)) and bool(_PRODUCT_CANNOT.match(text, d.end()))


# -- 7. a name only ---------------------------------------------------------------------------------------------

_NAMED_REV = re.compile(r"(?:做叫|叫|为称|称俗|叫名|叫字名|名取|名起|叫都|叫里业行)$")
_JUST_A_NAME = re.compile(r"其实就是|其实只是|没什么说法|没有什么说法|没啥说法|没什么讲究|没什么寓意|只是个名字|就是个名字|只是名字")


# 画的是讲风水的老宅子，纯属装饰: the belief describes what a picture shows, told as decoration.
_ATTRIBUTIVE = re.compile(r"(?:讲究|讲|懂|信)$")
_PICTURE = re.compile(r"纯属装饰|只是装饰|就是装饰|纯装饰|装饰画|插画|图案|画的是|印的是|画着|印着")


def pictured(text: str, start: int, end: int) -> bool:
    """Is the belief an attribute of what a picture shows (画的是讲风水的老宅子，纯属装饰)?"""
    if not text.startswith("的", end) or not _ATTRIBUTIVE.search(text, max(0, start - 2), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_PICTURE.search(sentence))


def named_only(text: str, start: int, end: int, back: str) -> bool:
    """Is the term only what the item is called, told as meaning nothing (叫转运珠，其实就是…款式)?"""
    if not any(back.startswith(w[::-1], i) for w in ("叫", "叫做", "称为", "俗称", "名叫", "取名", "起名") for i in range(3)):
        return False
    return bool(_JUST_A_NAME.search(_after(text, end, 30)))


# -- 8. / 9. evidence on screen, a draw's timing ------------------------------------------------------------------

_WHERE_SHOWN = r"(?:后台|屏幕上?|页面上?|公屏上?|评论区|(?:右|左)(?:下|上)角|角上|小黄车里?|购物车里?|详情页里?|商品页|链接里|进度条|库存条)"
_EVIDENCE = re.compile(rf"{_WHERE_SHOWN}[^。！？!?；;\n]{{0,8}}?(?:给大家看|给你们看|大家看|可以看|能看|看得到|有计数|有显示|显示|计数|实时|"
    # round 64: the remaining count itself on the page (右上角有剩余数量, 小黄车里写着库存, 页面上标着剩余名额)
    r"有剩余|有余量|有库存|有名额|有数量|写着|标着|标了)")
# The count read off the page right before it (页面显示这款还剩23件, 后台显示只剩八单): what it shows, not pressure.
_SHOWN_BEFORE = re.compile(rf"(?:{_WHERE_SHOWN}|库存|系统|仓库|库房)(?:那边|那里|这边)?(?:上|里)?(?:的)?(?:计数器|计数|数字|库存)?(?:上|里)?(?:显示|写着|标着|写的|显示的是)[^。！？!?；;\n]{{0,6}}$")
_SHOWN_AT = re.compile(_SHOWN_BEFORE.pattern[:-1])  # round 76: a pattern hit that took the display in (库存那边显示只剩五十)
_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|抢|错过|马上|再不|犹豫|先到先得|(?<!按需)(?<!理性)(?<!按需要)(?:下单|拍)")
_DRAW_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:抽奖|抽一次奖|抽一波|开奖|抽免单|发福袋|福袋|抽红包|抽个奖|抽[^{_END}]{{0,3}}?奖)")


def shown_count(text: str, start: int, end: int) -> bool:
    """Is the stock or count of the hit shown as evidence in its sentence (后台档期表给大家看, 屏幕上有计数)?"""
    sentence, lo = _sentence(text, start, end)
    if not (_EVIDENCE.search(sentence, end - lo) or _SHOWN_BEFORE.search(sentence, 0, start - lo) or _SHOWN_AT.match(text, start)):
        return False
    # the hit's own 下单 (前一百名下单的家人送杯套) is no push; one around it is
    return not (_PUSH.search(sentence, 0, start - lo) or _PUSH.search(sentence, end - lo))


def draw_timing(text: str, start: int, end: int) -> bool:
    """Is the time hit (最后十分钟) when a draw happens, not a deadline to buy?"""
    if not _DRAW_AFTER.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _PUSH.search(sentence)


# -- the entry point ------------------------------------------------------------------------------------------------



def mentioned(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 12's families (module doc) say the candidate ``text[start:end]`` is no claim?

    Each family is gated by a character test or a category first: most candidates cost a few ``find`` calls.
    """
    if category == "绝对化用语" and text[start] == "最" and ((modal_best(text, start, end) and not claim_next(text, end)) or item_spec(text, start, end)):
        return True
    if stated_fact(text, start, end, category):
        return True  # batch 13 (app.rules.scopes_facts): 最佳气压看标签, 最容易滑倒, 报销治疗费用, 二手包的专柜价
    if answered_said(text, start, end, category):
        return True  # batch 16 (app.rules.scopes_answered): 能转运吗? 不能, 第一辑, 字体最大能调到
    if quiet_said(text, start, end, category):
        return True  # batch 15 (app.rules.scopes_quiet): 哪有那么好找, 讲的最后一款了, 最便宜的是哪个?, 登录两个微信账号
    if plain_said(text, start, end, category):
        return True  # batch 14 (app.rules.scopes_plain): 闭眼入 said bare, 绝对是最后一个链接, 国食健注…保健功能是, 三楼
    if corrected_said(text, start, end, category):
        return True  # batch 17 (app.rules.scopes_corrections): 刚才说了个最好我纠正一下, 别问微信了不加的, 招财是猫的名字
    for said in _FAMILIES_OF.get(category, _FAMILIES):  # (a loop, not any() over a generator: the hot path)
        if said(text, start, end, category):
            return True  # batch 18 on: one module per family (stock, ordinals, mis-hearings, topics, advice …), see _FAMILIES
    if wished(text, start, end, category):
        return True  # a wish to the audience (app.rules.scopes_wishes): 祝大家逢考必过, 祝宝宝们身体健康，百病不侵
    lo = max(0, start - 12)
    if (text.find("?", end, end + 14) != -1 or text.find("问", lo, start) != -1) and (
        answer_denies(text, start, end) or (text[start] == "最" and answered_with_other(text, start, end))
    ):
        return True
    if category in _EFFECTS and text[end : end + 1] in _REFERRED_FIRST and referred_elsewhere(text, start, end):
        return True
    if category in _EFFECTS and effect_disclaimed_after(text, start, end):
        return True  # 湿疹这个真不敢保证能好 (app.rules.scopes_asserted)
    if category == "虚假紧迫":
        return (_EVIDENCE_IN(text, max(0, start - 14), end + 30) is not None and shown_count(text, start, end)) or draw_timing(
            text, start, end
        )
    if category == "绝对化用语" or category == "价格违规":
        return False
    if text.startswith(_GUARANTEE_HEAD, start) or text.find("不是", lo, start) != -1:
        back = _before(text, start)
        if refused_guarantee(text, start, end, back) or denied_if_bought(text, start, end, back):
            return True
    if category == "迷信":
        if _NAMED_IN(text, lo, start) is not None and named_only(text, start, end, _before(text, start)):
            return True
        return pictured(text, start, end)
    return False


_EVIDENCE_IN = re.compile(r"[台屏页评角车条库统]").search
# The first characters that :func:`referred_elsewhere` can read after the term (a drug noun, 这个事儿, 得去看医生 …).
_REFERRED_FIRST = frozenset("药剂类这事问的还得要请建最一去先")
_NAMED_IN = re.compile(r"[叫称名]").search

# The families read since batch 18, one module each (see their module docs); any order gives the same answer.
_FAMILIES = (
    stock_said, advised_off_said, ordinal_said, misheard_said, named_said, topic_said, own_pick_said,
    shop_record_said, measure_said, evidence_said, advice_said, declined_said, negated_said, price_said,
    contact_said, retracted_said, forbidden_word, aside_said,
)
# Per category, the families that can say yes (same order); the others test the category first and return False.
_ONLY = {stock_said: "虚假紧迫 绝对化用语", advised_off_said: "医疗用语 功效夸大 化妆品宣称", ordinal_said: "绝对化用语 功效夸大",
         misheard_said: "投资承诺 迷信 绝对化用语", named_said: "迷信 绝对化用语 导流私下交易 医疗用语 化妆品宣称",
         own_pick_said: "医疗用语 绝对化用语 价格违规", shop_record_said: "数据造假 绝对化用语 价格违规",
         measure_said: "绝对化用语 价格违规 功效夸大", evidence_said: "医疗用语 功效夸大 化妆品宣称 权威背书 数据造假",
         advice_said: "绝对化用语 价格违规", price_said: "价格违规 绝对化用语", contact_said: "导流私下交易"}
_FAMILIES_OF = {c: tuple(f for f in _FAMILIES if f not in _ONLY or c in _ONLY[f].split()) for c in " ".join(_ONLY.values()).split()}
