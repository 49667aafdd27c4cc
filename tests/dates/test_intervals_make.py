"""make_interval: EDTF ``START/END`` with unknown and open sides, bounds and Old Style."""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from prosograph.dates import interval_sides, make_interval, parse_date
from prosograph.models import DateValue


def _date(text: str, year: int | None = None) -> DateValue:
    value = parse_date(text, year=year)
    assert value is not None
    return value


def test_intervals_make_two_days_from_infobox_lines() -> None:
    value = make_interval(_date("30 August 1923"), _date("3 December 1927"))
    assert value == DateValue(
        edtf="1923-08-30/1927-12-03",
        start="1923-08-30",
        end="1927-12-03",
        text="30 August 1923 / 3 December 1927",
    )


def test_intervals_make_unknown_end_is_empty_not_open() -> None:
    value = make_interval(_date("1918"), None)
    assert (value.edtf, value.start, value.end) == ("1918/", "1918-01-01", None)


def test_intervals_make_open_end_only_when_asked() -> None:
    value = make_interval(_date("1918"), None, open_end=True)
    assert (value.edtf, value.start, value.end) == ("1918/..", "1918-01-01", None)


def test_intervals_make_unknown_start() -> None:
    value = make_interval(None, _date("July 1918"))
    assert (value.edtf, value.start, value.end) == ("/1918-07", None, "1918-07-31")


def test_intervals_make_no_sides_gives_no_date() -> None:
    value = make_interval(None, None, text="")
    assert (value.edtf, value.start, value.end) == (None, None, None)


def test_intervals_make_bounds_are_earliest_start_and_latest_end() -> None:
    value = make_interval(_date("March 1919"), _date("summer 1937"))
    assert (value.edtf, value.start, value.end) == ("1919-03/1937-22", "1919-03-01", "1937-08-31")


def test_intervals_make_explicit_text() -> None:
    value = make_interval(_date("1920"), _date("1922"), text="from 1920 until 1922")
    assert value.text == "from 1920 until 1922"


def test_intervals_make_julian_when_either_side_is_old_style() -> None:
    value = make_interval(_date("12 (24) February 1878"), _date("10 March 1880"))
    assert value.edtf == "1878-02-24/1880-03-10"
    assert value.julian == "1878-02-12/1880-02-27"
    assert make_interval(_date("1878"), _date("1880")).julian is None


def test_intervals_make_one_of_set_side_becomes_uncertain_member() -> None:
    value = make_interval(_date("On 15 or 16 July", year=1918), _date("1920"))
    assert (value.edtf, value.start, value.end) == ("1918-07-15?/1920", "1918-07-15", "1920-12-31")


def test_intervals_make_interval_sides_are_used() -> None:
    value = make_interval(_date("from 9 October 1919"), _date("until 28 June 1920"))
    assert (value.edtf, value.start, value.end) == (
        "1919-10-09/1920-06-28",
        "1919-10-09",
        "1920-06-28",
    )


@pytest.mark.parametrize(
    ("start", "end", "open_end"),
    [
        ("1918", None, False),
        ("1918", None, True),
        (None, "1918-07", False),
        ("193X", "1945", False),
        ("1908~", "1910", False),
        ("1937-22", "1938", False),
    ],
)
def test_intervals_make_result_is_readable_by_edtf_library(
    start: str | None, end: str | None, open_end: bool
) -> None:
    from prosograph.dates import from_edtf

    low = from_edtf(start, start) if start else None
    high = from_edtf(end, end) if end else None
    value = make_interval(low, high, open_end=open_end)
    assert value.edtf is not None
    parse_edtf(value.edtf)


def test_intervals_make_sides_split_back() -> None:
    start, end = interval_sides(_date("from 9 October 1919"))
    assert start is not None and end is None
    assert (start.edtf, start.start, start.end) == ("1919-10-09", "1919-10-09", "1919-10-09")
    point = _date("1907")
    assert interval_sides(point) == (point, None)
