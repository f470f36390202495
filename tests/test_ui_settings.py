"""Settings persist in settings.ini under LIVEGUARD_DATA_DIR; a broken value falls back to its default."""

from __future__ import annotations

from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.settings import AppSettings, settings_path
from ui.settings_dialog import SettingsDialog


def test_settings_dialog_writes_ini_in_data_dir(qtbot, data_dir):
    settings = AppSettings()
    assert settings.path == data_dir / "settings.ini" == settings_path()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.popup_corner.setCurrentIndex(dialog.popup_corner.findData("bottom_left"))
    dialog.popup_seconds.setValue(12)
    dialog.popup_sound.setChecked(False)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("solo"))
    dialog.breaker_hits.setValue(5)
    dialog.score["high"].setValue(30)
    dialog.model_dir.setText(str(data_dir / "my-model"))
    assert dialog.second_opinion.isChecked() and dialog.second_opinion_find.isChecked()  # on by default
    dialog.second_opinion_find.setChecked(False)
    dialog.second_opinion.setChecked(False)
    assert not dialog.second_opinion_find.isEnabled()  # finding is part of the second opinion
    dialog.accept()
    assert dialog.model_dir_changed
    again = AppSettings()  # a fresh reader of the file
    assert again.get("popup/corner") == "bottom_left"
    assert again.get("popup/seconds") == 12
    assert again.get("popup/sound") is False
    assert again.get("mode/name") == "solo"
    assert again.breaker_policy_dict()["hits"] == 5
    assert again.score_policy_dict()["deductions"]["high"] == 30
    assert again.model_dir() == data_dir / "my-model"
    assert again.get("rules/second_opinion") is False and again.get("rules/second_opinion_find") is False
    assert "bottom_left" in (data_dir / "settings.ini").read_text(encoding="utf-8")


def test_bad_value_falls_back_to_default(data_dir):
    (data_dir / "settings.ini").write_text("[popup]\nseconds=abc\n", encoding="utf-8")
    assert AppSettings().get("popup/seconds") == 8
