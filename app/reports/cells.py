"""Cell text made safe for spreadsheets (CSV, XLSX): no formula injection.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula
by Excel/WPS (OWASP "CSV injection"). Such text gets a leading apostrophe, which spreadsheets show as
plain text. Speech transcripts are free text, so any cell may start that way.

Threading: pure functions.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Return ``value`` unchanged unless it is text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
