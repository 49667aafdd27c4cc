"""Assemble the public person object of ../shared/CONTRACT.md from stored rows.

Pure functions: the store hands over (fact, source) rows, this module groups the same
statement made in several places into one fact with several sources, and orders facts the
way a reader expects (by type, then by date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

from prosograph.conflicts import places_agree
from prosograph.dates import bounds
from prosograph.models import FACT_TYPES
from prosograph.names import name_key
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
    return sorted(_fold_restatements(list(facts.values())), key=_fact_order)


_PARENTHESES = re.compile(r"\([^()]*\)")


def _value_key(value: str) -> str:
    return name_key(_PARENTHESES.sub(" ", value))


Range = tuple[str | None, str | None]


def _sides(date: str | None) -> tuple[Range | None, Range | None]:
    """The day ranges of a date's start and end sides (a point is both); None if unknown."""
    if not date:
        return None, None
    if "/" not in date:
        point = bounds(date)
        return point, point
    left, _, right = date.partition("/")
    start = bounds(left) if left and left != ".." else None
    end = bounds(right) if right and right != ".." else None
    return start, end


def _side_agrees(a: Range | None, b: Range | None) -> bool:
    """True when either side is unknown or their possible days overlap (``1927-12`` and
    ``1927-12-03`` agree: they differ only in precision)."""
    if a is None or b is None:
        return True
    return (a[0] or "0000") <= (b[1] or "9999") and (b[0] or "0000") <= (a[1] or "9999")


def _restates(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two facts say the same thing, one perhaps with less detail.

    Same type and other person; values equal up to case, punctuation and a parenthesised
    gloss, or nearly so (``People's Commissar of Internal Affairs (NKVD)`` and ``People's
    Commissar for Internal Affairs``); each date side known in both compatible (the same
    days, perhaps at another precision); places that agree (one may name a part of the
    other, or be missing).
    """
    if a["type"] != b["type"] or a["other_person"] != b["other_person"]:
        return False
    if a["type"] in ("attribute", "alias", "other"):
        return False
    va, vb = _value_key(a["value"]), _value_key(b["value"])
    generic = a["type"] in (va, vb) and a["type"] in ("death", "arrest", "exile", "burial")
    if va != vb and not generic and fuzz.ratio(va, vb) < 90:
        return False
    (a_start, a_end), (b_start, b_end) = _sides(a["date"]), _sides(b["date"])
    if not (_side_agrees(a_start, b_start) and _side_agrees(a_end, b_end)):
        return False
    return places_agree(a["place"], b["place"])


def _detail(fact: dict[str, Any]) -> tuple[int, int, int, int]:
    """How much a fact says: known date sides, precision, place length, infobox-sourced."""
    return (
        (fact["start"] is not None) + (fact["end"] is not None),
        len(fact["date"] or ""),
        len(fact["place"] or ""),
        any(s["method"] == "infobox" for s in fact["sources"]),
    )


def _fold_restatements(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold a fact into a fuller statement of it, keeping every source (one fact, N sources)."""
    kept: list[dict[str, Any]] = []
    for fact in sorted(facts, key=_detail, reverse=True):
        target = next((k for k in kept if _restates(k, fact)), None)
        if target is None:
            kept.append(fact)
            continue
        for source in fact["sources"]:
            if source not in target["sources"]:
                target["sources"].append(source)
        target["confidence"] = max(target["confidence"], fact["confidence"])
        if target["julian"] is None:
            target["julian"] = fact["julian"]
        if target["place"] is None:
            target["place"] = fact["place"]  # the folded source states it
        if (
            fact["date_text"]
            and target["date_text"]
            and fact["date_text"] not in target["date_text"]
        ):
            target["date_text"] = f"{target['date_text']} / {fact['date_text']}"
        target["date_text"] = target["date_text"] or fact["date_text"]
    return kept


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


def add_alias_facts(
    person: dict[str, Any], mentions: Iterable[tuple[str, str, int, int, str]]
) -> None:
    """Give every alias that has no ``alias`` fact one, cited from the sentence that first
    uses it (CONTRACT.md: each alias also has an alias fact carrying its source).

    Forms met only as mentions (``A. G. Beloborodov`` in a list, a short form resolved
    from another document) are names of the person too; ``mentions`` are rows of
    (document, text, sentence start, sentence end, sentence text).
    """
    stated = {f["value"] for f in person["facts"] if f["type"] == "alias"}
    first: dict[str, dict[str, Any]] = {}
    for document, text, start, end, sentence in mentions:
        first.setdefault(
            text,
            {"document": document, "text": sentence, "span": [start, end], "method": "mention"},
        )
    for alias in person["aliases"]:
        source = first.get(alias)
        if alias in stated or source is None:
            continue
        person["facts"].append(
            {
                "type": "alias",
                "value": alias,
                "date": None,
                "start": None,
                "end": None,
                "date_text": None,
                "julian": None,
                "place": None,
                "other_person": None,
                "confidence": 0.8,
                "sources": [source],
            }
        )
    person["facts"].sort(key=_fact_order)


def timeline(person: dict[str, Any]) -> list[dict[str, Any]]:
    """The person's dated facts in time order (aliases and undated facts left out)."""
    dated = [f for f in person["facts"] if f["start"] or f["end"]]
    return sorted(dated, key=lambda f: (f["start"] or f["end"], f["end"] or "", f["type"]))
