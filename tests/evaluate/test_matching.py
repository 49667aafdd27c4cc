"""The comparisons the scorers make: titles, parties, places, dates, persons."""

from __future__ import annotations

import pytest

from prosograph.evaluate.matching import (
    dates_agree,
    parties_match,
    persons_match,
    places_match,
    titles_match,
)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "People's Commissar of Internal Affairs (NKVD)",
            "People's Commissar for Internal Affairs",
            True,
        ),
        ("Chairman of the Cheka", "Chairman of the All-Ukrainian Cheka", True),
        ("head of SMERSH in the People's Commissariat of Defense", "Head of SMERSH", True),
        ("Minister of State Security", "Head of SMERSH", False),
        ("member of the Ural Regional Party Committee", "Ural Regional Party Committee", True),
        ("Chairman of the Vyatka Committee", "Chairman of the Ural Soviet", False),
    ],
)
def test_matching_titles(first: str, second: str, same: bool) -> None:
    assert titles_match(first, second) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Russian Social Democratic Labour Party", "RSDLP", True),
        ("Russian Communist Party", "RCP(b)", True),
        ("Communist Party of the Soviet Union", "CPSU", True),
        (
            "Bolshevik faction of the Russian Social Democratic Labour Party",
            "RSDLP (Bolsheviks)",
            True,
        ),
        ("Left Opposition", "Russian Communist Party", False),
        ("Russian Social Democratic Labour Party", "Russian Communist Party", False),
    ],
)
def test_matching_parties(first: str, second: str, same: bool) -> None:
    assert parties_match(first, second) is same


def test_matching_places_by_head_word() -> None:
    assert places_match("Mariahilfer Straße 208, Rudolfsheim", "Rudolfsheim, Austria-Hungary")
    assert places_match("Moscow", "Moscow, Russian SFSR, Soviet Union")
    assert not places_match("Leningrad", "Moscow, Russian SFSR, Soviet Union")


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("1938-02", "1938-02-10", True),
        ("1919-03/", "1919-03-25/1919-10-11", True),
        ("1907/", "1907/1918", True),
        ("1907", "1907/1918", True),
        ("1920/", "1919/", False),
        ("1938-02-11", "1938-02-10", False),
        (None, "1938-02-10", True),
    ],
)
def test_matching_dates(predicted: str | None, gold: str, agree: bool) -> None:
    assert dates_agree(predicted, gold) is agree


def test_matching_persons() -> None:
    assert persons_match(["N. G. Tolmachyov"], ["N. G. Tolmachyov"])
    assert persons_match(["F. I. Goloshchekin"], ["Filipp Goloshchekin"])
    assert persons_match(["Elisabeth of Hesse"], ["Princess Elisabeth of Hesse and by Rhine"])
    assert not persons_match(["Tenis Smilga"], ["Ivar Smilga"])
