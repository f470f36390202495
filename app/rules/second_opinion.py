"""A second opinion on the rules' hits: a sentence classifier trained on the labelled corpus (复核模型).

The rules read each candidate through listed frames (a word talked about, a draw's order, advice to patients …);
sentences nobody listed slip through as false alarms. This model reads the whole sentence instead: TF-IDF over the
character 1–3-grams of the normalised sentence and a logistic regression, trained by
``scripts/train_second_opinion.py`` on every sentence of ``tests/corpus/corpus.tsv`` (violating vs clean). A hit
whose sentence the model finds clean with probability above ``1 - threshold`` is set aside (vetoed); every other hit
stands. It never adds a hit, so it cannot raise recall, only trade a little of it for fewer false alarms — measured
blind by ``benchmarks/second_opinion.py`` (each batch judged by a model trained only on the batches before it).

The weights ship as ``resources/second_opinion/model.tsv.gz`` (plain text: a header of ``# key<TAB>value`` lines,
then ``ngram<TAB>idf<TAB>weight`` rows). Inference is plain Python — dictionary lookups over ~3 n-grams per
character of the one sentence that holds a hit — so neither scikit-learn nor numpy is needed at run time.
Thread-safe once loaded (read-only tables).
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from pathlib import Path

from app.paths import resource_path
from app.rules.model import Hit
from app.rules.normalize import normalize

NGRAM_MAX = 3
# A hit's sentence: its line; a line longer than this is cut to the sentence around the hit, and a sentence longer
# than this to a window around the hit (corpus lines, the training data, are 5–120 characters).
SEGMENT_MAX = 160
_WINDOW = 60  # characters either side of a hit in an over-long sentence
_SENTENCE_END = re.compile(r"[。！？!?；;…\n]")
_WHITE = re.compile(r"\s\s+")


class ModelError(ValueError):
    """The model file is missing or malformed; the message says which file and what to do."""


def features(sentence: str) -> dict[str, int]:
    """Counts of the character 1–3-grams of the normalised ``sentence`` (what the trainer and the model both see).

    Normalised as the matcher normalises (full width, case, traditional characters, the recogniser's spaces between
    Chinese words, stutters), then whitespace runs collapsed to one space.
    """
    text = _WHITE.sub(" ", normalize(sentence).text)
    counts: dict[str, int] = {}
    size = len(text)
    for n in range(1, NGRAM_MAX + 1):
        for i in range(size - n + 1):
            gram = text[i : i + n]
            counts[gram] = counts.get(gram, 0) + 1
    return counts


def segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text`` the model reads for a hit at ``start:end``: its line, else its sentence, else a window."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    if hi - lo <= SEGMENT_MAX:
        return lo, hi
    s_lo = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s_lo = m.end()
    m = _SENTENCE_END.search(text, end, hi)
    s_hi = m.end() if m else hi
    if s_hi - s_lo <= SEGMENT_MAX:
        return s_lo, s_hi
    return max(s_lo, start - _WINDOW), min(s_hi, end + _WINDOW)


@dataclass(frozen=True)
class SecondOpinion:
    """The trained model: per n-gram its idf and its weight, the intercept and the veto threshold."""

    idf: dict[str, float]
    weight: dict[str, float]
    intercept: float
    threshold: float
    header: dict[str, str]

    def probability(self, sentence: str) -> float:
        """Probability that ``sentence`` makes a claim (violating), by the model alone."""
        dot = square = 0.0
        idf, weight = self.idf, self.weight
        for gram, count in features(sentence).items():
            g_idf = idf.get(gram)
            if g_idf is None:
                continue
            value = (1.0 + math.log(count)) * g_idf  # sublinear tf x idf, as trained
            square += value * value
            dot += value * weight[gram]
        z = self.intercept + (dot / math.sqrt(square) if square else 0.0)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def review(self, text: str, hits: list[Hit]) -> tuple[list[Hit], list[tuple[Hit, float]]]:
        """Split ``hits`` (offsets into ``text``) into those that stand and those set aside, with the probability.

        One probability per segment (a line with several hits is read once).
        """
        if not hits:
            return hits, []
        seen: dict[tuple[int, int], float] = {}
        kept: list[Hit] = []
        vetoed: list[tuple[Hit, float]] = []
        for hit in hits:
            key = segment(text, hit.start, hit.end)
            p = seen.get(key)
            if p is None:
                p = seen[key] = self.probability(text[key[0] : key[1]])
            if p < self.threshold:
                vetoed.append((hit, p))
            else:
                kept.append(hit)
        return kept, vetoed

    def keep(self, text: str, hits: list[Hit]) -> list[Hit]:
        """The hits of ``text`` that stand after the second opinion."""
        return self.review(text, hits)[0] if hits else hits


def default_model_path() -> Path:
    return resource_path("second_opinion", "model.tsv.gz")


def load(path: Path | str | None = None) -> SecondOpinion:
    """Read a model file written by ``scripts/train_second_opinion.py``; :class:`ModelError` names what is wrong."""
    path = Path(path) if path is not None else default_model_path()
    header: dict[str, str] = {}
    idf: dict[str, float] = {}
    weight: dict[str, float] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
            for number, line in enumerate(fh, start=1):
                line = line.rstrip("\n")
                if line.startswith("# "):
                    key, _, value = line[2:].partition("\t")
                    header[key] = value
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    raise ModelError(f"复核模型文件 {path} 第 {number} 行格式不对（应为 n元组、idf、权重 三列）。"
                                     "请重新运行 scripts/train_second_opinion.py 生成，或在设置里关闭复核模型。")
                idf[parts[0]] = float(parts[1])
                weight[parts[0]] = float(parts[2])
        intercept = float(header["intercept"])
        threshold = float(header["threshold"])
    except FileNotFoundError:
        raise ModelError(f"找不到复核模型文件 {path}。请把它放回 resources/second_opinion/ ，"
                         "或运行 scripts/train_second_opinion.py 重新生成；在此之前只按规则判断。") from None
    except (OSError, EOFError, UnicodeDecodeError, KeyError, ValueError) as exc:
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"复核模型文件 {path} 已损坏（{exc}）。请重新运行 scripts/train_second_opinion.py 生成；"
                         "在此之前只按规则判断。") from None
    if not idf or not 0.0 < threshold < 1.0:
        raise ModelError(f"复核模型文件 {path} 内容不完整（没有 n 元组或阈值不在 0–1 之间）。"
                         "请重新运行 scripts/train_second_opinion.py 生成。")
    return SecondOpinion(idf, weight, intercept, threshold, header)


_cached: SecondOpinion | None = None


def default_model() -> SecondOpinion:
    """The bundled model, loaded once per process (raises :class:`ModelError` when it is missing or broken)."""
    global _cached
    if _cached is None:
        _cached = load()
    return _cached
