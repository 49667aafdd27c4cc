"""Turning a grammar match into DateValues: filling in shared parts and choosing the kind.

A composite shares parts between its sides (``15 or 16 July 1918``: the first side takes
month and year from the second); a partial date takes its year from context. A match that
turns out not to be a date (a bare ``15``, ``March`` with no year) is rejected with None so
the scanner can fall back to a shorter reading. An impossible date raises DateError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from prosograph.dates import oldstyle
from prosograph.dates.grammar import DAY_MONTH, SIDE_PARTS
from prosograph.dates.intervals import make_interval
from prosograph.dates.lexicon import SEASONS, month_number
from prosograph.dates.values import Parts, one_of, point
from prosograph.errors import DateError
from prosograph.models import DateValue

Kind = Literal["point", "interval"]
#: (start, end, value, kind) with offsets into the scanned text.
Found = tuple[int, int, DateValue, Kind]

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Side:
    """One side as written; ``year`` may be missing until filled from the other side."""

    year: int | None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    unspecified: int = 0  # 1: a decade, 2: a century (see values.Parts)
    qualifier: str = ""
    own_year: bool = False  # the year is written on this side
    day_comma_year: bool = False  # "16, 1918": only the second half of "July 15–16, 1918"

    @property
    def complete(self) -> bool:
        """A date on its own: it has a year, and a day has its month."""
        return self.year is not None and (self.day is None or self.month is not None)

    def parts(self) -> Parts:
        """The calendar parts; only call when ``complete``."""
        assert self.year is not None
        return Parts(self.year, self.month, self.day, self.season, self.unspecified, self.qualifier)


def _first(found: re.Match[str], *names: str) -> str | None:
    for name in names:
        value = found[name]
        if value is not None:
            return str(value)
    return None


@lru_cache(maxsize=4096)
def read_side(text: str) -> Side | None:
    """Parse one side (``early in 1908``, ``16 July``, ``15``) into its parts.

    Cached: the same few thousand spellings ("1918", "March 1919") recur across documents.
    """
    found = SIDE_PARTS.fullmatch(text)
    if found is None:
        return None
    qualifier = "~" if found["q"] or found["a"] else ""
    if found["unc"]:
        qualifier = "?"
    if found["iso"]:
        year, month, day = (int(x) for x in _DIGITS.findall(found["iso"]))
        return Side(year, month, day, qualifier=qualifier, own_year=True)
    if found["dec"]:
        return Side(int(found["dec"][:4]), unspecified=1, qualifier=qualifier, own_year=True)
    if found["cent"]:
        year = (int(_DIGITS.findall(found["cent"])[0]) - 1) * 100
        return Side(year, unspecified=2, qualifier=qualifier, own_year=True)
    if found["s3"]:
        season = SEASONS[found["s3"].lower()]
        return Side(int(found["y3"]), season=season, qualifier=qualifier, own_year=True)
    year_text = _first(found, "y1", "y2", "y4", "y5", "y9")
    month_text = _first(found, "m1", "m2", "m4", "m6", "m7", "m8")
    day_text = _first(found, "d1", "d2", "d6", "d7", "d9", "d10")
    return Side(
        year=int(year_text) if year_text else None,
        month=month_number(month_text) if month_text else None,
        day=int(_DIGITS.findall(day_text)[0]) if day_text else None,
        qualifier=qualifier,
        own_year=year_text is not None,
        day_comma_year=found["d9"] is not None,
    )


def _fill(first: Side, second: Side, year: int | None) -> tuple[Side, Side]:
    """Share month and year between the sides of a composite, then take ``year`` (context)."""
    if first.day is not None and first.month is None and second.month is not None:
        first = replace(first, month=second.month)
    if second.day is not None and second.month is None and first.month is not None:
        second = replace(second, month=first.month)
    if first.year is None and year is not None and second.year is None:
        first = replace(first, year=year)
    if first.year is None and second.year is not None:
        first = replace(first, year=second.year)
    if second.year is None and first.year is not None:
        later = (second.month or 0, second.day or 0) >= (first.month or 0, first.day or 0)
        second = replace(second, year=first.year if later else first.year + 1)
    return first, second


def _alone(side: Side, year: int | None) -> Side | None:
    """A side standing alone, with the context year if it lacks one; None if not a date."""
    if side.day_comma_year or (side.day is not None and side.month is None):
        return None
    if side.month is not None and side.day is None and not side.own_year and not side.qualifier:
        return None  # a bare month name counts only after "in"/"by"/"during" (rule "bm")
    if side.year is None:
        if year is None:
            return None
        side = replace(side, year=year)
    return side


def _pair(first_text: str, second_text: str, year: int | None) -> tuple[Side, Side] | None:
    """Both sides of a composite, filled; None unless both are complete dates."""
    first, second = read_side(first_text), read_side(second_text)
    if first is None or second is None:
        return None
    first, second = _fill(first, second, year)
    if not (first.complete and second.complete):
        return None
    if first.day_comma_year or (second.day_comma_year and first.day is None):
        return None
    return first, second


def _interval(
    first: Side | None, second: Side | None, whole: str, *, open_end: bool = False
) -> DateValue:
    low = point(first.parts(), whole) if first is not None else None
    high = point(second.parts(), whole) if second is not None else None
    return make_interval(low, high, open_end=open_end, text=whole)


def _main(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """A single date, or a range / choice built on it (``1938–1940``, ``15 or 16 July``)."""
    groups = found.groupdict()
    start, end = found.span()
    whole = text[start:end]
    a_text = groups["main_a"]
    if groups.get("main_c"):
        pair = _pair(a_text, groups["main_c"], year)
        if pair is None:
            return None
        return [(start, end, one_of(pair[0].parts(), pair[1].parts(), whole), "point")]
    if groups.get("main_b"):
        return _range(found, text, year)
    first = read_side(a_text)
    alone = _alone(first, year) if first is not None else None
    if alone is None:
        return None
    if groups.get("yy"):
        return _short_range(found, alone, whole)
    if groups.get("main_open"):
        return [(start, end, _interval(alone, None, whole, open_end=True), "interval")]
    return [(start, end, point(alone.parts(), whole), "point")]


def _range(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``X – Y``: an interval, or two separate points when both are full dates.

    ``7 February 1870 – 28 May 1937`` in a biography is birth and death, two point events;
    ``1938–1940`` or ``March–May 1919`` is a state that lasts. Rule: two points when both
    sides carry their own year and one of them has a day.
    """
    pair = _pair(found["main_a"], found["main_b"], year)
    if pair is None:
        return None
    first, second = pair
    start, end = found.span()
    whole = text[start:end]
    if first.own_year and second.own_year and (first.day is not None or second.day is not None):
        a_start, a_end = found.span("main_a")
        b_start, b_end = found.span("main_b")
        return [
            (a_start, a_end, point(first.parts(), text[a_start:a_end]), "point"),
            (b_start, b_end, point(second.parts(), text[b_start:b_end]), "point"),
        ]
    if _winter_years(first, second.year if _plain_year(second) else None):
        return [(start, end, point(first.parts(), whole), "point")]
    return [(start, end, _interval(first, second, whole), "interval")]


