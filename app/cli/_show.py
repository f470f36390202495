"""The options the commands that run a show share (listen, rehearse, audit): the product category and the room's platform."""

from __future__ import annotations

from app.rules.platforms import PLATFORMS


def add_show_options(parser) -> None:
    """``--category`` and ``--platform``, passed on to :func:`app.pipeline.runner.run`."""
    parser.add_argument("--category", default="", help="商品类目（只对该类目生效的词条）")
    parser.add_argument("--platform", choices=tuple(PLATFORMS), default="",
                        help="本场直播所在平台：提到本平台不算站外导流（默认不指定）")
