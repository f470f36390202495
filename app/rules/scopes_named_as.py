"""Context scope (round 110, batch 49's F15): a ranking word that is a name, and the sentence says it is only a name.

A host reads out a name that holds a ranking word — a book's title, a village's, a model's, a viewer's nickname, the
shop's own sign — and says in the same sentence that it is a name: 书名嚟嘅, 村名就叫这个, 至尊是系列名, 是厂家的型号编号,
老板随便起的名，这个名字不代表我们排第一. :func:`app.rules.scopes_names.named_said` calls :func:`declared_name`
(绝对化用语). Text is normalised: commas and spaces are gone, ？ is ``?``.

The hit is a name when the sentence declares a name (:data:`_DECLARED`: 书名, 村名, 系列名, 型号, 编号, 起的名, 这个名字,
没别的意思 …) and one of these holds:

0. **A viewer's nickname** (:data:`_PERSON_CALLED_BEFORE`, no declaration needed): 嗰位观众叫"最靓仔阿伟".
1. **Given after 叫** (:data:`_CALLED_BEFORE`): 型号叫"至尊S3", 观众叫"最靓仔阿伟", 我们店就叫"第一车品", 一个叫"第一泉"的村子,
   型号叫TOP-1 — quoted or bare right after 叫|名叫|叫做.
2. **The word itself said to be the name** (:data:`_IS_NAME_AFTER`): 至尊是系列名, 第一是店名.
3. **Denied as a claim right after the name** (:data:`_NOT_MEANT_BEFORE`): 这个名字不代表我们排第一, 唔系我话佢最好, 不是我说它最好.

Never when the sentence ties the name to a claim (:data:`_CLAIMED`): 型号叫至尊，因为它就是记录仪里的至尊; 我们店叫第一车品，
就是因为我们在车品行业排第一; 名副其实, 实至名归 — those stay claims, as does a name with no declaration (这款叫至尊版).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import _sentence

_DECLARED = re.compile(
    r"书名|村名|地名|店名|系列名|品牌名|牌子名|款名|网名|昵称|型号|编号|起的名|取的名|改的名|名嚟|(?:这|呢|个)个?名字|"
    r"名字(?:而已|罢了|嚟嘅)|就叫这个|没别的意思|冇其他意思|不代表|唔代表|"
    r"菜名|歌名|片名|剧名|(?:名|名字)(?:是|系)[\u4e00-\u9fff]{1,4}(?:起|取)的"  # r120: 菜名是饭店起的
)
_CLAIMED = re.compile(r"因为|所以叫|名副其实|名不虚传|实至名归|当之无愧|配得上|当得起|就是这么来的")
_CALLED_BEFORE = re.compile(r"(?:叫|叫做|名叫|名为|就叫|都叫)[“「『‘\"'《]?$")
_IS_NAME_AFTER = re.compile(
    r"(?:是|系|只是|就是)(?:个|一个|呢个|这个)?(?:系列|店|村|书|款|型号|牌子|品牌|厂家)?的?(?:名|名字|名称|编号|型号)"
)
# A viewer's or a person's nickname needs no declaration (嗰位观众叫"最靓仔阿伟", 有个粉丝网名叫第一帅).
_PERSON_CALLED_BEFORE = re.compile(
    r"(?:观众|粉丝|网友|用户|老铁|宝宝|姐妹|兄弟|朋友|那位|这位|嗰位|呢位|id)(?:的)?(?:名字|昵称|网名|id)?(?:就)?叫[“「『‘\"']?$"
)
# r120: a viewer named by a nickname before the person word (有个叫"至尊小王子"的兄弟一直刷屏).
_SOMEONE_CALLED_BEFORE = re.compile(r"(?:有个|有位|有一个|有一位|那个|这个|一个|一位)(?:网名|昵称|id)?叫[“「『‘\"']?$")
_PERSON_AFTER = re.compile(
    r"[\u4e00-\u9fffa-z0-9]{0,6}[”」』’\"']?的(?:兄弟|姐妹|粉丝|观众|宝|朋友|网友|老铁|家人|大哥|大姐|老哥|小伙|小哥|哥们|姐|哥|同学|老师|人)"
)
_OWN_CALLED_BEFORE = re.compile(r"(?:这款|这个|这只|这台|这瓶|这套|我们的|咱家的|我们家的)(?:产品|新品|咖啡|茶)?(?:就|也|我们就|我们)?(?:叫|叫做|取名叫|起名叫|命名为)$")
_NOT_MEANT_BEFORE = re.compile(
    r"(?:不代表|唔代表|并不代表|不是说|唔系话|唔系我话|不是我说|并不是说)(?:我们|我哋|咱|佢|它|我|这款|呢款)?(?:就|是|系)?$"
)


def declared_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a name the sentence declares to be only a name (module doc)?"""
    sentence, lo = _sentence(text, start, end)
    if _PERSON_CALLED_BEFORE.search(sentence, max(0, start - lo - 12), start - lo) and _CLAIMED.search(sentence) is None:
        return True
    s, e = start - lo, end - lo
    if _SOMEONE_CALLED_BEFORE.search(sentence, max(0, s - 8), s) and _PERSON_AFTER.match(sentence, e) and _CLAIMED.search(sentence) is None:
        return True
    # round 114: our own goods named with the term (这款就叫天下第一咖啡) — only a declaration after the name counts, not one
    # about another shop's name before it (天下第一面那种店名我们也学学，这款就叫天下第一咖啡)
    own = _OWN_CALLED_BEFORE.search(sentence, max(0, s - 8), s)
    if _DECLARED.search(sentence, own.end() if own else 0) is None or _CLAIMED.search(sentence) is not None:
        return False
    return bool(
        _CALLED_BEFORE.search(sentence, max(0, s - 3), s)
        or _IS_NAME_AFTER.match(sentence, e)
        or _NOT_MEANT_BEFORE.search(sentence, max(0, s - 8), s)
    )
