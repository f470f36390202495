"""Round 138 (batch 64B): a visit to a temple told as a visit, not an object's rite.

Appended to :data:`app.rules.safe_words.SAFE_CONTEXTS` (same format: trigger literal, regex over the normalised text;
the whole match is the covering span). ``{寺庙}请过`` (SUP-0205: 这支笔在文昌庙请过) claims a rite performed on the goods;
请香/上香/烧香 there is the speaker's own visit (我们去雍和宫请过香，人特别多), so the span from the temple to 香 is
covered and the hit inside it dropped. 在庙里请过的手串 (no 香) still fires.
"""

from __future__ import annotations

_STOP = "。！？!?，,；;"

VISIT_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("香", rf"[^{_STOP}]{{0,8}}?(?:寺|庙|宫|观|阁|山|殿|里)[^{_STOP}]{{0,3}}?(?:请|上|烧|敬)(?:过|了)?(?:一)?(?:炷|柱|次)?(?:高)?香"),
)
