"""The options the commands that run a show share (listen, rehearse, audit): the product category, the room's
platform and whether the second opinion reads the sentences too (as the desktop app does by default)."""

from __future__ import annotations

import sys

from app.rules.platforms import PLATFORMS

RULES_ONLY_HELP = "只用词库规则，不用整句复核模型（默认同时使用，与桌面程序的默认设置一致）"


def add_show_options(parser) -> None:
    """``--category``, ``--platform`` and ``--rules-only``, passed on to :func:`app.pipeline.runner.run`."""
    parser.add_argument("--category", default="", help="商品类目（只对该类目生效的词条）")
    parser.add_argument("--platform", choices=tuple(PLATFORMS), default="",
                        help="本场直播所在平台：提到本平台不算站外导流（默认不指定）")
    parser.add_argument("--rules-only", action="store_true", help=RULES_ONLY_HELP)


def second_opinion(args):
    """The bundled second opinion, or None with ``--rules-only`` or when it cannot be read (said on stderr:
    the command goes on with the rules alone)."""
    if args.rules_only:
        return None
    from app.rules.second_opinion import ModelError, default_model

    try:
        return default_model()
    except ModelError as exc:
        print(f"复核模型提示：{exc}", file=sys.stderr)
        return None
