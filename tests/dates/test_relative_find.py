"""find_relative: where relative expressions are and which anchor each needs."""

from __future__ import annotations

import pytest

from prosograph.dates import RelativeMatch, find_relative


@pytest.mark.parametrize(
    ("text", "expression", "anchor"),
    [
        ("as a juvenile, aged 16, was sentenced", "aged 16", "birth"),
        ("He left school at 14 to work in a factory", "at 14", "birth"),
        ("At the age of 14, Abakumov joined the Red Army", "At the age of 14", "birth"),
        ("at the age of fourteen he left", "at the age of fourteen", "birth"),
        ("19 December 1954 (aged 46)", "aged 46", "birth"),
        (
            "Two decades after his death, he was rehabilitated",
            "Two decades after his death",
            "death",
        ),
        ("only a day after the killing of Nicholas", "a day after", "reference"),
        ("signed the death warrant 24 years prior.", "24 years prior", "reference"),
        ("after being sentenced the same day.", "the same day", "reference"),
        ("almost a year later, he was shot", "almost a year later", "reference"),
        ("The following year he returned", "The following year", "reference"),
        ("three months later he fled", "three months later", "reference"),
        ("When he was 12, his family moved", "When he was 12", "birth"),
        ("when she was sixteen years old she left", "when she was sixteen years old", "birth"),
    ],
)
def test_relative_find_expression_and_anchor(text: str, expression: str, anchor: str) -> None:
    found = find_relative(text)
    assert [(m.text, m.anchor) for m in found] == [(expression, anchor)]
    assert text[found[0].start : found[0].end] == expression


@pytest.mark.parametrize(
    "text",
    [
        "a 62-year-old man",  # someone's age as an adjective, not a dated event
        "he arrived at 14 Main Street",
        "at 10 in the morning",
        "he spent about four years educating himself",
        "in the following years he wrote",
        "after the death of Yakov Sverdlov",
        "after two years in prison",
        "when he was one of the leaders",
    ],
)
def test_relative_find_ignores_non_relative_dates(text: str) -> None:
    assert find_relative(text) == []


def test_relative_find_offsets_are_absolute() -> None:
    assert find_relative("x aged 16", offset=10) == [RelativeMatch(12, 19, "aged 16", "birth")]
