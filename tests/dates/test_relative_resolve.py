"""resolve_relative: relative expressions become dates once the anchor is known."""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from prosograph.dates import parse_date, resolve_relative
from prosograph.models import DateValue


def _date(text: str) -> DateValue:
    value = parse_date(text)
    assert value is not None
    return value


BIRTH = _date("26 October 1891")
DEATH = _date("10 February 1938")
REFERENCE = _date("16 July 1942")


@pytest.mark.parametrize(
    ("text", "edtf", "start", "end"),
    [
        ("aged 16", "[1907-10-26..1908-10-25]", "1907-10-26", "1908-10-25"),
        ("at 14", "[1905-10-26..1906-10-25]", "1905-10-26", "1906-10-25"),
        ("at the age of 14", "[1905-10-26..1906-10-25]", "1905-10-26", "1906-10-25"),
        ("Two decades after his death", "1958~", "1958-01-01", "1958-12-31"),
        ("a day after", "1942-07-17", "1942-07-17", "1942-07-17"),
        ("24 years prior", "1918-07-16", "1918-07-16", "1918-07-16"),
        ("the same day", "1942-07-16", "1942-07-16", "1942-07-16"),
        ("the following year", "1943", "1943-01-01", "1943-12-31"),
        ("that year", "1942", "1942-01-01", "1942-12-31"),
        ("the day before", "1942-07-15", "1942-07-15", "1942-07-15"),
        ("three months later", "1942-10-16", "1942-10-16", "1942-10-16"),
        ("almost a year later", "1943~", "1943-01-01", "1943-12-31"),
    ],
)
def test_relative_resolve_with_anchors(text: str, edtf: str, start: str, end: str) -> None:
    value = resolve_relative(text, birth=BIRTH, death=DEATH, reference=REFERENCE)
    assert value is not None
    assert (value.edtf, value.start, value.end, value.text) == (edtf, start, end, text)
    parse_edtf(edtf)


def test_relative_resolve_missing_anchor_gives_none() -> None:
    assert resolve_relative("aged 16") is None
    assert resolve_relative("aged 16", death=DEATH, reference=REFERENCE) is None
    assert resolve_relative("two decades after his death", birth=BIRTH) is None
    assert resolve_relative("the same day", birth=BIRTH, death=DEATH) is None


def test_relative_resolve_not_a_relative_expression() -> None:
    assert resolve_relative("in 1907", reference=REFERENCE) is None


def test_relative_resolve_age_from_year_only_birth() -> None:
    value = resolve_relative("aged 16", birth=_date("1891"))
    assert value is not None
    assert (value.edtf, value.start, value.end) == (
        "[1907-01-01..1908-12-30]",
        "1907-01-01",
        "1908-12-30",
    )


def test_relative_resolve_day_shift_of_a_month_gives_range() -> None:
    value = resolve_relative("a day after", reference=_date("July 1918"))
    assert value is not None
    assert (value.edtf, value.start, value.end) == (
        "[1918-07-02..1918-08-01]",
        "1918-07-02",
        "1918-08-01",
    )


def test_relative_resolve_same_day_keeps_old_style() -> None:
    value = resolve_relative("the same day", reference=_date("12 (24) February 1878"))
    assert value is not None
    assert (value.edtf, value.julian) == ("1878-02-24", "1878-02-12")


def test_relative_resolve_age_at_leap_day_birth() -> None:
    value = resolve_relative("aged 16", birth=_date("29 February 1904"))
    assert value is not None
    assert (value.start, value.end) == ("1920-02-29", "1921-02-28")
