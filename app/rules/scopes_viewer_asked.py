"""Context scope (round 139, batch 64's false alarms): a viewer's question or typing read out, a word the host has no
right to say, a denial with a filler, a viewer's request refused, a quoted word stopped, a spec read with its unit.

Text is normalised (commas gone, ``?`` for ？, stutters collapsed). The reader is gated on a cheap character cue first.

1. **A viewer's question read out** (:func:`question_read_out`): 有伢子问 / 有家人问 / 弹幕问 / 有弹幕问 + the word within
   the question (是不是最好的米, 最低能好多钱, 是不是招桃花) and no yes right after it (当然是, 必须的, 没错) — the viewer asks,
   the host claims nothing. An illness naming the asker (控糖的孕妈问, 痛风的朋友问) is the same.
2. **No right to say it** (:func:`no_right_to_say`): 我冒得资格讲最好, 我们没资格说第一.
3. **A denial with a filler** (:func:`filler_denied`): 不是啥子第一品牌, 不是说它有啥子治疗作用, 不开光不算命不看风水 (a chain of
   refusals).
4. **A viewer's request refused** (:func:`request_refused`): 弹幕有人说加个微信便宜点 莫得这个说法; 加微信私聊这种事我们不干的;
   谁发二维码发手机号场控直接踢.
5. **A quoted word stopped or named as a word** (:func:`word_stopped`): 弹幕刷"美白"的停一下, 美白两个字跟它没有关系,
   "极致"两个字在话术稿里被划掉了, 谁再让我说"无效退款"我就下播.
6. **A spec with its unit** (:func:`spec_read`): 续航90分钟充满要1小时 (the runtime is not the charge time), 出锋最长三点五厘米
   (a length, not 长高), 最慢四十最快二百零八 (a tempo range), 长头发会缠滚刷 (long hair, not hair growth), 抢到第一 (a
   viewer's place in the rush).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_ABS = "绝对化用语"
_ASKER = r"(?:伢子|家人|弹幕|观众|粉丝|宝宝|宝妈|姐妹|网友|朋友|兄弟|老铁|人|评论|顾客|大姐|大哥|妹子|孕妈)"
# 有伢子问 / 弹幕问 / 有家人在问 … then at most ten characters up to the word.
_ASKED_BEFORE = re.compile(
    r"(?:有(?:个|位)?|" + _ASKER + r"(?:里|上)?(?:有人)?)" + _ASKER + r"?(?:在|又)?问(?:我|主播)?[\"“「]?([^\"”」。!！?]{0,10})$"
)
_QUESTION = re.compile(r"是不是|能不能|会不会|有没有|可不可以|[吗嘛么呢]|多少|好多|几|啥|什么|哪|怎么")
_QUESTION_END = re.compile(r"[^。!！?问]{0,8}?(?:[吗嘛么呢]|多少|好多|几|啥|什么|哪)")
_YES_AFTER = re.compile(r"[^。!！]{0,8}?(?:当然|肯定是|必须|那必须|没错|是的|对的|那是|绝对|能啊|可以啊)")
_DODGE = re.compile(r"不敢|不能说|不能讲|不好说|只能说|不方便说|别的不")
# 控糖的孕妈问 / 痛风的朋友问: the asker named by an illness.
_DESCRIBED_ASKER = re.compile(r"的" + _ASKER + r"(?:们)?(?:在|又)?问")


def question_read_out(text: str, start: int, end: int, category: str) -> bool:
    if "问" not in text[max(0, start - 16) : end + 6]:
        return False
    if category == "医疗用语" and _DESCRIBED_ASKER.match(text, end) is not None:
        return True
    b = _ASKED_BEFORE.search(text, max(0, start - 20), start)
    if b is None:
        return False
    marks = list(_QUESTION.finditer(text, b.start(1), start))
    if marks:  # 问咯米是不是最好的米: only an A-not-A right before the word; 问原价多少原价三百九 is the answer
        if len(marks) > 1 or marks[0].end() != start or len(marks[0].group(0)) < 3:
            return False
    elif _QUESTION_END.match(text, end) is None:  # 问最低能好多钱: the question ends after the word
        return False
    if _DODGE.search(text, end, end + 20) is not None and TURN_BACK.search(text, end, end + 40) is not None:
        return False  # 有人问是不是第一 我不能说 用了就知道: a dodge turned back is a wink, the claim
    return _YES_AFTER.match(text, end) is None


_NO_RIGHT = re.compile(r"(?:没|冒|莫|没有)(?:得)?(?:资格|权利)(?:讲|说|称|叫)(?:自己)?(?:是)?$")
_FILLER_DENIED = re.compile(
    r"(?:不是|并不是|也不是|没说|不是说)(?:说)?(?:它|这个|我们|咱们|咱)?(?:有|能)?(?:啥子|啥|什么)(?:子)?$"
    r"|(?:不[\u4e00-\u9fff]{2}){2,}不(?:看|算|做|搞|讲)$"
)


def no_right_to_say(text: str, start: int) -> bool:
    return _NO_RIGHT.search(text, max(0, start - 8), start) is not None


def filler_denied(text: str, start: int) -> bool:
    return _FILLER_DENIED.search(text, max(0, start - 12), start) is not None


_REQUEST_BEFORE = re.compile(r"(?:弹幕|评论|公屏|有人|观众|网友|家人)(?:里|上)?(?:有人)?(?:说|问|喊|要)[^。!！?]{0,3}$")
_REQUEST_REFUSED = re.compile(
    r"[^。!！?]{0,6}?(?:(?:没有|没得|莫得|冒得|没)这个?(?:说法|规矩|事)|这种事(?:我们|咱们|咱)?(?:从来)?(?:不干|不搞|不做|不弄))"
)
_WHOEVER_REMOVED = re.compile(r"[^。!！?]{0,6}?(?:场控|房管|管理|助理|我们|我)(?:会)?(?:直接|马上|立马|就)?(?:踢|拉黑|禁言|删)")


def request_refused(text: str, start: int, end: int, category: str) -> bool:
    if category != "导流私下交易":
        return False
    if _REQUEST_REFUSED.match(text, end) is not None and (
        _REQUEST_BEFORE.search(text, max(0, start - 10), start) is not None or text.find("这种事", end, end + 8) != -1
    ):
        return True
    return "谁" in text[start : start + 6] and _WHOEVER_REMOVED.match(text, end) is not None


_STOPPED_AFTER = re.compile(
    r"[\"”」』']?(?:的)?(?:停一下|停停|别刷了|不要刷了|别再刷)"
    r"|[\"”」』']?(?:这)?(?:两个|几个|四个|三个)字(?:跟它|和它|跟这个|跟我们)?"
    r"(?:没有?关系|没得关系|在[^。!！?]{0,10}被?(?:划掉|删掉|去掉|拿掉))"
)
_MADE_TO_SAY = re.compile(r"谁再?(?:让|叫|逼|要)我(?:说|讲|念)[\"“「]?$")
_MADE_TO_SAY_AFTER = re.compile(r"[\"”」]?我就(?:下播|关播|走了|不播)")


def word_stopped(text: str, start: int, end: int) -> bool:
    if _STOPPED_AFTER.match(text, end) is not None:
        return True
    return _MADE_TO_SAY.search(text, max(0, start - 8), start) is not None and _MADE_TO_SAY_AFTER.match(text, end) is not None


_RUNTIME_BEFORE = re.compile(r"(?:续航|待机|播放|工作)(?:时间)?(?:约|大约|可达|能到)?$")
_HAIR_NOUN_AFTER = re.compile(r"(?:偶尔|容易|会|经常)*(?:缠|绕|卡|堵|打结)")
_TEMPO = re.compile(r"最(?:慢|快)[零一二三四五六七八九十百千两0-9]+[^。!！?]{0,4}最(?:快|慢)[零一二三四五六七八九十百千两0-9]+")
_GRAB_BEFORE = re.compile(r"(?:抢到|抢了|抢的|排到|拍到)$")


def spec_read(text: str, start: int, end: int, category: str) -> bool:
    if category == "功效夸大":
        if _RUNTIME_BEFORE.search(text, max(0, start - 6), start) is not None:
            return True  # 续航90分钟充满要1小时
        return start > 0 and text[start - 1] == "最" and text[start] == "长"  # 出锋最长三点五厘米
    if category == "化妆品宣称":
        return text[start:end] == "长头发" and _HAIR_NOUN_AFTER.match(text, end) is not None
    if category == _ABS:
        if text[start] == "最" and _TEMPO.search(text, max(0, start - 12), end + 16) is not None:
            return True
        return text[start:end] == "第一" and _GRAB_BEFORE.search(text, max(0, start - 3), start) is not None
    return False


# 一共九当 第一当最轻: a spoken 当 for 档 when the item's settings are counted in the sentence.
_SETTINGS_COUNTED = re.compile(r"(?:共|有|分)[一二三四五六七八九十\d]+[当档挡]")
_SETTING_FIRST = re.compile(r"当(?:最|开始|是|就|的)")
_SETTING_BEST_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,2}当$")
# 就在第一村 / 村名叫第一村: a place's name; 以为我在说第一名: a word misheard; 它排第二第一是剃须泡沫: another item's place.
_PLACE_NAMED = re.compile(r"(?:在|叫|住在|来自|到|去)$")
_PLACE_AFTER = re.compile(r"(?:村|镇|乡|街道|大街|路|巷|中学|小学)")
_MISHEARD_BEFORE = re.compile(r"(?:以为|当成|当作|听成|听错成)(?:我|主播)?(?:是在|在)?(?:说|讲|喊)[\"“「]?$")
_SECOND_BEFORE = re.compile(r"排(?:在)?第[二三四五六七八九十]")


def named_or_set(text: str, start: int, end: int) -> bool:
    """第一当最轻 (a setting), 第一村 (a place), 以为我在说第一名 (misheard), 排第二第一是… (another item's place)."""
    if text.startswith("第一", start):
        if text.startswith("当", end) and _SETTING_FIRST.match(text, end) and _SETTINGS_COUNTED.search(text) is not None:
            return True
        if _PLACE_NAMED.search(text, max(0, start - 2), start) and _PLACE_AFTER.match(text, end):
            return True
        if text.startswith("是", end) and _SECOND_BEFORE.search(text, max(0, start - 8), start) is not None:
            return True
    elif text[start] == "最" and _SETTING_BEST_BEFORE.search(text, max(0, start - 4), start):
        return _SETTINGS_COUNTED.search(text) is not None
    return _MISHEARD_BEFORE.search(text, max(0, start - 9), start) is not None


# 弹幕写"开过光的笔考试必过" … 这种话以后别往我们直播间刷: a viewer's typed line, quoted, then refused.
_TYPED_QUOTE_BEFORE = re.compile(r"(?:弹幕|评论|留言|有人|网友)(?:里|上)?(?:写|刷|发|打|说)(?:了|的|着)?[\"“「][^\"”」]{0,12}$")
_QUOTE_CLOSE = re.compile(r"[\"”」]")
_LINE_REFUSED = re.compile(r"(?:这种|这样的|这)(?:话|弹幕|评论)[^。!！?]{0,8}?(?:别|不要|不许|少)")


def typed_line_refused(text: str, start: int, end: int) -> bool:
    if _TYPED_QUOTE_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    close = _QUOTE_CLOSE.search(text, end, end + 16)
    return close is not None and _LINE_REFUSED.search(text, close.end(), close.end() + 50) is not None


_CUES = frozenset("问资啥什不谁停两个字让续待播工最长抢排拍这说第\"“「")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate ``text[start:end]`` a viewer's question, a word stopped or refused, or a spec (module doc)?"""
    window = text[max(0, start - 20) : end + 12]
    if not _CUES.intersection(window):
        return False
    return (question_read_out(text, start, end, category) or no_right_to_say(text, start) or filler_denied(text, start)
            or request_refused(text, start, end, category) or word_stopped(text, start, end)
            or spec_read(text, start, end, category)
            or (category == _ABS and named_or_set(text, start, end)) or typed_line_refused(text, start, end))
