"""Round 130 (batch 60's false alarms): a staff warning not to say a word, a word echoed in mockery, a word quoted and
explained as not meant, a modest pace advised, a viewer's typed word or a named word count refused, a disclaimer that the
service cannot replace treatment.

What a user notices: 运营提醒主播别说吃了能降血糖, 开过光的 开么子光哦, 不是"极致"的极, 一天背十个单词就行 别贪多,
弹幕有人打全网最低价 不说, "行业第一"这四个字我们不说 and 代替不了治疗 no longer raise a popup; the same words said as
claims still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a staff warning not to say the word
    "场控提醒我别说喝了能降血糖 这就是一款普通的茶",
    "助理叮嘱主播不要说用了就能根治脚气 这是个泡脚桶",
    "运营叫我们不能说吃了能治失眠 这就是个枕头",
    # a word echoed in mockery
    "有人问这个手串开过光没有 开什么光 就是个木头珠子",
    "弹幕说包治百病 包什么治 我们卖的是锅",
    "还有人讲转运的 转啥运哦 就是一个挂件",
    # a word quoted and explained as not meant
    '这个是顶层的顶 不是"顶级"的顶 顶层就是最上面那层',
    '这款叫至尊版 不是"至尊无敌"的意思 就是个型号',
    '极光是颜色名 不是"极品"的极',
    # a modest pace advised
    "这套单词卡一天背十个单词就行 不要贪多",
    "这本练字帖一天写二十个字就够了 别贪快",
    "这个口语课一天练半小时就可以了 莫着急",
    # a viewer's typed word refused, a named word count refused, told to stop
    "评论区有人打第一名 我们不说这种",
    '"行业领先"这四个字我们没数据就不讲',
    "公屏刷稳赚不赔的停一停 我们不承诺收益",
    # a disclaimer: the service cannot replace treatment
    "我们是月子会所 代替不了治疗 有病要去医院",
    "按摩只是放松 替代不了治疗",
    "按摩师不是医生 取代不了治疗",
])
def test_round130_frames_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the warning ignored, the claim made anyway
    ("场控提醒我别说喝了能降血糖 但是喝了真的能降血糖", "医疗用语"),
    ("别说能降血糖了 它连糖尿病都能根治", "医疗用语"),
    ("喝了能降血糖 你们自己试", "医疗用语"),
    # no mocking echo
    ("这个手串开过光 戴上转运", "迷信"),
    ("包治百病 什么病都管", "医疗用语"),
    # the quote not explained away
    ('这个是"顶级"的货 不是吹的', "绝对化用语"),
    ("这是行业第一的品牌", "绝对化用语"),
    # a pace promised, not restrained
    ("这套卡片三个月认识三千个字", "功效夸大"),
    ("这套卡片一个月认识两千个字 孩子都能行", "功效夸大"),
    # said as a claim, nothing refused
    ("评论区有人打第一名 对 我们就是第一名", "绝对化用语"),
    ("这个理疗仪可以治疗腰椎间盘突出", "医疗用语"),
    ("买了就是稳赚不赔", "投资承诺"),
])
def test_round130_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # a remaining count that adds up with its reckoning
    "前五十名下单送围裙 已经送出去二十份了 还剩三十份",
    "一共两百份赠品 已经发出去一百五十份 还剩五十份",
    "前三十名送杯子 已经送出了十二个 还剩十八个",
    # a count read out with a pledge not to inflate it
    "后台显示三百一十五单 我就照实念 一单不加",
    "后台显示八十单 不加不减",
    "后台显示一百二十单 如实说 不注水",
    # patients told how they are looked after
    "有糖尿病的产妇 我们会单独做餐 跟管家说一声",
    "有哮喘的客人 我们不点香薰 入住前告诉我们说一下",
    "有高血压的老人 饭菜我们做少盐 药听你的主治医生",
    # a service named 产后修复
    "产后修复套餐一共八次 每次四十分钟",
    "我们家产后修复项目是产康师做的",
])
def test_round130_counts_and_care_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("前五十名下单送围裙 已经送出去二十份了 还剩五份 赶紧抢", "虚假紧迫"),
    ("库存只剩三件了", "虚假紧迫"),
    ("后台显示十万单 大家都在买", "数据造假"),
    ("后台显示三千单 你们还等什么", "数据造假"),
    ("有高血压的老人喝这个茶能降血压", "医疗用语"),
    ("有糖尿病的朋友吃这个米 血糖就稳了", "医疗用语"),
    ("这个面霜能修复受损肌肤", "化妆品宣称"),
])
def test_round130_counts_and_care_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
