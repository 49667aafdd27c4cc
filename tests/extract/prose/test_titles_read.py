"""Reading office titles by their head nouns, without the model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.titles import read_title
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]

CASES = [
    (
        "the fourth People's Commissar for Internal Affairs of the Russian SFSR and the second",
        "People's Commissar for Internal Affairs of the Russian SFSR",
        None,
    ),
    (
        "Chairman of the Central Executive Committee of the Ural Regional Council of Workers', "
        "Peasants', and Soldiers' Deputies, more commonly known as the Ural Soviet",
        "Chairman of the Central Executive Committee of the Ural Regional Council of Workers', "
        "Peasants', and Soldiers' Deputies",
        None,
    ),
    (
        "deputy head of the Political Directorate of the Council.",
        "deputy head of the Political Directorate of the Council",
        None,
    ),
    (
        "People's Commissar of Internal Affairs (NKVD).",
        "People's Commissar of Internal Affairs (NKVD)",
        None,
    ),
    (
        "head of the military section of the Cheka.",
        "head of the military section of the Cheka",
        None,
    ),
    ("Chairman of the Cheka in Ukraine (1919), and", "Chairman of the Cheka", "Ukraine"),
    (
        "head of SMERSH in the People's Commissariat of Defense, and",
        "head of SMERSH in the People's Commissariat of Defense",
        None,
    ),
    (
        "Cheka plenitpotentiary for the region, which included",
        "Cheka plenitpotentiary for the region",
        None,
    ),
    (
        "a member of the Collegium of the All-Russia Cheka (1918–1921)",
        "member of the Collegium of the All-Russia Cheka",
        None,
    ),
    (
        "candidate member of the 9th Central Committee in April 1920.",
        "candidate member of the 9th Central Committee",
        None,
    ),
]


@pytest.mark.parametrize(("text", "value", "place"), CASES)
def test_titles_read_value_and_place(
    make_view: MakeView, text: str, value: str, place: str | None
) -> None:
    view, _ = make_view(f"He was {text}", places=[place] if place else [])
    title = read_title(view, len("He was "))
    assert title is not None
    assert (title.value, title.place) == (value, place)


@pytest.mark.parametrize(
    "text",
    [
        "a Russian Bolshevik revolutionary, Soviet politician and statesman.",
        "one of the chief organizers of the assassination.",
        "the first to emphasize the importance of the social element.",
        "a high-level Soviet security official.",
    ],
)
def test_titles_read_nothing_without_a_head(make_view: MakeView, text: str) -> None:
    view, _ = make_view(f"He was {text}")
    assert read_title(view, len("He was ")) is None


def test_titles_read_stop_at_a_verb_form(make_view: MakeView) -> None:
    view, _ = make_view("He was Deputy People's Commissar for Internal Affairs acting under X.")
    title = read_title(view, len("He was "))
    assert title is not None
    assert title.value == "Deputy People's Commissar for Internal Affairs"
