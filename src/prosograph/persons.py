"""Turn the per-document person records of the store into persons.

The foundation rule (issue 3): entities with the same normalised full name are one person.
The id is derived from that key, so it is stable across runs and re-ingests.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from prosograph.names import name_key
from prosograph.store.db import EntityRow


def person_id_for(key: str) -> str:
    """A short stable id for a person identity key."""
    return "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def resolve_by_name(
    entities: list[EntityRow],
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    """Group entities by normalised name; return (persons, mapping) for Store.write_resolution."""
    groups: dict[str, list[EntityRow]] = defaultdict(list)
    for entity in entities:
        groups[name_key(entity.name)].append(entity)
    persons: list[tuple[str, str]] = []
    mapping: list[tuple[str, str, str, str]] = []
    for key in sorted(groups):
        members = groups[key]
        pid = person_id_for(key)
        subjects = [e.name for e in members if e.is_subject]
        display = (subjects or [Counter(e.name for e in members).most_common(1)[0][0]])[0]
        persons.append((pid, display))
        mapping.extend((e.document_id, e.key, pid, "same normalised name") for e in members)
    return persons, mapping
