"""Building ``DateValue`` records: EDTF strings with the earliest and latest day they allow.

The bounds are computed from the parts we already hold rather than by parsing the EDTF string
back with the ``edtf`` library: that library needs milliseconds per string, and the prose
pipeline builds a value for every date of every sentence. ``bounds`` does parse EDTF, with a
fast path for the forms this package writes and the library as the fallback for the rest.

Bounds follow ../shared/CONTRACT.md: ``~`` and ``?`` do not widen, a season covers its three
months (winter runs from December into the next year's February), a one-of set runs from
its earliest to its latest member, and an unknown or open interval side has no bound.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from prosograph.errors import DateError
from prosograph.models import DateValue

#: Months of each EDTF season: (first month, last month); winter ends in the next year.
SEASON_MONTHS: dict[int, tuple[int, int]] = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


@dataclass(frozen=True, slots=True)
class Parts:
    """One calendar position at some precision: a day, month, season, year, decade, century.

    ``unspecified`` is the number of trailing year digits left open: 1 for a decade
    (``193X``, ``year`` 1930), 2 for a century (``18XX``). ``qualifier`` is the EDTF
    suffix: ``""``, ``"~"`` (approximate) or ``"?"`` (uncertain).
    """

    year: int
    month: int | None = None
    day: int | None = None
    season: int | None = None
    unspecified: int = 0
    qualifier: str = ""

    @property
    def precision(self) -> str:
        """``day``, ``month``, ``season``, ``year``, ``decade`` or ``century``."""
        if self.unspecified:
            return "decade" if self.unspecified == 1 else "century"
        if self.season is not None:
            return "season"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


def check(parts: Parts) -> None:
    """Raise DateError unless ``parts`` names a real Gregorian day, month or year."""
    if not 1 <= parts.year <= 9999:
        raise DateError(f"year {parts.year} is out of range")
    if parts.month is not None and not 1 <= parts.month <= 12:
        raise DateError(f"{parts.year}: there is no month {parts.month}")
    if parts.day is not None:
        if parts.month is None:
            raise DateError(f"{parts.year}: a day needs a month")
        last = calendar.monthrange(parts.year, parts.month)[1]
        if not 1 <= parts.day <= last:
            month_name = calendar.month_name[parts.month]
            raise DateError(f"{month_name} {parts.year} has no day {parts.day}")


def edtf_of(parts: Parts) -> str:
    """The EDTF string of ``parts`` (a season carries no qualifier, see below)."""
    if parts.unspecified:
        digits = 4 - parts.unspecified
        text = f"{parts.year // 10**parts.unspecified:0{digits}d}" + "X" * parts.unspecified
    elif parts.season is not None:
        # edtf 5.0.2 rejects "1937-22~", so a qualified season is written unqualified;
        # its bounds are the whole season either way.
        return f"{parts.year:04d}-{parts.season}"
    elif parts.day is not None:
        text = f"{parts.year:04d}-{parts.month:02d}-{parts.day:02d}"
    elif parts.month is not None:
        text = f"{parts.year:04d}-{parts.month:02d}"
    else:
        text = f"{parts.year:04d}"
    return text + parts.qualifier


def first_day(parts: Parts) -> date:
    """The earliest day ``parts`` can mean."""
    if parts.season is not None:
        return date(parts.year, SEASON_MONTHS[parts.season][0], 1)
    return date(parts.year, parts.month or 1, parts.day or 1)


def last_day(parts: Parts) -> date:
    """The latest day ``parts`` can mean."""
    year = parts.year
    if parts.unspecified:
        return date(year + 10**parts.unspecified - 1, 12, 31)
    if parts.season is not None:
        month = SEASON_MONTHS[parts.season][1]
        year += 1 if parts.season == 24 else 0
    elif parts.month is None:
        return date(year, 12, 31)
    else:
        month = parts.month
    if parts.day is not None:
        return date(year, month, parts.day)
    return date(year, month, calendar.monthrange(year, month)[1])


def point(parts: Parts, text: str, julian: str | None = None) -> DateValue:
    """A DateValue for one date; raises DateError for an impossible one."""
    check(parts)
    return DateValue(
        edtf=edtf_of(parts),
        start=first_day(parts).isoformat(),
        end=last_day(parts).isoformat(),
        text=text,
        julian=julian,
    )


def one_of(first: Parts, second: Parts, text: str) -> DateValue:
    """``[a,b]``: one of two dates ("15 or 16 July", "February or March of 1939")."""
    check(first)
    check(second)
    low, high = sorted((first, second), key=first_day)
    return DateValue(
        edtf=f"[{edtf_of(low)},{edtf_of(high)}]",
        start=first_day(low).isoformat(),
        end=max(last_day(first), last_day(second)).isoformat(),
        text=text,
    )


def day_range(low: date, high: date, text: str) -> DateValue:
    """``[a..b]``: some day between two days ("aged 16" given the birth date)."""
    if low == high:
        return DateValue(low.isoformat(), low.isoformat(), high.isoformat(), text)
    return DateValue(
        f"[{low.isoformat()}..{high.isoformat()}]", low.isoformat(), high.isoformat(), text
    )


# --- bounds of an EDTF string -------------------------------------------------------------

_SIMPLE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?(?P<q>[~?%]?)")
_UNSPECIFIED = re.compile(r"(?P<y>\d{2,3})(?P<x>XX?)(?P<q>[~?%]?)")
_SET = re.compile(r"\[(?P<body>[^\[\]]+)\]")
_SET_SPLIT = re.compile(r"\s*(?:,|\.\.)\s*")


def parts_of(edtf: str) -> Parts | None:
    """Parts of a single EDTF date this package writes (day ... century), else None."""
    simple = _SIMPLE.fullmatch(edtf)
    if simple is not None:
        month = int(simple["m"]) if simple["m"] else None
        qualifier = simple["q"]
        if month is not None and month in SEASON_MONTHS:
            return Parts(int(simple["y"]), season=month, qualifier=qualifier)
        if month is not None and month > 12:
            return None  # level 2 seasons (25-41): left to the edtf library
        day = int(simple["d"]) if simple["d"] else None
        return Parts(int(simple["y"]), month, day, qualifier=qualifier)
    unspecified = _UNSPECIFIED.fullmatch(edtf)
    if unspecified is not None and len(unspecified["y"]) + len(unspecified["x"]) == 4:
        open_digits = len(unspecified["x"])
        year = int(unspecified["y"]) * 10**open_digits
        return Parts(year, unspecified=open_digits, qualifier=unspecified["q"])
    return None


def _single_bounds(edtf: str) -> tuple[date | None, date | None] | None:
    """Bounds of one date or one-of set, or None if it is not such a form.

    A set open at one end (``[..1918]``, "on or before") has no bound on that side.
    """
    parts = parts_of(edtf)
    if parts is not None:
        try:
            check(parts)
        except DateError:
            return None
        return first_day(parts), last_day(parts)
    found = _SET.fullmatch(edtf)
    if found is None:
        return None
    body = found["body"].strip()
    members = _SET_SPLIT.split(body)
    read = [_single_bounds(member) for member in members if member]
    if not read or any(member is None for member in read):
        return None
    lows = [member[0] for member in read if member is not None and member[0] is not None]
    highs = [member[1] for member in read if member is not None and member[1] is not None]
    low = None if body.startswith("..") or not lows else min(lows)
    high = None if body.endswith("..") or not highs else max(highs)
    return low, high


@lru_cache(maxsize=4096)
def _library_bounds(edtf: str) -> tuple[str | None, str | None]:
    """Bounds by the ``edtf`` library, for forms the fast path does not know."""
    from edtf import parse_edtf  # imported here: the library is slow to import and to run

    try:
        parsed = parse_edtf(edtf)
        low, high = parsed.lower_strict(), parsed.upper_strict()
    except Exception:  # the library raises assorted types for malformed input
        return None, None

    def iso(value: object) -> str | None:
        if isinstance(value, time.struct_time):
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
        return None  # +/-inf for an open side

    return iso(low), iso(high)


def bounds(edtf: str | None) -> tuple[str | None, str | None]:
    """Earliest and latest ISO day of an EDTF string, or None for an unknown/open side.

    Unlike the ``edtf`` library (which reads ``1918/`` as ending ten years later and winter
    ``1937-24`` as December only), this follows the contract's rules.
    """
    if not edtf:
        return None, None
    if "/" in edtf:
        left, _, right = edtf.partition("/")
        low = bounds(left)[0] if left and left != ".." else None
        high = bounds(right)[1] if right and right != ".." else None
        return low, high
    found = _single_bounds(edtf)
    if found is not None:
        first, last = found
        return (first.isoformat() if first else None), (last.isoformat() if last else None)
    return _library_bounds(edtf)


def from_edtf(edtf: str, text: str, julian: str | None = None) -> DateValue:
    """A DateValue for an EDTF string (e.g. one read back from the store)."""
    start, end = bounds(edtf)
    return DateValue(edtf=edtf, start=start, end=end, text=text, julian=julian)
