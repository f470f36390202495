"""Download the official Chinese Vosk model and install it atomically into the model folder.

``fetch_model(dest, large=False, url=None, progress=cb, cancel=event)``:

1. downloads the archive over HTTPS into ``<parent>/.<dest name>.download/<archive>.part``, resuming with an
   HTTP ``Range`` request (guarded by ``If-Range``) when a previous transfer was interrupted, and retrying a
   few times by itself when the connection drops mid-body;
2. verifies it: the byte count the server announced, the SHA-256 when one is known, the zip's own CRCs
   (``testzip``), no member escaping the folder, and the unpacked contents with ``check_model_dir``;
3. unpacks into a temporary folder beside ``dest`` and swaps it in with ``os.replace``. The old model stays
   in place until the new one is complete and checked, so nothing half-written is ever the model.

Threading: ``fetch_model`` blocks for as long as the download takes; call it from a worker thread (the GUI
wraps it in a QThread). ``progress(done_bytes, total_bytes_or_None)`` is called on that same worker thread,
about ten times a second at most: a GUI must forward it through a signal, never touch widgets in it.
``cancel`` (a ``threading.Event``) is checked between chunks; on cancel the partial file is kept for resume.
Errors are ``FetchError`` subclasses whose ``str()`` is a Chinese message saying what to do.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import shutil
import socket
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.asr.model_files import LARGE_MODEL_NAME, SMALL_MODEL_NAME, ModelCheck, check_model_dir, cli_prefix
from app.paths import default_model_dir

MODELS_BASE_URL = "https://alphacephei.com/vosk/models"
CHUNK = 256 * 1024


@dataclass(frozen=True)
class ModelSpec:
    """An official model: its archive name and address. ``sha256`` is None where we do not know it for sure:
    then the zip CRCs, the announced length and the structural check of the contents stand guard."""

    name: str
    approx_mb: int
    sha256: str | None = None

    @property
    def url(self) -> str:
        return f"{MODELS_BASE_URL}/{self.name}.zip"


SMALL_MODEL = ModelSpec(SMALL_MODEL_NAME, approx_mb=42)
LARGE_MODEL = ModelSpec(LARGE_MODEL_NAME, approx_mb=1300)

ProgressCallback = Callable[[int, "int | None"], None]


class FetchError(Exception):
    """A download or install that did not complete. ``str(err)`` is the Chinese message for the user."""

    exit_code = 1


class OfflineError(FetchError):
    """The server cannot be reached at all (no network, DNS failure, refused, timed out)."""

    exit_code = 2


class FetchCancelled(FetchError):
    exit_code = 130


class ArchiveError(FetchError):
    """The archive arrived but is broken or does not hold a usable model."""


def manual_steps(url: str, dest: Path) -> str:
    """The manual install, for people whose streaming PC is offline."""
    return (
        "手动安装步骤：\n"
        f"  1. 在能上网的电脑上用浏览器下载 {url}\n"
        "  2. 用 U 盘等方式拷到本机，解压\n"
        f"  3. 把解压出的文件夹里的内容（am、conf、graph、ivector 等）放进 {dest}\n"
        f"  4. 运行「{cli_prefix()} model check」确认模型可用"
    )


# --- download -------------------------------------------------------------------------------------------


class _Interrupted(Exception):
    """The body stopped before the announced length; what arrived is kept in the .part file."""


def _is_offline(reason: object) -> bool:
    if isinstance(reason, ssl.SSLError):
        return False
    return isinstance(reason, (ConnectionRefusedError, socket.gaierror, TimeoutError, socket.timeout, OSError))


def _ssl_context() -> ssl.SSLContext:
    """The system's trusted CAs plus certifi's bundle when present: a frozen app on a PC whose OpenSSL paths
    differ from the build machine's would otherwise fail every HTTPS download with a certificate error."""
    context = ssl.create_default_context()
    try:
        import certifi  # installed with vosk's `requests`; optional

        context.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    return context


