"""`python -m app scan [PATH|-] [--format jsonl|text]`: check text line by line (one utterance a line).

The contract other tools rely on: ``--format jsonl`` prints one JSON object per input line, in order,
lines without hits included; offsets are Python string indices into ``text``. Exit status 0 without
hits, 1 with hits, 2 on bad input (Chinese message on stderr). Runs on the calling thread.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli._show import second_opinion
from app.rules.model import SEVERITY_CN
from app.rules.platforms import PLATFORMS
from app.rules.second_opinion import SET_ASIDE_REASON, fmt_probability, reviewed

_RED, _YELLOW, _CYAN, _DIM, _RESET = "\033[31;1m", "\033[33m", "\033[36m", "\033[2m", "\033[0m"


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "scan",
        help="检查文本中的违规话术（每行一句）",
        description="逐行检查 UTF-8 文本中的违规/风险话术。退出码：0 无命中，1 有命中，2 输入有误。",
    )
    p.add_argument("path", nargs="?", default="-", metavar="PATH|-", help="文本文件；省略或 - 表示从标准输入读取")
    p.add_argument(
        "--format",
        choices=("jsonl", "text"),
        default=None,
        help="jsonl：每行输入输出一个 JSON 对象；text：给人看的列表。默认：终端上为 text，否则为 jsonl",
    )
    p.add_argument("--lexicon", metavar="PATH", help="改用这个词库文件（不叠加用户词库）")
    p.add_argument("--product-category", metavar="类目", default=None, help="商品类目（如 化妆品、食品），只用适用的词条")
    p.add_argument("--platform", choices=tuple(PLATFORMS), default=None,
                   help="本场直播所在平台：提到本平台（如淘宝直播间里说“去淘宝搜店名”）不算站外导流；默认不指定，提到任何平台都提示")
    p.add_argument("--rules-only", action="store_true",
                   help="只按词库规则判断，不用复核模型（默认：复核模型读整句，多半不是违规的命中不报，"
                        "规则没命中但它很有把握的句子报为“整句判断”）")
    p.set_defaults(func=run)


class InputError(Exception):
    """Bad input: the message (Chinese) goes to stderr and the exit status is 2."""


def read_text(path: str) -> str:
    if path == "-":
        raw = sys.stdin.buffer.read()
        name = "标准输入"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"找不到文件：{path}，请检查路径")
        if file.is_dir():
            raise InputError(f"{path} 是文件夹，请给出一个文本文件")
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise InputError(f"无法读取 {path}：{exc.strerror or exc}") from exc
        name = path
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{name} 第 {line} 行不是 UTF-8 编码；请把文件另存为 UTF-8 后再试") from exc


def _load_matcher(args):
    from app.rules.lexicon import LexiconManager, load_lexicon
    from app.rules.matcher import Matcher

    if args.lexicon:
        load = load_lexicon(args.lexicon, overlay=False)
        if load.errors:
            lines = "\n".join(str(e) for e in load.errors[:20])
            raise InputError(f"词库文件有错误，请先修正（python -m app lexicon check {args.lexicon}）：\n{lines}")
        return Matcher(load.entries)
    manager = LexiconManager()
    for error in manager.errors[:20]:
        print(f"词库提示：{error}", file=sys.stderr)
    if not manager.entries:
        raise InputError("没有可用的词库：默认词库 resources/lexicon/default.csv 缺失或全部有误")
    return manager.matcher


def _split_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def run(args) -> int:
    try:
        text = read_text(args.path)
        matcher = _load_matcher(args)
        review = second_opinion(args)
    except InputError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    fmt = args.format or ("text" if sys.stdout.isatty() else "jsonl")
    colour = fmt == "text" and sys.stdout.isatty()
    out = sys.stdout
    total = 0
    lines = _split_lines(text)
    for number, line in enumerate(lines, start=1):
        hits, set_aside = reviewed(line, matcher.scan(line, args.product_category), review, args.platform)
        total += len(hits)
        if fmt == "jsonl":
            record = {"line": number, "text": line, "hits": [h.to_json() for h in hits]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif hits or set_aside:
            out.write(_text_block(number, line, hits, colour, set_aside))
    if fmt == "text":
        out.write(f"共 {len(lines)} 行，发现 {total} 处风险话术。\n" if total else f"共 {len(lines)} 行，未发现风险话术。\n")
    out.flush()
    return 1 if total else 0


def _text_block(number: int, line: str, hits, colour: bool, set_aside=()) -> str:
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if colour else s

    marked, pos = [], 0
    for h in hits:
        marked.append(line[pos : h.start])
        marked.append(c(_RED, h.surface) if colour else f"【{h.surface}】")
        pos = h.end
    marked.append(line[pos:])
    out = [f"第 {number} 行：{''.join(marked)}"]
    for h in hits:
        if h.by_model:
            sure = f"（规则未命中，复核模型整句判断，把握 {h.confidence:.0%}）"
        else:
            sure = "" if h.confidence >= 1 else f"（疑似识别误差，置信度 {h.confidence:.1f}）"
        out.append(
            f"  [{SEVERITY_CN.get(h.severity, h.severity)}] {c(_RED, h.surface)} — {h.category}{sure}"
            f"\n      {'建议' if h.by_model else '建议改说'}：{c(_CYAN, '、'.join(h.suggestions))}"
            f"\n      {c(_DIM, '依据：' + h.basis)}"
        )
    for h, p in set_aside:
        out.append(c(_DIM, f"  （未计入）{h.surface} — {h.category}：{SET_ASIDE_REASON.format(fmt_probability(p))}；如确属违规，请用 --rules-only 复查"))
    return "\n".join(out) + "\n"
