"""The expression table: every form the corpus writes, with the DateValue it must give.

Each produced EDTF string (and Julian form) must also be readable by the ``edtf`` library,
so the store and any EDTF consumer can read what we write.
"""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from prosograph.dates import parse_date

# (text, context year, edtf, start, end, julian)
TABLE: list[tuple[str, int | None, str, str | None, str | None, str | None]] = [
    ("26 October 1891", None, "1891-10-26", "1891-10-26", "1891-10-26", None),
    ("December 14, 1888", None, "1888-12-14", "1888-12-14", "1888-12-14", None),
    ("1938-02-10", None, "1938-02-10", "1938-02-10", "1938-02-10", None),
    ("March 1919", None, "1919-03", "1919-03-01", "1919-03-31", None),
    ("1907", None, "1907", "1907-01-01", "1907-12-31", None),
    ("the 1930s", None, "193X", "1930-01-01", "1939-12-31", None),
    ("the 1980s", None, "198X", "1980-01-01", "1989-12-31", None),
    ("early in 1908", None, "1908~", "1908-01-01", "1908-12-31", None),
    ("late 1874", None, "1874~", "1874-01-01", "1874-12-31", None),
    ("summer 1937", None, "1937-22", "1937-06-01", "1937-08-31", None),
    ("spring 1922", None, "1922-21", "1922-03-01", "1922-05-31", None),
    ("fall of 1880", None, "1880-23", "1880-09-01", "1880-11-30", None),
    ("winter 1919", None, "1919-24", "1919-12-01", "1920-02-29", None),
    ("from 1920 until 1922", None, "1920/1922", "1920-01-01", "1922-12-31", None),
    ("1938–1940", None, "1938/1940", "1938-01-01", "1940-12-31", None),
    ("1938-1940", None, "1938/1940", "1938-01-01", "1940-12-31", None),
    ("(1907–1918)", None, "1907/1918", "1907-01-01", "1918-12-31", None),
    ("1918–53", None, "1918/1953", "1918-01-01", "1953-12-31", None),
    ("On 15 or 16 July", 1918, "[1918-07-15,1918-07-16]", "1918-07-15", "1918-07-16", None),
    ("February or March of 1939", None, "[1939-02,1939-03]", "1939-02-01", "1939-03-31", None),
    (
        "24 February [O.S. 12 February] 1878",
        None,
        "1878-02-24",
        "1878-02-24",
        "1878-02-24",
        "1878-02-12",
    ),
    (
        "24 February [<nowiki/>O.S. 12 February] 1878",
        None,
        "1878-02-24",
        "1878-02-24",
        "1878-02-24",
        "1878-02-12",
    ),
    ("12 (24) February 1878", None, "1878-02-24", "1878-02-24", "1878-02-24", "1878-02-12"),
    ("12 February] 1878", None, "1878-02-24", "1878-02-24", "1878-02-24", "1878-02-12"),
    (
        "26 October 189110 February 1938",
        None,
        "1891-10-26/1938-02-10",
        "1891-10-26",
        "1938-02-10",
        None,
    ),
    (
        "7 February 1870 – 28 May 1937",
        None,
        "1870-02-07/1937-05-28",
        "1870-02-07",
        "1937-05-28",
        None,
    ),
    ("19 December 1954 (aged 46)", None, "1954-12-19", "1954-12-19", "1954-12-19", None),
    ("April 2, 1919", None, "1919-04-02", "1919-04-02", "1919-04-02", None),
    ("9 October 1919", None, "1919-10-09", "1919-10-09", "1919-10-09", None),
    ("the end of 1919", None, "1919~", "1919-01-01", "1919-12-31", None),
    (
        "in the early morning hours of 17 July",
        1918,
        "1918-07-17",
        "1918-07-17",
        "1918-07-17",
        None,
    ),
    ("October 1923", None, "1923-10", "1923-10-01", "1923-10-31", None),
    ("25 July", 1918, "1918-07-25", "1918-07-25", "1918-07-25", None),
    ("1 January 1926", None, "1926-01-01", "1926-01-01", "1926-01-01", None),
    ("(1918–1936)", None, "1918/1936", "1918-01-01", "1936-12-31", None),
    ("1911–1917", None, "1911/1917", "1911-01-01", "1917-12-31", None),
    ("February 1938", None, "1938-02", "1938-02-01", "1938-02-28", None),
    ("1906", None, "1906", "1906-01-01", "1906-12-31", None),
    # more forms the corpus and Wikipedia use
    ("August 17, 1851", None, "1851-08-17", "1851-08-17", "1851-08-17", None),
    ("July 1918", None, "1918-07", "1918-07-01", "1918-07-31", None),
    ("1918-07", None, "1918-07", "1918-07-01", "1918-07-31", None),
    ("the summer 1937", None, "1937-22", "1937-06-01", "1937-08-31", None),
    ("the end of March 1917", None, "1917-03~", "1917-03-01", "1917-03-31", None),
    ("mid-1920s", None, "192X~", "1920-01-01", "1929-12-31", None),
    ("c. 1897", None, "1897~", "1897-01-01", "1897-12-31", None),
    ("1937?", None, "1937?", "1937-01-01", "1937-12-31", None),
    ("Between 1932 and 1937", None, "1932/1937", "1932-01-01", "1937-12-31", None),
    ("From July 1919", None, "1919-07/", "1919-07-01", None, None),
    ("until 28 June 1920", None, "/1920-06-28", None, "1920-06-28", None),
    ("1920–present", None, "1920/..", "1920-01-01", None, None),
    ("15–16 July 1918", None, "1918-07-15/1918-07-16", "1918-07-15", "1918-07-16", None),
    ("July 15–16, 1918", None, "1918-07-15/1918-07-16", "1918-07-15", "1918-07-16", None),
    ("March–May 1919", None, "1919-03/1919-05", "1919-03-01", "1919-05-31", None),
    ("winter of 1919–20", None, "1919-24", "1919-12-01", "1920-02-29", None),
    ("1937 or 1938", None, "[1937,1938]", "1937-01-01", "1938-12-31", None),
    (
        "13 January 1878 [O.S. 1 January]",
        None,
        "1878-01-13",
        "1878-01-13",
        "1878-01-13",
        "1878-01-01",
    ),
    (
        "6 January [O.S. 25 December] 1878",
        None,
        "1878-01-06",
        "1878-01-06",
        "1878-01-06",
        "1877-12-25",
    ),
    ("31 December (12 January) 1878", None, "1878-01-12", "1878-01-12", "1878-01-12", "1877-12-31"),
    ("25 December] 1878", None, "1878-01-06", "1878-01-06", "1878-01-06", "1877-12-25"),
    ("12 March 862", None, "0862-03-12", "0862-03-12", "0862-03-12", None),
    ("the late 19th century", None, "18XX~", "1800-01-01", "1899-12-31", None),
    ("20 November 1892 (O.S.)", None, "1892-12-02", "1892-12-02", "1892-12-02", "1892-11-20"),
    ("2 December 1892 (N.S.)", None, "1892-12-02", "1892-12-02", "1892-12-02", None),
    (
        "20 December 1877 (1 January 1878)",
        None,
        "1878-01-01",
        "1878-01-01",
        "1878-01-01",
        "1877-12-20",
    ),
]


