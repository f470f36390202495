"""Build ``corpus.tsv`` (sentences with must-flag spans as offsets) from ``corpus_marked.txt``.

The marked file is what people edit: one sentence a line, must-flag spans in ``[...]``. Offsets are
never typed by hand, so they cannot drift from the text. Run after editing the marked file::

    .venv/bin/python tests/corpus/build_corpus.py          # rewrite corpus.tsv
    .venv/bin/python tests/corpus/build_corpus.py --check  # exit 1 if corpus.tsv is stale

Marked-file syntax (see README.md): ``== 类别`` starts a section (``无违规`` = clean sentences);
``[片段]`` marks a span of the section's category, ``[片段|类别]`` one of another category; a line may
start with ``@变体 `` (plain when absent); text after a TAB is a note. ``#`` starts a comment line.

Pure functions, no threads, no third-party imports.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKED_PATH = HERE / "corpus_marked.txt"
TSV_PATH = HERE / "corpus.tsv"

CLEAN = "无违规"
CATEGORIES = (
    "绝对化用语",
    "医疗用语",
    "功效夸大",
    "虚假紧迫",
    "价格违规",
    "权威背书",
    "迷信",
    "投资承诺",
    "导流私下交易",
    "化妆品宣称",
    "数据造假",
)
VARIANTS = ("plain", "spaces", "traditional", "fullwidth", "case", "numerals", "stutter", "homophone")
HEADER = ("id", "text", "spans", "terms", "category", "variant", "note")
MULTI_SECTION = "多项违规"  # a section whose spans all carry their own category

_SPAN = re.compile(r"\[([^\[\]|]+)(?:\|([^\[\]|]+))?\]")
_FORBIDDEN_IN_TEXT = ("\t", ";", "[", "]", "|")


@dataclass(frozen=True)
class MarkedRow:
    text: str
    spans: tuple[tuple[int, int], ...]
    categories: tuple[str, ...]  # one per span; empty for clean rows
    variant: str
    note: str
    source_line: int


class MarkedError(ValueError):
    """A malformed line in the marked file (message names the line)."""


def parse_marked(source: str) -> list[MarkedRow]:
    rows: list[MarkedRow] = []
    section: str | None = None
    for lineno, raw in enumerate(source.splitlines(), start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            section = line[3:].strip()
            if section not in CATEGORIES and section not in (CLEAN, MULTI_SECTION):
                raise MarkedError(f"第 {lineno} 行：未知类别 {section!r}")
            continue
        if section is None:
            raise MarkedError(f"第 {lineno} 行：句子出现在任何 '== 类别' 之前")
        body, _, note = line.partition("\t")
        variant = "plain"
        if body.startswith("@"):
            variant, _, body = body[1:].partition(" ")
            if variant not in VARIANTS:
                raise MarkedError(f"第 {lineno} 行：未知变体 {variant!r}")
        rows.append(_parse_body(body.strip(), section, variant, note.strip(), lineno))
    return rows


def _parse_body(body: str, section: str, variant: str, note: str, lineno: int) -> MarkedRow:
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    categories: list[str] = []
    pos = 0
    length = 0
    for m in _SPAN.finditer(body):
        before = body[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        surface, own_category = m.group(1), m.group(2)
        category = own_category or section
        if category not in CATEGORIES:
            raise MarkedError(f"第 {lineno} 行：片段 {surface!r} 没有有效类别（{category!r}）")
        spans.append((length, length + len(surface)))
        categories.append(category)
        text_parts.append(surface)
        length += len(surface)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    for bad in _FORBIDDEN_IN_TEXT:
        if bad in text:
            raise MarkedError(f"第 {lineno} 行：句子里不能有 {bad!r}（括号不成对或用了分隔符）")
    if section == CLEAN and spans:
        raise MarkedError(f"第 {lineno} 行：无违规小节里的句子不能有标注片段")
    if section != CLEAN and not spans:
        raise MarkedError(f"第 {lineno} 行：违规小节里的句子至少要标注一个片段")
    return MarkedRow(text, tuple(spans), tuple(categories), variant, note, lineno)


def to_tsv(rows: list[MarkedRow]) -> str:
    lines = ["\t".join(HEADER)]
    for number, row in enumerate(rows, start=1):
        spans = ";".join(f"{s}:{e}" for s, e in row.spans)
        terms = ";".join(row.text[s:e] for s, e in row.spans)
        category = ";".join(row.categories) if row.spans else CLEAN
        lines.append("\t".join((f"lg-{number:04d}", row.text, spans, terms, category, row.variant, row.note)))
    return "\n".join(lines) + "\n"


def build() -> str:
    return to_tsv(parse_marked(MARKED_PATH.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="由 corpus_marked.txt 生成 corpus.tsv")
    parser.add_argument("--check", action="store_true", help="只检查 corpus.tsv 是否与标注源一致")
    args = parser.parse_args(argv)
    try:
        fresh = build()
    except MarkedError as exc:
        print(f"{MARKED_PATH.name}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = TSV_PATH.read_text(encoding="utf-8") if TSV_PATH.exists() else ""
        if current != fresh:
            print("corpus.tsv 已过期：请运行 tests/corpus/build_corpus.py 重新生成。", file=sys.stderr)
            return 1
        return 0
    TSV_PATH.write_text(fresh, encoding="utf-8")
    print(f"已写入 {TSV_PATH}（{fresh.count(chr(10)) - 1} 句）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
