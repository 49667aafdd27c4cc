"""Facts of office groups: the position held, who came before and after, and its qualifiers.

Each group gives a ``position`` (title and term interval), a ``succeeded``/``succeeded by``
relation per person in its predecessor/successor lines, and an attribute per qualifying
line (``Premier2: Alexei Rykov``) carrying the office's dates. Parts of a succession line
that are not people (``Constituency established``) stay as attributes.
"""

from __future__ import annotations

from prosograph.extract.infobox_dates import interval, is_open_end
from prosograph.extract.infobox_entities import PeopleRegistry
from prosograph.extract.infobox_keys import PERSON_QUALIFIERS, classify_key
from prosograph.extract.infobox_people import OtherItem, PersonItem, read_people
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.infobox_text import clean_title, has_letters
from prosograph.extract.office_groups import OfficeGroup
from prosograph.extract.periods import parse_period
from prosograph.models import DateValue, InfoboxField

#: Position value for a term whose office the infobox never names.
UNTITLED_OFFICE = "office"

#: How sure a position's title is, by where it came from (see OfficeGroup.title_source).
_TITLE_CONFIDENCE = {"line": 0.97, "chain": 0.9, "above": 0.75, "none": 0.6}

_PERSON_QUALIFIERS = frozenset(PERSON_QUALIFIERS)


def _group_interval(group: OfficeGroup) -> DateValue | None:
    """The term of office: ``Term Start``/``Term End`` lines, or a ``Term: 1920–1925`` line."""
    starts = [item.value for item in group.start_fields]
    ends = [item.value for item in group.end_fields]
    open_end = any(is_open_end(value) for value in ends)
    for item in group.term_fields:
        period = parse_period(item.value)
        if period is not None:
            starts += [period.start] if period.start else []
            ends += [period.end] if period.end else []
            open_end = open_end or period.open_end
    ends = [value for value in ends if not is_open_end(value)]
    return interval(starts, ends, open_end=open_end)


def _add_people_line(
    item: InfoboxField,
    sink: FactSink,
    people: PeopleRegistry,
    *,
    relation: str | None,
    role: str,
    date: DateValue | None,
) -> None:
    """One fact per person of a line (a relation, or an attribute naming them), rest as text."""
    items = read_people(item.value)
    persons = [person for person in items if isinstance(person, PersonItem)]
    if not items:
        sink.attribute(item, date=date)
        return
    count = 0
    for entry in items:
        if isinstance(entry, OtherItem):
            sink.attribute(item, entry.text, date=date)
            continue
        count += 1
        position = count if len(persons) > 1 else None
        key = people.add(entry, item, role, position)
        confidence = 0.8 if entry.indirect else 0.95
        if relation is None or key == "subject":
            sink.attribute(item, entry.name, date=date, other=key, confidence=confidence)
        else:
            sink.add("relation", relation, [item], date=date, other=key, confidence=confidence)


def add_offices(groups: list[OfficeGroup], sink: FactSink, people: PeopleRegistry) -> None:
    """Emit the facts of every office group."""
    for group in groups:
        date = _group_interval(group)
        if group.has_position:
            lines = [group.title_field] if group.title_field is not None else []
            lines += group.start_fields + group.end_fields + group.term_fields
            title = clean_title(group.title) if group.title else ""
            sink.add(
                "position",
                title if has_letters(title) else UNTITLED_OFFICE,
                lines,
                date=date,
                confidence=_TITLE_CONFIDENCE[group.title_source if has_letters(title) else "none"],
            )
        for item in group.predecessor_fields:
            _add_people_line(
                item, sink, people, relation="succeeded", role="predecessor", date=date
            )
        for item in group.successor_fields:
            _add_people_line(
                item, sink, people, relation="succeeded by", role="successor", date=date
            )
        for item in group.extra_fields:
            base = classify_key(item.key).base
            if base in _PERSON_QUALIFIERS:
                _add_people_line(item, sink, people, relation=None, role=base, date=date)
            else:
                sink.attribute(item, date=date)