@pytest.mark.parametrize(("text", "year", "edtf", "start", "end", "julian"), TABLE)
def test_parse_expression_gives_contract_value(
    text: str,
    year: int | None,
    edtf: str,
    start: str | None,
    end: str | None,
    julian: str | None,
) -> None:
    value = parse_date(text, year=year)
    assert value is not None
    assert (value.edtf, value.start, value.end, value.julian) == (edtf, start, end, julian)


@pytest.mark.parametrize(("text", "year"), [(row[0], row[1]) for row in TABLE])
def test_parse_expression_edtf_is_readable_by_edtf_library(text: str, year: int | None) -> None:
    value = parse_date(text, year=year)
    assert value is not None and value.edtf is not None
    parse_edtf(value.edtf)
    if value.julian is not None:
        parse_edtf(value.julian)


@pytest.mark.parametrize(
    ("text", "year", "written"),
    [
        ("19 December 1954 (aged 46)", None, "19 December 1954"),
        ("On 15 or 16 July", 1918, "15 or 16 July"),
        ("the 1930s", None, "the 1930s"),
        (
            "Birth Date: 24 February [O.S. 12 February] 1878.",
            None,
            "24 February [O.S. 12 February] 1878",
        ),
    ],
)
def test_parse_expression_text_is_the_expression_as_written(
    text: str, year: int | None, written: str
) -> None:
    value = parse_date(text, year=year)
    assert value is not None
    assert value.text == written


def test_parse_expression_old_style_without_marker_is_taken_as_written() -> None:
    value = parse_date("12 February 1878")
    assert value is not None
    assert (value.edtf, value.julian) == ("1878-02-12", None)
