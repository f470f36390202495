"""Round 106 (t44a): batch 44's F9 false alarms — a banned word talked about, read by more cues.

What a user notices: a host who names a word only to say it is not used no longer gets a popup for it — a word the
room does not allow (不兴说"第一"这俩字, 说了要挨罚), a chatter described by what they type and told to stop (那个一直刷
包治百病的大哥别刷了), a question why the host does not say it (为啥不说这锅是顶级的), a word the host would like to say
but may not (这个独一无二我也想说 可是不能讲), a list of banned words (就是像第一 顶级这样的词; 国家级 最佳这些都不能用),
a word refused in Cantonese (唔会同你讲乜嘢第一), a viewer's question or typed word refused (有人问是不是最好的 这个最字
我们不能讲; 有人打永不褪色 这话我不接), 带最字的形容词一概不讲, and the word said again only to deny it (哪有万能的)
or named as a word again (特效这个词用不着). A claim made anyway after the ban still fires.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a word the room does not allow, a fine for it
    "我们店里不兴说“顶级”这俩字，说了要挨罚",
    "咱这儿不兴讲“最好”两个字 被查到要挨罚的",
    # a chatter described by what they type, told to stop
    "评论区那个老刷包治百病的大哥快别刷了 要被限流的",
    "公屏上那位一直打根治的朋友别打了啊",
    # a question why the host does not say it
    "有姐妹问为啥我不说这口锅是顶级的 因为这俩字不让用",
    "你们老问为什么主播不讲“第一” 平台不让嘛",
    # wanted to say it but may not
    "这个独一无二我也想讲 可是不能讲",
    "说实在的这个顶级我很想说 但不敢说",
    # a list of banned words
    "啥是极限词 就是像首选 顶级这样的词",
    "广告法里写着 国家级 最佳这些都不能用",
    # refused in Cantonese
    "呢只锅我唔会同你讲乜嘢顶级，平台唔俾讲",
    # a viewer's question or word refused
    "有宝宝在评论区问这个面霜是不是最好的 这个最字我们不能讲",
    "评论里有人打永不褪色 这话我不接",
    "弹幕上有人写特效的 特效这个词我们用不着",
    # a rule about words with 最
    "我们直播间规矩是带最字的词一概不讲",
    # the word said again only to deny it
    "万能两个字我不敢用 哪有万能的锅",
    "评论里别写包治百病 这是个枕头",
    # a word swallowed back, a Cantonese viewer's question refused
    "打住打住，“顶级”那俩字给我咽回去",
    "佢问我係咪全城最平，呢句我讲唔得",
])
def test_word_talked_about_is_quiet(matcher, text: str) -> None:
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text, term", [
    ("虽然不兴说顶级，可这就是顶级的料子", "顶级"),
    ("平台不让俺说第一 反正恁心里有数 这款全网卖得第一", "第一"),
    ("评论区别刷了 这个锅就是全网最低价", "全网最低"),
    ("这个充电器是万能的 啥车都能充", "万能"),
    ("我们这个被子就是特效保暖 盖了就不冷", "特效"),
    ("这个枕头是最好的 我也想说别的 可是没法比", "最好"),
    ("我唔会同你讲呢个係第一，因为佢真係第一", "第一"),
    ("他问我这个是不是最好的 我说是 就是最好的", "最好"),
    ("“顶级”那俩字给我咽回去 这就是顶级的料子", "顶级"),
])
def test_claim_made_anyway_fires(matcher, text: str, term: str) -> None:
    assert any(term in h.surface for h in _hits(matcher, text)), text


@pytest.mark.parametrize("text", [
    # F15: a place's name, a landmark's nickname, a show's title, a child's taste
    "我老去的钓点叫天下第一潭 是村里人随口起的名字",
    "杭州虎跑泉号称天下第一泉 去那边玩可以顺便钓钓",
    "那个水库叫天下第一坝 我们常去钓",
    "我闺女天天看《最强大脑》 算数比我快",
    "我爸爱看最强音那个节目 咱接着说钓竿",
    "我儿子最迷《最强战队》 天天念叨",
    "俺闺女最迷这个小熊 天天抱着睡",
])
def test_names_and_titles_are_quiet(matcher, text: str) -> None:
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text, term", [
    ("这款鱼竿是天下第一竿", "天下第一"),
    ("我们家的鱼饵号称天下第一饵", "天下第一"),
    ("这个鱼塘是天下第一塘 鱼最多", "天下第一"),
    ("这个是最强的 天天看都不腻", "最强"),
])
def test_ranked_goods_still_fire(matcher, text: str, term: str) -> None:
    assert any(term in h.surface for h in _hits(matcher, text)), text


@pytest.mark.parametrize("text", [
    # a queue's first buyer (F10)
    "排第一个付款的姐妹我们送个小礼物",
    "排第一个拍下的宝宝先给你发",
    "拼团排第一位的团长大哥给你多塞一包纸巾",
    # the day's or the batch's own lot, the room's own price with an outside price only asked about
    "这条带鱼是这一网里最长的一条 一米二",
    "这只大闸蟹是今天最重的一只 五两一",
    "有人问这个是不是全网最便宜的，我不知道全网什么价，只能说这是我们直播间这个月最低的",
    # an effect asked about and declined
    "有人问这个貔貅能不能招财 我们就是卖个摆件 不聊这个",
    "有姐妹问这个手串能转运吗 我们不讲这个哈",
    # a season's first haul, a local first in the shop's history
    "开渔第一锅的皮皮虾明天就上",
    "我们是村里第一家开网店的 2018年开的",
])
def test_queue_lot_asked_and_first_haul_are_quiet(matcher, text: str) -> None:
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text, term", [
    ("这款锅在销量榜上排第一个 先发货", "排第一"),
    ("这款面膜销量排第一 下单的宝宝送小样", "排第一"),
    ("这批芒果是全网最甜的", "最甜"),
    ("今天最大的优惠就在这个链接", "最大"),
    ("有宝宝问这个能不能招财 能啊 保准招财", "招财"),
    ("这个海螺壳能招财 我们就是卖个装饰品", "招财"),
    ("我们是全国第一家做直播的 二零一九年开的", "第一"),
    ("这款是今年第一网红款", "第一"),
    ("我们家是这条街第一 卖得最好", "第一"),
])
def test_rankings_and_promises_still_fire(matcher, text: str, term: str) -> None:
    assert any(term in h.surface for h in _hits(matcher, text)), text
