"""``python -m app model check [DIR]`` and ``python -m app model fetch [--large] [--url URL] [--dest DIR]``.

check: exit 0 when the folder is a usable Vosk model, 1 when not (the message says what to do).
fetch: exit 0 installed, 1 failed (broken archive, HTTP error), 2 offline (with the manual steps), 130 cancelled.
Runs on the main thread of the CLI process; the progress bar goes to stderr so stdout stays clean.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("model", help="检查或下载中文语音模型（Vosk）",
                                   description="检查或下载中文语音识别模型（Vosk）。")
    sub = parser.add_subparsers(dest="model_command", metavar="ACTION")
    check = sub.add_parser("check", help="检查模型文件夹是否可用", description="检查模型文件夹是否可用（退出码 0 可用，1 不可用）。")
    check.add_argument("dir", nargs="?", help="模型文件夹（默认：程序的 models/vosk-cn）")
    check.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    check.add_argument("--load", action="store_true",
                       help="检查通过后再用 Vosk 真正加载一次模型并识别一秒静音（较慢，确认文件没有损坏）")
    check.set_defaults(func=_cmd_check)

    fetch = sub.add_parser("fetch", help="从官方地址下载并安装模型",
                           description="从 alphacephei.com 下载官方中文模型，断点续传，校验后原子替换安装。"
                                       "退出码：0 成功，1 失败，2 无法联网。")
    fetch.add_argument("--large", action="store_true", help="下载大模型 vosk-model-cn-0.22（约 1.3 GB，需要较强的电脑）")
    fetch.add_argument("--url", help="改用此地址下载（例如公司内网镜像）")
    fetch.add_argument("--sha256", help="压缩包的 SHA-256（可选，提供则校验）")
    fetch.add_argument("--dest", help="安装到此文件夹（默认：程序的 models/vosk-cn）")
    fetch.add_argument("--force", action="store_true", help="已有可用模型时也重新下载并替换")
    fetch.set_defaults(func=_cmd_fetch)
    parser.set_defaults(func=lambda args: (parser.print_help(), 0)[1])


def _cmd_check(args) -> int:
    from app.asr.model_files import check_model_dir
    from app.paths import default_model_dir

    folder = Path(args.dir) if args.dir else default_model_dir()
    result = check_model_dir(folder)
    load_error = None
    load_seconds = None
    if result.ok and args.load:
        load_seconds, load_error = _try_load(result.path)
    if args.json:
        print(json.dumps({
            "ok": result.ok, "path": str(result.path), "kind": result.kind, "size_mb": result.size_mb,
            "message": result.message, "problems": result.problems, "warnings": result.warnings,
            "load_seconds": load_seconds, "load_error": load_error,
        }, ensure_ascii=False, indent=2))
    else:
        print(result.message)
        for problem in result.problems[1:]:
            print(f"  - {problem}")
        if load_seconds is not None:
            print(f"Vosk 加载成功，用时 {load_seconds:.1f} 秒。")
        if load_error:
            print(load_error)
    return 0 if result.ok and not load_error else 1


def _try_load(path: Path) -> tuple[float | None, str | None]:
    """Load the model with Vosk and decode one second of silence. Returns (seconds, Chinese error or None)."""
    started = time.monotonic()
    try:
        import vosk

        vosk.SetLogLevel(-1)
        model = vosk.Model(str(path))
        recognizer = vosk.KaldiRecognizer(model, 16000)
        recognizer.AcceptWaveform(b"\0\0" * 16000)
        json.loads(recognizer.FinalResult())
    except Exception as err:  # noqa: BLE001 - any failure here means "this model does not load"
        return None, f"文件结构完整，但 Vosk 无法加载这个模型（{err}）：文件可能已损坏，请重新下载。"
    return time.monotonic() - started, None


class ProgressBar:
    """A one-line progress bar on a terminal; on a pipe/log a line every 10 %. Main thread of the CLI only."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.first_done: int | None = None
        self.last_decile = -1

    def __call__(self, done: int, total: int | None) -> None:
        if self.first_done is None:
            self.first_done = done
        elapsed = max(time.monotonic() - self.started, 1e-3)
        speed = (done - self.first_done) / elapsed / 1e6
        mb = done / 1e6
        if total:
            frac = min(done / total, 1.0)
            if self.tty:
                bar = "#" * int(frac * 30)
                self.stream.write(f"\r下载中 [{bar:<30}] {frac:6.1%}  {mb:7.1f}/{total / 1e6:.1f} MB  {speed:5.1f} MB/s")
            elif int(frac * 10) != self.last_decile:
                self.last_decile = int(frac * 10)
                self.stream.write(f"下载中 {frac:.0%}（{mb:.1f}/{total / 1e6:.1f} MB）\n")
        elif self.tty:
            self.stream.write(f"\r下载中 {mb:7.1f} MB  {speed:5.1f} MB/s")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _cmd_fetch(args) -> int:
    from app.asr.fetch import LARGE_MODEL, SMALL_MODEL, FetchError, fetch_model
    from app.asr.model_files import check_model_dir
    from app.paths import default_model_dir

    dest = Path(args.dest) if args.dest else default_model_dir()
    spec = LARGE_MODEL if args.large else SMALL_MODEL
    existing = check_model_dir(dest)
    if existing.ok and not args.force:
        print(f"{existing.message}\n不需要下载；如要重新下载并替换，请加 --force。")
        return 0
    print(f"下载 {args.url or spec.url}\n安装到 {dest}", file=sys.stderr)
    bar = ProgressBar()
    try:
        result = fetch_model(dest, large=args.large, url=args.url, sha256=args.sha256, progress=bar)
    except FetchError as err:
        bar.finish()
        print(str(err), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        bar.finish()
        print("已取消下载。已下载的部分已保存，重新运行会从断点继续。", file=sys.stderr)
        return 130
    bar.finish()
    print(result.message)
    return 0 if result.ok else 1
