"""Conflicts: disagreements are found with both sources; mere precision or nesting is not one."""

from __future__ import annotations

from typing import Any

import pytest

from prosograph.conflicts import find_conflicts, places_agree


def _fact(
    fact_type: str,
    *,
    value: str | None = None,
    start: str | None = None,
    end: str | None = None,
    place: str | None = None,
    doc: str = "a.txt",
) -> dict[str, Any]:
    return {
        "type": fact_type,
        "value": value or fact_type,
        "date": start,
        "start": start,
        "end": end or start,
        "place": place,
        "sources": [{"document": doc, "span": [0, 5], "text": "words", "method": "pattern"}],
    }


def test_conflicts_two_death_dates_are_a_conflict_with_both_sources() -> None:
    facts = [
        _fact("death", start="1938-03-20", doc="infobox.txt"),
        _fact("death", start="1938-02-11", doc="prose.txt"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict["slot"] == "date of death"
    assert [c["fact"] for c in conflict["claims"]] == [0, 1]
    assert {c["sources"][0]["document"] for c in conflict["claims"]} == {
        "infobox.txt",
        "prose.txt",
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("1918-01-01", "1918-12-31"), ("1918-07-17", "1918-07-17")),  # precision only
        (("1878-02-24", "1878-02-24"), ("1878-02-24", "1878-02-24")),  # two calendar forms
    ],
)
def test_conflicts_precision_and_calendar_are_not_conflicts(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    facts = [
        _fact("birth", start=first[0], end=first[1]),
        _fact("birth", start=second[0], end=second[1]),
    ]
    assert find_conflicts(facts) == []


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Moscow", "Moscow, Russian SFSR, Soviet Union", True),
        ("Alexandrovsk, Perm Governorate", "Solikamsk District, Perm Governorate", True),
        ("Moscow", "Aberdeen, Scotland", False),
        (None, "Aberdeen", True),
    ],
)
def test_conflicts_place_inside_larger_place_agrees(a: str | None, b: str, agree: bool) -> None:
    assert places_agree(a, b) is agree


def test_conflicts_membership_across_an_expulsion() -> None:
    facts = [
        _fact("membership", value="Russian Communist Party", start="1918-01-01", end="1936-12-31"),
        _fact("expulsion", value="Communist Party", start="1927-12-01", end="1927-12-31"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict["slot"].startswith("membership of")
    assert len(conflict["claims"]) == 2


def test_conflicts_office_after_death_and_event_before_birth() -> None:
    facts = [
        _fact("birth", start="1891-10-26"),
        _fact("death", start="1938-02-10"),
        _fact("position", value="Chairman", start="1940-01-01", end="1941-12-31"),
        _fact("arrest", start="1880-01-01", end="1880-12-31"),
        _fact("rehabilitation", start="1958-01-01", end="1958-12-31"),
    ]
    slots = sorted(c["slot"] for c in find_conflicts(facts))
    assert slots == ["arrest before birth", "position after death"]


def test_conflicts_one_event_with_two_dates() -> None:
    facts = [
        _fact("other", value="party to the decision to execute the Romanovs", start="1918-06-29"),
        _fact("signing", value="death warrant for the Romanovs", start="1918-07-16"),
        _fact("signing", value="Declaration of 46", start="1923-10-01", end="1923-10-31"),
        _fact("other", value="letter about the Soviet", start="1930-01-01"),
        _fact("other", value="another letter about the Soviet", start="1931-01-01"),
    ]
    (conflict,) = find_conflicts(facts)
    assert conflict["slot"] == "date of the event concerning romanov"
    assert [c["fact"] for c in conflict["claims"]] == [0, 1]
