"""find_dates stays silent on numbers that are not dates."""

from __future__ import annotations

import pytest

from prosograph.dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "donated the money he inherited, approximately 100 thousand gold rubles.",
        "a full member of the Orgburo of the 8th Central Committee",
        "Full member of the 17th, 18th Central Committee",
        "he signed the Declaration of 46 in protest",
        "Adler was born at Mariahilfer Straße 208 in Rudolfsheim",
        "Today I, a 62-year-old man, am being threatened",
        "1. N. G. Tolmachyov\n2. A. G. Beloborodov (Chairman)\n3. G. I. Safarov",
        "he was again sentenced to 2 years of exile",
        "Order of Lenin (4) , Order of the Red Banner (2)",
        "Rank: 30px Colonel general",
        "Signature: Grigoriy Petrovskiy Signature 1936.png",
        "a force of 1500 workers and 2000 soldiers",
        "it cost $1920 or 1920% more",
        "the 15th district of the city, the 67th most eminent psychologist",
        "he left school at 14 to work in a factory",
        "aged 16, was sentenced",
        "see Pipes, pp. 1905–1910 and p. 1920",
        "Order No. 1918 was issued",
        "they marched in the May Day parade",
    ],
)
def test_find_nondates_numbers_are_not_dates(text: str) -> None:
    assert find_dates(text, year=1918) == []


def test_find_nondates_year_beside_non_date_number() -> None:
    text = "the 8th Orgburo in 1919 signed the Declaration of 46 in October 1923"
    assert [text[m.start : m.end] for m in find_dates(text)] == ["1919", "October 1923"]
