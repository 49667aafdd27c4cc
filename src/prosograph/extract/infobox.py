"""The infobox extractor: every infobox line (and the name line) of a Document as typed factoids.

Each line is read by the role of its key (see ``infobox_keys``); lines of a role with no
fact type of its own become ``attribute`` facts ``Key: value``, so nothing the infobox
says is silently dropped. Every fact cites the line or lines it comes from
(method ``infobox``). Pure: the Document in, records out.
"""

from __future__ import annotations

import re
from collections import defaultdict

from prosograph.extract.infobox_entities import PeopleRegistry
from prosograph.extract.infobox_family import RELATION_OF_ROLE, add_family
from prosograph.extract.infobox_keys import KeyInfo, classify_key
from prosograph.extract.infobox_lists import add_education, add_memberships, add_occupations
from prosograph.extract.infobox_names import add_name_facts, subject_display_name
from prosograph.extract.infobox_offices import add_offices
from prosograph.extract.infobox_places import PLACE_ROLES, add_place
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_value, has_word
from prosograph.extract.infobox_vitals import Vitals, add_vitals
from prosograph.extract.office_groups import collect_groups
from prosograph.models import Document, Entity, Factoid, InfoboxField
from prosograph.names import name_key, strip_disambiguator

__all__ = ["extract_infobox"]

_NAME_ROLES = frozenset({"birth_name", "native_name", "alias"})
_YEAR = re.compile(r"^-?(\d{4})")


def _year_hints(vitals: Vitals) -> tuple[tuple[str, str], ...]:
    """``birth_year``/``death_year`` hints for resolution, from the dates found."""
    hints: list[tuple[str, str]] = []
    for label, date in (("birth_year", vitals.birth), ("death_year", vitals.death)):
        match = _YEAR.match(date.edtf or "") if date is not None else None
        if match:
            hints.append((label, match.group(1)))
    return tuple(hints)


def extract_infobox(document: Document) -> tuple[list[Entity], list[Factoid]]:
    """The subject and the other people of the infobox, and the factoids its lines state.

    The first entity is the subject (key ``subject``), unless the document states no
    subject and has no infobox: then there is nothing to return. The others are keyed
    ``infobox:<Key>[#n]``. Every factoid's subject is ``subject`` and ``other`` names one
    of these entities. Every infobox line is cited by at least one factoid.
    """
    display = subject_display_name(document)
    if display is None:
        if not document.infobox:
            return [], []  # no stated subject and nothing said about one
        display = strip_disambiguator(document.title) or document.id
    sink = FactSink(document)
    classified: list[tuple[InfoboxField, KeyInfo]] = [
        (item, classify_key(item.key)) for item in document.infobox
    ]
    roles: dict[str, list[InfoboxField]] = defaultdict(list)
    for item, info in classified:
        roles[info.role].append(item)

    name_fields = [(item, info.role) for item, info in classified if info.role in _NAME_ROLES]
    names = add_name_facts(document, display, name_fields, sink)
    people = PeopleRegistry(subject_keys=frozenset(name_key(name) for name, _ in names))
    vitals = add_vitals(roles, sink)
    groups = collect_groups(classified)
    add_offices(groups, sink, people)
    grouped = {line.start for group in groups for line in group.lines}

    for item, info in classified:
        if info.role == "party":
            add_memberships(item, sink)
        elif info.role in RELATION_OF_ROLE:
            add_family(item, info.role, sink, people)
        elif info.role == "education":
            add_education(item, sink)
        elif info.role == "occupation":
            add_occupations(item, sink)
        elif info.role in PLACE_ROLES:
            add_place(item, info.role, sink)
        elif info.role == "sentence" and has_word(item.value):
            sink.add("sentence", clean_value(item.value).lower(), [item])
        elif info.role == "attribute" and item.start not in grouped:
            sink.attribute(item)
    for item in document.infobox:
        if item.start not in sink.used:  # a key whose reader found nothing to say
            sink.attribute(item, confidence=0.9)

    subject = Entity(
        key="subject",
        name=display,
        names=tuple(names),
        is_subject=True,
        hints=_year_hints(vitals),
    )
    return [subject, *people.entities()], sink.facts
