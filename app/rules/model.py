"""The vocabulary of a hit: lexicon entries and the hits the matcher returns.

Frozen dataclasses: safe to hand across threads (worker -> Qt signal -> UI) and to the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("high", "medium", "low")
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}
SEVERITY_CN = {"high": "高", "medium": "中", "low": "低"}


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the lexicon.

    ``term`` may contain the placeholders ``{N}`` (a number in Arabic, full-width or Chinese numerals),
    ``{U}`` (a measure word after ``{N}``), ``{X}`` (a gap of up to four characters), ``{XX}`` (up to ten) and
    word classes ``{类名}``, which make the entry a pattern (最后{N}分钟, 最后{N}{U}, 没有比{X}更便宜,
    {疾病}{XX}就好利索; :mod:`app.rules.patterns`). ``variants`` follow the same rule.
    """

    id: str
    term: str
    category: str
    severity: str
    suggestions: tuple[str, ...]
    basis: str
    variants: tuple[str, ...] = ()
    exemptions: tuple[str, ...] = ()
    product_categories: tuple[str, ...] = ()
    enabled: bool = True
    note: str = ""
    source: str = ""  # "file:line" the entry came from, for messages

    @property
    def is_pattern(self) -> bool:
        from app.rules.patterns import is_pattern  # the one reading of placeholders and classes

        return any(is_pattern(form) for form in (self.term, *self.variants))


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found in a text. ``start``/``end`` index the original text (end exclusive)."""

    start: int
    end: int
    surface: str
    term: str
    entry_id: str
    category: str
    severity: str
    suggestions: tuple[str, ...]
    basis: str
    confidence: float = 1.0
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def by_model(self) -> bool:
        """Found by the second opinion in a sentence without a rule hit (no lexicon term; ``confidence`` is its
        probability, the suggestion a piece of advice for the category, not a replacement phrase)."""
        return bool(self.extra.get("model"))

    def to_json(self) -> dict:
        """The ``scan --format jsonl`` hit object (the CLI contract)."""
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "term": self.term,
            "category": self.category,
            "severity": self.severity,
            "suggestions": list(self.suggestions),
            "basis": self.basis,
            "confidence": round(self.confidence, 3),
            "entry_id": self.entry_id,
        }
