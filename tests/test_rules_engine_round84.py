"""Round 84 (false alarms of batch 33's family traps F5 and F1 — t33c, engine only, new module scopes_stock/scopes_topics): a medium's
topic and real stock or seasons stated as facts, read by their shape instead of one fixed verb or word.

What a user notices: a book, course, documentary, exhibition, chapter, lecture or programme ABOUT 风水/转运/算命/开光 no
longer raises a popup however its content is described (这部片子拍的是园林的风水讲究, 这一章写的是古人过年转运的讲究,
这本算命小说讲的是民国上海滩的故事, 那本风水随笔是作者的游记合集); nor does a crop's season or a batch stated as a
fact (枇杷产季就四五月想吃要等明年, 下一批要等十天左右到货, 样品尾货就剩三套, 一共就做了八十块每块都有编号), nor
Cantonese 最尾一批 ("the last batch"). The claims stay: a book that promises luck (看完按它摆保你转运, 学完帮你家招财,
照着做下个月就能转运), a topic that turns to the goods (讲风水下单送开光貔貅, 但这红绳戴上就能转运), and the same season
or count with a push, a deadline or an offer (错过就要再等一年, 今天不拍就要等明年, 卖完就要等明年了赶紧, 这个价格要等明年).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # F5: the medium is the subject and a content verb links it to the belief word (scopes_topics.media_topic)
    "这部片子拍的是江南园林的风水讲究，画面特别好看",
    "这个讲座主要讲清代皇陵选址的风水观念",
    "这本漫画画的是一个算命先生走南闯北的故事",
    "这一章写的是古人过年转运的各种讲究",
    "这套书第二册讲风水和传统村落的关系",
    "这期节目聊的是老北京开光仪式的来历",
    "这期播客聊的是年轻人为什么爱转运锦鲤",
    # F5: the belief word names the medium and its content follows
    "这本算命小说讲的是民国上海滩的故事",
    "那本风水随笔是作者的游记合集",
    "这本风水图册呃讲的是明清四合院的格局",
    "这本图说风水写的是江南水乡的村落",
    # F1: waiting till next year in a sentence naming the crop or its season (scopes_stock.stock_fact)
    "这个枇杷产季就四五月 想吃的话要等明年",
    "葡萄就八九月这一季 过了就得等明年了",
    "冬笋挖到一月底 再要就得明年冬天了",
    "新疆的哈密瓜今年收尾了 明年七月再上",
    "芒果就这一个多月，下了市要等明年五月",
    # F1: the next batch's stated lead time
    "下一批要等十天左右到货",
    "下一茬韭菜要等二十来天",
    "主播A：还有货吗？主播B：这批发完了，下一批要等一周后到港。",
    # F1: a batch's real count or nature stated
    "这款沙发是样品尾货就剩三套 有瑕疵的地方都拍给大家看了",
    "这批手工皂一共就做了八十块 每块都有编号",
    "这批酱菜是我妈自己腌的一共就二十坛 卖完就没了",
    "这款台灯是清库存的，一共就五十台，卖完就下架不补了",
    # Cantonese 最尾 = 最后 ("the last")
    "呢批芒果系今年最尾一批，产季过咗就冇",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize("text, category", [
    # a book or course that promises the effect, teaches the practice, or turns to the goods
    ("这本讲风水的书看完按它摆保你转运", "迷信"),
    ("这本转运书看完照着做下个月就能转运", "迷信"),
    ("这门课讲风水布局学完帮你家招财", "迷信"),
    ("这节课讲怎么用风水摆件招财", "迷信"),
    ("这个直播课讲风水下单送开光貔貅", "迷信"),
    ("这本书讲风水，咱家这个貔貅按书上摆就能招财", "迷信"),
    ("纪录片讲的是本命年的习俗，但咱这个红绳戴上就能转运", "迷信"),
    ("这本锦鲤手账每天写一页好运就跟着来了", "迷信"),
    ("这套风水摆件是传统文化摆在家里招财", "迷信"),
    # the season or the count with a push, a deadline or an offer
    ("春茶就这一季，手慢无啊宝宝们，错过就要再等一年！", "虚假紧迫"),
    ("荔枝产季马上就过了错过今天再等一年赶紧拍", "虚假紧迫"),
    ("这个价今天不拍就要等明年了", "虚假紧迫"),
    ("这款面霜卖完就要等明年了赶紧", "虚假紧迫"),
    ("这个价格要等明年才有了", "虚假紧迫"),
    ("下一批要等三个月这批卖完就没了赶紧抢", "虚假紧迫"),
    ("这款羽绒服就剩最后十件了卖完就没了", "虚假紧迫"),
    ("库存页面上显示就剩四十七件了，再不抢就没了，冲冲冲！", "虚假紧迫"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
