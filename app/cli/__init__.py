"""The command line, ``python -m app SUBCOMMAND``.

Each subcommand lives in its own module in this package and exposes ``register(subparsers)``, which adds
its parser and sets ``func`` (called with the parsed args; returns the exit status). Modules are found
automatically, so adding a command never edits this file. Keep module-level imports light: heavy
libraries (vosk, jieba, sounddevice) are imported inside the command functions.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from app import APP_NAME, APP_NAME_CN, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        # The bundle and the installed script are called liveguard; from source it is python -m app.
        prog="liveguard" if Path(sys.argv[0]).stem == "liveguard" else "python -m app",
        description=f"{APP_NAME} {APP_NAME_CN} — 直播话术合规检测（离线）",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def command_names() -> set[str]:
    """Names of all subcommands (the frozen ``liveguard`` executable dispatches these to the CLI)."""
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # noqa: SLF001 - argparse has no public accessor
        return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