def _load_meta(meta_path: Path) -> dict:
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _download_once(url: str, part: Path, meta_path: Path, *, progress, cancel, timeout: float) -> int | None:
    """One HTTP request: continue ``part`` from its current size when it belongs to the same file.

    Returns the total size when known. Raises ``_Interrupted`` when the body ends early, ``OfflineError``
    when the server cannot be reached, ``FetchError`` for HTTP errors, ``FetchCancelled`` on cancel.
    """
    meta = _load_meta(meta_path)
    offset = part.stat().st_size if part.exists() else 0
    if offset and meta.get("url") != url:
        offset = 0  # a leftover from another address: start over
    headers = {"User-Agent": f"LiveGuard/{__version__}", "Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
        validator = meta.get("etag") or meta.get("last_modified")
        if validator:
            headers["If-Range"] = validator  # the server sends the whole file again if it changed
    request = urllib.request.Request(url, headers=headers)
    try:
        context = _ssl_context() if url.lower().startswith("https:") else None
        response = urllib.request.urlopen(request, timeout=timeout, context=context)  # noqa: S310
    except urllib.error.HTTPError as err:
        if err.code == 416 and offset:
            total = _total_from_content_range(err.headers.get("Content-Range"))
            if total is not None and total == offset:
                return total  # already complete
            part.unlink(missing_ok=True)
            raise _Interrupted("服务器不接受续传位置，将重新下载") from err
        raise FetchError(f"下载失败：服务器返回 HTTP {err.code}（{url}）。请稍后再试，或按手动步骤安装。") from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, ssl.SSLCertVerificationError):
            raise FetchError(f"无法验证下载服务器的证书（{err.reason.verify_message}）。如果公司网络使用了"
                             "代理或安全网关，请联系网管，或按手动步骤安装。") from err
        if _is_offline(err.reason):
            raise OfflineError(f"无法连接到模型下载服务器（{err.reason}）。本机可能没有联网。") from err
        raise FetchError(f"下载失败：{err.reason}。请检查网络或代理设置，或按手动步骤安装。") from err
    except (TimeoutError, OSError) as err:
        raise OfflineError(f"无法连接到模型下载服务器（{err}）。本机可能没有联网。") from err

    with response:
        status = response.status
        if status == 206:
            start = _start_from_content_range(response.headers.get("Content-Range"))
            total = _total_from_content_range(response.headers.get("Content-Range"))
            if start != offset:
                part.unlink(missing_ok=True)
                raise _Interrupted("服务器续传位置不对，将重新下载")
            mode = "ab"
        else:
            offset = 0
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            mode = "wb"
        meta_path.write_text(json.dumps({
            "url": url, "total": total,
            "etag": response.headers.get("ETag"), "last_modified": response.headers.get("Last-Modified"),
        }), encoding="utf-8")
        done = offset
        last_report = 0.0
        with open(part, mode) as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise FetchCancelled("已取消下载。已下载的部分已保存，下次会从断点继续。")
                try:
                    chunk = response.read(CHUNK)
                except (http.client.IncompleteRead, ConnectionError, TimeoutError, OSError) as err:
                    raise _Interrupted(f"连接中断：{err}") from err
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                now = time.monotonic()
                if progress is not None and (now - last_report >= 0.1 or done == total):
                    last_report = now
                    progress(done, total)
    if progress is not None:
        progress(done, total)
    if total is not None and done < total:
        raise _Interrupted(f"只收到 {done} / {total} 字节")
    return total


def _start_from_content_range(value: str | None) -> int | None:
    # "bytes 100-199/200"
    try:
        return int(value.split()[1].split("-")[0]) if value else None
    except (IndexError, ValueError):
        return None


def _total_from_content_range(value: str | None) -> int | None:
    try:
        tail = value.rsplit("/", 1)[1] if value else "*"
        return None if tail == "*" else int(tail)
    except (IndexError, ValueError):
        return None


# --- verify and install ---------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify_zip(archive: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise ArchiveError(f"压缩包已损坏（{bad} 校验失败），已删除，请重新下载。")
            for info in zf.infolist():
                name = info.filename.replace("\\", "/")
                if name.startswith("/") or ".." in name.split("/") or ":" in name.split("/")[0]:
                    raise ArchiveError(f"压缩包内含不安全的路径 {info.filename}，已拒绝安装。")
    except zipfile.BadZipFile as err:
        raise ArchiveError("下载的文件不是完整的 zip 压缩包（可能下载不完整，或被网络代理替换成了网页），"
                           "已删除，请重新下载。") from err


