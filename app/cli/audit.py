"""`python -m app audit PATH [--model DIR] [--realtime] [--format jsonl] [--db PATH]`: 录音复查.

Runs a recording through the same pipeline as a live show (Vosk → matcher → hit tracker) and prints the
events as they happen. Exit 2 when the model or the file is missing.
"""

from __future__ import annotations

import sys

from app.cli._show import add_show_options, second_opinion


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="复查一段录音（WAV）：识别并检出违规话术")
    parser.add_argument("path", metavar="PATH", help="录音文件（WAV）")
    parser.add_argument("--model", metavar="DIR", default=None, help="Vosk 模型文件夹（默认 models/vosk-cn/）")
    parser.add_argument("--realtime", action="store_true", help="按实际播放速度处理（模拟直播）")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text", help="输出格式")
    parser.add_argument("--db", metavar="PATH", default=None, help="把本次复查记录到该数据库文件")
    add_show_options(parser)
    parser.add_argument("--block", type=float, default=0.1, help="每次送入识别器的音频长度（秒，默认 0.1）")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from app.asr.vosk_engine import ModelMissingError, VoskRecognizer
    from app.audio.file_source import AudioFileError, WavFileSource
    from app.pipeline.runner import run
    from app.pipeline.transcriber import RecognizedAudio

    try:
        audio = WavFileSource(args.path, realtime=args.realtime, block_seconds=args.block)
        recognizer = VoskRecognizer.load(args.model)
    except (AudioFileError, ModelMissingError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return run(RecognizedAudio(audio, recognizer), fmt=args.format, db=args.db, record_source="audit",
               product_category=args.category, own_platform=args.platform, second_opinion=second_opinion(args))