def _plain_year(side: Side) -> bool:
    return side.month is None and side.season is None and not side.unspecified


def _winter_years(first: Side, next_year: int | None) -> bool:
    """``winter of 1919–20`` is one winter (EDTF ``1919-24``), not a range."""
    return first.season == 24 and first.year is not None and next_year == first.year + 1


def _short_range(found: re.Match[str], first: Side, whole: str) -> list[Found]:
    """``1918–53`` and ``1919/20`` are ranges; with a plain hyphen ``1918-07`` is a month.

    After a day (``July 15–16``) the number is the last day of a range of days.

    A two-digit end takes the start's century, moving on a century if that goes back. A
    hyphen is read as an ISO month only when the number cannot end a range (``07`` after
    1918), so ``1905-07`` is the range 1905–1907: prose writes months in words.
    """
    assert first.year is not None
    start, end = found.span()
    short = int(found["yy"])
    if (
        _plain_year(first)
        and not first.qualifier
        and found["sep"] == "-"
        and 1 <= short <= 12
        and short <= first.year % 100
    ):
        return [(start, end, point(Parts(first.year, short), whole), "point")]
    if first.day is not None:  # "July 15–16": a range of days
        last = replace(first, day=short, qualifier="")
        return [(start, end, _interval(first, last, whole), "interval")]
    end_year = first.year // 100 * 100 + short
    if end_year <= first.year:
        end_year += 100
    if _winter_years(first, end_year):
        return [(start, end, point(first.parts(), whole), "point")]
    second = Side(end_year, own_year=True)
    return [(start, end, _interval(first, second, whole), "interval")]


