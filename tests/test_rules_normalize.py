"""Normalisation: what is folded, and that offsets always lead back to the original text."""

from __future__ import annotations

import random
from pathlib import Path

from app.rules.lexicon import load_lexicon
from app.rules.matcher import Matcher
from app.rules.normalize import normalize

SMALL = Path(__file__).parent / "data" / "lexicon_small.csv"


def test_folds_width_case_traditional_spaces_fillers_and_stutters():
    assert normalize("ＮＯ．１ Top1").text == "no1top1"
    assert normalize("No. 1").text == "no1" and normalize("v1.0").text == "v1.0"
    assert normalize("全網最低價").text == "全网最低价"
    assert normalize("全 网 最 低 价").text == "全网最低价"
    assert normalize("全网最，最低价").text == "全网最低价"
    assert normalize("第，第一").text == "第一"
    assert normalize("最——最好").text == "最好"
    assert normalize("第一第一名").text == "第一名"
    assert normalize("最……呃……最好").text == "最好"
    assert normalize("３．５斤").text == "3.5斤"


def test_traditional_zhe_after_a_verb_folds_like_every_other_character():
    """放著就是賺 is 放着就是赚: OpenCC keeps 著 (also simplified 著名), so forms with 着 missed traditional speech."""
    assert normalize("這個翡翠放著就是賺").text == "这个翡翠放着就是赚"
    matcher = Matcher(load_lexicon(Path(__file__).parent.parent / "resources" / "lexicon" / "default.csv",
                                   overlay=False).entries)
    assert matcher.scan("這個翡翠放著就是賺")
    assert not matcher.scan("這本書是四大名著之一，他是著名的作家")


def test_a_double_that_is_two_words_is_no_stutter():
    """人民日报报道 is 人民日报 + 报道, not 报 said twice; 每天天气 keeps both 天. A real stutter still folds (最最好, 看看)."""
    assert normalize("这个酱油是人民日报报道过的").text == "这个酱油是人民日报报道过的"
    assert normalize("每天天气都不错").text == "每天天气都不错"
    assert normalize("这款最最好用").text == "这款最好用"
    long = "这个酱油是人民日报报道过的，每天天气都不错。" * 120  # the numpy path agrees, offsets included
    norm = normalize(long)
    assert norm.text.startswith("这个酱油是人民日报报道过的每天天气都不错。")
    assert all(long[i] == ch for i, ch in zip(norm.index, norm.text, strict=True))


def test_a_not_a_question_before_a_negation_is_no_stutter():
    """能不能不感冒 asks whether it keeps colds away; folding 能不 twice into 能不感冒 made it the claim itself."""
    assert normalize("喝了能不能不感冒？").text == "喝了能不能不感冒?"
    assert normalize("会不会不上头").text == "会不会不上头"
    assert normalize("有没有没用过的").text == "有没有没用过的"
    assert normalize("最好最好的").text == "最好的"  # other pairs still fold


def test_a_not_a_question_before_a_negation_keeps_its_question_in_scans():
    from app.rules.lexicon import default_lexicon_path

    matcher = Matcher(load_lexicon(default_lexicon_path(), overlay=False).entries)
    text = "有宝宝问喝了会不会不上头，这个我不敢保证，少喝点。"
    assert all(not text[h.start : h.end].startswith("不会") for h in matcher.scan(text))


def test_identity_text_has_no_index_map():
    norm = normalize("这款面霜很好用。")
    assert norm.text == "这款面霜很好用。" and norm.index is None


def test_index_maps_every_normalised_char_back():
    text = "全 網 最，最低價！"
    norm = normalize(text)
    assert norm.text == "全网最低价!"
    assert [text[i] for i in norm.index] == ["全", "網", "最", "低", "價", "！"]
    assert norm.span(0, 5) == (0, 9)
    assert text[slice(*norm.span(0, 5))] == "全 網 最，最低價"


def test_index_skips_every_removed_run_and_keeps_characters_beyond_the_bmp():
    text = "呃嗯  全\u3000網😀——最，，最低價"
    norm = normalize(text)
    assert norm.text == "全网😀最低价"
    assert [text[i] for i in norm.index] == ["全", "網", "😀", "最", "低", "價"]
    assert norm.index[3] == text.index("最")  # of a stutter, the first said is kept
    assert text[slice(*norm.span(0, len(norm.text)))] == "全\u3000網😀——最，，最低價"


PIECES = [
    "全网最低价", "全網最低價", "第一", "第，第一", "最——最好", "顶级", "頂級", "ＴＯＰ１", "NO.1",
    "最后三分钟", "最後３分鐘", "限量一百单", "三天瘦十斤", "百分之九十有效", "全网最底价", "增强免役力",
    "根制", "第一次", "最近", "一级能效", "国家标准", "你最好先试试",
    "今天", "家人们", "这款", "面霜", "，", "。", " ", "  ", "…", "呃", "嗯", "哈哈", "!", "Ａ", "b", "３", "🙂",
]


def test_property_surface_is_text_slice_for_random_utterances():
    """Over many random mixes of terms, fillers, spaces and widths: surface == text[start:end]."""
    entries = load_lexicon(SMALL, overlay=False).entries
    matcher = Matcher(entries)
    rng = random.Random(20261127)
    total_hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        norm = normalize(text)
        assert len(norm.index if norm.index is not None else norm.text) == len(norm.text)
        if norm.index is not None:
            assert norm.index == sorted(set(norm.index))
            assert all(0 <= i < len(text) for i in norm.index)
        previous_end = 0
        for hit in matcher.scan(text):
            total_hits += 1
            assert hit.surface == text[hit.start : hit.end]
            assert 0 <= hit.start < hit.end <= len(text)
            assert hit.start >= previous_end  # sorted, non-overlapping
            previous_end = hit.end
            assert hit.surface.strip() == hit.surface and hit.surface[0] not in "，。 …"
    assert total_hits > 1000


def test_long_texts_take_the_numpy_path_with_identical_results(monkeypatch):
    """Texts from LONG_TEXT characters on are folded with numpy tables; both paths must agree exactly."""
    import app.rules.normalize as N

    rng = random.Random(7)
    pieces = PIECES + ["\n", "\r\n", "\t", "...", "..", ".", "no.1", "x. 2", "哈哈哈", "第一第一第一", "能不能不", "有没有没", "\u3000", "_", "-"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(60, 200)))
        fast = N._normalize_long(text)
        monkeypatch.setattr(N, "LONG_TEXT", 10**9)
        slow = N.normalize(text)
        monkeypatch.undo()
        assert fast.text == slow.text
        fast_index = list(range(len(fast.text))) if fast.index is None else [int(i) for i in fast.index]
        slow_index = list(range(len(slow.text))) if slow.index is None else slow.index
        assert fast_index == slow_index


def test_line_breaks_stay_boundaries():
    assert normalize("全网最\n低价").text == "全网最\n低价"


def test_first_use_on_a_long_text_does_not_hang():
    """A fresh process whose first text is long builds the numpy tables first; that must not deadlock."""
    import subprocess
    import sys

    code = (
        "from app.rules.matcher import Matcher\n"
        "from app.rules.lexicon import load_lexicon\n"
        "from app.rules import homophones, normalize\n"
        "normalize._luts(); homophones._sound_lut()\n"
        "m = Matcher(load_lexicon().entries)\n"
        "print(len(m.scan('这款面霜是全网最底价，' * 40)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 40
