"""Round 70 (batch 27's false alarms, t27e): older scope families widened, and app.rules.scopes_stock/scopes_ordinals/scopes_topics/scopes_contact.

What a user notices: a course naming what it leaves out (这门课不涉及荐股, 不包括荐股服务), 卖完不补 after the batch's
real quantity (首批备货两千套，售完不补), the show's last minutes given to a topic (最后五分钟我们来答疑), an effect denied
with 调/养/护 (普通食品，不能调理肠胃), the first of the drawn viewers (第一名中奖的宝), a WeChat request answered with the
house rule after an apology (不好意思，下单都走小黄车), breast milk as best said with 仍/依然/对…来说, and a question
answered 没有那种作用 / 就是个摆件 no longer raise popups. The claims stay: 荐股 offered, 不涉及荐股但私信我, 卖完不补
with a push, 最后十分钟赶紧下单, 能调理肠胃, 销量第一名, 不好意思但你可以私信我, the goods called 最好的, 能招财吗？当然能.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a topic not covered (round 17's 不教你怎么转运, without 怎么)
    "我们的课程只讲理财基础，不包括荐股服务。",
    "训练营不提供荐股，也不代客理财。",
    "这个社群不谈内幕消息。",
    "本课程不涉及任何荐股内容。",
    "这节课不讲荐股，只讲怎么看财报。",
    # real stock stated before 卖完不补 (round 48's brand stock)
    "这批只到了五百件，卖完不补。",
    "首批备货两千套，售完不补。",
    "仓库一共八百箱卖完不补货。",
    "今年我们就做了三百份，卖完不补。",
    "这一批进了一千二百双，卖完不补了。",
    # the show's agenda (round 44's draw timing)
    "最后五分钟我们来答疑。",
    "最后十分钟聊聊日常保养。",
    "最后两分钟给大家演示一下怎么安装。",
    "最后三分钟我们来说一下售后。",
    "最后二十分钟主播教大家怎么搭配。",
    "最后三分钟我们说说售后。",
    # an effect denied with 调/养/护
    "这是普通茶饮，不能调理身体。",
    "它不能调养气血，就是日常喝的。",
    "本品不能护肝，请勿当药用。",
    "这款不具备调理肠胃的作用。",
    "这个饮料只是普通食品，没有调理肠胃的功效。",
    # the first of the drawn viewers
    "第一名中奖的宝宝请联系客服。",
    "第一名幸运粉丝是尾号3321。",
    "刚刚抽到的第一名观众记得填地址。",
    "第一名获奖家人请私信客服领奖。",
    "福袋开奖了，第一名幸运儿已经出来了。",
    # the house rule after an apology (round 45/64's apology_refused)
    "问能不能加个微信，抱歉哈，下单都走小黄车。",
    "能加微信吗？不好意思，售后统一找平台客服。",
    "有人问可以加微信吗，不好意思，我们只在平台内交易。",
    "能不能私下加微信，对不起，我们所有订单都通过店铺下。",
    "姐妹问能不能加微信，不好意思哈，咱们一切交易都在直播间。",
    # breast milk is best, in wider wording
    "母乳依然是宝宝最好的食物。",
    "母乳喂养仍然是新生儿最好的选择。",
    "母乳对婴儿来说还是最好的营养。",
    "母乳永远都是宝宝最好的口粮。",
    "这是儿童奶粉，母乳始终是婴儿最好的食物。",
    # a question answered no in other words
    "能招财吗？没这种说法，就是个装饰。",
    "这个能转运吗？没有那种功能哈。",
    "放家里能辟邪吗？就是一个普通摆件。",
    "能挡煞吗？没有这种作用的。",
    "主播A：能放客厅招财吗？主播B：没那种作用，就是好看。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这只股票我们荐股三个月翻倍。", "投资承诺"),
    ("我们不涉及荐股但私信我可以给你内幕消息。", "投资承诺"),
    ("只剩五百件卖完不补赶紧抢。", "虚假紧迫"),
    ("这批只有两百件卖完不补，错过就没了。", "虚假紧迫"),
    ("最后十分钟赶紧下单。", "虚假紧迫"),
    ("就剩五十件卖完不补。", "虚假紧迫"),
    ("库存只剩八十台卖完不补。", "虚假紧迫"),
    ("最后十分钟讲完这款就下架了。", "虚假紧迫"),
    ("最后五分钟我们看看还有谁没上车。", "虚假紧迫"),
    ("最后五分钟看谁手快。", "虚假紧迫"),
    ("最后十分钟说好了就拍。", "虚假紧迫"),
    ("最后十分钟优惠价结束。", "虚假紧迫"),
    ("这款调理肠胃效果特别好。", "医疗用语"),
    ("喝了能调理肠胃。", "医疗用语"),
    ("我们家销量第一名。", "绝对化用语"),
    ("能加微信吗？不好意思，但是你可以私信我。", "导流私下交易"),
    ("加微信领福利。", "导流私下交易"),
    ("我们的奶粉是宝宝最好的食物。", "绝对化用语"),
    ("能招财吗？当然能。", "迷信"),
    ("能招财吗？就是个招财神器。", "迷信"),
    ("放卧室能招财，就是个好东西。", "迷信"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
