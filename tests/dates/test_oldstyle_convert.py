"""Old Style conversion and pairing (Julian <-> Gregorian via convertdate)."""

from __future__ import annotations

import pytest

from prosograph.dates.oldstyle import (
    MonthDay,
    from_fragment,
    pair,
    paired_by_order,
    to_gregorian,
    to_julian,
)
from prosograph.errors import DateError


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1878, 2, 12), (1878, 2, 24)),
        ((1917, 10, 25), (1917, 11, 7)),
        ((1900, 2, 29), (1900, 3, 13)),
        ((1877, 12, 25), (1878, 1, 6)),
        ((1700, 2, 29), (1700, 3, 11)),  # a Julian leap day the Gregorian calendar lacks
    ],
)
def test_oldstyle_convert_both_ways(
    julian: tuple[int, int, int], gregorian: tuple[int, int, int]
) -> None:
    assert to_gregorian(julian) == gregorian
    assert to_julian(gregorian) == julian


def test_oldstyle_convert_rejects_impossible_days() -> None:
    with pytest.raises(DateError):
        to_gregorian((1878, 2, 30))
    with pytest.raises(DateError):
        to_julian((1900, 2, 29))


def test_oldstyle_convert_pair_infers_julian_year_across_new_year() -> None:
    greg, jul = pair(MonthDay(12, 25), MonthDay(1, 6), 1878, year_of="gregorian")
    assert (greg, jul) == ((1878, 1, 6), (1877, 12, 25))


def test_oldstyle_convert_pair_by_order_swaps_new_style_first() -> None:
    greg, jul = paired_by_order(MonthDay(2, 24), MonthDay(2, 12), 1878)
    assert (greg, jul) == ((1878, 2, 24), (1878, 2, 12))


def test_oldstyle_convert_fragment_year_belongs_to_gregorian_day() -> None:
    assert from_fragment(MonthDay(2, 12), 1878) == ((1878, 2, 24), (1878, 2, 12))
    assert from_fragment(MonthDay(12, 25), 1878) == ((1878, 1, 6), (1877, 12, 25))
