"""Train the second opinion (复核模型) on the labelled corpus and write resources/second_opinion/model.tsv.gz.

    .venv/bin/pip install -e '.[train]'          # scikit-learn, for training only (the app does not need it)
    .venv/bin/python scripts/train_second_opinion.py [--corpus tests/corpus/corpus.tsv] [--out PATH]

Every sentence of the corpus is one example: violating (it has a must-flag span) or clean. Features are
``app.rules.second_opinion.features`` (character 1–3-grams of the normalised sentence), weighted by sublinear
TF-IDF with l2 normalisation; the classifier is an l2-regularised logistic regression with balanced class weights.
The parameters (C = 32, n-grams seen in >= 3 sentences, veto below p = 0.15, find at p >= 0.85) were chosen on the blind retrospective
of ``benchmarks/second_opinion.py``: each batch judged by a model trained only on the batches before it.

The file records the corpus's SHA-256 (tests fail when the corpus changed and the model was not retrained) and a
few sentences with scikit-learn's own probabilities (tests check that the plain-Python inference agrees).
Deterministic: the same corpus and scikit-learn version give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from accuracy import load_corpus  # noqa: E402  (the corpus reader the accuracy benchmark and its tests use)

from app.rules.second_opinion import NGRAM_MAX, default_model_path, features  # noqa: E402

CORPUS = REPO / "tests" / "corpus" / "corpus.tsv"
C = 32.0
MIN_DF = 3
THRESHOLD = 0.15
FIND_THRESHOLD = 0.85  # a line without a rule hit that the model finds violating at least this surely is reported
CHECKS = 24  # sentences whose sklearn probabilities go into the file


def read_categories(path: Path = CORPUS) -> list[tuple[str, str, str]]:
    """(id, text, category of the first must-flag span or "" for a clean sentence) for every corpus row."""
    return [(row.id, row.text, "" if row.is_clean else row.categories[0]) for row in load_corpus(path)]


def _analyzer(doc: str) -> list[str]:
    return [gram for gram, count in features(doc).items() for _ in range(count)]


def fit(texts: list[str], labels: list):
    """(vectorizer, classifier) fitted on ``texts``; needs scikit-learn. ``labels``: bool (violating or not);
    for the category head use :func:`fit_categories` with the same vectorizer."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(X, labels)
    return vec, clf


def fit_categories(vec, texts: list[str], categories: list[str]):
    """A multinomial logistic regression over the violating sentences' categories, on ``vec``'s features."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(vec.transform(texts), categories)
    return clf


def probabilities(vec, clf, texts: list[str]) -> list[float]:
    return [float(p) for p in clf.predict_proba(vec.transform(texts))[:, 1]]


def write_model(vec, clf, cats, out: Path, meta: dict[str, str], checks: list[tuple[str, float, str]]) -> None:
    import sklearn

    idf = vec.idf_
    coef = clf.coef_[0]
    cat_coef = cats.coef_
    rows = sorted(vec.vocabulary_.items())
    buf = io.StringIO()
    head = {
        **meta,
        "model": f"char 1-{NGRAM_MAX}-gram sublinear tf-idf (l2) + logistic regression",
        "C": str(C), "min_df": str(MIN_DF), "sklearn": sklearn.__version__,
        "features": str(len(rows)), "intercept": repr(float(clf.intercept_[0])), "threshold": str(THRESHOLD),
        "find_threshold": str(FIND_THRESHOLD), "categories": " ".join(cats.classes_),
        "category_intercepts": " ".join(f"{float(b):.6g}" for b in cats.intercept_),
    }
    for key, value in head.items():
        buf.write(f"# {key}\t{value}\n")
    for i, (text, p, category) in enumerate(checks, start=1):
        buf.write(f"# check{i}\t{text}\t{p!r}\t{category}\n")
    for gram, index in rows:
        if "\t" in gram or "\n" in gram:
            continue  # whitespace is collapsed to one space by features(); never a tab or a line break
        heads = " ".join(_short(float(w)) for w in cat_coef[:, index])
        buf.write(f"{gram}\t{float(idf[index]):.10g}\t{float(coef[index]):.10g}\t{heads}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(buf.getvalue().encode("utf-8"))


def to_model(vec, clf, cats, threshold: float = THRESHOLD, find_threshold: float = FIND_THRESHOLD):
    """The fitted model as the app's :class:`~app.rules.second_opinion.SecondOpinion`, in memory (for benchmarks)."""
    from app.rules.second_opinion import SecondOpinion

    grams = sorted(vec.vocabulary_.items())
    heads = {g: tuple(float(w) for w in cats.coef_[:, i]) for g, i in grams}
    return SecondOpinion(
        {g: float(vec.idf_[i]) for g, i in grams}, {g: float(clf.coef_[0][i]) for g, i in grams},
        float(clf.intercept_[0]), threshold, {}, find_threshold, tuple(cats.classes_), heads,
        tuple(float(b) for b in cats.intercept_))


def trained_on(sentences: list[tuple[str, str]]):
    """A model trained in memory on ``(text, category)`` pairs ("" for a clean sentence), as :func:`main` trains the
    shipped one: the benchmarks' "trained only on what came before this batch"."""
    vec, clf = fit([t for t, _ in sentences], [bool(c) for _, c in sentences])
    cats = fit_categories(vec, [t for t, c in sentences if c], [c for _, c in sentences if c])
    return to_model(vec, clf, cats)


def _short(w: float) -> str:
    """A category weight, 4 significant digits; the tiny ones (no effect on the argmax) as 0."""
    return "0" if abs(w) < 5e-4 else f"{w:.4g}"


def corpus_digest(path: Path = CORPUS) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=default_model_path())
    args = ap.parse_args(argv)
    rows = read_categories(args.corpus)
    texts = [t for _, t, _ in rows]
    labels = [bool(c) for _, _, c in rows]
    vec, clf = fit(texts, labels)
    cats = fit_categories(vec, [t for _, t, c in rows if c], [c for _, _, c in rows if c])
    # Check sentences: evenly spread over the corpus, both kinds.
    step = max(1, len(rows) // CHECKS)
    picks = [texts[i] for i in range(0, len(rows), step)][:CHECKS]
    checks = list(zip(picks, probabilities(vec, clf, picks), cats.predict(vec.transform(picks)), strict=True))
    meta = {
        "corpus_sha256": corpus_digest(args.corpus), "sentences": str(len(rows)),
        "violating": str(sum(labels)), "clean": str(len(labels) - sum(labels)),
    }
    write_model(vec, clf, cats, args.out, meta, checks)
    print(f"已写入 {args.out}：{len(vec.vocabulary_)} 个 n 元组，训练句 {len(rows)}（违规 {sum(labels)}），"
          f"阈值 {THRESHOLD}，文件 {args.out.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
