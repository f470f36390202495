"""Lexicon loading: validation errors with file and line, the user overlay, last-good fallback."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.rules.lexicon import LexiconManager, load_lexicon, read_lexicon_file
from app.rules.matcher import Matcher

DATA = Path(__file__).parent / "data"
SMALL = DATA / "lexicon_small.csv"
HEADER = "id,term,variants,category,severity,suggestions,basis,exemptions,product_categories,enabled,note\n"
GOOD_ROW = "T-1,最有效,,绝对化用语,high,用户反馈有效,《广告法》第九条第三项,,,1,\n"


def write(path: Path, body: str, *, encoding: str = "utf-8") -> Path:
    path.write_text(HEADER + body, encoding=encoding)
    return path


def test_small_lexicon_loads_clean():
    load = load_lexicon(SMALL, overlay=False)
    assert load.errors == []
    assert len(load.entries) == 14
    assert len(load.version) == 12


def test_excel_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes((HEADER + GOOD_ROW).encode("utf-8-sig"))
    load = read_lexicon_file(path)
    assert load.errors == [] and load.entries[0].id == "T-1"


def test_each_bad_row_is_reported_with_its_line_and_the_rest_loads(tmp_path):
    path = write(
        tmp_path / "bad.csv",
        GOOD_ROW
        + "T-2,最好,,绝对化用语,urgent,很好,《广告法》,,,1,\n"  # line 3: severity
        + "T-3,顶级,,不存在的类别,high,高品质,《广告法》,,,1,\n"  # line 4: category
        + "T-4,唯一,,绝对化用语,high,,《广告法》,,,1,\n"  # line 5: no suggestion
        + "T-1,第一,,绝对化用语,high,热门,《广告法》,,,1,\n"  # line 6: duplicate id
        + "T-6,最后{n}分钟,,虚假紧迫,medium,活动进行中,《办法》,,,1,\n"  # line 7: bad placeholder
        + "T-7,{N}{N}天,,功效夸大,high,坚持使用,《广告法》,,,1,\n"  # line 8: adjacent placeholders
        + "T-8,国家级,,权威背书,high,高标准,,,,1,\n"  # line 9: no basis
        + "T-9,特供,,权威背书,high,品质之选,《广告法》,,,yes,\n",  # line 10: enabled
    )
    load = read_lexicon_file(path)
    by_line = {e.line: e.message for e in load.errors}
    assert set(by_line) == {3, 4, 5, 6, 7, 8, 9, 10}
    assert all(e.file == str(path) for e in load.errors)
    assert "high / medium / low" in by_line[3]
    assert "不存在的类别" in by_line[4]
    assert "suggestions" in by_line[5]
    assert "重复" in by_line[6] and "第 2 行" in by_line[6]
    assert "{n}" in by_line[7]
    assert "紧挨着" in by_line[8]
    assert "basis" in by_line[9]
    assert "enabled" in by_line[10]
    assert [e.id for e in load.entries] == ["T-1"]
    assert str(load.errors[0]).startswith(f"{path}:3: ")


def test_missing_columns_and_wrong_encoding_are_file_level_errors(tmp_path):
    no_cols = tmp_path / "cols.csv"
    no_cols.write_text("id,term,category\nA,最好,绝对化用语\n", encoding="utf-8")
    load = read_lexicon_file(no_cols)
    assert load.errors[0].line == 1 and "severity" in load.errors[0].message
    gbk = write(tmp_path / "gbk.csv", GOOD_ROW, encoding="gbk")
    load = read_lexicon_file(gbk)
    assert load.entries == [] and "UTF-8" in load.errors[0].message and load.errors[0].line == 2
    missing = read_lexicon_file(tmp_path / "none.csv")
    assert "找不到" in missing.errors[0].message


def test_useless_exemption_is_a_warning_not_an_error(tmp_path):
    path = write(tmp_path / "w.csv", "T-1,第一,,绝对化用语,high,热门,《广告法》,次,,1,\n")
    load = read_lexicon_file(path)
    assert load.errors == [] and len(load.entries) == 1
    assert load.warnings and load.warnings[0].line == 2 and "豁免" in load.warnings[0].message


def test_exemption_matching_a_pattern_variant_is_not_reported_useless(tmp_path):
    """拇外翻{X}矫正 matches 拇外翻矫正器: the exemption does work, so no warning (and it really drops the hit)."""
    path = write(tmp_path / "p.csv", "T-1,拇外翻能矫正,拇外翻{X}矫正,医疗用语,high,穿着舒适,《广告法》第十七条,拇外翻矫正器,,1,\n")
    load = read_lexicon_file(path)
    assert load.errors == [] and load.warnings == []
    matcher = Matcher(load.entries)
    assert matcher.scan("这款拇外翻矫正器很舒服") == []
    assert [h.term for h in matcher.scan("拇外翻戴着就能矫正")] == ["拇外翻能矫正"]


def test_user_overlay_adds_overrides_and_disables(tmp_path):
    user = write(
        tmp_path / "user.csv",
        "MY-1,秒杀全网,,价格违规,high,限时优惠,《价格法》,,,1,\n"  # add
        "ABS-0003,顶级,,绝对化用语,low,高品质面料,《广告法》第九条,,,1,\n"  # override severity
        "ABS-0001,,,,,,,,,0,\n",  # disable 最好
    )
    load = load_lexicon(SMALL, user)
    assert load.errors == []
    by_id = {e.id: e for e in load.entries}
    assert "MY-1" in by_id
    assert by_id["ABS-0003"].severity == "low" and by_id["ABS-0003"].suggestions == ("高品质面料",)
    assert "ABS-0001" not in by_id
    assert load.version != load_lexicon(SMALL, overlay=False).version


def test_user_overlay_from_the_user_data_folder(data_dir):
    write(data_dir / "user_lexicon.csv", "MY-1,秒杀全网,,价格违规,high,限时优惠,《价格法》,,,1,\n")
    load = load_lexicon(SMALL)
    assert "MY-1" in {e.id for e in load.entries}


def test_manager_keeps_last_good_lexicon_when_a_reload_has_errors(tmp_path):
    default = tmp_path / "default.csv"
    shutil.copy(SMALL, default)
    user = write(tmp_path / "user.csv", "MY-1,秒杀全网,,价格违规,high,限时优惠,《价格法》,,,1,\n")
    manager = LexiconManager(default, user)
    assert manager.errors == []
    assert [h.term for h in manager.matcher.scan("今天秒杀全网")] == ["秒杀全网"]
    good_version = manager.version

    write(user, "MY-1,秒杀全网,,价格违规,high,,《价格法》,,,1,\nMY-2,血亏,,价格违规,high,超值,《价格法》,,,1,\n")
    load = manager.reload()
    assert not load.ok and load.errors[0].line == 2 and str(user) in str(load.errors[0])
    assert manager.errors == load.errors
    # The previous lexicon is still in force: MY-1 still fires, MY-2 (from the broken file) does not.
    assert [h.term for h in manager.matcher.scan("今天秒杀全网，血亏")] == ["秒杀全网"]
    assert manager.version == good_version

    write(user, "MY-2,血亏,,价格违规,high,超值,《价格法》,,,1,\n")
    assert manager.reload().ok
    assert [h.term for h in manager.matcher.scan("今天秒杀全网，血亏")] == ["血亏"]
    assert manager.version != good_version


def test_manager_first_load_with_broken_user_file_uses_the_default_alone(tmp_path):
    user = write(tmp_path / "user.csv", "MY-1,秒杀全网,,价格违规,high,,《价格法》,,,1,\nABS-0001,,,,,,,,,0,\n")
    manager = LexiconManager(SMALL, user)
    assert manager.errors and manager.errors[0].line == 2
    assert len(manager.entries) == 14  # default intact, the disable row of the broken file not applied
    assert [h.term for h in manager.matcher.scan("这是最好的")] == ["最好"]


def test_placeholder_rows_are_checked_with_their_line(tmp_path):
    path = write(
        tmp_path / "placeholders.csv",
        "T-1,最后{N}{U},只剩{N}{U},虚假紧迫,medium,活动进行中,《办法》,,,1,\n"  # line 2: fine
        + "T-2,刷{X}好评,冲{X}五星,数据造假,high,欢迎真实评价,《电子商务法》第十七条,,,1,\n"  # line 3: fine
        + "T-3,{U}单,,虚假紧迫,medium,活动进行中,《办法》,,,1,\n"  # line 4: {U} without {N}
        + "T-4,刷{X},,数据造假,high,欢迎真实评价,《电子商务法》,,,1,\n"  # line 5: {X} at the end
        + "T-5,刷{x}好评,,数据造假,high,欢迎真实评价,《电子商务法》,,,1,\n",  # line 6: lower-case x
    )
    load = read_lexicon_file(path)
    by_line = {e.line: e.message for e in load.errors}
    assert set(by_line) == {4, 5, 6}
    assert "{U}" in by_line[4] and "{N}" in by_line[4]
    assert "开头或结尾" in by_line[5]
    assert "{x}" in by_line[6]
    assert [e.id for e in load.entries] == ["T-1", "T-2"]
    assert all(e.is_pattern for e in load.entries)
