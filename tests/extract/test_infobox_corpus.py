"""The infobox extractor against the development corpus (gold.jsonl) and seed 000.

Each gold field must be present as the typed fact the contract names: birth and death with
their dates (precision and Old Style kept) and places, the death cause as the death value,
every position with its title, term, predecessor and successor, every party membership
period, every spouse. And every infobox line must be cited by at least one fact.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from prosograph.extract.infobox import extract_infobox
from prosograph.models import Document, Entity, Factoid
from prosograph.names import name_key
from prosograph.readers import read_path

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev"
SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "000_ae8bd2c366e12413.txt"
GOLD: list[dict[str, Any]] = [
    json.loads(line) for line in (DEV / "gold.jsonl").read_text("utf-8").splitlines() if line
]
#: The contract's death value for the causes the gold records.
_MANNERS = {"Execution by firing squad": "execution", "Execution": "execution"}
_PLAIN_NAME = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+$")

Extracted = tuple[Document, list[Entity], list[Factoid]]


def _extract(path: Path) -> Extracted:
    (document,) = list(read_path(path))
    assert isinstance(document, Document)
    entities, facts = extract_infobox(document)
    return document, entities, facts


@pytest.fixture(scope="module", params=GOLD, ids=[record["file"] for record in GOLD])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Extracted]:
    record: dict[str, Any] = request.param
    return record, _extract(DEV / record["file"])


def _edtf(fact: Factoid) -> str | None:
    return fact.date.edtf if fact.date else None


def _iso(date: dict[str, Any] | None) -> str | None:
    return date["iso"] if date else None


def _interval(start: dict[str, Any] | None, end: dict[str, Any] | None) -> str:
    return f"{_iso(start) or ''}/{_iso(end) or ''}"


def _title_key(title: str) -> str:
    """Titles compare without the flattening's punctuation debris."""
    return name_key(title.replace(", (", " ("))


def _names(entities: list[Entity]) -> dict[str, str]:
    return {entity.key: entity.name for entity in entities}


def _event_check(facts: list[Factoid], type_: str, gold: dict[str, Any]) -> list[Factoid]:
    events = [fact for fact in facts if fact.type == type_]
    date = gold.get("date")
    if date and date["iso"]:
        assert events, f"no {type_} fact"
        for event in events:
            assert event.date is not None
            assert event.date.edtf == date["iso"]
            assert event.date.julian == date.get("old_style")
    elif date:  # a value with no date in it is kept as an attribute
        assert any(f.type == "attribute" and f.value.endswith(date["raw"]) for f in facts)
    if gold.get("place"):
        assert events, f"no {type_} fact"
        assert {event.place for event in events} == {gold["place"]}
    return events


