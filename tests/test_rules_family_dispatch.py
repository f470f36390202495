"""``scopes_replies.mentioned`` calls, per category, only the families that can say yes for it (``_FAMILIES_OF``,
a speed table). Guard: a family left out for a category really answers no for it, over the corpus sentences."""

from __future__ import annotations

import csv
from pathlib import Path

from app.rules import scopes_replies
from app.rules.normalize import normalize
from app.rules.scopes_asserted import WARNING_CATEGORIES

CORPUS = Path(__file__).parent / "corpus" / "corpus.tsv"


def _texts(step: int = 20) -> list[str]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [normalize(row["text"]).text for row in rows[::step]]


def test_every_family_is_kept_for_the_categories_it_reads():
    for category in WARNING_CATEGORIES:
        assert category in scopes_replies._FAMILIES_OF
        kept = scopes_replies._FAMILIES_OF[category]
        assert list(kept) == [f for f in scopes_replies._FAMILIES if f in kept]  # same order
        for family in scopes_replies._FAMILIES:
            if family not in scopes_replies._ONLY:
                assert family in kept


def test_a_family_left_out_answers_no_for_that_category():
    left_out = [
        (family, category)
        for category in WARNING_CATEGORIES
        for family in scopes_replies._FAMILIES
        if family not in scopes_replies._FAMILIES_OF[category]
    ]
    assert left_out
    for text in _texts():
        for start in range(len(text)):
            for end in (start + 1, start + 2, start + 3):
                if end > len(text):
                    break
                for family, category in left_out:
                    assert not family(text, start, end, category), (family.__name__, category, text, start, end)
