"""The people graph: typed edges in both directions and sourced shortest paths."""

from __future__ import annotations

from prosograph.graph import edges_from_facts, edges_from_sentences, inverse, shortest_path
from prosograph.store.rows import Edge, FactRow


def _row(person: str, fact_type: str, value: str, other: str | None = None) -> FactRow:
    return FactRow(
        person_id=person,
        type=fact_type,
        value=value,
        other_id=other,
        other_name=other,
        date=None,
        date_start=None,
        date_end=None,
        date_text=None,
        julian=None,
        place=None,
        confidence=0.9,
        document_id="d.txt",
        span_start=0,
        span_end=4,
        source_text="text",
        method="pattern",
    )


def test_graph_relation_gives_edges_both_ways() -> None:
    edges = edges_from_facts([_row("a", "relation", "succeeded", "b")])
    assert {(e.source, e.target, e.type) for e in edges} == {
        ("a", "b", "succeeded"),
        ("b", "a", "succeeded by"),
    }
    assert inverse("son of") == "parent of"


def test_graph_shared_body_links_members_but_not_a_party() -> None:
    rows = [
        _row("a", "membership", "Presidium of the Ural Soviet"),
        _row("b", "membership", "Presidium of the Ural Soviet"),
        _row("a", "membership", "Russian Communist Party"),
        _row("c", "membership", "Russian Communist Party"),
    ]
    pairs = {(e.source, e.target) for e in edges_from_facts(rows)}
    assert pairs == {("a", "b"), ("b", "a")}


def test_graph_path_prefers_stated_relations_and_needs_loose_for_cooccurrence() -> None:
    edges = edges_from_facts(
        [_row("a", "relation", "ally of", "b"), _row("b", "relation", "rival of", "c")]
    )
    edges += edges_from_sentences(
        [("d.txt", 0, 9, "a and c", ["a", "c"]), ("e", 0, 1, "x", ["c", "z"])]
    )
    by_source: dict[str, list[Edge]] = {}
    for edge in edges:
        by_source.setdefault(edge.source, []).append(edge)

    def neighbours(person: str) -> list[Edge]:
        return by_source.get(person, [])

    strict = shortest_path("a", "c", neighbours)
    assert [(e.source, e.type, e.target) for e in strict] == [
        ("a", "ally of", "b"),
        ("b", "rival of", "c"),
    ]
    assert shortest_path("a", "z", neighbours) == []
    assert [e.target for e in shortest_path("a", "z", neighbours, loose=True)] == ["b", "c", "z"]


def test_graph_relation_vocabulary_is_shared() -> None:
    from prosograph.relation_types import converse, converses

    assert converse("son of", "m") == "father of" and converse("son of") == "parent of"
    assert inverse("wife of") == "husband of"
    assert set(converses("husband of")) == {"wife of", "widow of"}
    assert inverse("ally of") == "ally of" and inverse("fellow: Orgburo") == "fellow: Orgburo"
    assert inverse(inverse("praised")) == "praised"
