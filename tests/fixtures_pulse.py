"""A real PulseAudio daemon with a virtual microphone, for capture tests through PortAudio.

``pulse_server(tmp_path)`` starts ``pulseaudio`` (null sink ``vmic_sink`` at 16 kHz mono, virtual source
``vmic`` on its monitor, made the default source), points ``PULSE_SERVER`` at it and yields a
:class:`PulseServer` that can play a WAV into the microphone, unload/reload the virtual source and stop
/restart the daemon. sounddevice sees it as the ALSA device ``pulse``. PortAudio's device list is
refreshed before and after, because it is cached per process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

NEEDED = ("pulseaudio", "pactl", "paplay")


def pulse_missing() -> str | None:
    lacking = [tool for tool in NEEDED if shutil.which(tool) is None]
    if lacking:
        return f"PulseAudio 未安装（缺少 {', '.join(lacking)}）；CI 通过 scripts/system_deps.sh 安装"
    try:
        import sounddevice  # noqa: F401
    except OSError as exc:
        return f"PortAudio 不可用：{exc}"
    return None


class PulseServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "native"
        self.env = dict(os.environ, PULSE_SERVER=f"unix:{self.socket}")
        self.proc: subprocess.Popen | None = None
        self.log = folder / "pulse.log"

    def start(self) -> None:
        args = [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--log-target=stderr",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
            "-L", "module-null-sink sink_name=vmic_sink rate=16000 channels=1",
            "-L", "module-virtual-source source_name=vmic master=vmic_sink.monitor",
        ]
        env = dict(self.env, HOME=str(self.folder), XDG_RUNTIME_DIR=str(self.folder))
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(args, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.pactl("info", check=False).returncode == 0:
                self.pactl("set-default-source", "vmic")
                return
            time.sleep(0.1)
        raise RuntimeError("PulseAudio did not start: " + self.log.read_text(errors="replace")[-2000:])

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            self.proc = None

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, check=check, timeout=10)

    def play(self, wav: Path) -> subprocess.Popen:
        return subprocess.Popen(["paplay", "-d", "vmic_sink", str(wav)], env=self.env)


def _refresh_portaudio() -> None:
    import sounddevice as sd

    sd._terminate()  # noqa: SLF001 - PortAudio caches the device list; tests switch servers
    sd._initialize()  # noqa: SLF001


@pytest.fixture(name="pulse_server")
def pulse_server_fixture(tmp_path, monkeypatch):
    reason = pulse_missing()
    if reason:
        pytest.skip(reason)
    # A short folder: the daemon's unix socket path must stay under 108 bytes, tmp_path may not.
    folder = Path(tempfile.mkdtemp(prefix="lg-pulse-"))
    server = PulseServer(folder)
    monkeypatch.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])
    server.start()
    _refresh_portaudio()
    try:
        yield server
    finally:
        server.stop()
        _refresh_portaudio()
        shutil.copy(server.log, tmp_path / "pulse.log")
        shutil.rmtree(folder, ignore_errors=True)
