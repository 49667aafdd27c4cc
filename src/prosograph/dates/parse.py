"""Reading one date expression as written: an infobox value or a phrase.

``parse_date`` uses the same grammar as ``find_dates`` so an infobox value and the same date
in prose always give the same DateValue.
"""

from __future__ import annotations

import re

from prosograph.dates.find import scan
from prosograph.dates.intervals import make_interval
from prosograph.models import DateValue

# What may stand between two dates that together give one range: a dash, or nothing at all
# (flattening glues "26 October 1891" and "10 February 1938" into "26 October 189110 …").
_RANGE_GAP = re.compile(r"\s*[–—−‒-]?\s*")


def parse_date(text: str, *, year: int | None = None) -> DateValue | None:
    """The date ``text`` holds, or None if it holds no usable date (``(N.S.)``).

    ``year`` supplies the year of expressions written without one (``On 15 or 16 July``).
    Text around the date is ignored (``19 December 1954 (aged 46)``); if it holds several
    dates the first counts, except that two full dates joined by a dash (or glued together)
    are read as the range they write (``7 February 1870 – 28 May 1937``).

    Raises DateError for an impossible date (``31 February 1920``, ``1991-13-40``).
    """
    found = scan(text, year, strict=True)
    if not found:
        return None
    start, end, value, kind = found[0]
    if kind == "point" and len(found) > 1:
        next_start, next_end, next_value, next_kind = found[1]
        if next_kind == "point" and _RANGE_GAP.fullmatch(text, end, next_start):
            return make_interval(value, next_value, text=text[start:next_end])
    return value
