"""bounds / from_edtf: the earliest and latest day an EDTF string allows (contract rules)."""

from __future__ import annotations

import pytest

from prosograph.dates import bounds, from_edtf


@pytest.mark.parametrize(
    ("edtf", "start", "end"),
    [
        ("1918-07", "1918-07-01", "1918-07-31"),
        ("1908", "1908-01-01", "1908-12-31"),
        ("1908~", "1908-01-01", "1908-12-31"),  # ~ and ? do not widen
        ("1937?", "1937-01-01", "1937-12-31"),
        ("1918-07-17%", "1918-07-17", "1918-07-17"),
        ("1900-02", "1900-02-01", "1900-02-28"),
        ("2000-02", "2000-02-01", "2000-02-29"),
        ("1937-21", "1937-03-01", "1937-05-31"),
        ("1937-22", "1937-06-01", "1937-08-31"),
        ("1937-23", "1937-09-01", "1937-11-30"),
        ("1937-24", "1937-12-01", "1938-02-28"),  # winter runs into the next year
        ("1939-24", "1939-12-01", "1940-02-29"),
        ("193X", "1930-01-01", "1939-12-31"),
        ("[1918-07-15,1918-07-16]", "1918-07-15", "1918-07-16"),
        ("[1918-07-15, 1918-07-16]", "1918-07-15", "1918-07-16"),  # a space is also read
        ("[1939-02,1939-03]", "1939-02-01", "1939-03-31"),
        ("[1907-10-26..1908-10-25]", "1907-10-26", "1908-10-25"),
        ("1923-08-30/1927-12-03", "1923-08-30", "1927-12-03"),
        ("1918/", "1918-01-01", None),  # unknown side: no bound
        ("1918/..", "1918-01-01", None),  # open side: no bound
        ("/1918", None, "1918-12-31"),
        ("../1918-07", None, "1918-07-31"),
        ("1908~/1910-24", "1908-01-01", "1911-02-28"),
        ("[..1918]", None, "1918-12-31"),  # on or before
        ("[1918-07..]", "1918-07-01", None),  # on or after
        ("1937-25", "1937-03-01", "1937-05-31"),  # level 2 season: the edtf library's reading
    ],
)
def test_values_bounds_contract_rules(edtf: str, start: str | None, end: str | None) -> None:
    assert bounds(edtf) == (start, end)


@pytest.mark.parametrize("edtf", [None, "", "not a date", "1920-02-31"])
def test_values_bounds_unreadable_gives_no_bounds(edtf: str | None) -> None:
    assert bounds(edtf) == (None, None)


def test_values_bounds_from_edtf_builds_value() -> None:
    value = from_edtf("1878-02-24", "24 February 1878", julian="1878-02-12")
    assert (value.edtf, value.start, value.end, value.text, value.julian) == (
        "1878-02-24",
        "1878-02-24",
        "1878-02-24",
        "24 February 1878",
        "1878-02-12",
    )
