"""Dates as biographies write them, normalised to EDTF with ISO bounds (see CONTRACT.md).

The one date module of the project: the infobox extractor and the prose extractors both use
it, so a date reads the same wherever it is written.

- ``parse_date(text, year=None)``: one expression (an infobox value, a phrase) -> DateValue.
- ``find_dates(text, offset=0, year=None)``: every date expression in a sentence -> DateMatch.
- ``make_interval(start, end, open_end=False, text=None)``: ``START/END`` for lasting states.
- ``find_relative(text, offset=0)`` and ``resolve_relative(text, birth=, death=,
  reference=)``: ``aged 16``, ``a day after``, ``24 years prior``, once the anchor is known.
- ``from_edtf``, ``bounds``, ``interval_sides``: helpers for EDTF read back from elsewhere.

Readings that are choices, not facts of the EDTF standard:

- ``early in 1908``, ``late 1874``, ``the end of 1919``, ``mid-1920s`` -> ``1908~`` etc.:
  EDTF has no "early"/"late", and a narrower window (``1908-21``, spring) would claim more
  than the text says; the bounds stay those of the whole period.
- Seasons are northern-hemisphere; winter ``1919-24`` runs December 1919 - February 1920.
  A qualified season ("early summer 1937") is written unqualified: edtf 5.0.2 rejects
  ``1937-22~``.
- Two full dates joined by a dash (``7 February 1870 – 28 May 1937``) are two points in
  ``find_dates`` (a biography's life span is birth and death) and one interval in
  ``parse_date`` (an infobox value is one expression). Year or month ranges
  (``1938–1940``) are intervals everywhere.
- ``from X`` alone is ``X/`` and ``until X`` is ``/X``; ``interval_sides`` splits them.
- ``YYYY-NN`` with a plain hyphen is a range (``1905-07`` = 1905–1907) unless NN cannot end
  one (``1918-07`` = July 1918).
- An impossible date raises DateError from ``parse_date`` and is skipped by ``find_dates``.

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
