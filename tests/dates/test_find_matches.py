"""find_dates: spans, kinds, splitting, context years and offsets in running text."""

from __future__ import annotations

from prosograph.dates import DateMatch, find_dates


def _spans(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [(text[m.start : m.end], m.value.edtf, m.kind) for m in find_dates(text, year=year)]


def test_find_matches_glued_dates_are_split() -> None:
    text = "Beloborodov (Алекса́ндр; 26 October 189110 February 1938) was"
    assert _spans(text) == [
        ("26 October 1891", "1891-10-26", "point"),
        ("10 February 1938", "1938-02-10", "point"),
    ]


def test_find_matches_life_span_with_dash_is_two_points() -> None:
    assert _spans("Alfred Adler (7 February 1870 – 28 May 1937) was") == [
        ("7 February 1870", "1870-02-07", "point"),
        ("28 May 1937", "1937-05-28", "point"),
    ]
    assert _spans("Georgy Safarov (1891 – 27 July 1942) was") == [
        ("1891", "1891", "point"),
        ("27 July 1942", "1942-07-27", "point"),
    ]


def test_find_matches_year_ranges_are_intervals() -> None:
    text = "Party: RSDLP (Bolsheviks), (1907–1918) , Russian Communist Party (1918–1936)"
    assert _spans(text) == [
        ("1907–1918", "1907/1918", "interval"),
        ("1918–1936", "1918/1936", "interval"),
    ]
    assert _spans("Serviceyears: 1911–1920, 1941–1946") == [
        ("1911–1920", "1911/1920", "interval"),
        ("1941–1946", "1941/1946", "interval"),
    ]


def test_find_matches_from_until_and_from_alone() -> None:
    text = (
        "was a member of the Turkburo from 1920 until 1922. From July 1919, he was deputy."
        " Appointed from 9 October 1919, he served until 28 June 1920."
    )
    assert _spans(text) == [
        ("from 1920 until 1922", "1920/1922", "interval"),
        ("From July 1919", "1919-07/", "interval"),
        ("from 9 October 1919", "1919-10-09/", "interval"),
        ("until 28 June 1920", "/1920-06-28", "interval"),
    ]


def test_find_matches_longest_expression_wins() -> None:
    text = "He was arrested early in 1908 and in the summer 1937, the end of March 1917."
    assert _spans(text) == [
        ("early in 1908", "1908~", "point"),
        ("the summer 1937", "1937-22", "point"),
        ("the end of March 1917", "1917-03~", "point"),
    ]


def test_find_matches_old_style_forms() -> None:
    text = (
        "Kedrov (Russian: Кедров; 24 February [<nowiki/>O.S. 12 February] 1878 – 28 October 1941)"
    )
    found = find_dates(text)
    assert [(m.value.edtf, m.value.julian) for m in found] == [
        ("1878-02-24", "1878-02-12"),
        ("1941-10-28", None),
    ]
    fragment = find_dates("12 February] 1878 – 28 October 1941) was a Russian")
    assert [(m.value.edtf, m.value.julian) for m in fragment] == [
        ("1878-02-24", "1878-02-12"),
        ("1941-10-28", None),
    ]


def test_find_matches_context_year_from_argument_and_from_text() -> None:
    text = "On 15 or 16 July, the Ural Soviet informed Yurovsky."
    assert _spans(text) == []
    assert _spans(text, year=1918) == [("15 or 16 July", "[1918-07-15,1918-07-16]", "point")]
    text = "In June 1918 they met; on 18 July, only a day after, and on 25 July it fell."
    assert _spans(text) == [
        ("June 1918", "1918-06", "point"),
        ("18 July", "1918-07-18", "point"),
        ("25 July", "1918-07-25", "point"),
    ]


def test_find_matches_bare_month_after_preposition_needs_context() -> None:
    text = "In April, he became a member; the February Revolution followed."
    assert _spans(text) == []
    assert _spans(text, year=1917) == [("April", "1917-04", "point")]


def test_find_matches_offsets_are_absolute() -> None:
    found = find_dates("in 1907.", offset=100)
    assert found == [DateMatch(103, 107, found[0].value, "point")]
    assert found[0].value.text == "1907"


def test_find_matches_impossible_date_is_skipped_not_raised() -> None:
    text = "On 31 February 1920 and in 1991-13-40, but also on 3 March 1921."
    assert _spans(text) == [("3 March 1921", "1921-03-03", "point")]


def test_find_matches_text_without_digits_or_months() -> None:
    assert find_dates("Like most Old Bolsheviks, he fell afoul of the Great Purge.") == []
    assert find_dates("") == []


def test_find_matches_one_of_months() -> None:
    text = "In February or March of 1939, Mikhail and Igor Kedrov jointly signed a letter"
    assert _spans(text) == [("February or March of 1939", "[1939-02,1939-03]", "point")]


def test_find_matches_two_dates_in_parentheses_are_a_calendar_pair_only_if_they_convert() -> None:
    assert _spans("born 20 December 1877 (1 January 1878) in Tver") == [
        ("20 December 1877 (1 January 1878)", "1878-01-01", "point")
    ]
    assert _spans("died 5 March 1953 (buried 9 March 1953)") == [
        ("5 March 1953", "1953-03-05", "point"),
        ("9 March 1953", "1953-03-09", "point"),
    ]
