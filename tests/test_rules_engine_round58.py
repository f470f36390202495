"""Round 58 (batch 24's misses in 绝对化用语, 医疗用语, 功效夸大, 化妆品宣称, 迷信 — t24a): new lexicon rows.

What a user notices: rankings by idiom (进口货都得甘拜下风, 别的牌子都靠边站, 空气炸锅里它就是老大), a dose or a few days
that "works" (两瓶见效, 贴三天就见好), shapewear that takes inches off at once (一穿上肚子瞬间小两寸), a study gadget
that brings full marks (科科满分), pain gone right after use (粤语 贴完即刻唔痛, 按完腰就不疼了), an illness "gone for
good" or a lab value that "goes down" after drinking (宫寒彻底没了, 一个月血糖就降下来了), pests all gone (螨虫全没了),
and lucky objects that bring takings, exam passes or keep villains out (金蟾摆财位天天进账, 文昌笔放书桌上逢考必过,
葫芦挂门口邪气全挡在外面) now raise popups. Ordinary patter that shares the words stays quiet: a host conceding a
quiz (我都甘拜下风), making way (大家靠边站一下), a pet (屋里它就是老大), a bottle's size, a garment's waist size, a
lamp's lessons, health advice, a meter that works again, a shop's till with a couplet and a charm called a mere ornament. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # rankings by idiom
    ("这款吹风机一出来，那些进口货都得甘拜下风", "绝对化用语"),
    ("同价位的耳机在它面前都自愧不如", "绝对化用语"),
    ("说到保温杯，别的牌子都靠边站", "绝对化用语"),
    ("空气炸锅里它就是老大", "绝对化用语"),
    # a dose or a few days that works
    ("这个精华两瓶见效，斑淡得明明白白", "功效夸大"),
    ("这个膏药贴三天就见好", "功效夸大"),
    ("这个足贴一个疗程就见效", "功效夸大"),
    # inches off at once
    ("塑身衣一穿上，肚子瞬间小两寸", "功效夸大"),
    ("穿上这条裤子腰立马细一寸", "功效夸大"),
    # full marks
    ("点读笔用了一学期，孩子科科满分", "功效夸大"),
    ("这个护眼台灯用了，娃每次都考满分", "功效夸大"),
    # pain gone right after use
    ("呢个膏药贴完即刻唔痛", "功效夸大"),
    ("这个按摩枪按完腰就不疼了", "功效夸大"),
    # pests all gone
    ("除螨仪吸一遍，螨虫全没了", "功效夸大"),
    ("这个喷一下蟑螂一个不剩", "功效夸大"),
    # illness gone for good, lab values down
    ("这个艾灸贴坚持贴，宫寒彻底没了", "医疗用语"),
    ("这个茶喝了一个月，血糖就降下来了", "医疗用语"),
    ("痛风的朋友放心，尿酸吃完就下去了", "医疗用语"),
    # lucky objects
    ("这个金蟾摆财位，天天进账", "迷信"),
    ("摆在收银台上，财源广进", "迷信"),
    ("文昌笔放孩子书桌上，逢考必过", "迷信"),
    ("这个文昌塔摆上，孩子考试稳过", "迷信"),
    ("这个葫芦挂门口，邪气全挡在外面", "迷信"),
    ("五帝钱一挂，小人都挡在门外", "迷信"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "你们答题太厉害了，我都甘拜下风",
    "大家都靠边站一下，让快递小哥过去",
    "在屋里它就是老大，这只狗脾气大",
    "买两瓶见不见效看个人体质，我不打包票",
    "这个瓶子一瓶是五百毫升",
    "腰围收两寸的版型，微胖的姐妹拍大一码",
    "儿子说他门门功课都喜欢",
    "按完之后要多喝水",
    "痛经的时候喝点热水，实在疼去医院",
    "财位这个说法我们不讲，就是个好看的摆件",
    "收银台旁边放个绿植好看",
    "文昌塔摆书桌上，当个装饰",
    "挂在门口当装饰，挡挡风",
    "螨虫在高温下会死，所以要勤晒被子",
    "祝大家生意越做越旺",
    "血压计换了电池就正常了",
    "血糖仪重启一下就正常了",
    "收银台那边财源广进的对联是老板写的",
    "这个立马小一个码就合适了",
    "门门功课都满分的孩子也要注意休息",
])
def test_near_misses_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
