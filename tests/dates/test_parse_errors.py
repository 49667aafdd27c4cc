"""parse_date refuses impossible dates loudly and reports "no date" as None."""

from __future__ import annotations

import pytest

from prosograph.dates import parse_date
from prosograph.errors import DateError


@pytest.mark.parametrize(
    "text",
    [
        "31 February 1920",
        "1991-13-40",
        "1900-02-29",  # 1900 is not a Gregorian leap year
        "April 31, 1919",
        "30 February [O.S. 17 February] 1878",
        "12 February [O.S. 30 February] 1878",
    ],
)
def test_parse_errors_impossible_date_raises(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("(N.S.)", None),
        ("Nikolayevka", None),
        ("", None),
        ("   ", None),
        ("Execution by firing squad", None),
        ("25 July", None),  # no year and no context: not usable
        ("On 15 or 16 July", None),
        ("the 8th Orgburo", None),
        ("Declaration of 46", None),
        ("Mariahilfer Straße 208", None),
        ("a 62-year-old man", None),
        ("approximately 100 thousand gold rubles", None),
        ("Grigoriy Petrovskiy Signature 1936.png", None),
        ("30px Colonel general", None),
        ("the February Revolution", 1917),
    ],
)
def test_parse_errors_no_date_gives_none(text: str, year: int | None) -> None:
    assert parse_date(text, year=year) is None


def test_parse_errors_julian_leap_day_that_gregorian_lacks_is_accepted() -> None:
    # 29 February 1900 exists in the Julian calendar (= 13 March 1900 Gregorian).
    value = parse_date("13 March [O.S. 29 February] 1900")
    assert value is not None
    assert (value.edtf, value.julian) == ("1900-03-13", "1900-02-29")
