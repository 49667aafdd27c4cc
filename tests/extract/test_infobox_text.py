"""Flattening debris: list splitting, title mending and place cleaning."""

from __future__ import annotations

import pytest

from prosograph.extract.infobox_text import (
    clean_place,
    clean_title,
    clean_value,
    is_non_latin,
    is_parenthetical,
    split_top_level,
)


def test_infobox_text_split_keeps_bracketed_commas() -> None:
    assert split_top_level("A (x, y), B , , C") == ["A (x, y)", "B", "", "C"]


@pytest.mark.parametrize(
    ("written", "mended"),
    [
        (
            "Deputy Chairman of the, State Planning Committee",
            "Deputy Chairman of the State Planning Committee",
        ),
        (
            "Rector of the Moscow Institute, of National Economics",
            "Rector of the Moscow Institute of National Economics",
        ),
        (
            "Chairman of Central Executive Committee of the Soviet Union, (shared)",
            "Chairman of Central Executive Committee of the Soviet Union (shared)",
        ),
        (
            "Candidate member of the 13th, 14th, 15th Politburo",
            "Candidate member of the 13th, 14th, 15th Politburo",
        ),
        ("People's Commissar for Internal Affairs", "People's Commissar for Internal Affairs"),
    ],
)
def test_infobox_text_clean_title_mends_line_breaks(written: str, mended: str) -> None:
    assert clean_title(written) == mended


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        ("Saint Petersburg,", "Saint Petersburg"),
        (", Moscow , , Russian Empire", "Moscow, Russian Empire"),
        (
            "Rudolfsheim, Austria-Hungary (now Rudolfsheim-Fünfhaus, Vienna, Austria)",
            "Rudolfsheim, Austria-Hungary (now Rudolfsheim-Fünfhaus, Vienna, Austria)",
        ),
    ],
)
def test_infobox_text_clean_place_drops_debris(written: str, cleaned: str) -> None:
    assert clean_place(written) == cleaned


def test_infobox_text_clean_value_drops_image_sizes() -> None:
    assert clean_value("30px Colonel general") == "Colonel general"


def test_infobox_text_script_and_brackets() -> None:
    assert is_non_latin("Георгий Сафаров")
    assert not is_non_latin("Georgy Safarov")
    assert is_parenthetical("(as the chairman of Presidium)")
    assert not is_parenthetical("(a) b (c)")
