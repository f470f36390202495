"""Shared fixtures. Qt runs offscreen; every test gets its own user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_AUDIO = REPO.parent / "shared" / "audio"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Settings, user lexicon and database of the code under test go to a fresh folder, never $HOME."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("LIVEGUARD_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def data_dir(_isolated_data_dir) -> Path:
    return _isolated_data_dir


@pytest.fixture(scope="session")
def bundled():
    """The matcher of the bundled lexicon and word classes alone (no user overlay), built once per run: the
    rule tests assert what a user of the shipped lexicon sees. A test module may define its own."""
    from app.rules.lexicon import load_lexicon
    from app.rules.matcher import Matcher

    load = load_lexicon(overlay=False)
    assert load.errors == []
    return Matcher(load.entries)


@pytest.fixture
def matcher(bundled):
    """The bundled matcher under the name the rule tests use (modules testing small lexicons define their own)."""
    return bundled
