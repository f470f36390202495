"""`python -m app report [--db PATH] --show latest|ID [--from DATE --to DATE] --format FMT -o FILE`.

One show (``--show``, default the latest), or with ``--from/--to`` every show started in that period
(weekly TOP-N across shows). Dates are ``YYYY-MM-DD`` in local time; ``--to`` includes that whole day.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="导出直播合规报告（xlsx / csv / pdf / html）")
    parser.add_argument("--db", metavar="PATH", default=None, help="数据库文件（默认：用户数据文件夹）")
    parser.add_argument("--show", default="latest", help="场次编号或 latest（默认最近一场）")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="起始日期 YYYY-MM-DD（按区间汇总多场）")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="结束日期 YYYY-MM-DD（含当天）")
    parser.add_argument("--format", dest="fmt", choices=["xlsx", "csv", "pdf", "html"], default=None,
                        help="报告格式（默认按输出文件扩展名）")
    parser.add_argument("--top", type=int, default=10, help="高频违规词显示前几名（默认 10）")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件")
    parser.set_defaults(func=_run)


def _parse_date(text: str, what: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise SystemExit(f"{what}日期格式不对：{text}，请写成 YYYY-MM-DD，例如 2026-11-27。") from None


def _period(args) -> tuple[float, float] | None:
    if not args.date_from and not args.date_to:
        return None
    end = _parse_date(args.date_to, "结束") if args.date_to else datetime.now().replace(
        hour=0, minute=0, second=0, microsecond=0)
    start = _parse_date(args.date_from, "起始") if args.date_from else end - timedelta(days=6)
    end = end + timedelta(days=1)
    if end <= start:
        raise SystemExit("结束日期早于起始日期，请检查 --from / --to。")
    return start.timestamp(), end.timestamp()


def _run(args) -> int:
    from app.cli.db import open_store
    from app.reports import export
    from app.reports.data import build_report

    fmt = args.fmt or args.output.rsplit(".", 1)[-1].lower()
    if fmt not in ("xlsx", "csv", "pdf", "html"):
        print("请用 --format 指定报告格式：xlsx、csv、pdf 或 html。", file=sys.stderr)
        return 2
    try:
        period = _period(args)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    store = open_store(args)
    if store is None:
        return 2
    with store:
        if period is not None:
            show_ids = store.shows_between(*period)
            if not show_ids:
                print("该时间段内没有直播场次记录。", file=sys.stderr)
                return 1
            shown_period = (period[0], period[1] - 86400)
        else:
            shown_period = None
            if args.show == "latest":
                latest = store.latest_show_id()
                if latest is None:
                    print("数据库里还没有任何场次记录。", file=sys.stderr)
                    return 1
                show_ids = [latest]
            else:
                try:
                    show_ids = [int(args.show)]
                except ValueError:
                    print(f"--show 应为场次编号或 latest，而不是 {args.show}。", file=sys.stderr)
                    return 2
                if store.get_show(show_ids[0]) is None:
                    print(f"没有编号为 {show_ids[0]} 的场次。可用 `python -m app shows` 查看。", file=sys.stderr)
                    return 1
        started = time.perf_counter()
        report = store.run(lambda repo: build_report(repo, show_ids, period=shown_period, top_n=args.top))
    try:
        note = export(report, fmt, args.output)
    except OSError as exc:
        print(f"无法写入报告文件 {args.output}：{exc}。请检查路径，或先关闭已打开的同名文件。", file=sys.stderr)
        return 1
    print(f"已导出 {report.total} 条违规记录的报告：{args.output}（{time.perf_counter() - started:.2f} 秒）")
    if note:
        print(f"提示：{note}", file=sys.stderr)
    return 0
