"""The records resolution reads and writes: mentions in, clusters of mentions out.

A :class:`MentionRecord` is one person as one document names them (an ``Entity`` of the
extract step plus its document); a :class:`Resolution` says which records are one person.
Both are plain frozen data so that a resolution can be stored, compared and re-used by
:func:`prosograph.resolve.resolve_incremental`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prosograph.models import Entity

if TYPE_CHECKING:
    from prosograph.resolve.curation import Decision

#: Entity hint keys that carry a position title (compared as a role).
_ROLE_HINTS = frozenset({"position", "office", "title", "occupation"})


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One person as one document names them: the unit resolution clusters.

    ``names`` holds other forms of the name seen in the document with their kind (``alias``,
    ``native``, ``birth``, ``initials``, ``surname``). ``context`` names the other people of
    the same document; shared context is weak evidence that two mentions are one person.
    """

    id: str
    document: str
    name: str
    names: tuple[tuple[str, str], ...] = ()
    is_subject: bool = False
    birth_year: int | None = None
    death_year: int | None = None
    roles: tuple[str, ...] = ()
    context: tuple[str, ...] = ()

    def all_names(self) -> tuple[tuple[str, str], ...]:
        """The main name (kind ``name``) followed by the other forms."""
        return ((self.name, "name"), *self.names)


@dataclass(frozen=True, slots=True)
class Cluster:
    """One resolved person: a stable id, a display name, its records and its name forms."""

    id: str
    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """Which cluster each record belongs to, and the curation decisions it honoured.

    ``assignment`` maps every record id to a cluster id; ``clusters`` maps cluster ids to
    their :class:`Cluster`; ``blocks`` maps every record id to its block (the smallest record
    id of the block), which an incremental run needs to know what a removed record touched.
    Two resolutions of the same records and decisions are equal whatever order the records
    came in.
    """

    assignment: Mapping[str, str]
    clusters: Mapping[str, Cluster]
    decisions: tuple[Decision, ...] = ()
    blocks: Mapping[str, str] = field(default_factory=dict)

    def cluster_of(self, record_id: str) -> Cluster:
        """The cluster of a record id (KeyError when the record was not resolved)."""
        return self.clusters[self.assignment[record_id]]

    def same(self, a: str, b: str) -> bool:
        """True when records ``a`` and ``b`` were resolved to one person."""
        return self.assignment[a] == self.assignment[b]


def _year(value: str) -> int | None:
    digits = value.strip().lstrip("-")[:4]
    return int(digits) if len(digits) == 4 and digits.isdigit() else None


def records_from_entities(document: str, entities: Iterable[Entity]) -> list[MentionRecord]:
    """The mention records of one document's entities, ids ``"<document>#<entity key>"``.

    Hints ``birth_year``/``death_year`` become life dates and position-like hints become
    roles; every other entity of the document is context.
    """
    entities = list(entities)
    records: list[MentionRecord] = []
    for entity in entities:
        hints: Mapping[str, str] = dict(entity.hints)
        records.append(
            MentionRecord(
                id=f"{document}#{entity.key}",
                document=document,
                name=entity.name,
                names=tuple(
                    (text, kind)
                    for text, kind in entity.names
                    if text != entity.name or kind != "name"
                ),
                is_subject=entity.is_subject,
                birth_year=_year(hints.get("birth_year", "")),
                death_year=_year(hints.get("death_year", "")),
                roles=tuple(value for key, value in entity.hints if key in _ROLE_HINTS),
                context=tuple(other.name for other in entities if other.key != entity.key),
            )
        )
    return records
