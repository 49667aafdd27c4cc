"""Dates as biographies write them, normalised to EDTF with ISO bounds (see CONTRACT.md).

The one date module of the project: the infobox extractor and the prose extractors both use
it, so a date reads the same wherever it is written.

- ``parse_date(text, year=None)``: one expression (an infobox value, a phrase) -> DateValue.
- ``find_dates(text, offset=0, year=None)``: every date expression in a sentence -> DateMatch.
- ``make_interval(start, end, open_end=False, text=None)``: ``START/END`` for lasting states.
- ``find_relative(text, offset=0)`` and ``resolve_relative(text, birth=, death=,
  reference=)``: ``aged 16``, ``a day after``, ``24 years prior``, once the anchor is known.
- ``from_edtf``, ``bounds``, ``interval_sides``: helpers for EDTF read back from elsewhere.

Module map: lexicon (words and regex pieces), grammar (compiled patterns), interpret (match
-> values), values (DateValue and bounds), oldstyle (Julian calendar), intervals, find,
parse, relative.
"""

from prosograph.dates.find import DateMatch, find_dates
from prosograph.dates.intervals import interval_sides, make_interval
from prosograph.dates.parse import parse_date
from prosograph.dates.relative import RelativeMatch, find_relative, resolve_relative
from prosograph.dates.values import bounds, from_edtf

__all__ = [
    "DateMatch",
    "RelativeMatch",
    "bounds",
    "find_dates",
    "find_relative",
    "from_edtf",
    "interval_sides",
    "make_interval",
    "parse_date",
    "resolve_relative",
]
