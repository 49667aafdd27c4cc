"""Read-only queries that show a stored document with what was found in it.

The web pages and the HTTP API read a document's sentences, its mentions (with the person
each one was resolved to) and the facts it yielded from here; the person-centred reads stay
in ``db.py``.
"""

from __future__ import annotations

import json
from typing import Any

from prosograph.store.db import Store


def list_documents(store: Store) -> list[dict[str, Any]]:
    """Every document with its title, subject and how much was found in it, ordered by id."""
    rows = store.query(
        "SELECT d.id, d.title, d.subject, d.format, length(d.text) AS characters, "
        "(SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences, "
        "(SELECT count(*) FROM facts f WHERE f.document_id = d.id) AS facts, "
        "(SELECT count(DISTINCT pm.person_id) FROM person_map pm "
        " WHERE pm.document_id = d.id) AS persons "
        "FROM documents d ORDER BY d.id"
    )
    return [
        {
            "id": str(r["id"]),
            "title": str(r["title"]),
            "subject": r["subject"],
            "format": str(r["format"]),
            "characters": int(r["characters"]),
            "sentences": int(r["sentences"]),
            "facts": int(r["facts"]),
            "persons": int(r["persons"]),
        }
        for r in rows
    ]


def document_sentences(store: Store, document_id: str) -> list[dict[str, Any]]:
    """The document's sentences as ``{"index", "start", "end"}``, in text order."""
    rows = store.query(
        'SELECT idx, start, "end" FROM sentences WHERE document_id = ? ORDER BY idx',
        (document_id,),
    )
    return [{"index": int(r["idx"]), "start": int(r["start"]), "end": int(r["end"])} for r in rows]


def document_mentions(store: Store, document_id: str) -> list[dict[str, Any]]:
    """The document's mentions with the person each names (``None`` for places, dates…)."""
    rows = store.query(
        'SELECT m.sentence, m.start, m."end", m.text, m.label, p.id, p.name FROM mentions m '
        "LEFT JOIN person_map pm ON pm.document_id = m.document_id "
        "AND pm.entity_key = m.entity_key "
        "LEFT JOIN persons p ON p.id = pm.person_id "
        'WHERE m.document_id = ? ORDER BY m.start, m."end" DESC',
        (document_id,),
    )
    return [
        {
            "sentence": int(r["sentence"]),
            "start": int(r["start"]),
            "end": int(r["end"]),
            "text": str(r["text"]),
            "label": str(r["label"]),
            "person": {"id": str(r["id"]), "name": str(r["name"])} if r["id"] else None,
        }
        for r in rows
    ]


def document_facts(store: Store, document_id: str) -> list[dict[str, Any]]:
    """Every fact the document yielded, with its subject person, in text order.

    One entry per stored (fact, source) row: a document's own view lists each place it
    states something, where the person card merges the same fact across documents.
    """
    rows = store.query(
        "SELECT f.type, f.value, f.date, f.date_start, f.date_end, f.date_text, f.julian, "
        "f.place, f.confidence, f.span_start, f.span_end, f.source_text, f.method, "
        "p.id, p.name, op.id AS other_id, op.name AS other_name FROM facts f "
        "JOIN person_map pm ON pm.document_id = f.document_id AND pm.entity_key = f.subject_key "
        "JOIN persons p ON p.id = pm.person_id "
        "LEFT JOIN person_map om ON om.document_id = f.document_id "
        "AND om.entity_key = f.other_key "
        "LEFT JOIN persons op ON op.id = om.person_id "
        "WHERE f.document_id = ? ORDER BY f.span_start, f.id",
        (document_id,),
    )
    return [
        {
            "person": {"id": str(r["id"]), "name": str(r["name"])},
            "type": str(r["type"]),
            "value": str(r["value"]),
            "date": r["date"],
            "start": r["date_start"],
            "end": r["date_end"],
            "date_text": r["date_text"],
            "julian": r["julian"],
            "place": r["place"],
            "other_person": (
                {"id": str(r["other_id"]), "name": str(r["other_name"])} if r["other_id"] else None
            ),
            "confidence": round(float(r["confidence"]), 3),
            "span": [int(r["span_start"]), int(r["span_end"])],
            "text": str(r["source_text"]),
            "method": str(r["method"]),
        }
        for r in rows
    ]


def document_persons(store: Store, document_id: str) -> list[dict[str, Any]]:
    """The persons a document's records were resolved to, with the names it calls them by.

    ``names`` are ``{"text", "kind"}`` (kinds as in ``models.Entity``), so a page can link a
    bare surname only where it is unambiguous.
    """
    rows = store.query(
        "SELECT p.id, p.name, e.name AS entity_name, e.names, e.is_subject FROM entities e "
        "JOIN person_map pm ON pm.document_id = e.document_id AND pm.entity_key = e.key "
        "JOIN persons p ON p.id = pm.person_id "
        "WHERE e.document_id = ? ORDER BY e.is_subject DESC, p.name",
        (document_id,),
    )
    persons: dict[str, dict[str, Any]] = {}
    for r in rows:
        entry = persons.setdefault(
            str(r["id"]),
            {"id": str(r["id"]), "name": str(r["name"]), "subject": False, "names": []},
        )
        entry["subject"] = entry["subject"] or bool(r["is_subject"])
        forms = [(str(r["entity_name"]), "name")]
        forms += [(str(text), str(kind)) for text, kind in json.loads(r["names"])]
        for text, kind in forms:
            form = {"text": text, "kind": kind}
            if text and form not in entry["names"]:
                entry["names"].append(form)
    return list(persons.values())
