"""Accuracy of the matcher on the labelled corpus: recall and false alarms (issue 2, "Evidence").

    .venv/bin/python benchmarks/accuracy.py [--json] [--verbose] [--corpus PATH] [--from-id ID] [--to-id ID]
                                            [--with-user-lexicon] [--strict] [--rules-only]

Runs ``app.rules.matcher.default_matcher()`` and the second opinion (``app.rules.second_opinion``; as
``python -m app scan`` does; ``--rules-only``: the rules alone) over ``tests/corpus/corpus.tsv`` (format: tests/corpus/README.md)
and prints sentence-level recall, term-level recall, the false-alarm rate on clean sentences, and the same per
category and per recogniser variant; ``--verbose`` lists every miss and false alarm. A hit catches a must-flag
span when it overlaps it. Goals: recall >= 98 %, false alarms <= 2 %.

By default the user's own lexicon overlay is kept out (a fresh empty user data folder), so the figures describe
the bundled lexicon; ``--with-user-lexicon`` measures what the user's installation does.
Exit status: 0; 1 with ``--strict`` when a goal is missed; 2 when the corpus or the matcher cannot be loaded.

Single-threaded script; the evaluation functions are pure and are reused by tests/test_corpus_accuracy.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "tests" / "corpus" / "corpus.tsv"
CLEAN = "无违规"
GOAL_RECALL = 0.98
GOAL_FALSE_ALARMS = 0.02


@dataclass(frozen=True)
class CorpusRow:
    id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    terms: tuple[str, ...]
    categories: tuple[str, ...]  # one per span; empty for a clean sentence
    variant: str
    note: str

    @property
    def is_clean(self) -> bool:
        return not self.spans


class CorpusError(ValueError):
    """The corpus file is malformed; the message names the row."""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split(";") if part != "") if cell else ()


def load_corpus(path: Path | str = DEFAULT_CORPUS) -> list[CorpusRow]:
    """Read a corpus TSV. Raises CorpusError on a malformed row (bad span syntax, column count)."""
    path = Path(path)
    rows: list[CorpusRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "text", "spans", "category"} - set(reader.fieldnames or ())
        if missing:
            raise CorpusError(f"{path.name}: 缺少列 {sorted(missing)}")
        for line, raw in enumerate(reader, start=2):
            try:
                spans = tuple(tuple(int(x) for x in part.split(":")) for part in _split(raw["spans"]))
            except ValueError as exc:
                raise CorpusError(f"{path.name} 第 {line} 行：spans 格式应为 start:end;start:end") from exc
            if any(len(s) != 2 for s in spans):
                raise CorpusError(f"{path.name} 第 {line} 行：spans 格式应为 start:end;start:end")
            categories = () if raw["category"] == CLEAN else _split(raw["category"])
            rows.append(
                CorpusRow(
                    id=raw["id"],
                    text=raw["text"],
                    spans=spans,  # type: ignore[arg-type]
                    terms=_split(raw.get("terms") or ""),
                    categories=categories,
                    variant=raw.get("variant") or "plain",
                    note=raw.get("note") or "",
                )
            )
    return rows


@dataclass
class Tally:
    """Counts for one slice (all, one category or one variant)."""

    sentences: int = 0
    sentences_caught: int = 0
    spans: int = 0
    spans_caught: int = 0
    clean: int = 0
    clean_alarmed: int = 0

    def as_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            "sentences_caught": self.sentences_caught,
            "sentence_recall": _ratio(self.sentences_caught, self.sentences),
            "spans": self.spans,
            "spans_caught": self.spans_caught,
            "term_recall": _ratio(self.spans_caught, self.spans),
            "clean": self.clean,
            "clean_alarmed": self.clean_alarmed,
            "false_alarm_rate": _ratio(self.clean_alarmed, self.clean),
        }


@dataclass
class Evaluation:
    total: Tally = field(default_factory=Tally)
    per_category: dict[str, Tally] = field(default_factory=dict)
    per_variant: dict[str, Tally] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)  # uncaught spans
    false_alarms: list[dict] = field(default_factory=list)  # hits on clean sentences
    extra_hits: list[dict] = field(default_factory=list)  # hits on violating sentences overlapping no span
    homophone_confidences: list[float] = field(default_factory=list)

    @property
    def meets_goals(self) -> bool:
        t = self.total
        return (
            _ratio(t.sentences_caught, t.sentences) >= GOAL_RECALL
            and _ratio(t.spans_caught, t.spans) >= GOAL_RECALL
            and _ratio(t.clean_alarmed, t.clean) <= GOAL_FALSE_ALARMS
        )

    def as_dict(self) -> dict:
        confs = self.homophone_confidences
        return {
            **self.total.as_dict(),
            "goals": {"recall_min": GOAL_RECALL, "false_alarm_max": GOAL_FALSE_ALARMS},
            "meets_goals": self.meets_goals,
            "per_category": {k: v.as_dict() for k, v in sorted(self.per_category.items())},
            "per_variant": {k: v.as_dict() for k, v in sorted(self.per_variant.items())},
            "homophone_hit_confidence_mean": round(sum(confs) / len(confs), 3) if confs else None,
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "extra_hits": self.extra_hits,
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _overlaps(hit, start: int, end: int) -> bool:
    return hit.start < end and start < hit.end


def _hit_info(hit) -> dict:
    return {
        "start": hit.start,
        "end": hit.end,
        "surface": hit.surface,
        "term": hit.term,
        "category": hit.category,
        "confidence": round(float(getattr(hit, "confidence", 1.0)), 3),
    }


def evaluate(rows: Sequence[CorpusRow], scan: Callable[[str], list]) -> Evaluation:
    """Score ``scan(text) -> hits`` (objects with start/end/surface/term/category) against the corpus."""
    ev = Evaluation()
    for row in rows:
        hits = list(scan(row.text))
        by_variant = ev.per_variant.setdefault(row.variant, Tally())
        if row.is_clean:
            alarmed = bool(hits)
            for tally in (ev.total, by_variant):
                tally.clean += 1
                tally.clean_alarmed += alarmed
            for hit in hits:
                ev.false_alarms.append({"id": row.id, "text": row.text, "note": row.note, **_hit_info(hit)})
            continue
        caught_any = False
        for (start, end), category in zip(row.spans, row.categories, strict=True):
            catching = [h for h in hits if _overlaps(h, start, end)]
            caught = bool(catching)
            caught_any |= caught
            for tally in (ev.total, by_variant, ev.per_category.setdefault(category, Tally())):
                tally.spans += 1
                tally.spans_caught += caught
            if row.variant == "homophone":
                ev.homophone_confidences.extend(float(getattr(h, "confidence", 1.0)) for h in catching)
            if not caught:
                ev.misses.append(
                    {
                        "id": row.id,
                        "text": row.text,
                        "span": f"{start}:{end}",
                        "term": row.text[start:end],
                        "category": category,
                        "variant": row.variant,
                        "hits": [_hit_info(h) for h in hits],
                    }
                )
        primary = ev.per_category.setdefault(row.categories[0], Tally())
        for tally in (ev.total, by_variant, primary):
            tally.sentences += 1
            tally.sentences_caught += caught_any
        for hit in hits:
            if not any(_overlaps(hit, s, e) for s, e in row.spans):
                ev.extra_hits.append({"id": row.id, "text": row.text, **_hit_info(hit)})
    return ev


def _pct(x: float) -> str:
    return f"{100 * x:6.2f} %"


def format_report(ev: Evaluation, *, corpus: Path, verbose: bool) -> str:
    t = ev.total
    out = [
        f"语料 corpus: {corpus}  ({t.sentences} 违规句 / {t.clean} 无违规句)",
        f"句级召回 sentence recall : {_pct(_ratio(t.sentences_caught, t.sentences))}"
        f"  ({t.sentences_caught}/{t.sentences})   目标 ≥ {GOAL_RECALL:.0%}",
        f"词级召回 term recall     : {_pct(_ratio(t.spans_caught, t.spans))}"
        f"  ({t.spans_caught}/{t.spans})   目标 ≥ {GOAL_RECALL:.0%}",
        f"误报率 false alarms      : {_pct(_ratio(t.clean_alarmed, t.clean))}"
        f"  ({t.clean_alarmed}/{t.clean})   目标 ≤ {GOAL_FALSE_ALARMS:.0%}",
        f"达标 meets goals: {'是 yes' if ev.meets_goals else '否 no'}",
        "",
        "按类别 per category            句级召回        词级召回",
    ]
    for name, tally in sorted(ev.per_category.items()):
        out.append(
            f"  {name:<10}\t{_pct(tally.as_dict()['sentence_recall'])} ({tally.sentences_caught}/{tally.sentences})"
            f"\t{_pct(tally.as_dict()['term_recall'])} ({tally.spans_caught}/{tally.spans})"
        )
    out += ["", "按变体 per variant             句级召回        误报率"]
    for name, tally in sorted(ev.per_variant.items()):
        d = tally.as_dict()
        recall = f"{_pct(d['sentence_recall'])} ({tally.sentences_caught}/{tally.sentences})" if tally.sentences else "      -"
        alarms = f"{_pct(d['false_alarm_rate'])} ({tally.clean_alarmed}/{tally.clean})" if tally.clean else "      -"
        out.append(f"  {name:<12}\t{recall}\t{alarms}")
    if ev.homophone_confidences:
        mean = sum(ev.homophone_confidences) / len(ev.homophone_confidences)
        out.append(f"  谐音命中平均置信度 homophone hit confidence: {mean:.2f}")
    if verbose:
        out += ["", f"漏报 misses ({len(ev.misses)}):"]
        for m in ev.misses:
            got = ", ".join(f"{h['surface']}→{h['term']}" for h in m["hits"]) or "无命中"
            out.append(f"  {m['id']} [{m['category']}/{m['variant']}] 应报「{m['term']}」 于：{m['text']}  （实报：{got}）")
        out += ["", f"误报 false alarms ({len(ev.false_alarms)} 处):"]
        for f in ev.false_alarms:
            out.append(
                f"  {f['id']} 「{f['surface']}」→{f['term']}（{f['category']}，置信度 {f['confidence']}）于：{f['text']}"
            )
        out += ["", f"额外命中 extra hits on violating sentences, not scored ({len(ev.extra_hits)}):"]
        for x in ev.extra_hits:
            out.append(f"  {x['id']} 「{x['surface']}」→{x['term']}（{x['category']}）于：{x['text']}")
    return "\n".join(out)


def _id_key(sentence_id: str) -> tuple[str, int]:
    """Order ids by number (lg-9862 before lg-10000: the corpus passed 9,999 sentences)."""
    prefix, _, number = sentence_id.rpartition("-")
    return (prefix, int(number)) if number.isdigit() else (sentence_id, -1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="在标注语料上测量匹配器的召回率与误报率")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.add_argument("--verbose", action="store_true", help="列出每一处漏报与误报")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="语料 TSV 文件")
    parser.add_argument("--with-user-lexicon", action="store_true", help="叠加当前用户的自定义词库")
    parser.add_argument("--strict", action="store_true", help="未达标时退出码为 1")
    parser.add_argument("--rules-only", action="store_true",
                        help="只量词库规则，不经复核模型（默认与 python -m app scan 一样：规则命中再经复核模型）")
    parser.add_argument("--from-id", metavar="ID", help="只评测编号不小于 ID 的句子（如 lg-0525：第二批）")
    parser.add_argument("--to-id", metavar="ID", help="只评测编号不大于 ID 的句子（与 --from-id 合用可选出一批）")
    args = parser.parse_args(argv)

    try:
        rows = load_corpus(args.corpus)
    except (OSError, CorpusError) as exc:
        print(f"无法读取语料：{exc}", file=sys.stderr)
        return 2
    if args.to_id:
        rows = [r for r in rows if _id_key(r.id) <= _id_key(args.to_id)]
    if args.from_id:
        rows = [r for r in rows if _id_key(r.id) >= _id_key(args.from_id)]
        if not rows:
            print(f"语料中没有编号不小于 {args.from_id} 的句子。", file=sys.stderr)
            return 2
    if not args.with_user_lexicon:
        # Keep the user's overlay out: the figures describe the bundled lexicon.
        os.environ["LIVEGUARD_DATA_DIR"] = tempfile.mkdtemp(prefix="liveguard-accuracy-")
    sys.path.insert(0, str(REPO))
    try:
        from app.rules.matcher import default_matcher

        matcher = default_matcher()
    except Exception as exc:  # noqa: BLE001 - report any load failure to the person running the script
        print(f"无法加载匹配器（app.rules.matcher.default_matcher）：{exc}", file=sys.stderr)
        return 2
    if not getattr(matcher, "entries", True):
        print("词库为空：默认词库 resources/lexicon/default.csv 不存在或没有可用条目，测量没有意义。", file=sys.stderr)
        return 2

    scan = matcher.scan
    if not args.rules_only:
        from app.rules.second_opinion import ModelError, default_model

        try:
            model = default_model()
        except ModelError as exc:
            print(f"无法加载复核模型：{exc}", file=sys.stderr)
            return 2

        def scan(text: str) -> list:
            return model.keep(text, matcher.scan(text))

    ev = evaluate(rows, scan)
    if args.json:
        print(json.dumps({"corpus": str(args.corpus), **ev.as_dict()}, ensure_ascii=False, indent=1))
    else:
        print(format_report(ev, corpus=args.corpus, verbose=args.verbose))
    return 1 if args.strict and not ev.meets_goals else 0


if __name__ == "__main__":
    raise SystemExit(main())
