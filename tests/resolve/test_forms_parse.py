"""Written names are split into given name, patronymic and surname keys."""

from __future__ import annotations

import pytest

from prosograph.resolve.forms import Match, compare_parts, parse_name


def _parse(text: str):  # type: ignore[no-untyped-def]
    form = parse_name(text)
    assert form is not None, text
    return form


@pytest.mark.parametrize(
    "text",
    [
        "Alexander Georgiyevich Beloborodov",
        "Алекса́ндр Гео́ргиевич Белоборо́дов",
        "Белоборо́дов, Алекса́ндр Гео́ргиевич",
        "Белобородов Александр Георгиевич",
    ],
)
def test_forms_word_orders_give_one_form(text: str) -> None:
    assert _parse(text) == _parse("Aleksandr Georgievich Beloborodov")


@pytest.mark.parametrize("text", ["A. G. Beloborodov", "A.G. Beloborodov", "Beloborodov A. G."])
def test_forms_initials_with_patronymic(text: str) -> None:
    form = _parse(text)
    assert form.surname == _parse("Beloborodov").surname
    assert form.given is not None and form.given.is_initial
    assert form.patronymic is not None and form.patronymic.is_initial


def test_forms_surname_ending_like_a_patronymic_stays_a_surname() -> None:
    assert _parse("L. M. Kaganovich").surname == _parse("Lazar Kaganovich").surname


def test_forms_short_patronymic_keeps_an_ovich_surname_last() -> None:
    # ICAO writes Ильич as "Ilich"; it must still read as the patronymic, not push the
    # -ovich surname into the patronymic's place.
    form = _parse("Pavel Ilich Abakumovich")
    assert form == _parse("Павел Ильич Абакумович")


def test_forms_titles_and_disambiguators_are_dropped() -> None:
    assert _parse("Mikhail Kedrov (politician)") == _parse("Mikhail Kedrov")
    assert _parse("Emperor Nicholas II") == _parse("Nicholas II")
    assert _parse("Grand Duke Michael").surname != _parse("Nicholas II").surname


def test_forms_single_word_is_a_surname() -> None:
    form = _parse("Kedrov")
    assert form.given is None


def test_forms_text_without_a_name_word_is_none() -> None:
    assert parse_name("A. G.") is None
    assert parse_name("  ") is None


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Yakov Sverdlov", "Iakov Sverdlov", Match.EQUAL),
        ("Ya. Sverdlov", "Yakov Sverdlov", Match.INITIAL),
        ("I. Sverdlov", "Yakov Sverdlov", Match.INITIAL),
        ("Ya. Sverdlov", "Aleksandr Sverdlov", Match.CONFLICT),
        ("N. G. Tolmachyov", "Vladimir Tolmachyov", Match.CONFLICT),
        ("Ivar Smilga", "Ivars Smilga", Match.SIMILAR),
    ],
)
def test_forms_given_names_compare(left: str, right: str, expected: Match) -> None:
    assert compare_parts(_parse(left).given, _parse(right).given) is expected
