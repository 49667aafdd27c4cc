"""Property tests: find_dates never fails on arbitrary text and its matches are well formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prosograph.dates import find_dates, find_relative, parse_date
from prosograph.errors import DateError

# Text built from the pieces dates are made of, so the grammar is exercised hard.
_PIECES = st.sampled_from(
    [
        " ",
        ", ",
        "–",
        "-",
        "/",
        "(",
        ")",
        "[",
        "]",
        "O.S. ",
        "<nowiki/>",
        "or ",
        "and ",
        "from ",
        "until ",
        "between ",
        "the ",
        "early ",
        "end of ",
        "summer ",
        "c. ",
        "aged ",
        "at ",
        "years ",
        "after ",
        "15",
        "31",
        "1",
        "53",
        "208",
        "1918",
        "1891",
        "189110",
        "2099",
        "July ",
        "February ",
        "May",
        "s",
        "th ",
        ".",
    ]
)
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=30).map("".join))


@settings(max_examples=300)
@given(_TEXTS, st.integers(min_value=0, max_value=1000), st.none() | st.integers(1800, 2000))
def test_find_properties_matches_are_ordered_and_within_text(
    text: str, offset: int, year: int | None
) -> None:
    found = find_dates(text, offset=offset, year=year)
    last_end = offset
    for match in found:
        assert last_end <= match.start < match.end <= offset + len(text)
        assert match.value.text == text[match.start - offset : match.end - offset]
        last_end = match.end
    for relative in find_relative(text, offset=offset):
        assert relative.text == text[relative.start - offset : relative.end - offset]


@settings(max_examples=300)
@given(_TEXTS)
def test_find_properties_parse_date_gives_value_none_or_date_error(text: str) -> None:
    try:
        value = parse_date(text, year=1918)
    except DateError:
        return
    if value is not None and value.start is not None and value.end is not None:
        assert value.start <= value.end
