"""`python -m app lexicon check [PATH]` and `python -m app lexicon stats [PATH]`.

``check`` validates a lexicon file (or, without PATH, the default lexicon plus the user overlay) and the
word class files its forms use (``classes.csv`` beside it or the bundled one, the user's ``user_classes.csv``),
prints every problem as ``file:line: message`` and exits 1 when there are errors (warnings alone exit 0).
``stats`` prints counts by category, severity and kind. Runs on the calling thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.rules.model import SEVERITY_CN


def register(subparsers) -> None:
    p = subparsers.add_parser("lexicon", help="词库：检查格式、统计词条", description="词库工具。")
    sub = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    check = sub.add_parser("check", help="检查词库文件，列出每个错误的文件和行号")
    check.add_argument("path", nargs="?", metavar="PATH", help="要检查的词库 CSV；省略时检查默认词库和用户词库")
    check.set_defaults(func=run_check)
    st = sub.add_parser("stats", help="按类别、严重程度统计词条数")
    st.add_argument("path", nargs="?", metavar="PATH", help="词库 CSV；省略时统计默认词库加用户词库")
    st.set_defaults(func=run_stats)
    p.set_defaults(func=lambda args: (p.print_help(), 0)[1])


def _load(path: str | None):
    from app.paths import user_lexicon_path
    from app.rules.lexicon import classes_for, default_lexicon_path, load_lexicon, read_lexicon_file

    if path is None:
        return load_lexicon()
    is_default = Path(path).resolve() == default_lexicon_path().resolve()
    # The classes it is read with: a classes.csv beside it (a default lexicon kept elsewhere) or the bundled
    # one, then the user's user_classes.csv — and their own problems are reported too.
    classes = classes_for(path, user_lexicon_path(), True)
    load = read_lexicon_file(path, is_overlay=not is_default, classes=classes, report_classes=True)
    load.entries = [e for e in load.entries if e.enabled and e.term]
    return load


def run_check(args) -> int:
    load = _load(args.path)
    for warning in load.warnings:
        print(f"提示 {warning}")
    for error in load.errors:
        print(f"错误 {error}")
    files = "、".join(load.files)
    if load.errors:
        print(f"词库有 {len(load.errors)} 处错误（{files}），出错的行不会生效，请按提示修改。", file=sys.stderr)
        return 1
    print(f"词库检查通过：{len(load.entries)} 条启用的词条，版本 {load.version}（{files}）")
    return 0


def run_stats(args) -> int:
    from app.rules.lexicon import stats

    load = _load(args.path)
    for error in load.errors:
        print(f"错误 {error}", file=sys.stderr)
    counts = stats(load.entries)
    print(f"词条总数：{len(load.entries)}（版本 {load.version}）")
    print("按类别：")
    for name, n in counts["category"].most_common():
        print(f"  {name}\t{n}")
    print("按严重程度：")
    for level in ("high", "medium", "low"):
        print(f"  {SEVERITY_CN[level]}（{level}）\t{counts['severity'].get(level, 0)}")
    print(f"数字模式词条：{counts['kind'].get('pattern', 0)}，普通词条：{counts['kind'].get('term', 0)}")
    return 1 if load.errors else 0
