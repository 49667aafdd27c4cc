"""Intervals ``START/END`` for states that last (a position, a membership, an exile).

A side the text does not give is left empty (EDTF "unknown", ``1918/``); ``..`` ("open") is
written only when the text says the state goes on (``1920–present``). ``start`` is the
earliest day of the start side and ``end`` the latest day of the end side, so a range query
finds the state wherever it may have been.
"""

from __future__ import annotations

import re

from prosograph.dates import oldstyle
from prosograph.dates.values import from_edtf, parts_of
from prosograph.models import DateValue

_SET_SPLIT = re.compile(r"\s*(?:,|\.\.)\s*")
_QUALIFIERS = ("~", "?", "%")


def _side(edtf: str | None, which: str) -> str | None:
    """The start or end side of an EDTF string, as something an interval side may be.

    An interval contributes its own side. EDTF allows no set inside an interval, so a
    one-of set (``[1918-07-15,1918-07-16]``) contributes its earliest member as a start and
    its latest as an end, marked uncertain (``1918-07-15?``); the bounds stay exact.
    """
    if not edtf:
        return None
    if "/" in edtf:
        left, _, right = edtf.partition("/")
        edtf = left if which == "start" else right
        if edtf in ("", ".."):
            return None
    if edtf.startswith("[") and edtf.endswith("]"):
        members = [m for m in _SET_SPLIT.split(edtf[1:-1].strip()) if m]
        if not members:
            return None
        member = members[0] if which == "start" else members[-1]
        return member if member.endswith(_QUALIFIERS) else member + "?"
    return edtf


def _julian_side(value: DateValue, which: str) -> str | None:
    """The Old Style form of one side: as given, or converted from a Gregorian day.

    Only day precision is converted; a month or year is kept as written, since the two
    calendars differ by under two weeks and the text gives no finer evidence.
    """
    if value.julian:
        return _side(value.julian, which)
    side = _side(value.edtf, which)
    parts = parts_of(side) if side else None
    if parts is None or parts.day is None or parts.month is None:
        return side
    converted = oldstyle.iso(oldstyle.to_julian((parts.year, parts.month, parts.day)))
    return converted + parts.qualifier


def make_interval(
    start: DateValue | None,
    end: DateValue | None,
    *,
    open_end: bool = False,
    text: str | None = None,
) -> DateValue:
    """The interval from ``start`` to ``end``; either side may be unknown (None).

    ``open_end`` writes ``..`` for a missing end (the state goes on). ``text`` defaults to
    the sides' texts joined by `` / ``. With no date on either side the result has no EDTF.
    The interval has a ``julian`` form when either side was given in the Old Style.
    """
    if text is None:
        text = " / ".join(v.text for v in (start, end) if v is not None and v.text)
    low = _side(start.edtf, "start") if start is not None else None
    high = _side(end.edtf, "end") if end is not None else None
    if low is None and high is None:
        return DateValue(edtf=None, start=None, end=None, text=text)
    right = high if high is not None else (".." if open_end else "")
    julian = None
    if (start is not None and start.julian) or (end is not None and end.julian):
        j_low = _julian_side(start, "start") if start is not None and low else None
        j_high = _julian_side(end, "end") if end is not None and high else None
        julian = f"{j_low or ''}/{j_high if j_high is not None else right}"
    return DateValue(
        edtf=f"{low or ''}/{right}",
        start=start.start if start is not None and low is not None else None,
        end=end.end if end is not None and high is not None else None,
        text=text,
        julian=julian,
    )


def interval_sides(value: DateValue) -> tuple[DateValue | None, DateValue | None]:
    """Split an interval value into its two sides (None where unknown or open).

    A point extractor that meets ``from 9 October 1919`` (``1919-10-09/``) can take the
    start side as its date. A value that is not an interval is returned as its own start.
    """
    if not value.edtf or "/" not in value.edtf:
        return value, None
    sides: list[DateValue | None] = []
    for which in ("start", "end"):
        side = _side(value.edtf, which)
        julian = _side(value.julian, which) if value.julian else None
        sides.append(from_edtf(side, value.text, julian) if side else None)
    return sides[0], sides[1]
