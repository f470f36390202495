"""User settings, persisted with QSettings in ``settings.ini`` under the user data folder.

``AppSettings`` is a typed view: every setting has a default and a type, so a hand-edited or old INI file
never crashes the app. Main thread only (QSettings objects are not shared across threads).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from app.paths import default_db_path, default_model_dir, user_data_dir

CORNERS = {"top_right": "右上角", "top_left": "左上角", "bottom_right": "右下角", "bottom_left": "左下角"}
MODES = {
    "dual": "双人模式（助理看弹窗，主播看提词屏）",
    "solo": "单人模式（只有提词屏）",
    "assistant": "仅助理（只有弹窗）",
}


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    kind: type


SETTINGS = {
    s.key: s
    for s in (
        Setting("audio/device", "", str),
        Setting("model/dir", "", str),
        Setting("model/first_run_done", False, bool),
        Setting("popup/screen", 0, int),
        Setting("popup/corner", "top_right", str),
        Setting("popup/seconds", 8, int),
        Setting("popup/sound", True, bool),
        Setting("popup/max_stack", 4, int),
        Setting("prompter/screen", 1, int),
        Setting("prompter/fullscreen", False, bool),
        Setting("prompter/seconds", 6, int),
        Setting("mode/name", "dual", str),
        Setting("show/room", "直播间1", str),
        Setting("show/anchors", "主播A,主播B", str),
        Setting("show/product_category", "", str),
        Setting("show/platform", "", str),  # the room's platform (a key of app.rules.platforms.PLATFORMS) or ""
        Setting("score/high", 20, int),
        Setting("score/medium", 10, int),
        Setting("score/low", 5, int),
        Setting("score/warn_below", 80, int),
        Setting("breaker/hits", 3, int),
        Setting("breaker/window_minutes", 10, int),
        Setting("rules/second_opinion", True, bool),  # app.rules.second_opinion: set aside hits in clean sentences
        Setting("rules/second_opinion_find", True, bool),  # ... and report claims the rules miss (整句判断)
        Setting("db/path", "", str),
        Setting("rehearsal/chars_per_second", 4.0, float),
    )
}


def settings_path() -> Path:
    return user_data_dir() / "settings.ini"


class AppSettings:
    """Typed access to the INI file. ``get(key)`` returns the stored value or the default."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str):
        spec = SETTINGS[key]
        raw = self._qs.value(key, spec.default)
        return _coerce(raw, spec)

    def set(self, key: str, value) -> None:
        spec = SETTINGS[key]
        self._qs.setValue(key, _coerce(value, spec))

    def sync(self) -> None:
        self._qs.sync()

    # Convenience views -------------------------------------------------------------------------------
    def model_dir(self) -> Path:
        stored = self.get("model/dir")
        return Path(stored) if stored else default_model_dir()

    def db_path(self) -> Path:
        stored = self.get("db/path")
        return Path(stored) if stored else default_db_path()

    def anchors(self) -> list[str]:
        names = [n.strip() for n in str(self.get("show/anchors")).replace("，", ",").split(",")]
        return [n for n in names if n] or ["主播"]

    def score_policy_dict(self) -> dict:
        """For ``app.reports.score.ScorePolicy.from_dict``."""
        return {"deductions": {sev: self.get(f"score/{sev}") for sev in ("high", "medium", "low")},
                "warn_below": self.get("score/warn_below")}

    def breaker_policy_dict(self) -> dict:
        """For ``app.store.breaker.BreakerPolicy.from_dict``."""
        return {"hits": self.get("breaker/hits"), "window_minutes": self.get("breaker/window_minutes")}


def _coerce(raw, spec: Setting):
    try:
        if spec.kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if spec.kind is int:
            return int(float(raw))
        if spec.kind is float:
            return float(raw)
        return "" if raw is None else str(raw)
    except (TypeError, ValueError):
        return spec.default
