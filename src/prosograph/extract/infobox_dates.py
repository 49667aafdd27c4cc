"""Dates of infobox values, read through the dates package with the infobox's own noise removed.

Infobox date values carry remarks the date parser should not see (``(aged 46)``), may
hold a place after the date (``26 October 1891, Moscow``) and use words for an open end
(``Incumbent``). An impossible date is not a date here: the value is kept as an attribute.
"""

from __future__ import annotations

import re

from prosograph.dates import make_interval, parse_date
from prosograph.errors import DateError
from prosograph.extract.infobox_text import clean_place, has_word, is_parenthetical
from prosograph.extract.periods import Period
from prosograph.models import DateValue

_AGE_REMARK = re.compile(r"\(\s*(?:aged?|age)\b[^()]*\)", re.IGNORECASE)
_CITATION = re.compile(r"\[(?:\d+|[a-z]|citation needed)\]")
_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)$")
_YEAR_END = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\]?\)?")
_OPEN_END = frozenset({"incumbent", "present", "to date", "now", "today"})


def _strip_remarks(text: str) -> str:
    """``19 December 1954 (aged 46)`` -> ``19 December 1954``; citation markers go too."""
    text = _AGE_REMARK.sub(" ", text)
    text = _CITATION.sub(" ", text)
    return " ".join(text.split()).strip(" ,;")


def _parse(text: str) -> DateValue | None:
    """``parse_date`` with an impossible date read as no date."""
    try:
        return parse_date(text)
    except DateError:
        return None


def read_date(text: str) -> DateValue | None:
    """The date ``text`` states, or None when it states none (or an impossible one).

    A trailing remark the parser rejects (``5 May 1920 (acting)``) is dropped and the rest
    tried again; brackets inside the date (``12 (24) February 1878``) are left alone.
    """
    cleaned = _strip_remarks(text)
    while cleaned:
        found = _parse(cleaned)
        if found is not None:
            return found
        shorter = _TRAILING_REMARK.sub("", cleaned).strip(" ,;")
        if shorter == cleaned:
            return None
        cleaned = shorter
    return None


def read_date_and_place(text: str) -> tuple[DateValue | None, str | None]:
    """A ``Born``/``Died`` value: the date it starts with and the place after it, if any.

    The date's end is the shortest prefix, cut at a comma or after a year, that reads as
    the same date as the whole value (or, if the whole does not parse, as the longest
    prefix that does): ``August 17, 1851`` needs both items; ``1891-10-26 Moscow`` ends
    after the year. What follows is a place only when it holds words and is not a
    bracketed remark.
    """
    cleaned = _strip_remarks(text)
    cuts = {match.start() for match in re.finditer(",", cleaned)}
    cuts.update(match.end() for match in _YEAR_END.finditer(cleaned))
    cuts.add(len(cleaned))
    readings = [(cut, read_date(cleaned[:cut])) for cut in sorted(cuts)]
    found = [(cut, date) for cut, date in readings if date is not None]
    if not found:
        return None, None
    target = found[-1][1]
    cut = next(cut for cut, date in found if _same_date(date, target))
    rest = cleaned[cut:].strip(" ,;")
    if rest and has_word(rest) and not is_parenthetical(rest):
        return target, clean_place(rest)
    return target, None


def _same_date(one: DateValue, other: DateValue) -> bool:
    """True when two readings give the same day in both calendars."""
    return (one.edtf, one.julian) == (other.edtf, other.julian)


def is_open_end(text: str) -> bool:
    """True when a term end says the office is still held (``Incumbent``)."""
    return _strip_remarks(text).lower() in _OPEN_END


def interval(
    start_texts: list[str], end_texts: list[str], *, open_end: bool = False
) -> DateValue | None:
    """The interval of a state from its written start and end, or None when neither is a date.

    ``date_text`` joins the written values with `` / `` as the contract asks.
    """
    start = next((d for d in map(read_date, start_texts) if d is not None), None)
    end = next((d for d in map(read_date, end_texts) if d is not None), None)
    if start is None and end is None and not open_end:
        return None
    text = " / ".join(value.strip() for value in [*start_texts, *end_texts] if value.strip())
    return make_interval(start, end, open_end=open_end, text=text or None)


def period_interval(period: Period) -> DateValue | None:
    """The interval of a membership or marriage period such as ``1918–53``."""
    start = read_date(period.start) if period.start else None
    end = read_date(period.end) if period.end else None
    if start is None and end is None and not period.open_end:
        return None
    return make_interval(start, end, open_end=period.open_end, text=period.text)
