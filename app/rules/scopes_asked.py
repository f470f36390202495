"""Context scope: a yes-or-no question (能不能治失眠?) that is answered yes is the claim, not its denial.

:func:`app.rules.scopes._effect_denied` reads the 不 of an A-not-A question (能不能, 会不会, 可不可以, 有没有) as a
negator; unanswered, or answered no (能不能治失眠？不能哈), the question claims nothing and stays quiet. Answered yes —
家人们问能不能治失眠？能啊，睡前喝一杯就好 / 能不能降血糖？当然能 — the anchor makes the claim in the answer, so
:func:`answered_yes` keeps the hit. Only the answer right after the question is read (recogniser text has no question
mark: 能不能治失眠能啊 reads the same). Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

# The 不/没 between the two copies of an A-not-A question (能不能, 会不会, 可不可以, 有没有, 是不是).
_A_NOT_A = re.compile(r"(.)[不没]\1")
# The end of the question, then a yes: 能/可以/会/有/行/是的/对/没问题, perhaps after 当然/肯定/绝对/那必须, a speaker label or
# a filler, and not followed by a negation (能不能治失眠？能不能的我不说 / 不能).
_ANSWERED_YES = re.compile(
    r"(?:吗|呢|啊|呀)?[?？]?"
    r"(?:主播[a-z甲乙丙]?[:：])?(?:[嗯哎诶]|家人们|宝们|姐妹们|老铁们)?(?:当然|肯定|绝对|那必须|必须)?"
    r"(?:能|可以|会|有|行|是的|对|没问题)(?![不没])"
)


def a_not_a(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold the 不/没 of an A-not-A question (能不能, 有没有 …)?"""
    return _A_NOT_A.search(text, max(0, lo), hi) is not None


def answered_yes(text: str, start: int, end: int, negator_at: int) -> bool:
    """Is the effect hit ``text[start:end]``, whose negator begins at ``negator_at``, asked as an A-not-A question
    (能不能治失眠) and answered yes right after it (？能啊 / 当然能)?"""
    return a_not_a(text, negator_at - 1, start + 2) and _ANSWERED_YES.match(text, end) is not None
