"""Accent and recogniser mergers of Mandarin syllables, for the homophone automaton.

The commonest confusions of regional accents and of speech recognisers are not tones but whole sound pairs:
前后鼻音 an/ang, en/eng, in/ing (开过光 → 开过关), 平翘舌 z/zh, c/ch, s/sh (增强 → 正强), and l/n (零风险 →
宁风险). :func:`merge` maps a toneless pinyin syllable to its merged class, so that the sound table
(:func:`app.rules.homophones.sound_table`) gives both members of a pair the same code.

Merging makes two-syllable terms far too loose (开光 ≈ 开关, a real trap), so
:func:`app.rules.homophones.plausible_mishearing` still requires, for two-character terms, that the changed
character has exactly the term character's reading (tone included): the mergers only take effect for terms
of three characters or more.

Pure functions: thread-safe.
"""

from __future__ import annotations

_RETROFLEX = (("zh", "z"), ("ch", "c"), ("sh", "s"))


def merge(syllable: str) -> str:
    """The merged class of a toneless pinyin syllable: zh/ch/sh → z/c/s, n- → l-, -ng → -n (not ``ng`` alone)."""
    s = syllable
    for a, b in _RETROFLEX:
        if s.startswith(a):
            s = b + s[2:]
            break
    else:
        if s.startswith("n") and len(s) > 1 and s != "ng":
            s = "l" + s[1:]
    if s.endswith("ng") and len(s) > 2 and s[-3] in "aei":
        s = s[:-1]
    return s