def _install(archive: Path, dest: Path) -> ModelCheck:
    """Unpack beside ``dest``, check, then swap in. The old model is removed only after the swap."""
    parent = dest.parent
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.unpack-", dir=parent))
    try:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(staging)
        check = check_model_dir(staging)
        if not check.ok:
            raise ArchiveError("压缩包里不是可用的 Vosk 模型：" + "；".join(check.problems) + "。已删除，请确认下载地址。")
        new_model = check.path
        # Keep our own notes (models/vosk-cn/README.md) in the new folder.
        notes = dest / "README.md"
        if notes.is_file() and not (new_model / "README.md").exists():
            shutil.copy2(notes, new_model / "README.md")
        old = None
        if dest.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=parent))
            os.replace(dest, old / dest.name)
        try:
            os.replace(new_model, dest)
        except OSError:
            if old is not None:
                os.replace(old / dest.name, dest)  # put the old model back
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return check_model_dir(dest)


def _download_with_retries(url, part, meta_path, dest, *, progress, cancel, timeout, retries, retry_delay):
    attempt = 0
    while True:
        try:
            _download_once(url, part, meta_path, progress=progress, cancel=cancel, timeout=timeout)
            return
        except _Interrupted as err:
            attempt += 1
            if attempt > retries:
                raise FetchError(f"下载多次中断（{err}）。已下载的部分已保存，重新运行「{cli_prefix()} model fetch」"
                                 "会从断点继续。") from err
        except OfflineError as err:
            attempt += 1
            if attempt > retries or not part.exists():
                message = str(err) + ("已下载的部分已保存，联网后重新运行会从断点继续。" if part.exists() else "")
                raise OfflineError(message + "\n" + manual_steps(url, dest)) from err
        time.sleep(retry_delay * attempt)


def fetch_model(
    dest: str | os.PathLike[str] | None = None,
    *,
    large: bool = False,
    url: str | None = None,
    sha256: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    retries: int = 3,
    retry_delay: float = 2.0,
    timeout: float = 30.0,
) -> ModelCheck:
    """Download, verify and install the model into ``dest`` (default: the app's model folder).

    Blocking; run on a worker thread (see module docstring). Returns the ``ModelCheck`` of the installed
    folder. Raises ``OfflineError`` (no connection), ``FetchCancelled``, ``ArchiveError`` (broken or wrong
    archive; the download is deleted) or ``FetchError``; messages are Chinese and include what to do.
    """
    spec = LARGE_MODEL if large else SMALL_MODEL
    url = url or spec.url
    expected_sha = (sha256 or (spec.sha256 if url == spec.url else None) or "").lower() or None
    dest = Path(dest) if dest is not None else default_model_dir()
    dest = dest.expanduser().absolute()
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = dest.parent / f".{dest.name}.download"
    work.mkdir(exist_ok=True)
    archive_name = url.rstrip("/").rsplit("/", 1)[-1] or "model.zip"
    part = work / f"{archive_name}.part"
    meta_path = work / f"{archive_name}.json"

    free = shutil.disk_usage(dest.parent).free
    if free < spec.approx_mb * 1024 * 1024 * 2.2:
        raise FetchError(f"磁盘空间不足：{dest.parent} 只剩 {free // (1024 * 1024)} MB，"
                         f"下载并解压模型约需 {int(spec.approx_mb * 2.2)} MB。请清理磁盘后再试。")

    try:
        _download_with_retries(url, part, meta_path, dest, progress=progress, cancel=cancel, timeout=timeout,
                               retries=retries, retry_delay=retry_delay)
    except FetchError:
        if work.is_dir() and not any(work.iterdir()):
            work.rmdir()  # nothing arrived: leave no trace
        raise

    try:
        total = _load_meta(meta_path).get("total")
        size = part.stat().st_size
        if total is not None and size != total:
            raise ArchiveError(f"下载的文件大小不对（{size} 字节，应为 {total} 字节），已删除，请重新下载。")
        if expected_sha and _sha256(part) != expected_sha:
            raise ArchiveError("下载的文件校验和（SHA-256）不符，可能已损坏或被篡改，已删除，请重新下载。")
        _verify_zip(part)
        check = _install(part, dest)
    except ArchiveError:
        part.unlink(missing_ok=True)
        meta_path.unlink(missing_ok=True)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return check
