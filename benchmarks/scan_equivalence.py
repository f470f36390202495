"""Do two source trees' matchers find exactly the same hits? (A guard for speed work on the matcher.)

    .venv/bin/python benchmarks/scan_equivalence.py TREE_A TREE_B [--mb 3] [--lexicon CSV ...] [--show 20]

Builds one set of texts in this process and writes it to a temporary file: the ~3 MB mixed text of
``scan_speed.py`` (line by line and in blocks of 4,000, 1,000, 300, 256, 255 and 60 characters, so
both the short and the long normalisation paths and their boundary are crossed), every sentence of
the labelled corpus (line by line and joined into blocks), and random stress texts (fillers, stutters,
full-width forms, traditional characters, Latin, digits, emoji and other characters outside the BMP,
line breaks). Each tree then scans all of them in its own subprocess (``TREE/app`` imported, the lexicon
read with that tree's loader) for each lexicon given (default: this tree's default lexicon, and the small
test lexicon with its product categories) and without and with a product category, and writes its hits
as ``(start, end, entry_id, confidence, match kind, form)``. The hit lists are diffed text by text.

Prints how many texts differ and the first differences; exit status 0 when there are none, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "corpus.tsv"
LEXICONS = [REPO / "resources" / "lexicon" / "default.csv", REPO / "tests" / "data" / "lexicon_small.csv"]
CATEGORIES = [None, "食品", "化妆品"]

_STRESS = [
    "全网最低价", "全網最低價", "第一", "第，第一", "最——最好", "顶级", "頂級", "ＴＯＰ１", "NO.1", "No. 1", "no.1",
    "最后三分钟", "最後３分鐘", "限量一百单", "三天瘦十斤", "百分之九十有效", "100%有效", "全网最底价", "增强免役力",
    "根制", "第一次", "最近", "一级能效", "国家标准", "你最好先试试", "加微信", "稳赚不赔", "包过", "面包过期",
    "今天", "家人们", "这款", "面霜", "，", "。", " ", "  ", "…", "……", "呃", "嗯", "哈哈", "哈哈哈", "!", "Ａ", "b",
    "３", "🙂", "😀😀", "𠀀", "𝟙", "\n", "\r\n", "\t", "...", "..", ".", "x. 2", "第一第一第一", "最最最", "\u3000",
    "_", "-", "—", "~", "～", "·", "v1.0", "3.5斤", "ＡＢＣ", "i know 1", "top10", "\ue000", "\uf8ff", "\uffff",
]


def mixed_lines(megabytes: float) -> list[str]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from scan_speed import mixed_text

    return mixed_text(megabytes)


def corpus_lines() -> list[str]:
    if not CORPUS.exists():
        return []
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return [row["text"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def stress_texts(n: int = 4000, seed: int = 20261127) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_STRESS) for _ in range(rng.randint(1, rng.choice((6, 20, 120))))) for _ in range(n)]


def build_texts(megabytes: float) -> list[str]:
    lines = mixed_lines(megabytes)
    text = "\n".join(lines)
    texts = list(lines)
    for size in (4000, 1000, 300, 256, 255, 60):
        texts += [text[i : i + size] for i in range(0, min(len(text), 400_000 if size < 4000 else len(text)), size)]
    corpus = corpus_lines()
    texts += corpus
    joined = "\n".join(corpus)
    texts += [joined[i : i + 4000] for i in range(0, len(joined), 4000)]
    texts += ["".join(corpus[i : i + 12]) for i in range(0, len(corpus), 12)]  # long texts without line breaks
    texts += stress_texts()
    return texts


def dump(tree: Path, texts_file: Path, lexicons: list[Path], out: Path) -> None:
    """Child process: scan every text with ``tree``'s matcher, one JSON line of hits per text."""
    sys.path.insert(0, str(tree))
    import app
    from app.rules.lexicon import load_lexicon
    from app.rules.matcher import Matcher

    if Path(app.__file__).resolve().parent.parent != tree.resolve():
        sys.exit(f"导入的 app 不在 {tree}：{app.__file__}")

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as f:
        for lexicon in lexicons:
            entries = load_lexicon(lexicon, overlay=False).entries
            matcher = Matcher(entries)
            # Product categories only change anything for a lexicon that uses them.
            categories = CATEGORIES if any(e.product_categories for e in entries) else CATEGORIES[:1]
            for category in categories:
                for i, text in enumerate(texts):
                    hits = [
                        (h.start, h.end, h.entry_id, round(h.confidence, 6), h.extra.get("match"), h.extra.get("form"))
                        for h in matcher.scan(text, product_category=category)
                    ]
                    f.write(json.dumps([lexicon.name, category, i, hits], ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree_a", type=Path)
    ap.add_argument("tree_b", type=Path)
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--lexicon", type=Path, action="append", help="lexicon CSV (repeatable)")
    ap.add_argument("--show", type=int, default=20, help="how many differences to print")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # child mode: tree to dump
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    lexicons = args.lexicon or [p for p in LEXICONS if p.exists()]
    if args.dump:
        dump(args.dump, args.texts, lexicons, args.out)
        return 0

    texts = build_texts(args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        outs, procs = [], []
        for name, tree in (("a", args.tree_a), ("b", args.tree_b)):
            out = Path(tmp) / f"{name}.jsonl"
            cmd = [sys.executable, __file__, str(tree), str(tree), "--dump", str(tree.resolve()),
                   "--texts", str(texts_file), "--out", str(out)]
            cmd += [x for p in lexicons for x in ("--lexicon", str(p))]
            procs.append(subprocess.Popen(cmd, cwd=str(tree)))
            outs.append(out)
        if any(p.wait() != 0 for p in procs):
            print("子进程出错，见上方信息", file=sys.stderr)
            return 2
        a_lines = outs[0].read_text(encoding="utf-8").splitlines()
        b_lines = outs[1].read_text(encoding="utf-8").splitlines()

    diffs = total_hits = 0
    for a, b in zip(a_lines, b_lines, strict=True):
        lex, cat, i, a_hits = json.loads(a)
        total_hits += len(a_hits)
        if a == b:
            continue
        diffs += 1
        if diffs <= args.show:
            text = texts[i]
            print(f"--- 差异 #{diffs}：词库 {lex}，品类 {cat}，文本 {text[:80]!r}{'…' if len(text) > 80 else ''}")
            print(f"  A: {a_hits}\n  B: {json.loads(b)[3]}")
    print(f"文本 {len(texts):,} 段，扫描 {len(a_lines):,} 次（各词库、品类），A 共命中 {total_hits:,} 处；"
          f"结果不同 {diffs} 次")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
