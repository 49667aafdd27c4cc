"""Turn the per-document person records of the store into persons, and back.

The bridge between the store (entity rows, curation decisions) and the pure resolver in
``prosograph.resolve``: it builds mention records, runs a full or incremental resolution,
and serialises a resolution so the next ingest can re-resolve only the blocks it touches.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from prosograph.models import Entity
from prosograph.resolve import (
    Cluster,
    Decision,
    MentionRecord,
    Resolution,
    records_from_entities,
    resolve,
    resolve_incremental,
)
from prosograph.store.rows import EntityRow

PersonRows = list[tuple[str, str]]
MapRows = list[tuple[str, str, str, str]]


def record_id(document_id: str, entity_key: str) -> str:
    """The resolver's id of a document's entity (``document#key``)."""
    return f"{document_id}#{entity_key}"


def entity_of(record: MentionRecord) -> tuple[str, str]:
    """(document id, entity key) of a record: its id is ``document#key``, and either part may
    itself contain ``#``, so the id is cut at the known document's length."""
    return record.document, record.id[len(record.document) + 1 :]


def mention_records(rows: Iterable[EntityRow]) -> list[MentionRecord]:
    """Mention records for every stored entity, with each document's others as context."""
    by_document: dict[str, list[Entity]] = defaultdict(list)
    for row in rows:
        by_document[row.document_id].append(
            Entity(
                key=row.key,
                name=row.name,
                names=row.names,
                is_subject=row.is_subject,
                hints=row.hints,
            )
        )
    records: list[MentionRecord] = []
    for document in sorted(by_document):
        records.extend(records_from_entities(document, by_document[document]))
    return records


def decisions_from(rows: Iterable[tuple[str, str, str]]) -> list[Decision]:
    """Curation decisions from stored (kind, a, b) rows."""
    return [Decision(kind, a, b) for kind, a, b in rows if kind in ("merge", "split")]  # type: ignore[arg-type]


def run(
    records: list[MentionRecord],
    decisions: list[Decision],
    *,
    previous: Resolution | None = None,
    changed_documents: set[str] | None = None,
) -> Resolution:
    """Resolve every record, re-using ``previous`` for blocks no changed document touches."""
    if previous is None or changed_documents is None:
        return resolve(records, decisions=decisions)
    new = [r for r in records if r.document in changed_documents]
    return resolve_incremental(previous, records, new, decisions=decisions)


def rows_of(resolution: Resolution, records: Iterable[MentionRecord]) -> tuple[PersonRows, MapRows]:
    """(persons, mapping) rows for ``Store.write_resolution``."""
    persons = sorted((c.id, c.name) for c in resolution.clusters.values())
    mapping = []
    for record in sorted(records, key=lambda r: r.id):
        cid = resolution.assignment.get(record.id)
        if cid is not None:
            document, key = entity_of(record)
            mapping.append((document, key, cid, "resolved"))
    return persons, mapping


def dump_resolution(resolution: Resolution) -> str:
    """A JSON form of a resolution, kept in the store for the next incremental run."""
    return json.dumps(
        {
            "assignment": dict(resolution.assignment),
            "clusters": [
                [c.id, c.name, list(c.members), list(c.aliases)]
                for c in resolution.clusters.values()
            ],
            "decisions": [[d.kind, d.a, d.b] for d in resolution.decisions],
            "blocks": dict(resolution.blocks),
        },
        ensure_ascii=False,
    )


def load_resolution(text: str | None) -> Resolution | None:
    """The resolution saved by :func:`dump_resolution`, or None if absent or unreadable."""
    if not text:
        return None
    try:
        data: dict[str, Any] = json.loads(text)
        clusters = {
            cid: Cluster(cid, name, tuple(members), tuple(aliases))
            for cid, name, members, aliases in data["clusters"]
        }
        return Resolution(
            assignment=dict(data["assignment"]),
            clusters=clusters,
            decisions=tuple(Decision(k, a, b) for k, a, b in data["decisions"]),
            blocks=dict(data["blocks"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
