"""What is known about a person so far: names, dates, roles and company of a group of
mentions, as one mutable aggregate.

Resolution compares a new group of mentions against a growing cluster, so both sides are
:class:`Profile` objects and :meth:`Profile.absorb` folds one into the other. Names are
summarised per surname key (:class:`Names`): the given names and patronymics known in full
and those known only as initials. Comparing summaries rather than single spellings is what
stops a cluster that holds both ``Andrei Arkadyevich Rykin`` and a bare ``Andrei Rykin``
from accepting ``A. V. Rykin``: the patronymic the cluster knows is checked, whichever
spelling happens to lack it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from enum import IntEnum
from functools import lru_cache
from typing import Any, TypeVar

from prosograph.names import name_key
from prosograph.resolve.forms import NameForm, Part, parse_name
from prosograph.resolve.records import MentionRecord

_SPACE = re.compile(r"\s+")
T = TypeVar("T")
_NONE: frozenset[Any] = frozenset()
#: Spellings kept per surname for explanations; more add nothing a reader needs.
_TEXTS_KEPT = 4


class Level(IntEnum):
    """How much a profile says about the given name: orders who may join whom."""

    BARE = 1
    INITIAL = 2
    FULL = 3


class Names:
    """Everything known about the names under one surname key.

    ``given`` and ``patronymic`` map full keys to a spelling; the ``*_initials`` sets hold
    parts known only as initials. ``texts`` keeps a few spellings for explanations.
    """

    __slots__ = ("given", "given_initials", "patronymic", "patronymic_initials", "texts")

    def __init__(self) -> None:
        self.given: dict[str, Part] = {}
        self.given_initials: AbstractSet[Part] = _NONE
        self.patronymic: dict[str, Part] = {}
        self.patronymic_initials: AbstractSet[Part] = _NONE
        self.texts: list[str] = []

    def add(self, form: NameForm) -> None:
        """Add one parsed spelling."""
        if form.given is not None:
            if form.given.key is None:
                self.given_initials = _grown(self.given_initials, (form.given,))
            else:
                _keep(self.given, form.given.key, form.given)
        if form.patronymic is not None:
            if form.patronymic.key is None:
                self.patronymic_initials = _grown(self.patronymic_initials, (form.patronymic,))
            else:
                _keep(self.patronymic, form.patronymic.key, form.patronymic)
        if len(self.texts) < _TEXTS_KEPT and form.text not in self.texts:
            self.texts.append(form.text)

    def absorb(self, other: Names) -> None:
        """Add everything ``other`` knows."""
        for key, part in other.given.items():
            _keep(self.given, key, part)
        self.given_initials = _grown(self.given_initials, other.given_initials)
        for key, part in other.patronymic.items():
            _keep(self.patronymic, key, part)
        self.patronymic_initials = _grown(self.patronymic_initials, other.patronymic_initials)
        for text in other.texts:
            if len(self.texts) >= _TEXTS_KEPT:
                break
            if text not in self.texts:
                self.texts.append(text)

    @property
    def has_given(self) -> bool:
        """True when a given name or its initial is known."""
        return bool(self.given or self.given_initials)

    def copy(self) -> Names:
        """An independent copy."""
        names = Names()
        names.absorb(self)
        return names


def _keep(parts: dict[str, Part], key: str, part: Part) -> None:
    """Record ``part`` under ``key``, keeping the first spelling but every initial letter.

    Spellings that share a key may start with different letters: ``Basil`` and ``Vasily``,
    ``Constantine`` and ``Konstantin``, ``Joseph`` and ``Iosif``. Keeping only the first
    spelling's letters would make ``V. A. Mednolikhachev`` contradict a cluster that happened
    to meet ``Basil Mednolikhachev`` first, splitting one person in two.
    """
    known = parts.get(key)
    if known is None:
        parts[key] = part
    elif not part.letters <= known.letters:
        parts[key] = replace(known, letters=known.letters | part.letters)


def _grown(mine: AbstractSet[T], items: Collection[T]) -> AbstractSet[T]:
    """``mine`` with ``items`` added: in place when it is already a private set.

    Most records know no initials, roles or life dates, so those start as one shared empty
    frozenset and become sets only when written; at 200,000 records that saves hundreds of
    megabytes of empty sets.
    """
    if not items:
        return mine
    if isinstance(mine, set):
        mine.update(items)
        return mine
    grown = set(mine)
    grown.update(items)
    return grown


class Profile:
    """The aggregate of one or more mention records (see module docstring)."""

    __slots__ = (
        "births",
        "by_surname",
        "context",
        "deaths",
        "documents",
        "records",
        "roles",
        "subject",
    )

    def __init__(self) -> None:
        self.by_surname: dict[str, Names] = {}
        self.births: AbstractSet[int] = _NONE
        self.deaths: AbstractSet[int] = _NONE
        self.roles: AbstractSet[str] = _NONE
        # (surname, initial) of co-mentioned people; initial "" for the surname alone
        self.context: AbstractSet[tuple[str, str]] = _NONE
        self.documents: AbstractSet[str] = _NONE
        self.records: list[str] = []
        self.subject = False

    @classmethod
    def of(cls, record: MentionRecord) -> Profile:
        """The profile of one record."""
        profile = cls()
        for text, _ in record.all_names():
            form = _form(text)
            if form is not None:
                names = profile.by_surname.get(form.surname)
                if names is None:
                    names = profile.by_surname[form.surname] = Names()
                names.add(form)
        if record.birth_year is not None:
            profile.births = {record.birth_year}
        if record.death_year is not None:
            profile.deaths = {record.death_year}
        if record.roles:
            profile.roles = {_SPACE.sub(" ", role).strip().casefold() for role in record.roles}
        context = [
            key
            for name in record.context
            for key in _context_keys(name)
            if key[0] not in profile.by_surname
        ]
        if context:
            profile.context = frozenset(context)
        profile.documents = _document_set(record.document)
        profile.records.append(record.id)
        profile.subject = record.is_subject
        return profile

    @classmethod
    def merged(cls, profiles: Iterable[Profile]) -> Profile:
        """One new profile holding everything the given profiles hold."""
        result = cls()
        for profile in profiles:
            result.absorb(profile)
        return result

    def absorb(self, other: Profile) -> None:
        """Add everything ``other`` knows to this profile (``other`` is left unchanged)."""
        added = [surname for surname in other.by_surname if surname not in self.by_surname]
        for surname, names in other.by_surname.items():
            mine = self.by_surname.get(surname)
            if mine is None:
                self.by_surname[surname] = names.copy()
            else:
                mine.absorb(names)
        self.births = _grown(self.births, other.births)
        self.deaths = _grown(self.deaths, other.deaths)
        self.roles = _grown(self.roles, other.roles)
        if added and self.context:
            self.context = {key for key in self.context if key[0] not in added}
        surnames = self.by_surname
        self.context = _grown(
            self.context, [key for key in other.context if key[0] not in surnames]
        )
        self.documents = _grown(self.documents, other.documents)
        self.records.extend(other.records)
        self.subject = self.subject or other.subject

    @property
    def level(self) -> Level:
        """The most the profile says about the given name."""
        best = Level.BARE
        for names in self.by_surname.values():
            if names.given:
                return Level.FULL
            if names.given_initials:
                best = Level.INITIAL
        return best

    @property
    def has_patronymic(self) -> bool:
        """True when a patronymic (in full or as an initial) is known."""
        return any(n.patronymic or n.patronymic_initials for n in self.by_surname.values())

    @property
    def has_dates(self) -> bool:
        """True when a birth or death year is known."""
        return bool(self.births or self.deaths)

    def texts(self) -> list[str]:
        """A few spellings of the name, for explanations."""
        return [text for names in self.by_surname.values() for text in names.texts]


def surname_keys(record: MentionRecord) -> set[str]:
    """The surname keys of a record's names: what blocking needs, without a whole profile."""
    keys: set[str] = set()
    for text, _ in record.all_names():
        form = _form(text)
        if form is not None:
            keys.add(form.surname)
    return keys


def _form(text: str) -> NameForm | None:
    """The parsed form of ``text``, or for a name with no usable name word (``A. G.``) a
    stand-in that can only equal the same text, so such records still block, and get ids,
    by what they say."""
    form = parse_name(text)
    if form is not None:
        return form
    key = name_key(text)
    return NameForm(surname=f"~{key}", text=text) if key else None


@lru_cache(maxsize=1 << 12)
def _document_set(document: str) -> frozenset[str]:
    """One shared set per document for the records of that document (they come together)."""
    return frozenset((document,))


@lru_cache(maxsize=1 << 18)
def _context_keys(name: str) -> tuple[tuple[str, str], ...]:
    """Keys of a co-mentioned person: the surname, plus surname and given initial where
    known, so that sharing "A. Rykin" as company says more than sharing some Rykin."""
    form = parse_name(name)
    if form is None:
        return ()
    if form.given is None:
        return ((form.surname, ""),)
    return ((form.surname, ""), (form.surname, min(form.given.letters, default="")))
