"""`python -m ui` / `liveguard`: starts the console (until the GUI lands: the CLI help)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(["--help"] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
