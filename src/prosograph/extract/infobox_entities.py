"""The people an infobox names besides its subject, one entity per person per document.

A person named twice in one infobox (``Successor1: Vasily Popov`` and ``Predecessor:
Vasily Popov``) is one entity: cross-document resolution starts from one record per name.
A name equal to the subject's is the subject itself, never a second entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prosograph.extract.infobox_people import PersonItem
from prosograph.models import Entity, InfoboxField
from prosograph.names import name_key


@dataclass(slots=True)
class _Draft:
    """An entity being assembled: its names and hints grow as more lines name it."""

    key: str
    name: str
    names: list[tuple[str, str]]
    hints: list[tuple[str, str]]


@dataclass(slots=True)
class PeopleRegistry:
    """Entities for the other people of one document, keyed ``infobox:<Key>[#n]``."""

    subject_keys: frozenset[str]
    _drafts: dict[str, _Draft] = field(default_factory=dict)
    _keys: set[str] = field(default_factory=set)

    def add(
        self, person: PersonItem, item: InfoboxField, role: str, position: int | None = None
    ) -> str:
        """The entity key for ``person`` named on line ``item``; ``subject`` for the subject.

        ``position`` numbers the people of a line that names several (``#1``, ``#2``...).
        """
        identity = name_key(person.name)
        if identity in self.subject_keys:
            return "subject"
        draft = self._drafts.get(identity)
        if draft is None:
            key = f"infobox:{item.key}" + (f"#{position}" if position is not None else "")
            while key in self._keys:
                key += "'"
            self._keys.add(key)
            draft = _Draft(key=key, name=person.name, names=[(person.name, "name")], hints=[])
            self._drafts[identity] = draft
        if person.native and (person.native, "native") not in draft.names:
            draft.names.append((person.native, "native"))
        for hint in (("role", role), ("note", person.note or "")):
            if hint[1] and hint not in draft.hints:
                draft.hints.append(hint)
        return draft.key

    def entities(self) -> list[Entity]:
        """The entities, in the order their people were first named."""
        return [
            Entity(key=d.key, name=d.name, names=tuple(d.names), hints=tuple(d.hints))
            for d in self._drafts.values()
        ]
