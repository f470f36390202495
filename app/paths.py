"""Where things live: bundled resources, the speech model folder and the user data folder.

One helper for all of them so the same code works from the source tree and from the PyInstaller
bundle (``sys._MEIPASS``). Pure functions, safe on any thread.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "LIVEGUARD_DATA_DIR"
MODEL_DIR_ENV = "LIVEGUARD_MODEL_DIR"


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``models/``: the bundle when frozen, else the repo root."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under the bundled ``resources/`` folder."""
    return base_dir().joinpath("resources", *parts)


def default_model_dir() -> Path:
    """``$LIVEGUARD_MODEL_DIR`` if set, else ``models/vosk-cn`` next to the program."""
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env)
    if getattr(sys, "frozen", False):
        # One-folder bundle: prefer a model placed next to the executable, so users can add one later.
        beside = Path(sys.executable).resolve().parent / "models" / "vosk-cn"
        if beside.exists():
            return beside
    return base_dir() / "models" / "vosk-cn"


def user_data_dir() -> Path:
    """Settings, the user lexicon and the database. ``$LIVEGUARD_DATA_DIR`` overrides the per-OS folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        path = Path(env)
    else:
        from platformdirs import user_data_dir as _platform_dir

        path = Path(_platform_dir("LiveGuard", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "liveguard.sqlite"


def user_lexicon_path() -> Path:
    return user_data_dir() / "user_lexicon.csv"
