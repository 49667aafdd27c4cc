"""Old Style (Julian) dates: conversion and the pairing of a Julian with a Gregorian day.

Russian sources before February 1918 give dates in the Julian calendar, often next to the
Gregorian one: ``24 February [O.S. 12 February] 1878``, ``12 (24) February 1878``, or the
fragment ``12 February] 1878`` that flattening leaves. The store keeps the Gregorian date in
``edtf`` and the Julian one in ``julian``. Calendar arithmetic is convertdate's.
"""

from __future__ import annotations

from dataclasses import dataclass

from convertdate import julian as _julian

from prosograph.errors import DateError

Day = tuple[int, int, int]  # (year, month, day)


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A day of a month as written, with its year when the text gives one."""

    month: int
    day: int
    year: int | None = None


def check_julian(day: Day) -> None:
    """Raise DateError unless ``day`` exists in the Julian calendar (29 February 1900 does)."""
    year, month, dom = day
    try:
        legal = 1 <= month <= 12 and _julian.legal_date(year, month, dom)
    except ValueError:  # convertdate raises rather than answering False
        legal = False
    if not legal:
        raise DateError(f"{year:04d}-{month:02d}-{dom:02d} is not a day of the Julian calendar")


def check_gregorian(day: Day) -> None:
    """Raise DateError unless ``day`` exists in the Gregorian calendar."""
    from datetime import date

    try:
        date(*day)
    except ValueError as error:
        raise DateError(f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d} is not a day: {error}") from None


def to_gregorian(day: Day) -> Day:
    """The Gregorian day of a Julian day."""
    check_julian(day)
    year, month, dom = _julian.to_gregorian(*day)
    return year, month, dom


def to_julian(day: Day) -> Day:
    """The Julian day of a Gregorian day."""
    check_gregorian(day)
    year, month, dom = _julian.from_gregorian(*day)
    return year, month, dom


def iso(day: Day) -> str:
    """``YYYY-MM-DD``."""
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"


def _year_before(later: Day, earlier: MonthDay) -> int:
    """The year of ``earlier`` (month, day) that falls shortly before or on ``later``.

    The Julian day trails the Gregorian one by 10-13 days, so ``31 December`` next to
    ``12 January 1878`` belongs to 1877.
    """
    return later[0] if (earlier.month, earlier.day) <= later[1:] else later[0] - 1


def _year_after(earlier: Day, later: MonthDay) -> int:
    """The year of ``later`` that falls shortly after or on ``earlier``."""
    return earlier[0] if (later.month, later.day) >= earlier[1:] else earlier[0] + 1


def pair(julian: MonthDay, gregorian: MonthDay, year: int, *, year_of: str) -> tuple[Day, Day]:
    """Complete a Julian/Gregorian pair written with one shared year.

    ``year_of`` says which date the written ``year`` belongs to (``"gregorian"`` or
    ``"julian"``); a date with its own year keeps it and the other's year is inferred from
    the calendars' order. Returns (gregorian day, julian day), both validated. The pair is
    kept as written even when the two do not convert into each other: the text is the
    evidence, and silently "correcting" it would store something the source does not say.
    """
    if year_of == "gregorian":
        greg: Day = (gregorian.year or year, gregorian.month, gregorian.day)
        jul: Day = (julian.year or _year_before(greg, julian), julian.month, julian.day)
    else:
        jul = (julian.year or year, julian.month, julian.day)
        greg = (gregorian.year or _year_after(jul, gregorian), gregorian.month, gregorian.day)
    check_gregorian(greg)
    check_julian(jul)
    return greg, jul


def paired_by_order(first: MonthDay, second: MonthDay, year: int) -> tuple[Day, Day]:
    """``12 (24) February 1878``: the first is Julian, unless the numbers say otherwise.

    The written year belongs to the second date. If the first only makes sense as the
    Gregorian day of the second (``24 (12) February``), the roles are swapped.
    """
    greg, jul = pair(first, second, year, year_of="gregorian")
    if to_gregorian(jul) != greg:
        try:
            alt_greg, alt_jul = pair(second, first, year, year_of="julian")
        except DateError:
            return greg, jul
        if to_gregorian(alt_jul) == alt_greg:
            return alt_greg, alt_jul
    return greg, jul


def from_fragment(julian: MonthDay, year: int) -> tuple[Day, Day]:
    """``12 February] 1878``: a Julian day whose Gregorian year is written after the bracket.

    The Julian year is the written one unless the Gregorian day would then fall in the next
    year (``25 December] 1878`` is Julian 25 December 1877 = 6 January 1878).
    """
    jul: Day = (julian.year or year, julian.month, julian.day)
    greg = to_gregorian(jul)
    if julian.year is None and greg[0] != year:
        earlier: Day = (year - 1, julian.month, julian.day)
        try:
            earlier_greg = to_gregorian(earlier)
        except DateError:
            return greg, jul
        if earlier_greg[0] == year:
            return earlier_greg, earlier
    return greg, jul