def test_infobox_corpus_birth(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (_, _, facts) = case
    _event_check(facts, "birth", record["birth"])


def test_infobox_corpus_death(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (_, _, facts) = case
    deaths = _event_check(facts, "death", record["death"])
    cause = record["death"]["cause"]
    expected = _MANNERS.get(cause, cause.lower()) if cause else "death"
    assert {death.value for death in deaths} <= {expected}
    if expected == "execution":
        assert [f for f in facts if f.type == "execution"]


def test_infobox_corpus_positions(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (_, entities, facts) = case
    names = _names(entities)
    positions = [fact for fact in facts if fact.type == "position"]
    assert len({(f.value, _edtf(f)) for f in positions}) == len(record["positions"])
    for gold in record["positions"]:
        interval = _interval(gold["start"], gold["end"])
        dated = [f for f in positions if _edtf(f) == interval]
        assert dated, f"no position {interval}"
        if gold["title"] is not None:
            assert {_title_key(f.value) for f in dated} == {_title_key(gold["title"])}
        for field, relation in (("predecessor", "succeeded"), ("successor", "succeeded by")):
            written = gold[field]
            if written is None:
                continue
            linked = [
                names[f.other]
                for f in facts
                if f.type == "relation"
                and f.value == relation
                and _edtf(f) == interval
                and f.other is not None
            ]
            kept = [
                f
                for f in facts
                if f.type == "attribute"
                and f.value.lower().startswith(field)
                and _edtf(f) == interval
            ]
            assert linked or kept, f"{field} {written!r} not extracted"
            assert all(name in written for name in linked)
            if _PLAIN_NAME.match(written):
                assert linked == [written]
        for key, value in gold["extra"].items():
            for part in value.split(","):
                assert any(
                    f.type == "attribute"
                    and f.value.lower().startswith(key.lower())
                    and part.strip() in f.value
                    and _edtf(f) == interval
                    for f in facts
                ), f"{key}: {part} not kept with the office date"


def test_infobox_corpus_party(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (_, _, facts) = case
    expected: list[tuple[str, str | None]] = []
    for party in record["party"]:
        periods = [_interval(p["start"], p["end"]) for p in party["periods"]] or [None]
        expected += [(party["name"], period) for period in periods]
    got = [(f.value, _edtf(f)) for f in facts if f.type == "membership"]
    assert got == expected


def test_infobox_corpus_spouses(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (_, entities, facts) = case
    names = _names(entities)
    expected = [
        (spouse["name"], _interval(p["start"], p["end"]) if (p := spouse["periods"][:1]) else None)
        for spouse in record["spouse"]
    ]
    got = [
        (names[f.other], _edtf(f))
        for f in facts
        if f.type == "relation" and f.value == "spouse of" and f.other is not None
    ]
    assert got == expected


def test_infobox_corpus_subject_and_other_fields(case: tuple[dict[str, Any], Extracted]) -> None:
    record, (document, entities, facts) = case
    assert entities[0].key == "subject"
    assert entities[0].name == (record["name"] or record["title"]).split(",")[0]
    for key, value in record["other"].items():
        line = next(i for i in document.infobox if i.key == key and i.value == value)
        assert any(f.source.start <= line.start < f.source.end for f in facts), key


def test_infobox_corpus_every_line_is_cited(case: tuple[dict[str, Any], Extracted]) -> None:
    _, (document, entities, facts) = case
    _assert_every_line_cited(document, entities, facts)


def _assert_every_line_cited(
    document: Document, entities: list[Entity], facts: list[Factoid]
) -> None:
    keys = {entity.key for entity in entities}
    for fact in facts:
        assert fact.source.text == document.text[fact.source.start : fact.source.end]
        assert fact.other is None or fact.other in keys
    for line in document.infobox:
        assert any(f.source.start <= line.start and line.end <= f.source.end for f in facts), (
            f"line {line.line} ({line.key}) is not cited"
        )


@pytest.fixture(scope="module")
def seed() -> Extracted:
    return _extract(SEED)


def _one(facts: list[Factoid], type_: str, value: str | None = None) -> Factoid:
    found = {
        (f.value, _edtf(f), f.place, f.other): f
        for f in facts
        if f.type == type_ and (value is None or f.value == value)
    }
    assert len(found) == 1, found.keys()
    return next(iter(found.values()))


def test_infobox_seed_000_vitals(seed: Extracted) -> None:
    document, entities, facts = seed
    birth = _one(facts, "birth")
    assert (_edtf(birth), birth.place) == (
        "1891-10-26",
        "Alexandrovsk, Solikamsky Uyezd, Perm Governorate, Russian Empire",
    )
    death = _one(facts, "death")
    assert (death.value, _edtf(death), death.place) == (
        "execution",
        "1938-02-10",
        "Kommunarka, Moscow, Russian SFSR, Soviet Union",
    )
    execution = _one(facts, "execution")
    assert (_edtf(execution), execution.place) == ("1938-02-10", death.place)
    assert _one(facts, "burial").place == "Kommunarka Cemetery"
    assert _one(facts, "attribute", "Native Name Lang: ru")
    assert _one(facts, "attribute", "Nationality: Russian, Soviet")
    _assert_every_line_cited(document, entities, facts)


def test_infobox_seed_000_offices(seed: Extracted) -> None:
    _, entities, facts = seed
    names = _names(entities)
    commissar = _one(facts, "position", "People's Commissar for Internal Affairs")
    assert _edtf(commissar) == "1923-08-30/1927-12-03"
    assert commissar.source.text == (
        "- Office1: People's Commissar for Internal Affairs\n"
        "- Term Start1: 30 August 1923\n- Term End1: 3 December 1927"
    )
    before = _one(facts, "relation", "succeeded")
    after = _one(facts, "relation", "succeeded by")
    assert (names[before.other or ""], _edtf(before)) == ("Felix Dzerzhinsky", _edtf(commissar))
    assert (names[after.other or ""], _edtf(after)) == ("Vladimir Tolmachyov", _edtf(commissar))
    assert _edtf(_one(facts, "position", "Full member of the 8th Orgburo")) == (
        "1919-03-25/1919-10-11"
    )
    assert _edtf(_one(facts, "position", "Candidate member of the 9th Orgburo")) == (
        "1920-04-05/1921-03-16"
    )


def test_infobox_seed_000_party(seed: Extracted) -> None:
    _, _, facts = seed
    assert [(f.value, _edtf(f)) for f in facts if f.type == "membership"] == [
        ("RSDLP (Bolsheviks)", "1907/1918"),
        ("Russian Communist Party", "1918/1936"),
    ]
