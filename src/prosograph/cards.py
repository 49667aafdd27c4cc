"""Assemble the public person object of ../shared/CONTRACT.md from stored rows.

Pure functions: the store hands over (fact, source) rows, this module groups the same
statement made in several places into one fact with several sources, and orders facts the
way a reader expects (by type, then by date).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from prosograph.models import FACT_TYPES
from prosograph.store.db import FactRow

_TYPE_ORDER = {name: index for index, name in enumerate(FACT_TYPES)}

FactKey = tuple[str, str, str | None, str | None, str | None]


def fact_key(row: FactRow) -> FactKey:
    """What makes two rows the same fact: type, value, date, other person and place."""
    return (row.type, row.value, row.date, row.other_id, row.place)


def group_facts(rows: Iterable[FactRow]) -> list[dict[str, Any]]:
    """Merge rows stating the same fact into contract facts, each with all its sources."""
    facts: dict[FactKey, dict[str, Any]] = {}
    for row in rows:
        key = fact_key(row)
        source = {
            "document": row.document_id,
            "text": row.source_text,
            "span": [row.span_start, row.span_end],
            "method": row.method,
        }
        fact = facts.get(key)
        if fact is None:
            facts[key] = {
                "type": row.type,
                "value": row.value,
                "date": row.date,
                "start": row.date_start,
                "end": row.date_end,
                "date_text": row.date_text,
                "julian": row.julian,
                "place": row.place,
                "other_person": (
                    {"id": row.other_id, "name": row.other_name} if row.other_id else None
                ),
                "confidence": round(row.confidence, 3),
                "sources": [source],
            }
            continue
        if source not in fact["sources"]:
            fact["sources"].append(source)
        fact["confidence"] = round(max(fact["confidence"], row.confidence), 3)
        if fact["julian"] is None and row.julian is not None:
            fact["julian"] = row.julian
        if row.date_text and fact["date_text"] and row.date_text not in fact["date_text"]:
            fact["date_text"] = f"{fact['date_text']} / {row.date_text}"
    return sorted(facts.values(), key=_fact_order)


def _fact_order(fact: dict[str, Any]) -> tuple[int, str, str, str]:
    return (
        _TYPE_ORDER.get(fact["type"], len(_TYPE_ORDER)),
        fact["start"] or fact["end"] or "9999",
        fact["value"],
        fact["sources"][0]["document"],
    )


def person_object(
    person_id: str,
    name: str,
    names: Iterable[str],
    rows: Iterable[FactRow],
    conflicts: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The contract's person object: id, name, aliases, facts, conflicts."""
    aliases: list[str] = []
    seen = {name}
    for form in names:
        if form and form not in seen:
            seen.add(form)
            aliases.append(form)
    return {
        "id": person_id,
        "name": name,
        "aliases": aliases,
        "facts": group_facts(rows),
        "conflicts": conflicts or [],
    }


def timeline(person: dict[str, Any]) -> list[dict[str, Any]]:
    """The person's dated facts in time order (aliases and undated facts left out)."""
    dated = [f for f in person["facts"] if f["start"] or f["end"]]
    return sorted(dated, key=lambda f: (f["start"] or f["end"], f["end"] or "", f["type"]))
