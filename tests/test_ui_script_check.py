"""脚本预审: highlights as you type, tooltips/side list, one-click replace, counts, open/save .docx."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_ui_helpers import (
    main_thread_gc,  # noqa: F401 - autouse: GC only on the main thread
    make_manager,
)
from ui.script_check import ScriptCheckWidget, read_script, write_script

SCRIPT = "这款精华是全网最低价，绝对是你用过最有效的。\n只剩最后三分钟！"


def make_widget(qtbot, tmp_path):
    manager = make_manager(tmp_path)
    widget = ScriptCheckWidget(lambda: manager.matcher)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def highlighted(widget):
    return [sel.cursor.selectedText() for sel in widget.editor.extraSelections()]


def test_typing_highlights_after_debounce(qtbot, tmp_path):
    widget = make_widget(qtbot, tmp_path)
    scans = []
    widget.checked.connect(scans.append)
    # QTest cannot type CJK key events; an input method commits text into the document like this.
    with qtbot.waitSignal(widget.checked, timeout=3000) as blocker:
        for ch in "这个面霜最有效":
            widget.editor.textCursor().insertText(ch)
        assert scans == []  # nothing scanned while typing (debounced)
    assert len(scans) == 1
    assert [h.surface for h in blocker.args[0]] == ["最有效"]
    assert highlighted(widget) == ["最有效"]
    assert widget.hit_list.topLevelItemCount() == 1
    item = widget.hit_list.topLevelItem(0)
    assert item.text(1) == "绝对化用语" and item.text(3) == "用户反馈有效"
    assert "《广告法》第九条第三项" in item.toolTip(0)


def test_counts_and_replace_one_then_all(qtbot, tmp_path):
    widget = make_widget(qtbot, tmp_path)
    widget.set_text(SCRIPT)
    assert highlighted(widget) == ["全网最低价", "最有效", "最后三分钟"]
    assert widget.category_counts() == {"价格违规": 1, "绝对化用语": 1, "虚假紧迫": 1}
    assert "共 3 处风险（高风险 2 处）" in widget.summary_label.text()

    hit = next(h for h in widget.hits if h.surface == "最有效")
    widget.replace_hit(hit, hit.suggestions[1])
    assert "你用过口碑不错的" in widget.editor.toPlainText()
    assert highlighted(widget) == ["全网最低价", "最后三分钟"]

    assert widget.replace_all() == 2
    text = widget.editor.toPlainText()
    assert text == "这款精华是今天直播间优惠价，绝对是你用过口碑不错的。\n只剩活动时间有限！"
    assert widget.hits == [] and "没有发现风险说法" in widget.summary_label.text()
    widget.editor.undo()  # replace-all is one undo step
    assert "全网最低价" in widget.editor.toPlainText() and "最后三分钟" in widget.editor.toPlainText()


def test_side_list_double_click_replaces(qtbot, tmp_path):
    widget = make_widget(qtbot, tmp_path)
    widget.set_text(SCRIPT)
    item = widget.hit_list.topLevelItem(0)
    widget.hit_list.itemDoubleClicked.emit(item, 0)
    assert widget.editor.toPlainText().startswith("这款精华是今天直播间优惠价")


def test_offsets_survive_emoji(qtbot, tmp_path):
    widget = make_widget(qtbot, tmp_path)
    widget.set_text("🔥🔥家人们，这是最有效的")
    assert highlighted(widget) == ["最有效"]
    widget.replace_all()
    assert widget.editor.toPlainText() == "🔥🔥家人们，这是用户反馈有效的"


def test_open_and_save_docx_and_txt(qtbot, tmp_path):
    docx_path = tmp_path / "脚本.docx"
    write_script(docx_path, SCRIPT)
    assert read_script(docx_path) == SCRIPT
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SCRIPT.encode("gb18030"))
    widget = make_widget(qtbot, tmp_path)
    widget.open_file(gbk)
    assert len(widget.hits) == 3
    widget.replace_all()
    out = tmp_path / "out.txt"
    write_script(out, widget.editor.toPlainText())
    assert "全网最低价" not in out.read_text(encoding="utf-8")


def test_rehearse_button_sends_script(qtbot, tmp_path):
    widget = make_widget(qtbot, tmp_path)
    widget.set_text(SCRIPT)
    with qtbot.waitSignal(widget.rehearse_requested, timeout=1000) as blocker:
        qtbot.mouseClick(widget.rehearse_btn, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == SCRIPT


def test_hits_the_second_opinion_sets_aside_are_listed_greyed(qtbot, tmp_path, data_dir):
    from app.rules.matcher import default_matcher
    from app.rules.second_opinion import default_model

    matcher, model = default_matcher(), default_model()
    widget = ScriptCheckWidget(lambda: matcher, second_opinion_provider=lambda: model)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_text("这款电饭煲是全网最低价。\n我师傅以前常说，卖货的人嘴里不能有最字")
    assert [h.surface for h in widget.hits] == ["全网最低价"]
    assert [h.surface for h, _ in widget.set_aside] == ["最"]
    assert highlighted(widget) == ["全网最低价"]
    rows = [[widget.hit_list.topLevelItem(i).text(c) for c in range(4)] for i in range(widget.hit_list.topLevelItemCount())]
    assert rows[-1][:2] == ["最", "绝对化用语"] and rows[-1][3].startswith("复核排除")
    assert "另有 1 处经复核排除" in widget.summary_label.text()
    widget._replace_item(widget.hit_list.topLevelItem(1))  # the writer may still replace it
    assert "不能有最字" not in widget.editor.toPlainText()


def test_a_claim_the_model_finds_is_listed_as_advice_and_not_replaced(qtbot, tmp_path, data_dir):
    from app.rules.matcher import default_matcher
    from app.rules.second_opinion import default_model

    matcher, model = default_matcher(), default_model()
    widget = ScriptCheckWidget(lambda: matcher, second_opinion_provider=lambda: model)
    qtbot.addWidget(widget)
    widget.show()
    text = "这口锅用上十年都跟新的一样不信你来找我"
    widget.set_text(text)
    [hit] = widget.hits
    assert hit.by_model and hit.category == "功效夸大"
    assert widget.hit_list.topLevelItem(0).text(3).startswith("整句判断：")
    widget._replace_item(widget.hit_list.topLevelItem(0))
    assert widget.replace_all() == 0
    assert widget.editor.toPlainText() == text  # advice, not a phrase to paste in: nothing replaced
