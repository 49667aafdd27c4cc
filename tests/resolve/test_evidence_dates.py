"""Life dates: close years agree, distant years and impossible lifespans are decisive."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from prosograph.resolve import MentionRecord
from prosograph.resolve.evidence import MERGE_SCORE, assess
from prosograph.resolve.profile import Profile

MentionFactory = Callable[..., MentionRecord]


def _pair(
    mention: MentionFactory,
    left: tuple[int | None, int | None],
    right: tuple[int | None, int | None],
) -> float:
    a = mention("a#1", "Ivan Petrovich Smirnov", birth_year=left[0], death_year=left[1])
    b = mention("b#1", "Ivan Petrovich Smirnov", birth_year=right[0], death_year=right[1])
    return assess(Profile.of(a), Profile.of(b))


@pytest.mark.parametrize(
    ("left", "right"),
    [((1890, None), (1893, None)), ((1890, 1938), (1890, 1960)), ((None, 1900), (1905, None))],
)
def test_evidence_incompatible_dates_keep_people_apart(
    mention: MentionFactory,
    left: tuple[int | None, int | None],
    right: tuple[int | None, int | None],
) -> None:
    assert _pair(mention, left, right) == -math.inf


@pytest.mark.parametrize(
    ("left", "right"),
    [((1878, 1941), (1878, 1941)), ((1877, None), (1878, 1941)), ((None, None), (1878, None))],
)
def test_evidence_compatible_dates_do_not_object(
    mention: MentionFactory,
    left: tuple[int | None, int | None],
    right: tuple[int | None, int | None],
) -> None:
    assert _pair(mention, left, right) >= MERGE_SCORE


def test_evidence_equal_birth_years_add_weight(mention: MentionFactory) -> None:
    assert _pair(mention, (1878, None), (1878, None)) > _pair(mention, (None, None), (1878, None))
