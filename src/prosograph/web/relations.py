"""How the network page groups and draws relations: a few families instead of every label.

The knowledge base names relations freely (``succeeded``, ``fellow: Bolsheviks``,
``denounced by (inverse)``…), so the whole graph carries dozens of labels. The page filters
and colours by family, shows each edge's own label in its tooltip, and writes an inverted
label (``X (inverse)``, even ``X (inverse) (inverse)``) as ``X`` with the arrow turned round.
Display only: the edges, their endpoints and sources are the ones ``KnowledgeBase.graph``
returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_INVERSE = " (inverse)"


@dataclass(frozen=True, slots=True)
class Family:
    """A group of relations: its form value, its legend text and its colour."""

    key: str
    label: str
    colour: str
    words: tuple[str, ...] = ()
    directed: bool = True


#: In the order of the legend; the first family whose word a label contains wins.
FAMILIES: tuple[Family, ...] = (
    Family(
        "family",
        "family",
        "#2e8b57",
        (
            "parent",
            "child",
            "father",
            "mother",
            "son of",
            "daughter",
            "spouse",
            "husband",
            "wife",
            "widow",
            "brother",
            "sister",
            "sibling",
            "grand",
            "uncle",
            "aunt",
            "nephew",
            "niece",
            "cousin",
            "in-law",
        ),
    ),
    Family("succession", "succession", "#2f6db5", ("succeed", "predecessor", "successor")),
    Family(
        "hierarchy",
        "superior / subordinate",
        "#8e44ad",
        ("under", "superior", "reported to", "deputy", "secretary", "subordinate", "appointed"),
    ),
    Family(
        "hostility",
        "rivalry, denunciation, execution",
        "#c0392b",
        (
            "denounc",
            "enemy",
            "rival",
            "execution",
            "against",
            "arrest",
            "opposed",
            "condemn",
            "purge",
        ),
    ),
    Family(
        "cooperation",
        "cooperation, co-signing",
        "#d68910",
        ("ally", "coordinated", "co-signed", "friend", "collaborat", "worked with"),
    ),
    Family("shared", "same office, party or group", "#16a085", ("fellow",), directed=False),
    Family("named", "named in one sentence", "#b8c2cc", ("named with",), directed=False),
    Family("other", "other", "#7f8c8d"),
)
_BY_KEY = {family.key: family for family in FAMILIES}
_SYMMETRIC = ("spouse", "rival", "coordinated", "co-signed", "ally", "sibling", "cousin")


def is_family(value: str) -> bool:
    """True when ``value`` is the key of a relation family (a checkbox of the page)."""
    return value in _BY_KEY


def plain(label: str) -> tuple[str, bool]:
    """``label`` without its ``(inverse)`` marks, and whether their number is odd."""
    flipped = False
    while label.endswith(_INVERSE):
        label = label[: -len(_INVERSE)]
        flipped = not flipped
    return label, flipped


def family_of(edge: dict[str, Any]) -> Family:
    """The family an edge of ``KnowledgeBase.graph`` belongs to."""
    if edge.get("kind") == "cooccurrence":
        return _BY_KEY["named"]
    if edge.get("kind") == "shared":
        return _BY_KEY["shared"]
    label = plain(str(edge["type"]))[0].casefold()
    for family in FAMILIES:
        if any(word in label for word in family.words):
            return family
    return _BY_KEY["other"]


def drawable(edges: list[dict[str, Any]], chosen: list[str]) -> list[dict[str, Any]]:
    """The edges to draw: plain labels, arrows turned round, one per pair and label.

    ``chosen`` family keys keep only those families (all when empty). Each edge gains
    ``label``, ``family``, ``colour`` and ``directed`` for the page's script.
    """
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for edge in edges:
        family = family_of(edge)
        if chosen and family.key not in chosen:
            continue
        label, flipped = plain(str(edge["type"]))
        source, target = str(edge["source"]), str(edge["target"])
        if flipped:
            source, target = target, source
        directed = family.directed and not any(word in label for word in _SYMMETRIC)
        if not directed:
            source, target = sorted((source, target))
        key = (source, target, label)
        entry = merged.get(key)
        if entry is None:
            merged[key] = {
                **edge,
                "source": source,
                "target": target,
                "label": label,
                "family": family.key,
                "colour": family.colour,
                "directed": directed,
                "sources": list(edge.get("sources") or []),
            }
            continue
        for cited in edge.get("sources") or []:
            if cited not in entry["sources"]:
                entry["sources"].append(cited)
    return list(merged.values())


def legend(edges: list[dict[str, Any]]) -> list[Family]:
    """The families ``edges`` (as ``drawable`` returns them) use, in legend order."""
    used = {str(edge["family"]) for edge in edges}
    return [family for family in FAMILIES if family.key in used]


def present(edges: list[dict[str, Any]]) -> list[Family]:
    """The families raw ``KnowledgeBase.graph`` edges fall into, in legend order."""
    used = {family_of(edge).key for edge in edges}
    return [family for family in FAMILIES if family.key in used]
