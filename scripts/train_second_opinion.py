"""Train the second opinion (复核模型) on the labelled corpus and write resources/second_opinion/model.tsv.gz.

    .venv/bin/pip install -e '.[train]'          # scikit-learn, for training only (the app does not need it)
    .venv/bin/python scripts/train_second_opinion.py [--corpus tests/corpus/corpus.tsv] [--out PATH]

Every sentence of the corpus is one example: violating (it has a must-flag span) or clean. Features are
``app.rules.second_opinion.features`` (character 1–3-grams of the normalised sentence), weighted by sublinear
TF-IDF with l2 normalisation; the classifier is an l2-regularised logistic regression with balanced class weights.
The parameters (C = 4, n-grams seen in >= 3 sentences, veto below p = 0.15) were chosen on the blind retrospective
of ``benchmarks/second_opinion.py``: each batch judged by a model trained only on the batches before it.

The file records the corpus's SHA-256 (tests fail when the corpus changed and the model was not retrained) and a
few sentences with scikit-learn's own probabilities (tests check that the plain-Python inference agrees).
Deterministic: the same corpus and scikit-learn version give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from app.rules.second_opinion import NGRAM_MAX, default_model_path, features  # noqa: E402

CORPUS = REPO / "tests" / "corpus" / "corpus.tsv"
C = 4.0
MIN_DF = 3
THRESHOLD = 0.15
CHECKS = 24  # sentences whose sklearn probabilities go into the file


def read_corpus(path: Path = CORPUS) -> list[tuple[str, str, bool]]:
    """(id, text, violating) for every corpus row."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r["id"], r["text"], bool(r["spans"].strip())) for r in csv.DictReader(fh, delimiter="\t")]


def _analyzer(doc: str) -> list[str]:
    return [gram for gram, count in features(doc).items() for _ in range(count)]


def fit(texts: list[str], labels: list[bool]):
    """(vectorizer, classifier) fitted on ``texts``; needs scikit-learn."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(X, labels)
    return vec, clf


def probabilities(vec, clf, texts: list[str]) -> list[float]:
    return [float(p) for p in clf.predict_proba(vec.transform(texts))[:, 1]]


def write_model(vec, clf, out: Path, meta: dict[str, str], checks: list[tuple[str, float]]) -> None:
    import sklearn

    idf = vec.idf_
    coef = clf.coef_[0]
    rows = sorted(vec.vocabulary_.items())
    buf = io.StringIO()
    head = {
        **meta,
        "model": f"char 1-{NGRAM_MAX}-gram sublinear tf-idf (l2) + logistic regression",
        "C": str(C), "min_df": str(MIN_DF), "sklearn": sklearn.__version__,
        "features": str(len(rows)), "intercept": repr(float(clf.intercept_[0])), "threshold": str(THRESHOLD),
    }
    for key, value in head.items():
        buf.write(f"# {key}\t{value}\n")
    for i, (text, p) in enumerate(checks, start=1):
        buf.write(f"# check{i}\t{text}\t{p!r}\n")
    for gram, index in rows:
        if "\t" in gram or "\n" in gram:
            continue  # whitespace is collapsed to one space by features(); never a tab or a line break
        buf.write(f"{gram}\t{float(idf[index]):.10g}\t{float(coef[index]):.10g}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(buf.getvalue().encode("utf-8"))


def corpus_digest(path: Path = CORPUS) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=default_model_path())
    args = ap.parse_args(argv)
    rows = read_corpus(args.corpus)
    texts = [t for _, t, _ in rows]
    labels = [v for _, _, v in rows]
    vec, clf = fit(texts, labels)
    # Check sentences: evenly spread over the corpus, both kinds.
    step = max(1, len(rows) // CHECKS)
    picks = [texts[i] for i in range(0, len(rows), step)][:CHECKS]
    checks = list(zip(picks, probabilities(vec, clf, picks), strict=True))
    meta = {
        "corpus_sha256": corpus_digest(args.corpus), "sentences": str(len(rows)),
        "violating": str(sum(labels)), "clean": str(len(labels) - sum(labels)),
    }
    write_model(vec, clf, args.out, meta, checks)
    print(f"已写入 {args.out}：{len(vec.vocabulary_)} 个 n 元组，训练句 {len(rows)}（违规 {sum(labels)}），"
          f"阈值 {THRESHOLD}，文件 {args.out.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
