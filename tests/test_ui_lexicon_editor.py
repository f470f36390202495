"""词库 editor: edits validate in place, go to the user lexicon and reach the running matcher at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.paths import user_lexicon_path
from tests.test_ui_helpers import (
    main_thread_gc,  # noqa: F401 - autouse: GC only on the main thread
    make_manager,
)
from ui.lexicon_editor import COLUMNS, LexiconEditor
from ui.lexicon_io import read_table, write_xlsx
from ui.workers import WorkerRegistry

COL = {key: i for i, (key, _label) in enumerate(COLUMNS)}


def make_editor(qtbot, tmp_path):
    manager = make_manager(tmp_path)
    registry = WorkerRegistry()
    editor = LexiconEditor(lambda: manager, registry)
    qtbot.addWidget(editor)
    editor.reload_from_manager()
    return editor, manager, registry


def set_cell(editor, row, key, value):
    model = editor.model
    return model.setData(model.index(row, COL[key]), value)


def test_table_search_and_category_filter(qtbot, tmp_path):
    editor, _manager, _registry = make_editor(qtbot, tmp_path)
    assert editor.model.rowCount() == 5
    editor.search_edit.setText("最低价")
    assert editor.proxy.rowCount() == 1
    editor.search_edit.clear()
    editor.category_combo.setCurrentIndex(editor.category_combo.findData("医疗用语"))
    assert editor.proxy.rowCount() == 1
    assert editor.proxy.index(0, COL["term"]).data() == "根治"


def test_invalid_edit_is_shown_in_place_and_not_written(qtbot, tmp_path):
    editor, manager, _registry = make_editor(qtbot, tmp_path)
    row = next(i for i, r in enumerate(editor.model.rows) if r["term"] == "根治")
    assert set_cell(editor, row, "category", "不存在的类别")
    assert editor.apply_now() is False
    assert row in editor.model.errors
    tooltip = editor.model.index(row, COL["term"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "类别“不存在的类别”不认识" in tooltip
    assert editor.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not user_lexicon_path().exists()
    assert [h.surface for h in manager.matcher.scan("可以根治痘痘")] == ["根治"]


def test_added_entry_reaches_running_matcher_and_user_file(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    assert manager.matcher.scan("这个是国家级产品") == []
    row = editor.add_entry()
    for key, value in (("term", "国家级"), ("category", "绝对化用语"), ("severity", "高"),
                       ("suggestions", "品质有保障"), ("basis", "《广告法》第九条第三项")):
        set_cell(editor, row, key, value)
    with qtbot.waitSignal(editor.applied, timeout=5000):
        editor.apply_now()
    assert [h.surface for h in manager.matcher.scan("这个是国家级产品")] == ["国家级"]
    saved = read_table(user_lexicon_path())
    assert [(r["id"], r["term"], r["severity"]) for r in saved] == [("USR-0001", "国家级", "high")]
    registry.shutdown(2000)


def test_disable_default_entry_stops_matching(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    row = next(i for i, r in enumerate(editor.model.rows) if r["term"] == "最有效")
    editor.model.setData(editor.model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert editor.model.rows[row]["origin"] == "已修改"
    with qtbot.waitSignal(editor.applied, timeout=5000):
        editor.apply_now()
    assert manager.matcher.scan("这是最有效的") == []
    # the editor still lists it (disabled), and re-reading the files gives the same picture
    editor.reload_from_manager()
    again = next(r for r in editor.model.rows if r["term"] == "最有效")
    assert again["enabled"] == "0"
    registry.shutdown(2000)


def test_import_xlsx_and_export_csv(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    xlsx = tmp_path / "import.xlsx"
    write_xlsx(xlsx, [{"id": "IMP-1", "term": "秒杀全网", "category": "价格违规", "severity": "medium",
                       "suggestions": "价格很实惠", "basis": "《价格法》第十四条", "enabled": "1"}])
    with qtbot.waitSignal(editor.applied, timeout=5000):
        assert editor.import_file(xlsx) == 1
    assert [h.surface for h in manager.matcher.scan("今天秒杀全网")] == ["秒杀全网"]
    out = tmp_path / "export.csv"
    editor.export_file(out)
    terms = {r["term"] for r in read_table(out)}
    assert {"秒杀全网", "最有效", "根治"} <= terms
    registry.shutdown(2000)


def test_editor_shows_the_word_classes_a_row_uses(qtbot, tmp_path):
    from app.rules.lexicon import load_lexicon

    editor, manager, registry = make_editor(qtbot, tmp_path)
    diseases = load_lexicon(overlay=False).classes["疾病"]  # the shipped class file
    plain = next(i for i, r in enumerate(editor.model.rows) if r["term"] == "根治")
    editor.table.setCurrentIndex(editor.proxy.mapFromSource(editor.model.index(plain, COL["term"])))
    assert editor.class_label.isHidden()  # a row without classes: no class line
    row = editor.add_entry()
    for key, value in (("term", "{疾病}{X}再也不犯"), ("variants", "{没这类}{X}好了"), ("category", "医疗用语"),
                       ("severity", "高"), ("suggestions", "日常护理"), ("basis", "《广告法》第十七条")):
        set_cell(editor, row, key, value)
    tooltip = editor.model.index(row, COL["term"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("{疾病}{X}再也不犯\n\n本行用到的词类")
    assert f"{{疾病}}（{len(diseases)} 个成员）：{diseases[0]}、" in tooltip
    assert "{没这类}：未定义" in tooltip
    editor.table.setCurrentIndex(editor.proxy.mapFromSource(editor.model.index(row, COL["term"])))
    assert not editor.class_label.isHidden()
    assert f"{{疾病}}（{len(diseases)} 个成员）" in editor.class_label.text()
    # the unknown class is an error of the row (nothing is written); with it gone the row reaches the matcher
    assert editor.apply_now() is False
    assert "词类“{没这类}”没有定义" in "；".join(editor.model.errors[row])
    set_cell(editor, row, "variants", "")
    with qtbot.waitSignal(editor.applied, timeout=5000):
        editor.apply_now()
    assert [h.surface for h in manager.matcher.scan("我的湿疹用了再也不犯了")] == ["湿疹用了再也不犯"]
    registry.shutdown(2000)
