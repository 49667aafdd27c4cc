"""The records that flow through the pipeline: read -> segment -> extract -> resolve -> store.

Every stage speaks these types and nothing else, so a stage can be tested alone and the
extract step can run unchanged in another process (Dask) because every record is plain,
picklable data.

Offsets are always Unicode code points into ``Document.text`` (the file as decoded, without
a BOM), half-open ``[start, end)``, so ``document.text[start:end]`` is the cited text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Fact types of ../shared/CONTRACT.md, in display order.
FACT_TYPES: tuple[str, ...] = (
    "birth",
    "death",
    "execution",
    "burial",
    "position",
    "membership",
    "expulsion",
    "readmission",
    "candidacy",
    "arrest",
    "exile",
    "imprisonment",
    "sentence",
    "rehabilitation",
    "signing",
    "education",
    "residence",
    "occupation",
    "relation",
    "alias",
    "attribute",
    "other",
)

#: Types whose date is an interval (a state that lasts) rather than a point.
INTERVAL_TYPES: frozenset[str] = frozenset(
    {"position", "membership", "imprisonment", "exile", "residence"}
)


@dataclass(frozen=True, slots=True)
class InfoboxField:
    """One flattened infobox line ``- Key: Value``.

    ``start``/``end`` span the whole line (without its newline); ``value_start`` is where
    the value begins, so a part of the value can be cited precisely.
    """

    key: str
    value: str
    line: int  # 1-based line number in the file
    start: int
    end: int
    value_start: int


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input document.

    ``id`` is the path relative to the ingest argument (the base name when the argument was
    the file itself), or for JSONL the record's ``id`` or ``file:line``. ``subject`` is the
    person the document is about (title without disambiguator, or first line), or None for
    text with no stated subject. ``body_start`` is where prose begins (after title, name
    line and infobox).
    """

    id: str
    source_path: str
    format: str
    title: str
    text: str
    sha256: str
    subject: str | None = None
    name_line: InfoboxField | None = None  # the name line, as a pseudo-field with key "Name"
    infobox: tuple[InfoboxField, ...] = ()
    body_start: int = 0
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A unit of prose with its offsets into the document.

    ``start``/``end`` exclude a leading citation marker such as ``[3]`` or
    ``[citation needed]``; markers inside the sentence stay in the span but are listed in
    ``markers`` so extractors can blank them out of values.
    """

    index: int
    start: int
    end: int
    text: str
    markers: tuple[tuple[int, int], ...] = ()  # absolute spans of citation markers inside


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalised date: EDTF plus the earliest/latest ISO day it can mean.

    ``edtf`` is Gregorian. ``julian`` is the Old Style form as EDTF when the text gave the
    date in that calendar. ``text`` is the expression exactly as written.
    """

    edtf: str | None
    start: str | None
    end: str | None
    text: str
    julian: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact is stated: document, ``[start, end)`` span, the exact text, method."""

    document: str
    start: int
    end: int
    text: str
    method: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A person named in one document, before cross-document resolution.

    ``key`` is unique within the document (``"subject"`` for the document's subject).
    ``names`` lists (name form, kind) pairs seen for this entity in the document; kind is
    one of ``name``, ``alias``, ``native``, ``birth``, ``initials``, ``surname``.
    ``hints`` carries evidence for resolution (``birth_year``, ``death_year``, ``role``...).
    """

    key: str
    name: str
    names: tuple[tuple[str, str], ...] = ()
    is_subject: bool = False
    hints: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Factoid:
    """A factoid: source S says that person P did X, at time T, in place L.

    ``subject`` and ``other`` are ``Entity.key`` values of the same document.
    """

    type: str
    value: str
    subject: str
    source: Source
    date: DateValue | None = None
    place: str | None = None
    other: str | None = None
    confidence: float = 0.9


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming something: person, place, org or date.

    ``entity`` links a person mention to an ``Entity.key`` of the same document.
    """

    sentence: int
    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything the pure extract step yields for one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Factoid] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
