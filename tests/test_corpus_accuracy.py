"""The labelled evaluation corpus (tests/corpus/) is well-formed, and the real matcher is not grossly broken on it.

The corpus checks guard the yardstick itself: an offset error in the corpus would silently distort every recall
figure. The matcher check is a coarse floor (sentence recall >= 90 %, false alarms <= 5 %), well below the goals
(98 % / 2 %) that benchmarks/accuracy.py reports; it runs the real default matcher on the bundled lexicon.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.rules.model import Hit

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO / "tests" / "corpus"


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


accuracy = _load_module("liveguard_bench_accuracy", REPO / "benchmarks" / "accuracy.py")
build_corpus = _load_module("liveguard_corpus_build", CORPUS_DIR / "build_corpus.py")

ROWS = accuracy.load_corpus(CORPUS_DIR / "corpus.tsv")


# ---------------------------------------------------------------- the corpus itself


def test_tsv_is_generated_from_the_marked_source():
    """corpus.tsv must be exactly what build_corpus.py makes of corpus_marked.txt (offsets never hand-typed)."""
    assert (CORPUS_DIR / "corpus.tsv").read_text(encoding="utf-8") == build_corpus.build(), (
        "corpus.tsv 已过期：运行 .venv/bin/python tests/corpus/build_corpus.py"
    )


def test_corpus_size_and_clean_share():
    assert len(ROWS) >= 300
    clean = sum(r.is_clean for r in ROWS)
    assert clean / len(ROWS) >= 0.35
    assert len({r.id for r in ROWS}) == len(ROWS)
    assert len({r.text for r in ROWS}) == len(ROWS), "duplicate sentences"


def test_every_span_is_in_range_ordered_and_names_its_term():
    for row in ROWS:
        assert len(row.categories) == len(row.spans), row.id
        assert len(row.terms) == len(row.spans), row.id
        previous_end = 0
        for (start, end), term in zip(row.spans, row.terms, strict=True):
            assert 0 <= start < end <= len(row.text), (row.id, start, end)
            assert start >= previous_end, f"{row.id}: spans overlap or are out of order"
            assert row.text[start:end] == term, (row.id, row.text[start:end], term)
            assert term == term.strip() and not term.startswith(("，", "。")), f"{row.id}: span has padding"
            previous_end = end


def test_all_categories_and_variants_are_represented():
    span_categories = Counter(c for r in ROWS for c in r.categories)
    for category in build_corpus.CATEGORIES:
        assert span_categories[category] >= 10, f"类别 {category} 只有 {span_categories[category]} 个片段"
    violating_variants = Counter(r.variant for r in ROWS if not r.is_clean)
    clean_variants = Counter(r.variant for r in ROWS if r.is_clean)
    for variant in ("spaces", "traditional", "fullwidth", "numerals", "stutter", "homophone"):
        assert violating_variants[variant] >= 10, f"变体 {variant} 的违规句太少"
    for variant in ("spaces", "traditional", "numerals", "stutter"):
        assert clean_variants[variant] >= 5, f"变体 {variant} 的无违规句太少"


def test_the_required_traps_are_among_the_clean_sentences():
    clean_text = "\n".join(r.text for r in ROWS if r.is_clean)
    traps = ("最近", "最后给大家介绍", "第一次", "第一步", "第一个链接", "首先", "顶部", "极简", "一级能效",
             "国家标准", "第一天", "最初", "最终", "国家规定", "用户反馈", "热门", "面料", "尺码", "发货", "售后",
             "七天无理由")
    missing = [t for t in traps if t not in clean_text]
    assert not missing, f"无违规句缺少陷阱词：{missing}"


def test_variant_rows_look_like_their_variant():
    for row in ROWS:
        if row.variant == "spaces":
            assert " " in row.text and not any(p in row.text for p in "，。！？、"), row.id
        elif row.variant == "fullwidth":
            assert any("\uff01" <= ch <= "\uff5e" and ch not in "，！？；：（）" for ch in row.text), row.id
        elif row.variant == "numerals":
            # Arabic digits (half- or full-width, as the issue and the writers' brief allow), 百分之…, or the financial
            # numerals of receipts and price tags (叁佰万)
            assert (any("0" <= ch <= "9" or "０" <= ch <= "９" for ch in row.text) or "百分之" in row.text
                    or any(ch in "壹贰叁肆伍陆柒捌玖拾佰仟" for ch in row.text)), row.id


def test_marked_source_errors_name_the_line():
    with pytest.raises(build_corpus.MarkedError, match="第 2 行"):
        build_corpus.parse_marked("== 价格违规\n这句没有标注片段。\n")
    with pytest.raises(build_corpus.MarkedError, match="第 2 行"):
        build_corpus.parse_marked("== 无违规\n这句[不该]有片段。\n")
    rows = build_corpus.parse_marked("== 价格违规\n@spaces 这 是 [全网 最低 价]\n")
    assert rows[0].text[slice(*rows[0].spans[0])] == "全网 最低 价" and rows[0].variant == "spaces"


# ---------------------------------------------------------------- the scorer


def _hit(text: str, surface: str) -> Hit:
    start = text.index(surface)
    return Hit(start, start + len(surface), surface, surface, "T-1", "价格违规", "high", ("直播间专属优惠价",), "")


def test_scorer_counts_overlap_as_caught_and_any_hit_on_clean_as_false_alarm():
    rows = [
        accuracy.CorpusRow("a", "这款面霜是全网最低价。", ((5, 10),), ("全网最低价",), ("价格违规",), "plain", ""),
        accuracy.CorpusRow("b", "最近天气转凉。", (), (), (), "plain", "最近"),
        accuracy.CorpusRow("c", "限量一百单，手慢无。", ((0, 5), (6, 9)), ("限量一百单", "手慢无"),
                           ("虚假紧迫", "虚假紧迫"), "plain", ""),
    ]
    found = {"a": ["最低价"], "b": ["最近"], "c": ["手慢无"]}  # a partial overlap still catches the span
    by_text = {r.text: [_hit(r.text, s) for s in found[r.id]] for r in rows}
    ev = accuracy.evaluate(rows, lambda text: by_text[text])
    d = ev.as_dict()
    assert (d["sentences_caught"], d["sentences"]) == (2, 2)
    assert (d["spans_caught"], d["spans"]) == (2, 3)
    assert (d["clean_alarmed"], d["clean"]) == (1, 1)
    assert [m["term"] for m in d["misses"]] == ["限量一百单"]
    assert d["per_category"]["虚假紧迫"]["term_recall"] == 0.5
    assert not ev.meets_goals


# ---------------------------------------------------------------- the real matcher on the corpus


@pytest.fixture(scope="module")
def real_matcher():
    try:
        from app.rules.matcher import default_matcher
    except ImportError as exc:
        pytest.skip(f"app.rules.matcher 尚不可导入（引擎未就绪）：{exc}")
    from app.rules.lexicon import default_lexicon_path

    if not default_lexicon_path().exists():
        pytest.skip(f"默认词库尚未就绪：{default_lexicon_path()}")
    return default_matcher()


def test_matcher_is_not_grossly_broken_on_the_corpus(real_matcher):
    ev = accuracy.evaluate(ROWS, real_matcher.scan)
    t = ev.total
    misses = [f"{m['id']} {m['term']}：{m['text']}" for m in ev.misses]
    alarms = [f"{f['id']} 「{f['surface']}」：{f['text']}" for f in ev.false_alarms]
    assert t.sentences_caught / t.sentences >= 0.90, "句级召回低于 90 %，漏报：\n" + "\n".join(misses)
    assert t.clean_alarmed / t.clean <= 0.05, "误报率高于 5 %，误报：\n" + "\n".join(alarms)


def test_id_ranges_order_ids_by_number(capsys):
    """The corpus passed 9,999 sentences: --from-id lg-9862 must take lg-10000 on, not stop at a string order."""
    assert accuracy._id_key("lg-9862") < accuracy._id_key("lg-10000") < accuracy._id_key("lg-10068")
    ids = [r.id for r in ROWS]
    assert [accuracy._id_key(i) for i in ids] == sorted(accuracy._id_key(i) for i in ids)
