"""The network page's relation families: plain labels, arrows turned round, one edge per pair."""

from __future__ import annotations

from typing import Any

from prosograph.web import relations


def _edge(source: str, target: str, type: str, kind: str = "stated") -> dict[str, Any]:
    return {"source": source, "target": target, "type": type, "kind": kind, "sources": []}


def test_relations_plain_strips_every_inverse_mark() -> None:
    assert relations.plain("enemy of (inverse) (inverse)") == ("enemy of", False)
    assert relations.plain("denounced by (inverse)") == ("denounced by", True)
    assert relations.plain("succeeded") == ("succeeded", False)


def test_relations_families_of_the_example_labels() -> None:
    cases = {
        "parent of": "family",
        "widow of (inverse)": "family",
        "succeeded by": "succession",
        "worked under": "hierarchy",
        "secretary of (inverse)": "hierarchy",
        "won candidacy against": "hostility",
        "execution ordered by": "hostility",
        "co-signed": "cooperation",
        "something new": "other",
    }
    for label, key in cases.items():
        assert relations.family_of(_edge("a", "b", label)).key == key, label
    assert relations.family_of(_edge("a", "b", "fellow: Bolsheviks", "shared")).key == "shared"
    assert relations.family_of(_edge("a", "b", "named with", "cooccurrence")).key == "named"


def test_relations_drawable_turns_inverted_edges_round_and_merges_them() -> None:
    edges = [
        _edge("a", "b", "denounced by (inverse)"),
        _edge("b", "a", "denounced by"),
        _edge("a", "b", "fellow: Bolsheviks", "shared"),
        _edge("b", "a", "fellow: Bolsheviks (inverse)", "shared"),
        _edge("a", "c", "parent of"),
    ]
    drawn = relations.drawable(edges, [])
    assert [(e["source"], e["target"], e["label"], e["directed"]) for e in drawn] == [
        ("b", "a", "denounced by", True),
        ("a", "b", "fellow: Bolsheviks", False),
        ("a", "c", "parent of", True),
    ]
    assert [e["family"] for e in relations.drawable(edges, ["family"])] == ["family"]
    assert [f.key for f in relations.legend(drawn)] == ["family", "hostility", "shared"]
    assert relations.is_family("shared") and not relations.is_family("succeeded")
