"""Shared checks for the rules-engine round tests: scan with the real matcher and hold every hit to the CLI contract."""

from __future__ import annotations

from app.rules.matcher import Matcher


def checked_hits(matcher: Matcher, text: str) -> list:
    """The hits on ``text``; each one's ``surface`` must be exactly ``text[start:end]`` (the offsets users see)."""
    hits = matcher.scan(text)
    for h in hits:
        assert h.surface == text[h.start:h.end]
    return hits


def checked_categories(matcher: Matcher, text: str) -> set[str]:
    """The categories of the hits on ``text``, with the same offset check as :func:`checked_hits`."""
    return {h.category for h in checked_hits(matcher, text)}
