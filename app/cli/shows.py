"""`python -m app shows [--db PATH]`: list recorded shows (newest first).

复核排除: hits the second opinion set aside in the show and nobody overruled yet (复盘 → 复核排除).
"""

from __future__ import annotations

import time


def register(subparsers) -> None:
    parser = subparsers.add_parser("shows", help="列出已记录的直播场次")
    parser.add_argument("--db", metavar="PATH", default=None, help="数据库文件（默认：用户数据文件夹）")
    parser.add_argument("--limit", type=int, default=50, help="最多显示几场（默认 50）")
    parser.set_defaults(func=_run)


def _fmt(ts) -> str:
    return "进行中" if ts is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _run(args) -> int:
    from app.cli.db import open_store

    store = open_store(args)
    if store is None:
        return 2
    with store:
        shows = store.list_shows(args.limit)
    if not shows:
        print("还没有记录任何场次。")
        return 0
    print("编号\t开始\t结束\t直播间\t主播\t违规数\t来源\t复核排除")
    for s in shows:
        print(f"{s['id']}\t{_fmt(s['started_at'])}\t{_fmt(s['ended_at'])}\t{s['room'] or '-'}\t"
              f"{'、'.join(s['anchors'])}\t{s['violation_count']}\t{s['source']}\t"
              f"{s['set_aside_count']}")
    return 0
