"""Property tests: any real day, written the ways biographies write it, reads back the same."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from prosograph.dates import find_dates, parse_date
from prosograph.dates.oldstyle import to_julian

_DAYS = st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31))
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _forms(day: date) -> list[str]:
    month = calendar.month_name[day.month]
    abbreviation = calendar.month_abbr[day.month]
    suffix = _ORDINAL.get(day.day, "th")
    return [
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        day.isoformat(),
        f"{day.day}{suffix} of {month} {day.year}",
        f"{month} {day.day}{suffix}, {day.year}",
        f"{day.day} {abbreviation}{'' if abbreviation == month else '.'} {day.year}",
    ]


@given(_DAYS)
def test_parse_roundtrip_day_forms(day: date) -> None:
    for text in _forms(day):
        value = parse_date(text)
        assert value is not None, text
        assert (value.edtf, value.start, value.end) == (day.isoformat(),) * 3, text
        found = find_dates(f"He was born on {text} in Moscow.", offset=5)
        assert len(found) == 1, text
        assert found[0].value.edtf == day.isoformat(), text
        assert found[0].end - found[0].start == len(text)


@given(_DAYS)
def test_parse_roundtrip_month_and_year(day: date) -> None:
    month = calendar.month_name[day.month]
    value = parse_date(f"In {month} {day.year} he left.")
    assert value is not None
    last = calendar.monthrange(day.year, day.month)[1]
    assert value.edtf == f"{day.year:04d}-{day.month:02d}"
    assert (value.start, value.end) == (
        f"{day.year:04d}-{day.month:02d}-01",
        f"{day.year:04d}-{day.month:02d}-{last:02d}",
    )


@given(st.dates(min_value=date(1583, 1, 1), max_value=date(1918, 2, 13)))
def test_parse_roundtrip_old_style_pair(day: date) -> None:
    jy, jm, jd = to_julian((day.year, day.month, day.day))
    greg_month = calendar.month_name[day.month]
    jul_month = calendar.month_name[jm]
    text = f"{day.day} {greg_month} [O.S. {jd} {jul_month}] {day.year}"
    value = parse_date(text)
    assert value is not None
    assert value.edtf == day.isoformat()
    assert value.julian == f"{jy:04d}-{jm:02d}-{jd:02d}"
    fragment = parse_date(f"{jd} {jul_month}] {day.year}")
    assert fragment is not None
    assert (fragment.edtf, fragment.julian) == (value.edtf, value.julian)
