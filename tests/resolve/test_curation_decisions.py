"""Manual merge and split decisions win over the rules and survive re-resolving."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.resolve import CurationConflict, Decision, MentionRecord, resolve

MentionFactory = Callable[..., MentionRecord]


def _records(mention: MentionFactory) -> list[MentionRecord]:
    return [
        mention("lenin#subject", "Vladimir Lenin", is_subject=True, birth_year=1870),
        mention("bio#p1", "Vladimir Ulyanov"),
        mention("kedrov#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878),
        mention("letter#p1", "M. Kedrov"),
    ]


def test_curation_merge_joins_what_the_rules_keep_apart(mention: MentionFactory) -> None:
    records = _records(mention)
    assert not resolve(records).same("lenin#subject", "bio#p1")
    decisions = [Decision("merge", "Vladimir Lenin", "Vladimir Ulyanov")]
    assert resolve(records, decisions=decisions).same("lenin#subject", "bio#p1")


def test_curation_split_separates_what_the_rules_join(mention: MentionFactory) -> None:
    records = _records(mention)
    assert resolve(records).same("kedrov#subject", "letter#p1")
    decisions = [Decision("split", "kedrov#subject", "letter#p1")]
    assert not resolve(records, decisions=decisions).same("kedrov#subject", "letter#p1")


def test_curation_names_match_case_and_stress_blind(mention: MentionFactory) -> None:
    records = _records(mention)
    decisions = [Decision("merge", "vladimir LENIN", "Влади́мир Улья́нов")]
    records.append(mention("ru#p1", "Владимир Ульянов"))
    resolution = resolve(records, decisions=decisions)
    assert resolution.same("lenin#subject", "ru#p1")


def test_curation_survives_re_resolving_with_new_records(mention: MentionFactory) -> None:
    decisions = [Decision("split", "Mikhail Kedrov", "M. Kedrov")]
    records = [*_records(mention), mention("late#p1", "M. Kedrov")]
    resolution = resolve(records, decisions=decisions)
    assert not resolution.same("kedrov#subject", "late#p1")
    assert not resolution.same("kedrov#subject", "letter#p1")


def test_curation_later_decision_replaces_earlier(mention: MentionFactory) -> None:
    decisions = [
        Decision("merge", "Vladimir Lenin", "Vladimir Ulyanov"),
        Decision("split", "Vladimir Lenin", "Vladimir Ulyanov"),
    ]
    assert not resolve(_records(mention), decisions=decisions).same("lenin#subject", "bio#p1")


def test_curation_contradiction_is_an_error(mention: MentionFactory) -> None:
    decisions = [
        Decision("merge", "Vladimir Lenin", "Vladimir Ulyanov"),
        Decision("merge", "Vladimir Ulyanov", "Mikhail Kedrov"),
        Decision("split", "Vladimir Lenin", "Mikhail Kedrov"),
    ]
    with pytest.raises(CurationConflict, match="contradict"):
        resolve(_records(mention), decisions=decisions)


def test_curation_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="'merge' or 'split'"):
        Decision("join", "a", "b")  # type: ignore[arg-type]
