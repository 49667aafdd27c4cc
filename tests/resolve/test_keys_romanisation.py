"""Spelling variants of one Russian name share a skeleton; different names do not."""

from __future__ import annotations

import pytest

from prosograph.resolve.keys import given_key, initial_letters, romanise, skeleton, strip_stress


@pytest.mark.parametrize(
    "variants",
    [
        ("Goloshchekin", "Goloshchyokin", "Голощёкин", "Голощекин"),
        ("Tolmachyov", "Tolmachev", "Толмачёв"),
        ("Petrovsky", "Petrovskiy", "Petrovskii", "Petrovskij", "Петро́вский"),
        ("Georgy", "Georgii", "Georgiy", "Георгий"),
        ("Yakov", "Iakov", "Jakov", "Яков"),
        ("Yury", "Yuriy", "Iurii", "Юрий"),
        ("Mikhail", "Mihail", "Михаи́л"),
        ("Georgiyevich", "Georgievich", "Гео́ргиевич"),
        ("Semyonovich", "Semenovich", "Семёнович"),
        ("Zinovyev", "Zinoviev", "Zinov'ev", "Зиновьев"),
        ("Antonov-Ovseyenko", "Antonov-Ovseenko"),
        ("Latsis", "Lācis"),
    ],
)
def test_keys_romanisations_share_a_skeleton(variants: tuple[str, ...]) -> None:
    assert len({skeleton(variant) for variant in variants}) == 1


@pytest.mark.parametrize(
    ("western", "russian"),
    [
        ("Alexander", "Алекса́ндр"),
        ("Michael", "Mikhail"),
        ("Nicholas", "Nikolai"),
        ("Peter", "Pyotr"),
        ("Joseph", "Iosif"),
        ("Jacob", "Yakov"),
    ],
)
def test_keys_western_given_names_map_to_russian(western: str, russian: str) -> None:
    assert given_key(western) == given_key(russian)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Ivan", "Ilya"), ("Nikolai", "Vladimir"), ("Mikhail", "Igor"), ("Kedrov", "Kedrin")],
)
def test_keys_different_names_keep_different_skeletons(left: str, right: str) -> None:
    assert given_key(left) != given_key(right)


def test_keys_stress_marks_go_but_letters_stay() -> None:
    assert strip_stress("Алекса́ндр") == "Александр"
    assert strip_stress("Семёнович Андре́й") == "Семёнович Андрей"  # ё and й survive


def test_keys_cyrillic_is_romanised_with_the_wikipedia_scheme() -> None:
    assert romanise("Алекса́ндр Гео́ргиевич Белоборо́дов") == "Aleksandr Georgiyevich Beloborodov"


def test_keys_glided_initials_cover_every_romanisation() -> None:
    assert {"y", "i", "j"} <= initial_letters("Yakov")
    assert initial_letters("Ivan") == frozenset("i")
