"""Dates given relative to another date: ``aged 16``, ``a day after``, ``24 years prior``.

Finding and resolving are separate because the anchor is usually elsewhere: ``aged 16``
needs the subject's birth date, which the extractor knows only after reading the infobox;
``a day after the killing`` needs the date of the event just mentioned. So ``find_relative``
reports where such expressions are and which anchor each needs, and the extractor calls
``resolve_relative`` with whatever anchors it has.

Resolution rules:

- an age (``aged 16``, ``at 14``, ``at the age of 14``) is the one-of range from the N-th
  birthday to the day before the next: birth 1891-10-26, aged 16 -> ``[1907-10-26..1908-10-25]``;
- an exact shift (``24 years prior``, ``a day after``, ``the following year``) keeps the
  anchor's precision (or the unit's, if coarser);
- a hedged or loose shift (``about four years later``, ``two decades after his death``) is an
  approximate year ``1958~`` (approximate month/day for month/day units).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from prosograph.dates.lexicon import COUNT, NUMBER, number_value
from prosograph.dates.values import Parts, day_range, parts_of, point
from prosograph.models import DateValue

Anchor = Literal["birth", "death", "reference"]

_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_AGE = (
    rf"(?P<age>(?i:aged|at\s+the\s+age\s+of|at\s+age)\s+(?P<age_n>{NUMBER}))"
    r"(?:\s+years?(?:\s+old|\s+of\s+age)?)?"
)
# "at 14" or "when he was 14" is an age only where a clause goes on after it ("left school at
# 14 to work"), not "at 14 Main Street", "at 10 in the morning" or "when he was one of the
# leaders"; bare "at N" only from 10, as "at two" is usually a time.
_AGE_TAIL = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|and|he|she|they|when|after|before|while|but|as)\b"
    r"|\s+years?\s+(?:old|of\s+age))(?:\s+years?\s+(?:old|of\s+age))?"
)
_AGE_AT = (
    r"(?P<age_at>(?<!\w)[Aa]t\s+(?P<at_n>[1-9]\d|(?i:ten|eleven|twelve|thirteen|fourteen|"
    rf"fifteen|sixteen|seventeen|eighteen|nineteen|twenty))(?![\w-])){_AGE_TAIL}"
)
_AGE_WHEN = rf"(?P<age_when>(?i:when\s+(?:he|she)\s+was)\s+(?P<when_n>{COUNT})){_AGE_TAIL}"
_HEDGE = r"(?i:about|some|nearly|almost|around|roughly|approximately|over|more\s+than)"
_SHIFT = (
    rf"(?P<shift>(?:(?P<hedge>{_HEDGE})\s+)?(?P<n>{NUMBER})\s+{_UNIT}\s+"
    r"(?P<dir>(?i:after|later|afterwards?|before|earlier|prior|previously))"
    r"(?:\s+(?:his|her|their)\s+(?P<anchor>death|birth))?)"
)
_NEIGHBOUR = (
    r"(?P<neighbour>(?P<which>(?i:the\s+same|that\s+same|that|the\s+next|the\s+following"
    r"|the\s+previous|the\s+preceding|the\s+prior|the\s+subsequent))\s+"
    r"(?P<unit2>day|week|month|year)\b)"
)
_DAY_AROUND = r"(?P<around>(?i:the\s+day\s+(?P<around_dir>before|after)))(?!\s+(?:that|which)\b)"

_RELATIVE = re.compile(
    rf"(?<!\w)(?:{_AGE}|{_AGE_AT}|{_AGE_WHEN}|{_SHIFT}|{_NEIGHBOUR}|{_DAY_AROUND})"
)

_BACKWARD = frozenset({"before", "earlier", "prior", "previously", "previous", "preceding"})


@dataclass(frozen=True, slots=True)
class RelativeMatch:
    """A relative date expression in text, to be resolved by ``resolve_relative``.

    ``anchor`` names the date it counts from: ``birth`` (ages, "after his birth"),
    ``death`` ("two decades after his death") or ``reference`` (the event the text is
    talking about: "a day after the killing", "24 years prior", "the same day").
    """

    start: int
    end: int
    text: str
    anchor: Anchor


def _anchor_of(found: re.Match[str]) -> Anchor:
    if found["age"] or found["age_at"] or found["age_when"]:
        return "birth"
    if found["shift"] and found["anchor"]:
        return "death" if found["anchor"] == "death" else "birth"
    return "reference"


def find_relative(text: str, *, offset: int = 0) -> list[RelativeMatch]:
    """Every relative date expression in ``text``, in order; offsets as in ``find_dates``."""
    return [
        RelativeMatch(offset + m.start(), offset + m.end(), m.group(), _anchor_of(m))
        for m in _RELATIVE.finditer(text)
    ]


# --- resolution -----------------------------------------------------------------------------


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the 31st becomes the month's last day if need be."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _move(day: date, amount: int, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "month":
        return _add_months(day, amount)
    return _add_months(day, 12 * amount)  # year (decades are converted to years)


def _bounds(value: DateValue | None) -> tuple[date, date] | None:
    if value is None or value.start is None or value.end is None:
        return None
    return date.fromisoformat(value.start), date.fromisoformat(value.end)


def _age(value: DateValue, years: int, text: str) -> DateValue | None:
    """From the ``years``-th birthday to the day before the next one.

    A 29 February birthday falls on 28 February or 1 March in other years; the window
    takes whichever makes it wider, since it bounds where the event can be.
    """
    known = _bounds(value)
    if known is None:
        return None
    low = _move(known[0], years, "year")
    born = known[1]
    if (born.month, born.day) == (2, 29) and not calendar.isleap(born.year + years + 1):
        next_birthday = date(born.year + years + 1, 3, 1)
    else:
        next_birthday = _move(born, years + 1, "year")
    return day_range(low, next_birthday - timedelta(days=1), text)


_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "decade": 4, "century": 5}
_UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year"}


def _truncate(parts: Parts, precision: str) -> Parts:
    if precision == "year":
        return Parts(parts.year, qualifier=parts.qualifier)
    if precision == "month":
        return Parts(parts.year, parts.month, qualifier=parts.qualifier)
    return parts


def _shift(
    value: DateValue, amount: int, unit: str, *, approximate: bool, truncate: bool, text: str
) -> DateValue | None:
    """``value`` moved by ``amount`` units.

    The result keeps the anchor's precision; ``truncate`` ("the following year") coarsens
    it to the unit's, and ``approximate`` does too, adding ``~``. A shift finer than the
    anchor ("a day after" a month) or an anchor that is not a plain day, month or year
    gives the one-of range of the moved bounds, which is exact.
    """
    known = _bounds(value)
    if known is None:
        return None
    low, high = _move(known[0], amount, unit), _move(known[1], amount, unit)
    parts = parts_of(value.edtf) if value.edtf else None
    if parts is None or parts.precision not in _UNIT_PRECISION.values():
        return day_range(low, high, text)
    unit_precision = _UNIT_PRECISION[unit]
    finer = _RANK[unit_precision] < _RANK[parts.precision]
    if finer and amount != 0 and not approximate:
        return day_range(low, high, text)
    precision = parts.precision
    if (approximate or truncate) and not finer:
        precision = unit_precision
    if amount == 0 and precision == parts.precision:
        return DateValue(value.edtf, value.start, value.end, text, value.julian)
    qualifier = "~" if approximate else parts.qualifier
    moved = Parts(low.year, low.month, low.day, qualifier=qualifier)
    return point(_truncate(moved, precision), text)


def _pick(
    anchor: Anchor,
    birth: DateValue | None,
    death: DateValue | None,
    reference: DateValue | None,
) -> DateValue | None:
    if anchor == "birth":
        return birth
    return death if anchor == "death" else reference


def resolve_relative(
    text: str,
    *,
    birth: DateValue | None = None,
    death: DateValue | None = None,
    reference: DateValue | None = None,
) -> DateValue | None:
    """The date a relative expression means, or None when its anchor is not given.

    ``text`` is the expression (a ``RelativeMatch.text``) or a phrase containing one; the
    anchor is chosen as ``find_relative`` names it. The result's ``text`` is the expression.
    """
    found = _RELATIVE.search(text)
    if found is None:
        return None
    written = found.group()
    anchor_value = _pick(_anchor_of(found), birth, death, reference)
    if anchor_value is None or anchor_value.edtf is None:
        return None
    if found["age"] or found["age_at"] or found["age_when"]:
        years = found["age_n"] or found["at_n"] or found["when_n"]
        return _age(anchor_value, number_value(years), written)
    if found["shift"]:
        amount = number_value(found["n"])
        unit = found["unit"]
        approximate = found["hedge"] is not None or unit == "decade"
        if unit == "decade":
            unit, amount = "year", amount * 10
        if found["dir"].lower() in _BACKWARD:
            amount = -amount
        return _shift(
            anchor_value, amount, unit, approximate=approximate, truncate=False, text=written
        )
    if found["around"]:
        step = -1 if found["around_dir"].lower() == "before" else 1
        return _shift(anchor_value, step, "day", approximate=False, truncate=False, text=written)
    which = found["which"].lower().split()[-1]
    step = -1 if which in _BACKWARD else (0 if which in ("same", "that") else 1)
    return _shift(
        anchor_value, step, found["unit2"], approximate=False, truncate=True, text=written
    )
