"""The matcher on the small test lexicon: terms, traps, patterns, homophones, overlaps, categories."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.rules.lexicon import load_lexicon
from app.rules.matcher import HOMOPHONE_CONFIDENCE, Matcher
from app.rules.model import LexiconEntry

SMALL = Path(__file__).parent / "data" / "lexicon_small.csv"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_lexicon(SMALL, overlay=False).entries)


def found(matcher: Matcher, text: str, **kw) -> list[tuple[str, str]]:
    return [(h.surface, h.term) for h in matcher.scan(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这款是全网最，最低价", [("全网最，最低价", "全网最低价")]),
        ("全 网 最 低 价 哦", [("全 网 最 低 价", "全网最低价")]),
        ("全網最低價", [("全網最低價", "全网最低价")]),
        ("第，第一名的产品", [("第，第一", "第一")]),
        ("最——最好的面霜", [("最——最好", "最好")]),
        ("ＮＯ．１的产品", [("ＮＯ．１", "第一")]),
        ("公认的top1", [("top1", "第一")]),
        ("历史最低价了", [("历史最低价", "全网最低价")]),
    ],
)
def test_terms_and_variants_through_normalisation(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这是我第一次来直播间",  # entry exemption
        "第一步先洁面，第二步上精华",
        "点开第一个链接",  # generic ordinal rule
        "第三天就到货了，第一时间发货",
        "最近这款卖得很好",
        "你最好先试用一下",  # 最好 = had better
        "这个冰箱是一级能效的",
        "符合国家标准",
        "根植于传统工艺",  # real word that sounds like 根治
        "国家机关单位采购",  # sounds like 国家级 + 关, but is one word
        "我知道1个秘诀",  # no.1 inside an English word is no claim
        "top10榜单",
    ],
)
def test_ordinary_speech_does_not_fire(matcher, text):
    assert found(matcher, text) == []


def test_ranking_claim_next_to_an_ordinal_still_fires(matcher):
    assert found(matcher, "这是第一品牌，第一次用就爱上") == [("第一", "第一")]


@pytest.mark.parametrize(
    "text",
    ["最后3分钟", "最后３分钟", "最后三分钟", "最后两分钟", "最后俩分钟", "最后十五分钟", "最后半分钟", "最后叁拾秒", "最後３０秒", "最后十来分钟"],
)
def test_number_patterns_accept_every_kind_of_numeral(matcher, text):
    hits = matcher.scan(f"家人们{text}了")
    assert [h.surface for h in hits] == [text]
    assert hits[0].extra["match"] == "pattern"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("限量一百单", "限量一百单"),
        ("只剩十几单了", "只剩十几单"),
        ("仅剩 3 件", "仅剩 3 件"),
        ("三天瘦十斤", "三天瘦十斤"),
        ("一个月瘦二十斤", "一个月瘦二十斤"),
        ("两周瘦5斤", "两周瘦5斤"),
        ("99%有效", "99%有效"),
        ("９９％有效", "９９％有效"),
        ("百分之九十有效", "百分之九十有效"),
    ],
)
def test_other_number_patterns(matcher, text, surface):
    assert [h.surface for h in matcher.scan(text)] == [surface]


def test_numbers_are_needed_where_the_pattern_says_so(matcher):
    assert found(matcher, "最后给大家讲讲分钟数") == []
    assert found(matcher, "限量款") == []


@pytest.mark.parametrize(
    ("text", "surface", "term"),
    [
        ("今天全网最底价", "全网最底价", "全网最低价"),
        ("可以增强免役力", "增强免役力", "增强免疫力"),
        ("顶极面料", "顶极", "顶级"),
        ("能根制", "根制", "根治"),
    ],
)
def test_homophones_of_severe_terms_are_caught_with_lower_confidence(matcher, text, surface, term):
    hits = matcher.scan(text)
    assert [(h.surface, h.term) for h in hits] == [(surface, term)]
    assert hits[0].confidence == HOMOPHONE_CONFIDENCE < 1


def test_exact_hits_have_full_confidence(matcher):
    assert [h.confidence for h in matcher.scan("增强免疫力")] == [1.0]


def test_overlapping_terms_give_one_hit_longest_wins(matcher):
    hits = matcher.scan("全网最低价")
    assert [(h.term, h.severity) for h in hits] == [("全网最低价", "high")]  # not 最低价 (medium) too


def test_equal_length_overlap_most_severe_wins():
    a = LexiconEntry("A", "最低价", "价格违规", "low", ("优惠价",), "b")
    b = LexiconEntry("B", "低价格", "价格违规", "high", ("优惠",), "b")
    assert [h.entry_id for h in Matcher([a, b]).scan("最低价格")] == ["B"]


def test_product_category_filter(matcher):
    assert found(matcher, "美白又增强免疫力", product_category="服装") == []
    assert [t for _, t in found(matcher, "美白又增强免疫力", product_category="化妆品")] == ["美白"]
    assert [t for _, t in found(matcher, "美白又增强免疫力")] == ["美白", "增强免疫力"]


def test_several_hits_are_sorted_and_carry_the_entry(matcher):
    hits = matcher.scan("顶级面料，最后三分钟，全网最低价")
    assert [h.term for h in hits] == ["顶级", "最后{N}分钟", "全网最低价"]
    top = hits[0]
    assert top.category == "绝对化用语" and top.suggestions == ("高品质",) and "第九条" in top.basis
    assert top.entry_id == "ABS-0003"


def test_concurrent_scans_agree(matcher):
    texts = ["全网最，最低价", "第一次来", "最后三分钟", "全网最底价", "顶极面料和最好的服务"] * 40
    expected = [matcher.scan(t) for t in texts]
    results: dict[int, list] = {}

    def work(n: int) -> None:
        results[n] = [matcher.scan(t) for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[n] == expected for n in range(4))


TRAPS = Path(__file__).parent / "data" / "lexicon_traps.csv"


@pytest.fixture(scope="module")
def traps() -> Matcher:
    return Matcher(load_lexicon(TRAPS, overlay=False).entries)


@pytest.mark.parametrize(
    "text",
    [
        "这个面包过了保质期我们是不会发的",  # 面包|过: 包过 straddles a word
        "这个包过两天就补货了",  # 包 + 过两天
        "我们有独特供应链，所以价格能做下来",  # 独特|供应链
        "已经到转运中心了",
        "这件卫衣是加绒的",  # sounds like 唯一
        "他在圈子里很有威信",  # sounds like 微信
        "拍之前最好看一下尺码表",
    ],
)
def test_words_that_merely_contain_or_sound_like_a_term_do_not_fire(traps, text):
    assert found(traps, text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("考试包过", "包过"),
        ("这是特供酒", "特供"),
        ("戴上它就能转运", "转运"),
        ("全网唯一的款", "唯一"),
        ("这款是最好看的颜色", "最好"),
        ("加威信领福利", "加威信"),  # homophone of 加微信
    ],
)
def test_the_same_terms_still_fire_where_they_are_claims(traps, text, surface):
    assert [h.surface for h in traps.scan(text)] == [surface]


@pytest.mark.parametrize("text", ["好评率百分之百", "好评率100%", "好评率１００％"])
def test_literal_percentages_match_either_spelling(traps, text):
    assert [h.surface for h in traps.scan(text)] == [text]


@pytest.mark.parametrize("text", ["99%有效", "９９％有效", "百分之九十九有效", "百分之百有效"])
def test_percent_patterns_match_either_spelling(traps, text):
    assert [h.surface for h in traps.scan(f"这款{text}")] == [text]


def test_homophones_change_one_syllable_not_a_whole_word():
    entries = [LexiconEntry("M", "止痛", "医疗用语", "high", ("舒缓",), "《广告法》第十七条")]
    matcher = Matcher(entries)
    assert matcher.scan("这款是高腰直筒的") == []  # zhí tǒng: every character differs
    assert [h.surface for h in matcher.scan("贴上就指痛")] == ["指痛"]  # zhǐ tòng, one character changed


@pytest.mark.parametrize(
    "text", ["这件衬衫最大的码是XXL", "行李箱最小的尺寸是二十寸", "第一届活动", "第一产业", "第三台机器"]
)
def test_objective_extremes_and_ordinals_are_not_claims(text):
    entries = [
        LexiconEntry("A", "最", "绝对化用语", "medium", ("很",), "b", exemptions=("最近",)),
        LexiconEntry("B", "最大", "绝对化用语", "high", ("很大",), "b"),
        LexiconEntry("C", "第一", "绝对化用语", "high", ("热门",), "b"),
    ]
    assert Matcher(entries).scan(text) == []


def test_default_matcher_follows_the_user_lexicon(data_dir):
    from app.rules.matcher import default_matcher

    before = default_matcher()
    (data_dir / "user_lexicon.csv").write_text(
        "id,term,category,severity,suggestions,basis\nMY-1,秒杀全网,价格违规,high,限时优惠,《价格法》\n",
        encoding="utf-8",
    )
    after = default_matcher()
    assert after is not before
    assert [h.entry_id for h in after.scan("今天秒杀全网")] == ["MY-1"]
    assert default_matcher() is after  # cached while the files do not change


# -- the speed paths: two symbols per character, and the numpy path for long texts ---------------------------------

ODD_PIECES = [
    "全网最低价", "全網最低價", "第一", "第一次", "NO.1", "no.1", "TOP1", "顶级", "顶极", "根制", "最后三分钟", "最後３分鐘",
    "限量一百单", "百分之百", "100%", "🙂", "😀😀", "𠀀", "𝟙", "\ue000", "\uf8ff", "\uffff", "\n", "\r\n", "abc", "Ｘ", "i know 1",
    "，", "。", " ", "…", "呃", "哈哈哈", "第一第一", "3.5", "...", "面包过期", "美白", "增强免役力",
]


def _hits(matcher: Matcher, text: str, **kw) -> list[tuple]:
    return [(h.start, h.end, h.surface, h.entry_id, h.confidence, h.extra["match"]) for h in matcher.scan(text, **kw)]


def test_offsets_hold_around_characters_outside_the_bmp(matcher):
    """Emoji and other astral characters count as one character each: hits after them stay in place."""
    for prefix in ("🙂", "😀😀", "𠀀x", "\U0010fffd", "a🙂b\n"):
        text = prefix + "这款是全网最低价"
        hits = matcher.scan(text)
        assert [(h.surface, h.term) for h in hits] == [("全网最低价", "全网最低价")]
        assert text[hits[0].start : hits[0].end] == "全网最低价"
        long_text = prefix * 200 + "这款是全网最低价"  # the numpy path
        hits = matcher.scan(long_text)
        assert [h.surface for h in hits] == ["全网最低价"] and long_text[hits[0].start : hits[0].end] == "全网最低价"


def test_a_term_with_an_emoji_matches_that_emoji_only():
    entries = [LexiconEntry("E", "🔥爆款", "虚假紧迫", "medium", ("热门款",), "b")]
    matcher = Matcher(entries)
    for pad in ("", "家人们" * 100):
        assert [h.surface for h in matcher.scan(pad + "今天的🔥爆款")] == ["🔥爆款"]
        assert matcher.scan(pad + "今天的😀爆款") == []  # another character outside the BMP


def test_long_texts_find_exactly_what_short_texts_find(monkeypatch):
    """Texts from LONG_TEXT characters on take the numpy path; forcing the per-output path must not change a hit."""
    import random

    import app.rules.normalize as N

    matcher = Matcher(load_lexicon(SMALL, overlay=False).entries)
    rng = random.Random(5)
    texts = ["".join(rng.choice(ODD_PIECES) for _ in range(rng.randint(60, 160))) for _ in range(150)]
    for category in (None, "化妆品"):
        fast = [_hits(matcher, t, product_category=category) for t in texts]
        monkeypatch.setattr(N, "LONG_TEXT", 10**9)
        slow = [_hits(matcher, t, product_category=category) for t in texts]
        monkeypatch.undo()
        assert fast == slow
    assert sum(map(len, fast)) > 300


def test_sound_codes_agree_on_both_paths():
    import numpy as np

    from app.rules import homophones

    text = "".join(ODD_PIECES) + "是全网最底价，增强免役力" + "\ue100\ue197\ue198\uf710"
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    short = homophones.to_sound(text)
    assert len(short) == len(text) and short != text
    assert homophones.to_sound(text, codes) == short == homophones.to_sound(text * 30)[: len(text)]


def test_lone_surrogates_do_not_break_a_scan(matcher):
    text = "\ud800这款是全网最低价"
    assert [h.surface for h in matcher.scan(text)] == ["全网最低价"]
    assert [h.surface for h in matcher.scan(text * 30)][:1] == ["全网最低价"]


def test_automaton_matches_are_taken_by_end_then_longest_first():
    """Patterns are triggered and candidates numbered in this order, whatever order the automaton reports."""
    from app.rules import matcher_bulk

    start, end, kid = matcher_bulk.read_outputs([(0, 2, 5), (1, 1, 3), (2, 0, 3)], 10)
    assert list(zip(start.tolist(), end.tolist(), kid.tolist(), strict=True)) == [(0, 3, 2), (1, 3, 1), (2, 5, 0)]


def test_short_texts_spelled_in_two_symbols_match_like_the_plain_automaton():
    """Utterances go through the two-symbol automaton via ``str.translate``: the same matches, same order,
    as the one-symbol automaton — also with Latin, digits, line breaks, and characters beyond the BMP
    (which the two-symbol table cannot spell: those texts take the plain automaton)."""
    import random

    matcher = Matcher(load_lexicon(SMALL, overlay=False).entries)
    automaton = matcher._exact
    rng = random.Random(3)
    texts = ["".join(rng.choice(ODD_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    texts += ["这款是全网最低价", "top1第一\n最好🙂全网最低价", "\uffff全网最低价", "a"]
    plain = [[(kid, end + 1 - automaton.lengths[kid], end + 1) for end, kid in automaton.iter(t)] for t in texts]
    assert [automaton.matches(t) for t in texts] == plain
    assert sum(map(len, plain)) > 300


def test_long_texts_spelled_in_two_symbols_match_like_the_plain_automaton():
    """Long texts go through the two-symbol automaton, whose keys are all spelt in one numpy pass and cut
    apart: every key is found where the one-symbol automaton finds it."""
    import numpy as np

    matcher = Matcher(load_lexicon(SMALL, overlay=False).entries)
    automaton = matcher._exact
    text = "".join(ODD_PIECES) * 5 + "这款是全网最低价，最后三分钟，第一"
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    start, end, kid = automaton.match_arrays(text, codes)
    plain = sorted((kid, end + 1 - automaton.lengths[kid], end + 1) for end, kid in automaton.iter(text))
    assert sorted(zip(kid.tolist(), start.tolist(), end.tolist(), strict=True)) == plain
    assert len(plain) > 10


def test_two_entries_with_the_same_pattern_form_are_both_considered():
    """Compiled forms are shared between entries (and rebuilds): each entry's regex still runs, so the
    more severe of two rows with the same form wins, whichever comes first."""
    mild = LexiconEntry("A", "最后{N}分钟", "虚假紧迫", "low", ("限时优惠",), "b")
    severe = LexiconEntry("B", "最后{N}分钟", "虚假紧迫", "high", ("限时优惠",), "b")
    for entries in ([mild, severe], [severe, mild]):
        matcher = Matcher(entries)
        assert [h.entry_id for h in matcher.scan("最后三分钟了")] == ["B"]
        assert [h.entry_id for h in matcher.scan("最后三分钟了" * 60)] == ["B"] * 60


def test_a_rebuild_sees_the_edited_members_of_a_word_class():
    """A lexicon edit rebuilds the matcher from cached compiled forms: a class with a new member is a new
    form, and the old matcher keeps its old members."""
    from app.rules.word_classes import ClassedEntry

    def row(members: tuple[str, ...]) -> ClassedEntry:
        return ClassedEntry("C-1", "{疾病}{X}再也不犯", "医疗用语", "high", ("日常护理",), "《广告法》第十七条",
                            word_classes=(("疾病", members),))

    before = Matcher([row(("湿疹",))])
    after = Matcher([row(("湿疹", "痛风"))])
    before.warm_up()
    assert [h.surface for h in after.scan("痛风吃了再也不犯")] == ["痛风吃了再也不犯"]
    assert before.scan("痛风吃了再也不犯") == []
    assert [h.surface for h in before.scan("湿疹再也不犯")] == ["湿疹再也不犯"]


def test_warm_up_loads_the_word_tags_so_the_first_show_line_does_not_stall():
    """A class member ending a longer dictionary word (黑斑 after 啲) needs jieba's part-of-speech table; warm_up
    loads it, so the first such line of a show is scanned in milliseconds, not after a ~0.3 s load."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from app.rules.lexicon import default_lexicon_path, load_lexicon\n"
        "from app.rules.matcher import Matcher\n"
        "m = Matcher(load_lexicon(default_lexicon_path(), overlay=False).entries)\n"
        "m.warm_up()\n"
        "print('jieba.posseg' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip().splitlines()[-1] == "True"
