"""Per-document state of the prose readers: who the document is about, who else it names,
which dates anchor relative expressions, and the facts found so far.

One context lives for one document and is thrown away afterwards, so the extract step stays
a pure function of its Document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prosograph.extract.prose.names import (
    given_name_of,
    initials_match,
    is_initials_form,
    looks_like_person,
    surname_of,
)
from prosograph.models import DateValue, Document, Entity, Factoid, Sentence, Source
from prosograph.names import name_key

_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")


@dataclass(slots=True)
class _Record:
    """An entity being assembled: names and hints grow as the document names it again."""

    key: str
    name: str
    names: list[tuple[str, str]]
    hints: list[tuple[str, str]]
    is_subject: bool = False

    def add_name(self, form: str, kind: str) -> bool:
        """Add a name form; False if this form (of any kind) is already known."""
        folded = name_key(form)
        if not folded or any(name_key(text) == folded for text, _ in self.names):
            return False
        if name_key(self.name) == folded:
            return False
        self.names.append((form, kind))
        return True


@dataclass(slots=True)
class EntityRegistry:
    """The people of one document: the subject, the infobox's people and those prose names.

    New people get the key ``m:<normalised name>``. Lookup follows simple, checkable rules:
    the same normalised form; initials plus a surname (``A. G. Beloborodov``); a bare
    surname or given name that only one known person has.
    """

    records: dict[str, _Record] = field(default_factory=dict)

    @classmethod
    def from_entities(cls, entities: list[Entity]) -> EntityRegistry:
        """Start from the infobox extractor's entities (subject first)."""
        registry = cls()
        for entity in entities:
            registry.records[entity.key] = _Record(
                entity.key,
                entity.name,
                [
                    (text, kind)
                    for text, kind in entity.names
                    if name_key(text) != name_key(entity.name)
                ],
                list(entity.hints),
                entity.is_subject,
            )
        return registry

    @property
    def subject(self) -> _Record | None:
        """The subject's record, if the document has a subject."""
        return self.records.get("subject")

    def known_forms(self) -> list[str]:
        """Every full name form and surname known in the document (for the recogniser)."""
        forms: list[str] = []
        for record in self.records.values():
            for form in (record.name, *(text for text, _ in record.names)):
                if form and form not in forms:
                    forms.append(form)
            surname = surname_of(record.name)
            if record.is_subject and surname and surname not in forms:
                forms.append(surname)
        return forms

    def lookup(self, text: str) -> str | None:
        """The key of the known person ``text`` names, or None."""
        folded = name_key(text)
        if not folded:
            return None
        for record in self.records.values():
            if name_key(record.name) == folded or any(
                name_key(form) == folded for form, _ in record.names
            ):
                return record.key
        if is_initials_form(text):
            hits = [r.key for r in self.records.values() if initials_match(text, r.name)]
            return hits[0] if len(hits) == 1 else None
        if " " in text.strip():
            return None
        return self._single_word(folded)

    def _single_word(self, folded: str) -> str | None:
        """A bare surname (or the subject's bare given name) that only one person has."""
        surnames = [r.key for r in self.records.values() if name_key(surname_of(r.name)) == folded]
        if len(surnames) == 1:
            return surnames[0]
        if surnames:
            return "subject" if "subject" in surnames else None
        subject = self.subject
        if subject is not None and name_key(given_name_of(subject.name)) == folded:
            others = [
                r
                for r in self.records.values()
                if not r.is_subject and name_key(given_name_of(r.name)) == folded
            ]
            return None if others else "subject"
        return None

    def resolve(self, text: str, *, create: bool = True) -> str | None:
        """The key for a person named ``text``, registering a new person if need be.

        Only a plausible full name (two words or more) creates a new person; a form the
        registry cannot place is otherwise None.
        """
        key = self.lookup(text)
        if key is not None:
            record = self.records[key]
            if name_key(text) != name_key(record.name):
                kind = (
                    "initials"
                    if is_initials_form(text)
                    else ("surname" if " " not in text.strip() else "name")
                )
                # The subject's bare surname is how the text refers to them, not another
                # name: recorded, it would make a query for the surname unambiguous.
                if kind == "initials" or (not record.is_subject and kind in ("surname", "name")):
                    record.add_name(text, kind)
            return key
        if not create or not looks_like_person(text):
            return None
        key = "m:" + name_key(text)
        self.records[key] = _Record(key, text, [], [])
        return key

    def add_subject_name(self, form: str, kind: str) -> bool:
        """Record a name form of the subject; False if it was known already."""
        subject = self.subject
        return subject.add_name(form, kind) if subject is not None else False

    def entities(self) -> list[Entity]:
        """The entities of the document, subject first, in the order they were met."""
        return [
            Entity(
                key=r.key,
                name=r.name,
                names=((r.name, "name"), *r.names),
                is_subject=r.is_subject,
                hints=tuple(r.hints),
            )
            for r in self.records.values()
        ]


@dataclass(slots=True)
class DocumentContext:
    """What the prose readers of one document share while they read it in order."""

    document: Document
    registry: EntityRegistry
    pronouns: frozenset[str]
    birth: DateValue | None = None
    death: DateValue | None = None
    year: int | None = None
    last_party: str | None = None
    facts: list[Factoid] = field(default_factory=list)
    _seen: set[tuple[object, ...]] = field(default_factory=set)

    @classmethod
    def build(
        cls, document: Document, entities: list[Entity], infobox_facts: list[Factoid]
    ) -> DocumentContext:
        """A context seeded with the infobox's people and its birth and death dates."""
        context = cls(document, EntityRegistry.from_entities(entities), _pronouns(document))
        for fact in infobox_facts:
            if fact.subject != "subject" or fact.date is None or fact.date.edtf is None:
                continue
            if fact.type == "birth" and context.birth is None:
                context.birth = fact.date
            elif fact.type == "death" and context.death is None:
                context.death = fact.date
        return context

    @property
    def has_subject(self) -> bool:
        """True when the document is about someone (he/his may then mean that person)."""
        return self.registry.subject is not None

    def source(self, sentence: Sentence, method: str = "pattern") -> Source:
        """The Source of a fact read from ``sentence``."""
        return Source(self.document.id, sentence.start, sentence.end, sentence.text, method)

    def span_source(self, start: int, end: int, method: str = "pattern") -> Source:
        """A Source over ``[start, end)`` of the document (a list with its header)."""
        return Source(self.document.id, start, end, self.document.text[start:end], method)

    def add(self, fact: Factoid) -> None:
        """Keep a fact unless the same statement from the same span is already kept."""
        key = (fact.type, fact.subject, fact.value, fact.date, fact.other, fact.source.start)
        if key not in self._seen:
            self._seen.add(key)
            self.facts.append(fact)


def _pronouns(document: Document) -> frozenset[str]:
    """The pronoun the document uses for its subject: the more frequent of he and she."""
    body = document.text[document.body_start :]
    he, she = len(_HE.findall(body)), len(_SHE.findall(body))
    return frozenset({"she", "her"}) if she > he else frozenset({"he", "his", "him"})
