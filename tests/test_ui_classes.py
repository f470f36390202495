"""词库 → 词类 tab: classes listed, user members and classes added through the loader's validation, saved to
user_classes.csv and in force in the running matcher (real files, real manager, real widgets offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.rules.lexicon import load_lexicon
from app.rules.word_classes import read_class_table, user_classes_path
from tests.test_ui_helpers import (
    main_thread_gc,  # noqa: F401 - autouse: GC only on the main thread
    )
from tests.test_ui_lexicon_editor import COL, set_cell
from tests.test_ui_lexicon_editor import make_editor as make_entries_editor


def make_editor(qtbot, tmp_path):
    """The lexicon editor of test_ui_lexicon_editor, turned to its word-class page."""
    editor, manager, registry = make_entries_editor(qtbot, tmp_path)
    editor.pages.setCurrentWidget(editor.class_editor)
    return editor, manager, registry


def add_user_entry(qtbot, editor, term):
    row = editor.add_entry()
    for key, value in (("term", term), ("category", "医疗用语"), ("severity", "高"),
                       ("suggestions", "日常护理"), ("basis", "《广告法》第十七条")):
        set_cell(editor, row, key, value)
    with qtbot.waitSignal(editor.applied, timeout=10000):
        assert editor.apply_now()


def class_row(classes, name):
    table = classes.class_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    return None


def surfaces(manager, text):
    return [h.surface for h in manager.matcher.scan(text)]


def test_class_tab_lists_every_class_with_count_origin_and_members(qtbot, tmp_path):
    editor, _manager, registry = make_editor(qtbot, tmp_path)
    shipped = load_lexicon(overlay=False).classes
    classes = editor.class_editor
    assert classes.class_table.rowCount() == len(shipped)
    name, count, where, description = class_row(classes, "疾病")
    assert (count, where) == (str(len(shipped["疾病"])), "默认") and "《广告法》第十七条" in description
    assert classes.select_class("疾病")
    shown = classes.members_shown()
    assert "湿疹" in shown and "高血压" in shown and classes.user_members_shown() == []
    # the filter finds the class of a member
    classes.filter_edit.setText("猫藓")
    assert [classes.class_table.item(r, 0).text() for r in range(classes.class_table.rowCount())] == ["宠物病"]
    assert classes.selected_members() == ["猫藓"]
    registry.shutdown(2000)


def test_member_added_with_enter_is_saved_and_fires_in_the_running_matcher(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    add_user_entry(qtbot, editor, "{疾病}{X}再也不犯")
    sentence = "我这个鼠标手用了它再也不犯了"
    assert surfaces(manager, sentence) == []  # 鼠标手 is not in the bundled 疾病
    classes = editor.class_editor
    assert classes.select_class("疾病")
    before = int(class_row(classes, "疾病")[1])
    classes.add_edit.setText("鼠标手、腱鞘囊肿")
    with qtbot.waitSignal(editor.applied, timeout=10000):
        qtbot.keyClick(classes.add_edit, Qt.Key.Key_Return)
    assert surfaces(manager, sentence) == ["鼠标手用了它再也不犯"]
    rows, problems = read_class_table(user_classes_path())
    assert problems == [] and [(r["name"], r["members"]) for r in rows] == [("疾病", "鼠标手|腱鞘囊肿")]
    assert class_row(classes, "疾病")[1:3] == [str(before + 2), "默认、自定义"]
    assert classes.user_members_shown() == ["鼠标手", "腱鞘囊肿"]
    assert classes.add_edit.text() == ""
    assert "已保存并生效" in classes.status_label.text()
    # the 词条 tab's class line knows the new member too
    assert "鼠标手" in editor.model.classes["疾病"]
    registry.shutdown(2000)


def test_bundled_member_cannot_be_removed_but_a_user_member_can(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    add_user_entry(qtbot, editor, "{疾病}{X}再也不犯")
    classes = editor.class_editor
    classes.select_class("疾病")
    classes.select_members("湿疹")
    classes.member_list.setFocus()
    qtbot.keyClick(classes.member_list, Qt.Key.Key_Delete)
    assert "不能删除" in classes.status_label.text() and "豁免" in classes.status_label.text()
    assert not user_classes_path().exists()
    assert surfaces(manager, "湿疹用完再也不犯") == ["湿疹用完再也不犯"]

    classes.add_edit.setText("鼠标手")
    with qtbot.waitSignal(editor.applied, timeout=10000):
        classes.add_typed()
    assert surfaces(manager, "鼠标手用完再也不犯") == ["鼠标手用完再也不犯"]
    classes.select_members("鼠标手")
    with qtbot.waitSignal(editor.applied, timeout=10000):
        classes.remove_selected()
    assert surfaces(manager, "鼠标手用完再也不犯") == []
    assert read_class_table(user_classes_path())[0] == []  # its only row is gone; the bundled file untouched
    assert classes.user_members_shown() == []
    registry.shutdown(2000)


def test_bad_or_repeated_member_is_refused_and_nothing_is_lost(qtbot, tmp_path):
    editor, _manager, registry = make_editor(qtbot, tmp_path)
    classes = editor.class_editor
    classes.select_class("疾病")
    classes.add_edit.setText("鼠标手")
    with qtbot.waitSignal(editor.applied, timeout=10000):
        classes.add_typed()
    saved = user_classes_path().read_bytes()
    classes.add_edit.setText("手机颈|{N}次复发")
    outcome = classes.add_typed()
    assert not outcome.ok and "占位符" in outcome.message and "没有保存" in outcome.message
    assert classes.add_edit.text() == "手机颈|{N}次复发"  # kept for fixing
    assert user_classes_path().read_bytes() == saved
    assert "没有保存" in classes.status_label.text()
    classes.add_edit.setText("湿疹")  # a bundled member
    outcome = classes.add_typed()
    assert not outcome.ok and "已在词类“疾病”中" in outcome.message
    assert user_classes_path().read_bytes() == saved
    registry.shutdown(2000)


def test_new_class_from_the_dialog_is_usable_in_an_entry(qtbot, tmp_path):
    editor, manager, registry = make_editor(qtbot, tmp_path)
    classes = editor.class_editor
    dialog = classes.open_new_class()
    dialog.name_edit.setText("网红 病")  # a space: the loader's name check refuses it
    dialog.members_edit.setPlainText("鼠标手\n手机颈")
    dialog.description_edit.setText("办公族常说的小毛病")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert save.text() == "保存"
    save.click()
    assert dialog.isVisible() and "词类名" in dialog.message_label.text()
    assert dialog.members_edit.toPlainText() == "鼠标手\n手机颈"  # nothing typed is lost
    assert not user_classes_path().exists()
    dialog.name_edit.setText("网红病")
    with qtbot.waitSignal(editor.applied, timeout=10000):  # saved, and the matcher reloaded
        save.click()
    assert classes.dialog is None  # accepted and closed
    assert class_row(classes, "网红病") == ["网红病", "2", "自定义", "办公族常说的小毛病"]
    assert classes.current_class() == "网红病"
    add_user_entry(qtbot, editor, "{网红病}{X}全好了")
    assert surfaces(manager, "我的手机颈贴了三天全好了") == ["手机颈贴了三天全好了"]
    # an entry row using the class shows it in the 词条 tab
    row = next(i for i, r in enumerate(editor.model.rows) if r["term"] == "{网红病}{X}全好了")
    tooltip = editor.model.index(row, COL["term"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "{网红病}（2 个成员）" in tooltip
    # a user class keeps at least one member (its entries would stop loading otherwise)
    classes.select_members("鼠标手")
    with qtbot.waitSignal(editor.applied, timeout=10000):
        assert classes.remove_selected().ok
    classes.select_members("手机颈")
    outcome = classes.remove_selected()
    assert not outcome.ok and "最后一个成员" in outcome.message
    assert surfaces(manager, "我的手机颈贴了三天全好了") == ["手机颈贴了三天全好了"]
    registry.shutdown(2000)


def test_class_tab_shortcuts(qtbot, tmp_path):
    editor, _manager, registry = make_editor(qtbot, tmp_path)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    classes = editor.class_editor
    classes.class_table.setFocus()
    qtbot.keyClick(classes.class_table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert classes.dialog is not None
    classes.dialog.reject()
    qtbot.keyClick(classes.class_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert classes.filter_edit.hasFocus()
    registry.shutdown(2000)