def _month_day(text: str, year: int | None = None) -> oldstyle.MonthDay:
    found = DAY_MONTH.fullmatch(text)
    assert found is not None  # the grammar only hands over day-month pairs
    month = found["m1"] or found["m2"]
    day = found["d1"] or found["d2"]
    return oldstyle.MonthDay(month_number(month), int(day), year)


def _old_style(
    found: re.Match[str], whole: str, greg: oldstyle.Day, jul: oldstyle.Day
) -> list[Found]:
    start, end = found.span()
    value = point(Parts(*greg), whole, julian=oldstyle.iso(jul))
    return [(start, end, value, "point")]


def _is_new_style(mark: str) -> bool:
    return mark.lower().startswith("n")


def _osa(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``24 February [O.S. 12 February] 1878``: the year after the bracket is the outer date's."""
    outer = _month_day(found["osa_g"])
    bracket = _month_day(found["osa_j"], int(found["osa_jy"]) if found["osa_jy"] else None)
    written = int(found["osa_y"])
    if _is_new_style(found["osa_mark"]):
        greg, jul = oldstyle.pair(outer, bracket, written, year_of="julian")
    else:
        greg, jul = oldstyle.pair(bracket, outer, written, year_of="gregorian")
    return _old_style(found, text[found.start() : found.end()], greg, jul)


def _osb(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``13 January 1878 [O.S. 1 January]``: the outer date has its own year."""
    written = int(found["osb_y"])
    outer = _month_day(found["osb_g"], written)
    bracket = _month_day(found["osb_j"], int(found["osb_jy"]) if found["osb_jy"] else None)
    if _is_new_style(found["osb_mark"]):
        greg, jul = oldstyle.pair(outer, bracket, written, year_of="julian")
    else:
        greg, jul = oldstyle.pair(bracket, outer, written, year_of="gregorian")
    return _old_style(found, text[found.start() : found.end()], greg, jul)


def _osj(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``20 November 1892 (O.S.)`` is a Julian date; ``(N.S.)`` confirms the Gregorian."""
    written = _month_day(found["osj_d"], int(found["osj_y"]))
    day: oldstyle.Day = (int(found["osj_y"]), written.month, written.day)
    whole = text[found.start() : found.end()]
    if _is_new_style(found["osj_mark"]):
        return [(found.start(), found.end(), point(Parts(*day), whole), "point")]
    return _old_style(found, whole, oldstyle.to_gregorian(day), day)


def _osr(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``20 December 1877 (1 January 1878)``: two full dates that are one day in two calendars.

    With no marker, only the arithmetic shows this is a calendar pair and not two events, so
    it is required: otherwise the match is rejected and the first date read alone.
    """
    first_md = _month_day(found["osr_a"])
    second_md = _month_day(found["osr_b"])
    first: oldstyle.Day = (int(found["osr_ay"]), first_md.month, first_md.day)
    second: oldstyle.Day = (int(found["osr_by"]), second_md.month, second_md.day)
    whole = text[found.start() : found.end()]
    for julian, gregorian in ((first, second), (second, first)):
        try:
            if oldstyle.to_gregorian(julian) == gregorian:
                return _old_style(found, whole, gregorian, julian)
        except DateError:
            continue
    return None


def _osp(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``12 (24) February 1878``: the first day is Julian."""
    written = int(found["osp_y"]) if found["osp_y"] else year
    if written is None:
        return None
    month = month_number(found["osp_m"])
    first = oldstyle.MonthDay(month, int(_DIGITS.findall(found["osp_a"])[0]))
    second = oldstyle.MonthDay(month, int(_DIGITS.findall(found["osp_b"])[0]))
    greg, jul = oldstyle.paired_by_order(first, second, written)
    return _old_style(found, text[found.start() : found.end()], greg, jul)


def _osq(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``31 January (12 February) 1878``: the first date is Julian."""
    written = int(found["osq_y"]) if found["osq_y"] else year
    if written is None:
        return None
    first, second = _month_day(found["osq_a"]), _month_day(found["osq_b"])
    greg, jul = oldstyle.paired_by_order(first, second, written)
    return _old_style(found, text[found.start() : found.end()], greg, jul)


def _frag(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``12 February] 1878``: a Julian day cut from its ``[O.S. …]`` bracket."""
    greg, jul = oldstyle.from_fragment(_month_day(found["frag_j"]), int(found["frag_y"]))
    return _old_style(found, text[found.start() : found.end()], greg, jul)


def _between(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``between 1932 and 1937``."""
    pair = _pair(found["btw_a"], found["btw_b"], year)
    if pair is None:
        return None
    start, end = found.span()
    return [(start, end, _interval(pair[0], pair[1], text[start:end]), "interval")]


def _from(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``from 1920 until 1922``; ``from July 1919`` alone starts an interval (``1919-07/``)."""
    start, end = found.span()
    whole = text[start:end]
    if found["from_b"]:
        pair = _pair(found["from_a"], found["from_b"], year)
        if pair is None:
            return None
        return [(start, end, _interval(pair[0], pair[1], whole), "interval")]
    first = read_side(found["from_a"])
    alone = _alone(first, year) if first is not None else None
    if alone is None:
        return None
    open_end = found["from_open"] is not None
    return [(start, end, _interval(alone, None, whole, open_end=open_end), "interval")]


def _until(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``until 28 June 1920`` ends an interval whose start the text does not give."""
    last = read_side(found["until_b"])
    alone = _alone(last, year) if last is not None else None
    if alone is None:
        return None
    start, end = found.span()
    return [(start, end, _interval(None, alone, text[start:end]), "interval")]


_BARE_QUALIFIER = re.compile(r"(?i:early|late|mid)")


def _bare_month(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """``In April, …`` / ``by early March``: the month of the context year."""
    if year is None:
        return None
    start, end = found.span("bm_m")
    written = text[start:end]
    qualifier = "~" if _BARE_QUALIFIER.match(written) else ""
    month = month_number(written.split()[-1].split("-")[-1])
    return [(start, end, point(Parts(year, month, qualifier=qualifier), written), "point")]


_HANDLERS = {
    "osa": _osa,
    "osb": _osb,
    "osj": _osj,
    "osr": _osr,
    "osp": _osp,
    "osq": _osq,
    "frag": _frag,
    "btw": _between,
    "from": _from,
    "until": _until,
    "bm": _bare_month,
    "main": _main,
}


def interpret(found: re.Match[str], text: str, year: int | None) -> list[Found] | None:
    """The dates of one grammar match; None if the match is not a date after all.

    Raises DateError for an impossible date (``31 February 1920``).
    """
    name = found.lastgroup
    handler = _HANDLERS.get(name) if name else None
    return handler(found, text, year) if handler is not None else None
