"""Questions over the people graph and the facts: neighbours, paths, office holders, events.

Functions over a Store that return plain dicts in the shapes the CLI prints as JSON and the
HTTP API serves. The rules live in ``graph`` and ``conflicts``; this module only asks.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from prosograph import cards, graph
from prosograph.names import name_key
from prosograph.store import Store
from prosograph.store.rows import Edge


def _source(edge: Edge) -> dict[str, Any]:
    return {
        "document": edge.document,
        "span": [edge.span_start, edge.span_end],
        "text": edge.text,
    }


def _ref(store: Store, person_id: str, names: dict[str, str]) -> dict[str, str]:
    if person_id not in names:
        row = store.person_row(person_id)
        names[person_id] = row[1] if row else person_id
    return {"id": person_id, "name": names[person_id]}


def related(
    store: Store, person_id: str, *, edge_type: str | None = None, loose: bool = False
) -> list[dict[str, Any]]:
    """The neighbours of a person, one entry per (neighbour, relation) with every source."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    names: dict[str, str] = {}
    for edge in store.edges_of(person_id):
        if edge.kind == "cooccurrence" and not loose:
            continue
        if edge_type and edge_type.casefold() not in edge.type.casefold():
            continue
        key = (edge.target, edge.type)
        entry = grouped.get(key)
        if entry is None:
            entry = grouped[key] = {
                "person": _ref(store, edge.target, names),
                "relation": edge.type,
                "kind": edge.kind,
                "date": _edge_date(edge),
                "sources": [],
            }
        source = _source(edge)
        if source not in entry["sources"]:
            entry["sources"].append(source)
    return list(grouped.values())


def _edge_date(edge: Edge) -> str | None:
    if edge.date_start and edge.date_end and edge.date_start != edge.date_end:
        return f"{edge.date_start}/{edge.date_end}"
    return edge.date_start or edge.date_end


def path(store: Store, a: str, b: str, *, loose: bool = False) -> list[dict[str, Any]]:
    """The shortest sourced chain from person ``a`` to person ``b`` (``[]`` if none)."""
    chain = graph.shortest_path(a, b, store.edges_of, loose=loose)
    names: dict[str, str] = {}
    return [
        {
            "from": _ref(store, edge.source, names),
            "to": _ref(store, edge.target, names),
            "relation": edge.type,
            "kind": edge.kind,
            "sources": _step_sources(store, edge),
        }
        for edge in chain
    ]


def _step_sources(store: Store, edge: Edge) -> list[dict[str, Any]]:
    """The sources of one step: its own, plus the other end's statement of the same link
    (a shared body is stated once for each member)."""
    sources = [_source(edge)]
    wanted = graph.inverse(edge.type)
    for back in store.edges_of(edge.target):
        if back.target == edge.source and back.type == wanted:
            source = _source(back)
            if source not in sources:
                sources.append(source)
    return sources


def network(
    store: Store,
    *,
    center: str | None = None,
    types: list[str] | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
    loose: bool = False,
    limit: int = 300,
) -> dict[str, list[dict[str, Any]]]:
    """Nodes and edges of the graph, or of the neighbourhood (two steps) of ``center``."""
    kinds = ("stated", "shared", "cooccurrence") if loose else ("stated", "shared")
    if center is not None:
        edges = []
        frontier = {center}
        seen = {center}
        for _ in range(2):
            following: set[str] = set()
            for person in sorted(frontier):
                for edge in store.edges_of(person):
                    if edge.kind in kinds:
                        edges.append(edge)
                        if edge.target not in seen:
                            following.add(edge.target)
            seen |= following
            frontier = following
    else:
        edges = store.all_edges(kinds)
    low = f"{start_year:04d}-01-01" if start_year is not None else None
    high = f"{end_year:04d}-12-31" if end_year is not None else None
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for edge in edges:
        if types and not any(t.casefold() in edge.type.casefold() for t in types):
            continue
        if low and edge.date_end and edge.date_end < low:
            continue
        if high and edge.date_start and edge.date_start > high:
            continue
        a, b = sorted((edge.source, edge.target))
        label = edge.type if edge.source == a else graph.inverse(edge.type)
        entry = merged.setdefault(
            (a, b, label),
            {"source": a, "target": b, "type": label, "kind": edge.kind, "sources": []},
        )
        source = _source(edge)
        if source not in entry["sources"]:
            entry["sources"].append(source)
    edge_list = list(merged.values())[: limit * 4]
    people = {e["source"] for e in edge_list} | {e["target"] for e in edge_list}
    if center is not None:
        people.add(center)
    summary = {row["id"]: row for row in _summaries(store)}
    nodes = [summary[pid] for pid in sorted(people) if pid in summary][:limit]
    kept = {n["id"] for n in nodes}
    edge_list = [e for e in edge_list if e["source"] in kept and e["target"] in kept]
    return {"nodes": nodes, "edges": edge_list}


def _summaries(store: Store) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {
        pid: {"id": pid, "name": name, "birth": None, "death": None}
        for pid, name in store.persons()
    }
    for pid, fact_type, date, _count in store.fact_summary():
        if fact_type in ("birth", "death") and pid in rows and date:
            rows[pid][fact_type] = date
    return list(rows.values())


def who(store: Store, position: str, on: str) -> list[dict[str, Any]]:
    """Who held a position (matched loosely) on a day (ISO ``YYYY[-MM[-DD]]``)."""
    day_from, day_to = _day_bounds(on)
    wanted = name_key(position)
    found: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for row in store.facts_of_type("position", start=day_from, end=day_to):
        if fuzz.partial_ratio(wanted, name_key(row.value)) < 85:
            continue
        entry = found.setdefault(
            row.person_id + "|" + row.value,
            {
                "person": _ref(store, row.person_id, names),
                "position": row.value,
                "date": row.date,
                "start": row.date_start,
                "end": row.date_end,
                "sources": [],
            },
        )
        entry["sources"].append(
            {
                "document": row.document_id,
                "span": [row.span_start, row.span_end],
                "text": row.source_text,
            }
        )
    return list(found.values())


def events(
    store: Store,
    fact_type: str,
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    place: str | None = None,
) -> list[dict[str, Any]]:
    """Facts of one type in a period (years inclusive) and optionally at a place."""
    start = f"{year_from:04d}-01-01" if year_from is not None else None
    end = f"{year_to:04d}-12-31" if year_to is not None else None
    rows = store.facts_of_type(fact_type, start=start, end=end)
    if place:
        wanted = name_key(place)
        rows = [r for r in rows if r.place and wanted in name_key(r.place)]
    by_person: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_person[row.person_id].append(row)
    result = []
    names: dict[str, str] = {}
    for pid, person_rows in by_person.items():
        for fact in cards.group_facts(person_rows):
            fact["person"] = _ref(store, pid, names)
            result.append(fact)
    return sorted(result, key=lambda f: (f["start"] or f["end"] or "", f["person"]["name"]))


def _day_bounds(on: str) -> tuple[str, str]:
    parts = on.split("-")
    if not all(p.isdigit() for p in parts) or not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
        raise ValueError(f"not a date: {on!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    if len(parts) == 3:
        return on, on
    if len(parts) == 2:
        return f"{on}-01", f"{on}-31"
    return f"{on}-01-01", f"{on}-12-31"
