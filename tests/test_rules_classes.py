"""Word classes {类名} in lexicon forms: the class file, its errors, matching, offsets, long texts, prefixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.rules.lexicon import LexiconManager, load_lexicon, read_lexicon_file
from app.rules.matcher import Matcher
from app.rules.normalize import LONG_TEXT
from app.rules.patterns import compile_form, placeholder_problem
from app.rules.prefixes import PrefixIndex
from app.rules.word_classes import ClassedEntry, default_classes_path

HEADER = "id,term,variants,category,severity,suggestions,basis,exemptions,product_categories,enabled,note\n"
CLASS_HEADER = "name,members,description\n"
NEVER_AGAIN = "C-1,{疾病}{X}再也不犯,{疾病}{X}不犯了,医疗用语,high,日常护理|请遵医嘱,《广告法》第十七条,,,1,\n"
PLAIN = "T-1,最有效,,绝对化用语,high,用户反馈有效,《广告法》第九条第三项,,,1,\n"


def lexicon_dir(tmp_path: Path, rows: str, classes: str | None) -> Path:
    """A default lexicon in its own folder, with a classes.csv beside it when ``classes`` is given."""
    folder = tmp_path / "lex"
    folder.mkdir(exist_ok=True)
    if classes is not None:
        (folder / "classes.csv").write_text(CLASS_HEADER + classes, encoding="utf-8")
    path = folder / "default.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def spans(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.entry_id) for h in matcher.scan(text)]


# -- the shipped class file ---------------------------------------------------------------------------


def test_shipped_class_file_loads_clean_and_a_disease_row_fires_on_its_members(tmp_path):
    shipped = default_classes_path()
    assert shipped.name == "classes.csv" and shipped.exists()
    path = lexicon_dir(tmp_path, NEVER_AGAIN + PLAIN, classes=None)  # no class file beside: the shipped one
    load = load_lexicon(path, overlay=False)
    assert load.errors == []
    assert str(shipped) in load.files
    assert {"湿疹", "高血压"} <= set(load.classes["疾病"])
    matcher = Matcher(load.entries)
    assert spans(matcher, "我这个湿疹用了半年再也不犯了") == [("湿疹用了半年再也不犯", "C-1")]
    assert spans(matcher, "家里老人的高血压吃了不犯了") == [("高血压吃了不犯了", "C-1")]
    # Not a member of 疾病: a mistake that is not repeated is no health claim.
    assert spans(matcher, "这种低级错误我再也不犯了") == []
    hit = matcher.scan("湿疹再也不犯")[0]
    assert hit.suggestions == ("日常护理", "请遵医嘱") and hit.category == "医疗用语"
    assert hit.extra == {"match": "pattern", "form": "{疾病}{X}再也不犯"}


def test_the_bundled_lexicon_loads_clean_with_the_shipped_classes():
    load = load_lexicon(overlay=False)
    assert load.errors == [], load.errors[:5]
    assert load.classes, "the shipped classes.csv defines at least one class"


# -- the class file's errors --------------------------------------------------------------------------


def test_class_file_problems_are_reported_with_file_and_line_and_the_good_members_load(tmp_path):
    path = lexicon_dir(
        tmp_path,
        NEVER_AGAIN + PLAIN,
        "疾病,湿疹|痛风,皮肤与关节\n"  # line 2: good
        "疾病,高血压|湿疹,慢性病\n"  # line 3: 湿疹 again (line 2 has it); 高血压 still joins
        "症状,失眠||便秘,\n"  # line 4: empty member
        "症状,{N}天不睡,\n"  # line 5: a placeholder in a member
        "N,一|二,\n"  # line 6: no Chinese name
        "宠物病,,\n",  # line 7: no members
    )
    classes_file = str(path.with_name("classes.csv"))
    load = load_lexicon(path, overlay=False)
    by_line = {e.line: e.message for e in load.errors}
    assert set(by_line) == {3, 4, 5, 6, 7}
    assert all(e.file == classes_file for e in load.errors)
    assert "重复" in by_line[3] and "第 2 行" in by_line[3] and "湿疹" in by_line[3]
    assert "空成员" in by_line[4]
    assert "{N}天不睡" in by_line[5] and "占位符" in by_line[5]
    assert "汉字" in by_line[6]
    assert "宠物病" in by_line[7] and "为空" in by_line[7]
    assert load.classes["疾病"] == ("高血压", "湿疹", "痛风")  # longest first, the good members kept
    assert load.classes["症状"] == ("失眠", "便秘")  # equal lengths: file order
    matcher = Matcher(load.entries)
    assert spans(matcher, "高血压再也不犯") == [("高血压再也不犯", "C-1")]


def test_an_unknown_class_in_a_lexicon_row_is_an_error_on_that_row(tmp_path):
    path = lexicon_dir(
        tmp_path,
        PLAIN + "C-2,{慢性病}{X}再也不犯,,医疗用语,high,日常护理,《广告法》第十七条,,,1,\n",  # line 3
        "疾病,湿疹|痛风,\n",
    )
    load = read_lexicon_file(path)
    assert [(e.file, e.line) for e in load.errors] == [(str(path), 3)]
    message = load.errors[0].message
    assert "{慢性病}" in message and "没有定义" in message and "疾病" in message  # names the defined ones
    assert [e.id for e in load.entries] == ["T-1"]


@pytest.mark.parametrize(("form", "says"), [
    ("{疾病}{X}{疾病}", "没有文字"),  # no wording at all: every mention of a disease would fire
    ("{疾病}{U}", "{U}"),  # a measure word only after a number
    ("{疾病}{X}再也不犯", None),
    ("治好{疾病}", None),
    ("治{疾病}", None),  # a one-character literal: the members are the anchors
    ("{N}天{疾病}{X}好了", None),
])
def test_forms_with_classes_are_checked(form, says):
    problem = placeholder_problem(form, {"疾病": ("湿疹", "痛风")})
    if says is None:
        assert problem is None
    else:
        assert problem is not None and says in problem


def test_a_class_pattern_keeps_its_literal_anchor_and_window():
    pattern = compile_form("{疾病}{X}再也不犯", {"疾病": ("湿疹", "高血压")})
    assert pattern.anchor == "再也不犯"
    assert pattern.max_len == 3 + 4 + 4  # longest member + gap + literal
    assert pattern.regex.fullmatch("高血压用了再也不犯")
    assert not pattern.regex.search("感冒用了再也不犯")
    assert pattern.anchors == ()
    # An unknown class (an entry built by hand, without the loader) matches nothing instead of failing.
    assert not compile_form("{疾病}{X}再也不犯").regex.search("湿疹再也不犯")


def test_a_one_character_literal_makes_the_members_the_anchors():
    pattern = compile_form("治{疾病}", {"疾病": ("湿疹", "高血压"), "部位": ("腰",)})
    assert set(pattern.anchors) == {"高血压", "湿疹"}
    # The class whose shortest member is longest anchors the form (腰 alone would trigger on every 腰).
    pattern = compile_form("{部位}{X}治{疾病}", {"疾病": ("湿疹", "高血压"), "部位": ("腰",)})
    assert set(pattern.anchors) == {"高血压", "湿疹"}


# -- last good lexicon, version, user classes ---------------------------------------------------------


def test_a_broken_class_file_keeps_the_last_good_lexicon_and_a_class_edit_changes_the_version(tmp_path):
    path = lexicon_dir(tmp_path, NEVER_AGAIN + PLAIN, "疾病,湿疹|痛风,\n")
    classes = path.with_name("classes.csv")
    user = tmp_path / "user_lexicon.csv"
    manager = LexiconManager(default_path=path, user_path=user)
    first_version, first_matcher = manager.version, manager.matcher
    assert spans(first_matcher, "痛风再也不犯了") == [("痛风再也不犯了", "C-1")]

    classes.write_text(CLASS_HEADER + "疾病,湿疹|痛风|湿疹,\n", encoding="utf-8")  # a duplicate member
    load = manager.reload()
    assert [(e.file, e.line) for e in load.errors] == [(str(classes), 2)]
    assert manager.matcher is first_matcher and manager.version == first_version

    classes.write_text(CLASS_HEADER + "疾病,湿疹|痛风|荨麻疹,\n", encoding="utf-8")  # fixed, one member more
    load = manager.reload()
    assert load.errors == []
    assert manager.version != first_version
    assert spans(manager.matcher, "荨麻疹吃了再也不犯") == [("荨麻疹吃了再也不犯", "C-1")]


def test_user_class_file_adds_members_to_the_default_rows(tmp_path):
    path = lexicon_dir(tmp_path, NEVER_AGAIN + PLAIN, "疾病,湿疹|痛风,\n")
    user = tmp_path / "user" / "user_lexicon.csv"
    user.parent.mkdir()
    before = load_lexicon(path, user)
    (user.parent / "user_classes.csv").write_text(CLASS_HEADER + "疾病,猫藓|湿疹,宠物也算\n", encoding="utf-8")
    load = load_lexicon(path, user)
    assert load.errors == []
    assert [w.message for w in load.warnings] == [f"成员“湿疹”已在词类“疾病”中（{path.with_name('classes.csv')}:2），不必重复"]
    assert load.version != before.version
    assert spans(Matcher(load.entries), "猫藓擦了再也不犯") == [("猫藓擦了再也不犯", "C-1")]
    alone = load_lexicon(path, user, overlay=False)  # without the overlay, without the user's classes
    assert spans(Matcher(alone.entries), "猫藓擦了再也不犯") == []


# -- matching: offsets, long texts, prefixes ----------------------------------------------------------


@pytest.fixture(scope="module")
def class_matcher(tmp_path_factory):
    path = lexicon_dir(
        tmp_path_factory.mktemp("classes"),
        NEVER_AGAIN + PLAIN
        + "C-3,治好{疾病},{疾病}{X}治好了,医疗用语,high,日常调理,《广告法》第十七条,,,1,\n"
        + "C-4,治{疾病},,医疗用语,high,日常护理,《广告法》第十七条,,,1,\n"
        + "T-2,全网最低价,,价格违规,high,直播间专属优惠价,《价格法》第十四条,,,1,\n",
        "疾病,湿疹|痛风|高血压|关节炎,\n",
    )
    load = load_lexicon(path, overlay=False)
    assert load.errors == []
    assert all(isinstance(e, ClassedEntry) == (e.id.startswith("C-")) for e in load.entries)
    return Matcher(load.entries)


def test_offsets_and_surface_index_the_original_text(class_matcher):
    text = "家人们，我妈的濕疹 用了 再也不犯了，还能治好關節炎"  # traditional characters, recogniser spaces
    hits = class_matcher.scan(text)
    assert [(h.entry_id, h.surface) for h in hits] == [("C-1", "濕疹 用了 再也不犯了"), ("C-3", "治好關節炎")]
    for h in hits:
        assert text[h.start : h.end] == h.surface
    assert hits[0].start == text.index("濕疹")


LINES = [
    "家人们晚上好，今天这款保温杯先给大家看看",
    "我这个湿疹用了再也不犯了",  # C-1
    "这种低级错误我再也不犯了",
    "老爷子的高血压吃了不犯了",  # C-1
    "老爷子的高血压吃了一个疗程不犯了",  # the gap is longer than four characters: nothing
    "痛风喝了一周治好了",  # C-3
    "这款药膏专治湿疹，痒了就抹",  # C-4, anchored on the member 湿疹
    "治疗方案请听医生的",
    "这个价格全网最低价，拍一单送一单",  # T-2
    "点开第一个链接，选好颜色直接拍",
]


def test_a_long_block_gives_the_same_hits_as_its_lines(class_matcher):
    block_lines = LINES * 30
    block = "\n".join(block_lines)
    assert len(block) >= 3500 > LONG_TEXT  # the long (numpy) path
    expected, offset = [], 0
    for line in block_lines:
        expected += [(h.start + offset, h.end + offset, h.entry_id, h.surface) for h in class_matcher.scan(line)]
        offset += len(line) + 1
    got = [(h.start, h.end, h.entry_id, h.surface) for h in class_matcher.scan(block)]
    assert got == expected
    assert [h[2] for h in got[:5]] == ["C-1", "C-1", "C-3", "C-4", "T-2"]
    assert len(got) == 5 * 30


def test_prefix_index_holds_a_half_class_claim(class_matcher):
    index = PrefixIndex(class_matcher.entries)
    assert index.could_grow("湿疹", "OTHER")  # 湿疹 → 湿疹{X}再也不犯
    assert index.could_grow("高血", "OTHER")
    assert index.could_grow("治好痛", "OTHER")  # 治好痛 → 治好痛风
    assert not index.could_grow("感冒", "OTHER")
    assert not index.could_grow("湿疹再也不犯了", "OTHER")


def test_the_apps_matcher_follows_an_edit_of_the_users_class_file(data_dir):
    from app.paths import user_lexicon_path
    from app.rules.matcher import default_matcher

    user_lexicon_path().write_text(
        HEADER + "U-1,{我的病}{X}就消停,,医疗用语,high,日常护理,《广告法》第十七条,,,1,\n", encoding="utf-8")
    classes = data_dir / "user_classes.csv"
    classes.write_text(CLASS_HEADER + "我的病,腱鞘囊肿,\n", encoding="utf-8")
    first = default_matcher()
    assert ("腱鞘囊肿贴上就消停", "U-1") in spans(first, "腱鞘囊肿贴上就消停了")
    assert "U-1" not in {e for _, e in spans(first, "富贵包贴上就消停了")}  # (the bundled rows may flag it)
    classes.write_text(CLASS_HEADER + "我的病,腱鞘囊肿|富贵包,\n", encoding="utf-8")
    second = default_matcher()
    assert second is not first
    assert ("富贵包贴上就消停", "U-1") in spans(second, "富贵包贴上就消停了")


# -- round 2: word edges of a leading member, the long gap {XX}, the CLI check, hand-built entries ------------


@pytest.fixture(scope="module")
def edge_matcher(tmp_path_factory):
    path = lexicon_dir(
        tmp_path_factory.mktemp("edges"),
        "P-1,{平台}{X}找我,{平台}{X}搜,导流私下交易,high,在本直播间下单,平台规则,,,1,\n"
        + "C-1,{疾病}{X}再也不犯,,医疗用语,high,日常护理,《广告法》第十七条,,,1,\n"
        + "O-1,{疾病}{XX}就好利索,{疾病}的{XX}就通了,医疗用语,high,日常护理,《广告法》第十七条,,,1,\n",
        "平台,京东|当当网|淘宝,\n疾病,胃炎|癌|湿疹|老寒腿|鼻窦炎|鸡眼,\n",
    )
    load = load_lexicon(path, overlay=False)
    assert load.errors == []
    return Matcher(load.entries)


@pytest.mark.parametrize(("text", "expected"), [
    ("想要的去京东找我", [("京东找我", "P-1")]),
    ("京东搜一下就有", [("京东搜", "P-1")]),  # the start of the text
    ("到了北京东门找我", []),  # 北京|东门: 京东 is no word here
    ("我们的品牌响当当找我就对了", []),  # 当当 is read as a stutter of 当: the member is 当当网
    ("去当当网找我", [("当当网找我", "P-1")]),
    ("急性肠胃炎喝了再也不犯了", [("胃炎喝了再也不犯", "C-1")]),  # 肠胃炎, a noun ending with 胃炎, is a 胃炎
    ("他那个鼻咽癌再也不犯了", [("癌再也不犯", "C-1")]),
    # read as 我家宝鸡眼 once the stutter 宝宝 is folded: 宝鸡 (a city) is no evidence against 鸡眼
    ("我家宝宝鸡眼用了再也不犯了", [("鸡眼用了再也不犯", "C-1")]),
])
def test_a_leading_member_must_begin_a_word(edge_matcher, text, expected):
    assert spans(edge_matcher, text) == expected


def test_edge_check_is_the_same_on_the_long_path(edge_matcher):
    lines = ["到了北京东门找我", "想要的去京东找我", "我们的品牌响当当找我就对了", "急性肠胃炎喝了再也不犯了"] * 120
    block = "\n".join(lines)
    assert len(block) > LONG_TEXT
    assert [h.surface for h in edge_matcher.scan(block)] == ["京东找我", "胃炎喝了再也不犯"] * 120


def test_the_compiled_regex_applies_the_edge_check_everywhere():
    pattern = compile_form("{平台}{X}找我", {"平台": ("京东", "淘宝")})
    assert pattern.head_class and not compile_form("找{平台}", {"平台": ("京东",)}).head_class
    assert pattern.regex.search("北京东门找我") is None
    assert pattern.regex.search("北京东门找我，京东找我").group() == "京东找我"
    assert pattern.regex.fullmatch("京东门找我") is not None  # at the start of the text: a word
    assert pattern.regex.fullmatch("北京东门找我", 1) is None and pattern.regex.match("北京东门找我", 1) is None
    assert pattern.regex.pattern == pattern.source


@pytest.mark.parametrize(("text", "expected"), [
    ("我的老寒腿泡个把月就好利索了", ["老寒腿泡个把月就好利索"]),  # five characters between
    ("鼻窦炎的用这个洗鼻器一个礼拜就通了", ["鼻窦炎的用这个洗鼻器一个礼拜就通了"]),  # ten
    ("湿疹用了一个多月以后慢慢就好利索了", ["湿疹用了一个多月以后慢慢就好利索"]),
    ("湿疹用了三个多月也不见得以后一下子就好利索", []),  # eleven or more: too far apart
    ("老寒腿买回去泡。过了一个月就好利索", []),  # never across a sentence end
    ("湿疹这东西不能说用了就好利索", []),  # a negated modal inside the gap
])
def test_the_long_gap_xx_reaches_outcomes_ten_characters_away(edge_matcher, text, expected):
    assert [h.surface for h in edge_matcher.scan(text)] == expected


def test_the_long_gap_is_checked_and_only_its_forms_get_wide_windows():
    diseases = {"疾病": ("湿疹", "老寒腿")}
    assert placeholder_problem("{疾病}{XX}就好利索", diseases) is None
    assert "{XX}" in placeholder_problem("{疾病}{XX}好", diseases)  # a lone character after a long gap
    assert "{XX}" in placeholder_problem("{疾病}{XX}{N}天", diseases)
    assert "开头或结尾" in placeholder_problem("{疾病}就好利索{XX}", diseases)
    assert "{XX}（最多 10 个字的长间隔）" in placeholder_problem("{疾病}{XXX}好利索", diseases)
    short, long = compile_form("{疾病}{X}就好利索", diseases), compile_form("{疾病}{XX}就好利索", diseases)
    assert long.max_len - short.max_len == 6 and long.anchor == short.anchor == "就好利索"


def test_prefix_index_waits_on_a_long_gap_claim(edge_matcher):
    index = PrefixIndex(edge_matcher.entries)
    assert index.could_grow("老寒腿", "OTHER")  # 老寒腿 → 老寒腿{XX}就好利索
    assert not index.could_grow("风湿", "OTHER")


def test_hand_built_entries_with_classes_or_a_long_gap_are_patterns():
    from app.rules.model import LexiconEntry

    def entry(term, variants=()):
        return LexiconEntry("H-1", term, "医疗用语", "high", ("日常护理",), "《广告法》第十七条", variants=variants)

    assert entry("{疾病}就好了").is_pattern
    assert entry("湿疹", ("{疾病}{XX}就好利索",)).is_pattern
    assert not entry("湿疹").is_pattern and not entry("{n}天").is_pattern


def test_lexicon_check_path_reports_the_class_files_errors(tmp_path, capsys):
    from app.cli.lexicon import run_check

    path = lexicon_dir(tmp_path, NEVER_AGAIN + PLAIN, "疾病,湿疹||痛风,\n")

    class Args:
        pass

    args = Args()
    args.path = str(path)
    assert run_check(args) == 1
    out = capsys.readouterr()
    assert f"错误 {path.with_name('classes.csv')}:2: 词类“疾病”有空成员" in out.out
    path.with_name("classes.csv").write_text(CLASS_HEADER + "疾病,湿疹|痛风,\n", encoding="utf-8")
    assert run_check(args) == 0
    assert "classes.csv" in capsys.readouterr().out  # the class file is named among the files checked


def test_a_member_that_collapses_to_one_character_is_warned_about(tmp_path):
    path = lexicon_dir(tmp_path, PLAIN, "平台,当当|京东,\n")
    load = load_lexicon(path, overlay=False)
    assert load.errors == []
    assert [w.line for w in load.warnings] == [2]
    assert load.warnings[0].message.startswith("成员“当当”会被当作口吃读成“当”，只剩一个字")
    assert "直接写“当”" in load.warnings[0].message
