"""Plain rows that the store hands to the layers above (no SQL types leak out)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A stored per-document person record, as resolution reads it."""

    document_id: str
    key: str
    name: str
    is_subject: bool
    names: tuple[tuple[str, str], ...]
    hints: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class FactRow:
    """One (fact, source) row joined with the persons on both sides."""

    person_id: str
    type: str
    value: str
    other_id: str | None
    other_name: str | None
    date: str | None
    date_start: str | None
    date_end: str | None
    date_text: str | None
    julian: str | None
    place: str | None
    confidence: float
    document_id: str
    span_start: int
    span_end: int
    source_text: str
    method: str


@dataclass(frozen=True, slots=True)
class Edge:
    """One sourced statement that links two persons (stored in both directions)."""

    source: str
    target: str
    type: str
    kind: str
    date_start: str | None
    date_end: str | None
    document: str
    span_start: int
    span_end: int
    text: str
