"""The people graph: typed, sourced edges between persons, and shortest sourced paths.

Edges come in three kinds, strongest first:

- ``stated``: the text states a relation between the two (a ``relation`` fact, a co-signed
  document, a lost candidacy against someone);
- ``shared``: both are stated members or holders of the same body or office (the Presidium
  of the Ural Soviet), for bodies small enough to mean something;
- ``cooccurrence``: both are named in one sentence. Only used for paths when asked
  (``loose``), so a chain does not run through whoever is mentioned everywhere.

Pure functions over plain rows; the store materialises the result.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from prosograph.names import name_key
from prosograph.relation_types import converse
from prosograph.store.rows import Edge, FactRow

#: A body with more stated members than this (a whole party) gives no "shared" edges.
MAX_SHARED_GROUP = 25

#: Path cost of one step of each kind: a stated relation is preferred to a shared body.
KIND_COST = {"stated": 1.0, "shared": 1.5, "cooccurrence": 3.0}

#: A political party is too large a body for membership in it to link two people.
_PARTY = re.compile(
    r"\b(party|rsdlp|rcp|cpsu|komsomol|bolsheviks?|mensheviks?)\b|\(b\)", re.IGNORECASE
)

_LINK_TYPES = frozenset({"relation", "signing", "candidacy"})
_BODY_TYPES = frozenset({"membership", "position"})


def _edge(row: FactRow, target: str, edge_type: str, kind: str) -> Edge:
    return Edge(
        source=row.person_id,
        target=target,
        type=edge_type,
        kind=kind,
        date_start=row.date_start,
        date_end=row.date_end,
        document=row.document_id,
        span_start=row.span_start,
        span_end=row.span_end,
        text=row.source_text,
    )


def _link_type(row: FactRow) -> str:
    if row.type == "relation":
        return row.value
    if row.type == "signing":
        return "co-signed"
    return "lost candidacy to"


def inverse(edge_type: str) -> str:
    """The type of an edge read from the other end (``succeeded`` -> ``succeeded by``).

    Shared bodies (``fellow: …``) read the same both ways; a relation the vocabulary has no
    word for is marked ``(reverse)`` once, and unmarked again.
    """
    if edge_type.startswith("fellow: "):
        return edge_type
    known = converse(edge_type)
    if known is not None:
        return known
    if edge_type.endswith(" (reverse)"):
        return edge_type.removesuffix(" (reverse)")
    return f"{edge_type} (reverse)"


def edges_from_facts(rows: Iterable[FactRow]) -> list[Edge]:
    """Stated edges from linking facts and shared-body edges from memberships/positions."""
    edges: list[Edge] = []
    bodies: dict[str, dict[str, FactRow]] = defaultdict(dict)
    for row in rows:
        if row.type in _LINK_TYPES and row.other_id and row.other_id != row.person_id:
            kind = _link_type(row)
            edges.append(_edge(row, row.other_id, kind, "stated"))
            reverse = _edge(row, row.person_id, inverse(kind), "stated")
            edges.append(
                Edge(
                    row.other_id,
                    reverse.target,
                    reverse.type,
                    "stated",
                    reverse.date_start,
                    reverse.date_end,
                    reverse.document,
                    reverse.span_start,
                    reverse.span_end,
                    reverse.text,
                )
            )
        elif row.type in _BODY_TYPES and not _PARTY.search(row.value):
            key = name_key(row.value)
            if key:
                bodies[key].setdefault(row.person_id, row)
    for members in bodies.values():
        if not 2 <= len(members) <= MAX_SHARED_GROUP:
            continue
        for person, row in members.items():
            for other, other_row in members.items():
                if other != person and _overlap(row, other_row):
                    edges.append(_edge(row, other, f"fellow: {row.value}", "shared"))
    return edges


def _overlap(a: FactRow, b: FactRow) -> bool:
    """True unless both are dated and their periods do not meet."""
    if not (a.date_start or a.date_end) or not (b.date_start or b.date_end):
        return True
    return (a.date_start or "0000") <= (b.date_end or "9999") and (b.date_start or "0000") <= (
        a.date_end or "9999"
    )


def edges_from_sentences(groups: Iterable[tuple[str, int, int, str, list[str]]]) -> list[Edge]:
    """Co-occurrence edges from (document, start, end, text, person ids) of each sentence."""
    edges: list[Edge] = []
    for document, start, end, text, persons in groups:
        unique = sorted(set(persons))
        for a in unique:
            for b in unique:
                if a != b:
                    edges.append(
                        Edge(
                            a,
                            b,
                            "named with",
                            "cooccurrence",
                            None,
                            None,
                            document,
                            start,
                            end,
                            text,
                        )
                    )
    return edges


def shortest_path(
    start: str,
    goal: str,
    neighbours: Callable[[str], list[Edge]],
    *,
    loose: bool = False,
    max_steps: int = 8,
) -> list[Edge]:
    """The cheapest chain of edges from ``start`` to ``goal`` (Dijkstra), or ``[]``.

    ``neighbours(person)`` returns the edges leaving a person; it is called lazily, so a
    large stored graph is only read around the two ends.
    """
    if start == goal:
        return []
    best: dict[str, float] = {start: 0.0}
    came: dict[str, Edge] = {}
    queue: list[tuple[float, int, str]] = [(0.0, 0, start)]
    while queue:
        cost, steps, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best.get(node, float("inf")) or steps >= max_steps:
            continue
        for edge in neighbours(node):
            if edge.kind == "cooccurrence" and not loose:
                continue
            step = cost + KIND_COST.get(edge.kind, 3.0)
            if step < best.get(edge.target, float("inf")):
                best[edge.target] = step
                came[edge.target] = edge
                heapq.heappush(queue, (step, steps + 1, edge.target))
    if goal not in came:
        return []
    chain: list[Edge] = []
    node = goal
    while node != start:
        edge = came[node]
        chain.append(edge)
        node = edge.source
    return chain[::-1]
