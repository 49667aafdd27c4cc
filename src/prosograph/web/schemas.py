"""Response shapes of the JSON API, for the OpenAPI document only.

Routes return KnowledgeBase results unchanged (the shapes of the CLI's ``--json`` and of
../shared/CONTRACT.md); these models only describe them. They allow extra fields because
the contract grows by adding fields, never by renaming them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class PersonRef(_Open):
    """Another person, by id and display name."""

    id: str
    name: str


class Source(_Open):
    """Where a fact is stated: ``text == document_text[span[0]:span[1]]``."""

    document: str
    text: str
    span: list[int]
    method: str


class Fact(_Open):
    """One fact of the contract, with every source stating it."""

    type: str
    value: str
    date: str | None
    start: str | None
    end: str | None
    date_text: str | None
    julian: str | None
    place: str | None
    other_person: PersonRef | None
    confidence: float
    sources: list[Source]


class Conflict(_Open):
    """Sources that disagree on one slot; each claim points at a fact of the person."""

    slot: str
    claims: list[dict[str, Any]]
    status: str
    person: PersonRef | None = None


class Person(_Open):
    """The person object of the contract."""

    id: str
    name: str
    aliases: list[str]
    facts: list[Fact]
    conflicts: list[Conflict]


class PersonRow(_Open):
    """A row of the people list: life dates as EDTF and the number of fact sources."""

    id: str
    name: str
    birth: str | None
    death: str | None
    facts: int


class Related(_Open):
    """A neighbour of a person in the people graph."""

    person: PersonRef
    relation: str
    direction: str
    date: str | None
    sources: list[dict[str, Any]]


class PathStep(_Open):
    """One sourced relation of a chain between two people."""

    relation: str
    sources: list[dict[str, Any]]


class GraphNode(_Open):
    """A person in the graph."""

    id: str
    name: str
    birth: str | None
    death: str | None


class GraphEdge(_Open):
    """A typed, sourced link between two persons."""

    source: str
    target: str
    type: str
    sources: list[dict[str, Any]]


class Graph(_Open):
    """The people graph or a person's neighbourhood."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]


class HitFact(_Open):
    """A fact stated by a matching sentence."""

    person: PersonRef
    type: str
    value: str
    date: str | None
    other_person: PersonRef | None
    span: list[int]


class SearchHit(_Open):
    """A matching sentence; ``matches`` are ``[start, end)`` offsets into ``text``."""

    document: str
    title: str
    sentence: int
    span: list[int]
    text: str
    matches: list[list[int]]
    persons: list[PersonRef]
    facts: list[HitFact]


class DocumentRow(_Open):
    """A stored document and how much was found in it."""

    id: str
    title: str
    subject: str | None
    format: str
    characters: int
    sentences: int
    facts: int
    persons: int


class Document(_Open):
    """A stored document with its sentences, mentions and facts (offsets into ``text``)."""

    id: str
    title: str
    subject: str | None
    format: str
    url: str | None
    source_path: str
    body_start: int
    text: str
    sentences: list[dict[str, Any]]
    persons: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    facts: list[dict[str, Any]]


class Problem(_Open):
    """An error: ``detail`` says what is wrong (for a 422, a list of FastAPI's error objects)."""

    detail: Any
