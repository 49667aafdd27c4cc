"""Pairwise name evidence: initials with patronymics, conflicting given names."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from prosograph.resolve import MentionRecord
from prosograph.resolve.evidence import MERGE_SCORE, Reason, assess
from prosograph.resolve.profile import Profile

MentionFactory = Callable[..., MentionRecord]


def _score(mention: MentionFactory, left: str, right: str) -> float:
    return assess(Profile.of(mention("a#1", left)), Profile.of(mention("b#1", right)))


@pytest.mark.parametrize(
    ("initials", "full"),
    [
        ("A. G. Beloborodov", "Alexander Georgiyevich Beloborodov"),
        ("A. G. Beloborodov", "Алекса́ндр Гео́ргиевич Белоборо́дов"),
        ("G. I. Safarov", "Georgy Ivanovich Safarov"),
        ("M. S. Kedrov", "Mikhail Sergeyevich Kedrov"),
        ("F. I. Goloshchekin", "Filipp Isayevich Goloshchyokin"),
    ],
)
def test_evidence_initials_with_patronymic_reach_the_merge_score(
    mention: MentionFactory, initials: str, full: str
) -> None:
    assert _score(mention, initials, full) >= MERGE_SCORE


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("N. G. Tolmachyov", "Vladimir Tolmachyov"),
        ("Igor Kedrov", "Mikhail Kedrov"),
        ("A. V. Rykin", "Andrei Arkadyevich Rykin"),
        ("Mikhail Kedrov", "Igor Mikhailovich Kedrov"),
    ],
)
def test_evidence_conflicting_given_names_or_patronymics_are_decisive(
    mention: MentionFactory, left: str, right: str
) -> None:
    assert _score(mention, left, right) == -math.inf


def test_evidence_patronymic_known_anywhere_in_a_cluster_is_checked(
    mention: MentionFactory,
) -> None:
    cluster = Profile.merged(
        [
            Profile.of(mention("a#1", "Andrei Arkadyevich Rykin")),
            Profile.of(mention("b#1", "Andrei Rykin")),
        ]
    )
    assert assess(Profile.of(mention("c#1", "A. V. Rykin")), cluster) == -math.inf
    assert assess(Profile.of(mention("c#2", "A. A. Rykin")), cluster) >= MERGE_SCORE


def test_evidence_bare_surname_is_weak(mention: MentionFactory) -> None:
    score = _score(mention, "Kedrov", "Mikhail Kedrov")
    assert 0 < score < MERGE_SCORE


def test_evidence_reasons_are_collected_on_request(mention: MentionFactory) -> None:
    reasons: list[Reason] = []
    left = Profile.of(mention("a#1", "N. G. Tolmachyov"))
    right = Profile.of(mention("b#1", "Vladimir Tolmachyov"))
    assert assess(left, right, reasons) == -math.inf
    codes = {reason.code: reason.weight for reason in reasons}
    assert codes["surname"] > 0
    assert codes["given-name"] == -math.inf


def test_evidence_initial_fits_every_spelling_of_a_clusters_given_name(
    mention: MentionFactory,
) -> None:
    # "Basil" and "Vasily" share a key; a cluster that met "Basil" first must still accept
    # "V. A." (this once split the most-mentioned person of a benchmark run in two).
    cluster = Profile.merged(
        [
            Profile.of(mention("a#1", "Basil Mednolikhachev")),
            Profile.of(mention("b#1", "Vasily Arkadyevich Mednolikhachyov")),
        ]
    )
    assert assess(Profile.of(mention("c#1", "V. A. Mednolikhachev")), cluster) >= MERGE_SCORE
    assert assess(Profile.of(mention("d#1", "B. A. Mednolikhachev")), cluster) >= MERGE_SCORE


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Aleksandr Zelenokedrovich", "Aleksandra Zelenokedrovich"),
        ("Yevgeny Aleksandrovich Abramovich", "Yevgeny Aleksandrovna Abramovich"),
    ],
)
def test_evidence_masculine_and_feminine_names_conflict(
    mention: MentionFactory, left: str, right: str
) -> None:
    assert _score(mention, left, right) == -math.inf
