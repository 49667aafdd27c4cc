"""Year ranges of party and spouse lists."""

from __future__ import annotations

import pytest

from prosograph.extract.periods import Period, parse_period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(1907–1918)", Period("1907", "1918", "1907–1918")),
        ("1918–53", Period("1918", "1953", "1918–53")),
        ("1998–03", Period("1998", "2003", "1998–03")),
        ("1918-1920", Period("1918", "1920", "1918-1920")),
        ("1920–present", Period("1920", None, "1920–present", open_end=True)),
        ("1918–", Period("1918", None, "1918–")),
        ("1918", Period("1918", None, "1918")),
        ("March 1917 – 1927", Period("March 1917", "1927", "March 1917 – 1927")),
        ("m. 1897", Period("1897", None, "m. 1897")),
        ("m. 1920; div. 1930", Period("1920", "1930", "m. 1920; div. 1930")),
        ("m. 1920–1938", Period("1920", "1938", "m. 1920–1938")),
        ("from 1918", Period("1918", None, "from 1918")),
        ("until 1930", Period(None, "1930", "until 1930")),
    ],
)
def test_infobox_periods_read_ranges(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["Bolsheviks", "grade 4", "2", "", "as the chairman of X"])
def test_infobox_periods_reject_non_ranges(text: str) -> None:
    assert parse_period(text) is None
