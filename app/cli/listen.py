"""`python -m app listen [--device NAME] [--model DIR] [--db PATH]`: 实时监听麦克风，直到 Ctrl+C.

Checks the device and the model first (clear Chinese message, exit 2), then runs the live pipeline; an
unplugged microphone is reported and reopened automatically.
"""

from __future__ import annotations

import sys

from app.cli._show import add_show_options, second_opinion


def register(subparsers) -> None:
    parser = subparsers.add_parser("listen", help="实时监听麦克风并提示违规话术（Ctrl+C 结束）")
    parser.add_argument("--device", metavar="NAME", default=None, help="输入设备名称（部分匹配）或编号")
    parser.add_argument("--model", metavar="DIR", default=None, help="Vosk 模型文件夹（默认 models/vosk-cn/）")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text", help="输出格式")
    parser.add_argument("--db", metavar="PATH", default=None, help="把本场记录到该数据库文件")
    add_show_options(parser)
    parser.add_argument("--block", type=float, default=0.1, help="每次送入识别器的音频长度（秒，默认 0.1）")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from app.asr.vosk_engine import ModelMissingError, VoskRecognizer
    from app.audio.capture import MicrophoneSource
    from app.audio.devices import probe_device
    from app.pipeline.runner import run
    from app.pipeline.transcriber import RecognizedAudio

    check = probe_device(args.device)
    if not check.ok:
        print(check.message, file=sys.stderr)
        return 2
    try:
        recognizer = VoskRecognizer.load(args.model)
    except ModelMissingError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    mic = MicrophoneSource(args.device, block_seconds=args.block)
    return run(RecognizedAudio(mic, recognizer), fmt=args.format, db=args.db, record_source="live",
               product_category=args.category, own_platform=args.platform, interrupt_ok=True, second_opinion=second_opinion(args),
               ready_message=f"{check.message} 正在监听，按 Ctrl+C 结束。", ready=mic.first_callback)
