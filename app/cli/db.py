"""`python -m app db verify|info|review [--db PATH]`: integrity check, overview and review of the store."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("db", help="数据库：完整性校验、概况、复核")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    verify = sub.add_parser("verify", help="校验违规记录的哈希链（完好返回 0，被篡改返回 1）")
    _db_arg(verify)
    verify.set_defaults(func=_verify)

    info = sub.add_parser("info", help="显示数据库文件、版本和记录数")
    _db_arg(info)
    info.set_defaults(func=_info)

    review = sub.add_parser("review", help="复核一条违规记录（确认 / 误报 / 作废需填写原因）")
    _db_arg(review)
    review.add_argument("violation_id", type=int, help="违规记录编号")
    review.add_argument("--status", required=True, choices=["confirmed", "false_alarm", "voided", "unreviewed"])
    review.add_argument("--note", default="", help="复核备注（作废时必填）")
    review.add_argument("--reviewer", default="", help="复核人")
    review.set_defaults(func=_review)


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=None, help="数据库文件（默认：用户数据文件夹）")


def open_store(args):
    """Open the store named by ``--db``; prints notices (repaired / migrated) to stderr."""
    from app.store import Store
    from app.store.database import DatabaseUnavailable

    try:
        store = Store.open(args.db)
    except DatabaseUnavailable as exc:
        print(str(exc), file=sys.stderr)
        return None
    for notice in store.notices:
        print(notice, file=sys.stderr)
    return store


def _verify(args) -> int:
    store = open_store(args)
    if store is None:
        return 2
    with store:
        if store.opened.corrupt_moved_to is not None:
            print("完整性校验失败：数据库文件已损坏，无法校验（已按上面的提示移到一边）。", file=sys.stderr)
            return 1
        check = store.verify()
    print(check.message, file=sys.stdout if check.ok else sys.stderr)
    return 0 if check.ok else 1


def _info(args) -> int:
    store = open_store(args)
    if store is None:
        return 2
    with store:
        def counts(repo):
            tables = ("shows", "violations", "transcript_segments", "reviews", "acknowledgements",
                      "breaker_events", "lexicon_snapshots", "set_aside_hits")
            return {t: repo.db[t].count for t in tables}, repo.db.execute("PRAGMA user_version").fetchone()[0]

        table_counts, version = store.run(counts)
        print(f"数据库：{store.path}")
        print(f"结构版本：{version}")
        names = {"shows": "场次", "violations": "违规记录", "transcript_segments": "转写片段", "reviews": "复核记录",
                 "acknowledgements": "弹窗确认", "breaker_events": "熔断事件", "lexicon_snapshots": "词库快照",
                 "set_aside_hits": "复核排除"}
        for table, n in table_counts.items():
            print(f"{names[table]}（{table}）：{n}")
    return 0


def _review(args) -> int:
    store = open_store(args)
    if store is None:
        return 2
    with store:
        try:
            store.review(args.violation_id, args.status, args.note, args.reviewer)
        except (ValueError, KeyError) as exc:
            print(str(exc).strip("'\""), file=sys.stderr)
            return 1
    from app.store import REVIEW_STATUS_CN

    print(f"违规记录 #{args.violation_id} 已标记为「{REVIEW_STATUS_CN[args.status]}」。")
    return 0
