"""Kinship lines (``Spouse``, ``Children``, ``Parents``, ``Relatives``): one relation per person.

The infobox does not say whether the subject is a husband or a wife, a father or a mother,
so the relations are the sex-neutral ``spouse of``, ``parent of``, ``child of``. A bare
given name (``Children: Tatyana, Natalya``) is still a person, kept as written: adding the
subject's surname would guess (daughters' surnames often take another form).
"""

from __future__ import annotations

from prosograph.extract.infobox_dates import period_interval
from prosograph.extract.infobox_entities import PeopleRegistry
from prosograph.extract.infobox_people import OtherItem, PersonItem, read_people
from prosograph.extract.infobox_sink import FactSink
from prosograph.extract.periods import parse_period
from prosograph.models import DateValue, InfoboxField

#: The relation each kinship role states, read "subject VALUE other person".
RELATION_OF_ROLE: dict[str, str] = {
    "spouse": "spouse of",
    "partner": "partner of",
    "children": "parent of",
    "parents": "child of",
    "relatives": "relative of",
}

#: Roles whose relation is a state that lasts, dated by a period such as ``(m. 1897)``.
_DATED_ROLES = frozenset({"spouse", "partner"})


def _marriage_date(person: PersonItem) -> DateValue | None:
    """The period in a spouse's note: ``m. 1897``, ``1920–1938``, ``m. 1920; div. 1930``."""
    if not person.note:
        return None
    for candidate in [person.note, *person.note.split(";")]:
        period = parse_period(candidate)
        if period is not None:
            return period_interval(period)
    return None


def add_family(item: InfoboxField, role: str, sink: FactSink, people: PeopleRegistry) -> None:
    """Emit one relation per person named on a kinship line; other parts stay attributes."""
    relation = RELATION_OF_ROLE[role]
    items = read_people(item.value, allow_single=True)
    persons = [entry for entry in items if isinstance(entry, PersonItem)]
    if not persons:
        sink.attribute(item)
        return
    count = 0
    for entry in items:
        if isinstance(entry, OtherItem):
            sink.attribute(item, entry.text, confidence=0.9)
            continue
        count += 1
        key = people.add(entry, item, role, count if len(persons) > 1 else None)
        if key == "subject":
            sink.attribute(item, entry.name, confidence=0.9)
            continue
        date = _marriage_date(entry) if role in _DATED_ROLES else None
        sink.add("relation", relation, [item], date=date, other=key, confidence=0.95)
