"""fetch_model and `python -m app model fetch` against a local HTTP server (never the internet)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import zipfile

import pytest

from app.asr.fetch import ArchiveError, FetchCancelled, FetchError, OfflineError, fetch_model
from tests.conftest import REPO
from tests.test_model_support import ModelServer, make_fake_model, make_model_zip, make_self_signed_cert


@pytest.fixture
def model_zip(tmp_path):
    source = make_fake_model(tmp_path / "src-model")
    return make_model_zip(tmp_path / "model.zip", source)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_download_installs_a_checked_model_and_reports_progress(tmp_path, model_zip):
    dest = tmp_path / "models" / "vosk-cn"
    seen = []
    with ModelServer(model_zip) as server:
        result = fetch_model(dest, url=server.url, progress=lambda d, t: seen.append((d, t)))
    assert result.ok and result.path == dest
    assert (dest / "am" / "final.mdl").stat().st_size == 8192
    assert seen[-1] == (len(model_zip), len(model_zip))
    assert _leftovers(dest.parent) == []  # no .part, no staging folder left behind


def test_interrupted_transfer_resumes_with_range(tmp_path, model_zip):
    dest = tmp_path / "vosk-cn"
    cut = len(model_zip) // 3
    with ModelServer(model_zip, cut_after=cut) as server:
        result = fetch_model(dest, url=server.url, retry_delay=0)
    assert result.ok
    assert server.ranges == [None, f"bytes={cut}-"]  # the second request continued where the first stopped


def test_resume_across_runs_keeps_the_partial_file(tmp_path, model_zip):
    dest = tmp_path / "vosk-cn"
    cut = len(model_zip) // 2
    with ModelServer(model_zip, cut_after=cut) as server:
        with pytest.raises(FetchError, match="断点继续"):
            fetch_model(dest, url=server.url, retries=0)
        assert not dest.exists()  # nothing half-written became the model
        part = tmp_path / ".vosk-cn.download" / "model.zip.part"
        assert part.stat().st_size == cut
        result = fetch_model(dest, url=server.url)
    assert result.ok
    assert server.ranges == [None, f"bytes={cut}-"]


def test_truncated_archive_is_rejected_and_old_model_kept(tmp_path, model_zip):
    dest = make_fake_model(tmp_path / "vosk-cn", extra={"old-marker.txt": b"old"})
    with ModelServer(model_zip[: len(model_zip) - 200]) as server:  # the server itself serves a cut file
        with pytest.raises(ArchiveError, match="zip"):
            fetch_model(dest, url=server.url)
    assert (dest / "old-marker.txt").read_bytes() == b"old"
    assert not (tmp_path / ".vosk-cn.download" / "model.zip.part").exists()  # a broken archive is not resumed


def test_archive_with_wrong_contents_is_rejected(tmp_path):
    wrong_src = tmp_path / "wrong"
    (wrong_src / "photos").mkdir(parents=True)
    (wrong_src / "photos" / "a.jpg").write_bytes(os.urandom(1000))
    payload = make_model_zip(tmp_path / "wrong.zip", wrong_src, top="holiday")
    dest = tmp_path / "vosk-cn"
    with ModelServer(payload) as server:
        with pytest.raises(ArchiveError, match="不是可用的 Vosk 模型"):
            fetch_model(dest, url=server.url)
    assert not dest.exists()
    assert [p for p in tmp_path.iterdir() if ".unpack-" in p.name] == []


def test_existing_model_is_replaced_and_our_readme_kept(tmp_path, model_zip):
    dest = make_fake_model(tmp_path / "vosk-cn", extra={"old-marker.txt": b"old", "README.md": "说明".encode()})
    with ModelServer(model_zip) as server:
        result = fetch_model(dest, url=server.url)
    assert result.ok
    assert not (dest / "old-marker.txt").exists()
    assert (dest / "README.md").read_text(encoding="utf-8") == "说明"
    assert _leftovers(tmp_path) == []


def test_offline_connection_refused(tmp_path):
    url = f"http://127.0.0.1:{_free_port()}/model.zip"
    with pytest.raises(OfflineError) as info:
        fetch_model(tmp_path / "vosk-cn", url=url, retry_delay=0)
    assert "无法连接" in str(info.value) and "手动安装步骤" in str(info.value)
    assert info.value.exit_code == 2
    assert list(tmp_path.iterdir()) == []  # no empty download folder left behind


def test_http_404_is_a_plain_error(tmp_path, model_zip):
    with ModelServer(model_zip) as server:
        with pytest.raises(FetchError, match="HTTP 404"):
            fetch_model(tmp_path / "vosk-cn", url=server.url.replace("model.zip", "missing.zip"))


def test_cancel_stops_without_installing(tmp_path, model_zip):
    cancel = threading.Event()
    cancel.set()
    with ModelServer(model_zip) as server:
        with pytest.raises(FetchCancelled):
            fetch_model(tmp_path / "vosk-cn", url=server.url, cancel=cancel)
    assert not (tmp_path / "vosk-cn").exists()


def test_sha256_mismatch_is_rejected(tmp_path, model_zip):
    with ModelServer(model_zip) as server:
        with pytest.raises(ArchiveError, match="SHA-256"):
            fetch_model(tmp_path / "vosk-cn", url=server.url, sha256="0" * 64)


def test_cli_fetch_success_and_offline_exit_codes(tmp_path, model_zip):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with ModelServer(model_zip) as server:
        out = subprocess.run([sys.executable, "-m", "app", "model", "fetch", "--url", server.url,
                              "--dest", str(tmp_path / "vosk-cn")], cwd=REPO, capture_output=True, text=True,
                             encoding="utf-8", env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "模型可用" in out.stdout and "下载中 100%" in out.stderr
    out = subprocess.run([sys.executable, "-m", "app", "model", "fetch", "--url",
                          f"http://127.0.0.1:{_free_port()}/x.zip", "--dest", str(tmp_path / "other")],
                         cwd=REPO, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert out.returncode == 2
    assert "无法连接" in out.stderr and "手动安装步骤" in out.stderr


def test_changed_file_on_server_restarts_instead_of_mixing(tmp_path, model_zip):
    """If-Range: the partial file belongs to the old upload, so the server sends the new file whole."""
    dest = tmp_path / "vosk-cn"
    new_src = make_fake_model(tmp_path / "new-src", extra={"new-marker.txt": b"new"})
    new_zip = make_model_zip(tmp_path / "new.zip", new_src)
    with ModelServer(model_zip, cut_after=len(model_zip) // 2) as server:
        with pytest.raises(FetchError):
            fetch_model(dest, url=server.url, retries=0)
        server.payload, server.etag = new_zip, '"v2"'
        result = fetch_model(dest, url=server.url)
    assert result.ok
    assert (dest / "new-marker.txt").read_bytes() == b"new"
    assert server.ranges[-1] == f"bytes={len(model_zip) // 2}-"  # it asked to resume; the server said no


def test_already_complete_partial_file_is_installed_without_downloading_again(tmp_path, model_zip):
    dest = tmp_path / "vosk-cn"
    with ModelServer(model_zip) as server:
        work = tmp_path / ".vosk-cn.download"
        work.mkdir()
        (work / "model.zip.part").write_bytes(model_zip)
        (work / "model.zip.json").write_text(
            f'{{"url": "{server.url}", "total": {len(model_zip)}, "etag": "\\"v1\\""}}', encoding="utf-8")
        result = fetch_model(dest, url=server.url)
    assert result.ok
    assert server.ranges == [f"bytes={len(model_zip)}-"]  # one Range request, answered 416: nothing re-sent


def test_archive_escaping_the_folder_is_refused(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("vosk-model-small-cn-0.22/am/final.mdl", b"x" * 2048)
        zf.writestr("../../outside.txt", b"gotcha")
    with ModelServer(evil.read_bytes()) as server:
        with pytest.raises(ArchiveError, match="不安全的路径"):
            fetch_model(tmp_path / "m" / "vosk-cn", url=server.url)
    assert not (tmp_path / "outside.txt").exists()


def test_https_download_and_untrusted_certificate(tmp_path, model_zip, monkeypatch):
    tls = make_self_signed_cert(tmp_path)
    if tls is None:
        pytest.skip("the openssl tool is not installed")
    with ModelServer(model_zip, tls=tls) as server:
        with pytest.raises(FetchError, match="无法验证下载服务器的证书"):  # not trusted: refused, clearly
            fetch_model(tmp_path / "a" / "vosk-cn", url=server.url)
        monkeypatch.setenv("SSL_CERT_FILE", str(tls[0]))  # now trusted, like a real CA-signed site
        result = fetch_model(tmp_path / "b" / "vosk-cn", url=server.url)
    assert result.ok


def test_cli_fetch_keeps_a_usable_model_unless_forced(tmp_path, model_zip):
    dest = make_fake_model(tmp_path / "vosk-cn", extra={"old-marker.txt": b"old"})
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "app", "model", "fetch", "--dest", str(dest)]
    with ModelServer(model_zip) as server:
        out = subprocess.run([*cmd, "--url", server.url], cwd=REPO, capture_output=True, text=True,
                             encoding="utf-8", env=env, timeout=120)
        assert out.returncode == 0 and "--force" in out.stdout
        assert server.ranges == []  # nothing downloaded
        out = subprocess.run([*cmd, "--url", server.url, "--force"], cwd=REPO, capture_output=True, text=True,
                             encoding="utf-8", env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not (dest / "old-marker.txt").exists()
