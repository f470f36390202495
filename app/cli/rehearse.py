"""`python -m app rehearse PATH [--cps 5] [--realtime] [--format jsonl] [--db PATH]`: 模拟演练.

"Speaks" a script at ``--cps`` characters per second as recogniser-like partial and final results through
the live pipeline — no speech model needed — so writers and anchors see when each warning would pop up.
"""

from __future__ import annotations

import sys

from app.cli._show import add_show_options, second_opinion


def register(subparsers) -> None:
    parser = subparsers.add_parser("rehearse", help="模拟演练：按语速逐字“说出”脚本，显示实时检出")
    parser.add_argument("path", metavar="PATH", help="脚本文本文件（UTF-8 或 GBK）")
    parser.add_argument("--cps", type=float, default=5.0, help="语速，每秒字数（默认 5）")
    parser.add_argument("--realtime", action="store_true", help="按实际语速输出（默认尽快输出）")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text", help="输出格式")
    parser.add_argument("--db", metavar="PATH", default=None, help="把本次演练记录到该数据库文件")
    add_show_options(parser)
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from app.audio.rehearsal import RehearsalSource, ScriptError
    from app.pipeline.runner import run

    if args.cps <= 0:
        print("语速 --cps 必须大于 0（每秒字数，例如 5）。", file=sys.stderr)
        return 2
    try:
        source = RehearsalSource.from_file(args.path, cps=args.cps, realtime=args.realtime)
    except ScriptError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return run(source, fmt=args.format, db=args.db, record_source="rehearsal", product_category=args.category,
               own_platform=args.platform, second_opinion=second_opinion(args))
