"""Year ranges as infoboxes write them: ``1907–1918``, ``1918–53``, ``m. 1897``, ``1920–present``.

Party and spouse lists attach such ranges to their items. This module only finds the two
ends as text (expanding ``53`` to ``1953``); turning them into dates is the dates package's
job, so the same calendar rules apply everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_APPROXIMATE = frozenset({"c.", "c", "ca.", "ca", "circa"})
_OPEN_WORDS = frozenset({"present", "incumbent", "now", "today", "date"})
# A hyphen separates only where it cannot be part of an ISO date: ``1918-53``, ``1918 - 1920``.
_RANGE = re.compile(
    r"\s*(?:–|—|−|\s-\s|(?<=\d{4})-(?=\d{2}(?:\d{2})?$|present$)|-$|\bto\b|\buntil\b|\btill\b)\s*"
)
_MARRIED = re.compile(r"^(?:m|married)\.?\s+(?P<rest>.+)$", re.IGNORECASE)
_ENDED = re.compile(
    r"[;,]?\s*(?:div|divorced|sep|separated|d|died|his death|her death|death|annulled|wid|"
    r"widowed)\.?\s*(?P<year>.*)$",
    re.IGNORECASE,
)
_START_ONLY = re.compile(r"^(?:from|since|after)\s+(?P<date>.+)$", re.IGNORECASE)
_END_ONLY = re.compile(r"^(?:until|till|to|before)\s+(?P<date>.+)$", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_SHORT_YEAR = re.compile(r"^\d{2}$")


@dataclass(frozen=True, slots=True)
class Period:
    """The two ends of a range as text; None where the text gives no end.

    ``open_end`` is True where the text says the state goes on (``1920–present``).
    ``text`` is the range exactly as written.
    """

    start: str | None
    end: str | None
    text: str
    open_end: bool = False


def _is_date_side(text: str) -> bool:
    """True when ``text`` is a date: a year, optionally with day, month and ``c.``."""
    if not _YEAR.search(text):
        return False
    for token in text.replace(",", " ").split():
        lowered = token.lower()
        if token.isdigit() and len(token) <= 4:
            continue
        if lowered in _MONTHS or lowered.rstrip(".") in _MONTHS or lowered in _APPROXIMATE:
            continue
        return False
    return True


def _expand_short_year(end: str, start: str | None) -> str:
    """``1918–53`` means 1953: take the century of the start, moving on if that goes back."""
    if not _SHORT_YEAR.match(end) or start is None:
        return end
    years = _YEAR.findall(start)
    if not years:
        return end
    start_year = int(years[-1])
    year = start_year // 100 * 100 + int(end)
    if year < start_year:
        year += 100
    return str(year)


def _parse_range(text: str) -> Period | None:
    """``1907–1918``, ``1918–53``, ``1920–present``, ``1918–``, ``1918``."""
    parts = _RANGE.split(text, maxsplit=1)
    if len(parts) == 1:
        return Period(start=text, end=None, text=text) if _is_date_side(text) else None
    start, end = (part.strip() for part in parts)
    if start and not _is_date_side(start):
        return None
    open_end = end.lower() in _OPEN_WORDS
    if open_end or not end:
        end_text = None
    else:
        end_text = _expand_short_year(end, start or None)
        if not _is_date_side(end_text):
            return None
    if not start and end_text is None:
        return None
    return Period(start=start or None, end=end_text, text=text, open_end=open_end)


def parse_period(text: str) -> Period | None:
    """Read a range as an infobox writes it, or None when ``text`` is not a range.

    Besides plain ranges this reads marriage notes (``m. 1897``, ``m. 1920; div. 1930``) and
    ``from 1918`` / ``until 1918``. A single year is taken as the start with an unknown end:
    ``Party (1918)`` says when membership began, not that it ended the same year.
    """
    text = text.strip().strip("()").strip()
    if not text:
        return None
    married = _MARRIED.match(text)
    if married:
        rest = married.group("rest").strip()
        ended = _ENDED.search(rest)
        if ended and ended.start() > 0:
            start = rest[: ended.start()].strip(" ;,")
            end = ended.group("year").strip() or None
            if _is_date_side(start) and (end is None or _is_date_side(end)):
                return Period(start=start, end=end, text=text)
        return _with_text(_parse_range(rest), text)
    start_only = _START_ONLY.match(text)
    if start_only and _is_date_side(start_only.group("date")):
        return Period(start=start_only.group("date"), end=None, text=text)
    end_only = _END_ONLY.match(text)
    if end_only and _is_date_side(end_only.group("date")):
        return Period(start=None, end=end_only.group("date"), text=text)
    return _parse_range(text)


def _with_text(period: Period | None, text: str) -> Period | None:
    """``period`` with ``text`` as its written form."""
    if period is None:
        return None
    return Period(period.start, period.end, text, period.open_end)
