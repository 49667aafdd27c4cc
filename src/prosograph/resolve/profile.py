"""What is known about a person so far: the name forms, dates, roles and company of a group of
mentions, as one mutable aggregate.

Resolution compares a new group of mentions against a growing cluster, so both sides are
:class:`Profile` objects and :meth:`Profile.absorb` folds one into the other. The name forms
are indexed by surname key because every comparison starts from a shared surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum

from prosograph.names import name_key
from prosograph.resolve.forms import NameForm, parse_name
from prosograph.resolve.records import MentionRecord

_SPACE = re.compile(r"\s+")


class Level(IntEnum):
    """How much a profile says about the given name: orders who may join whom."""

    BARE = 1
    INITIAL = 2
    FULL = 3


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
        self.by_surname: dict[str, set[NameForm]] = {}
        self.births: set[int] = set()
        self.deaths: set[int] = set()
        self.roles: set[str] = set()
        self.context: set[str] = set()
        self.documents: set[str] = set()
        self.records: list[str] = []
        self.subject = False

    @classmethod
    def of(cls, record: MentionRecord) -> Profile:
        """The profile of one record."""
        profile = cls()
        for text, kind in record.all_names():
            form = parse_name(text, kind) or _unparsed(text, kind)
            if form is not None:
                profile.by_surname.setdefault(form.surname, set()).add(form)
        if record.birth_year is not None:
            profile.births.add(record.birth_year)
        if record.death_year is not None:
            profile.deaths.add(record.death_year)
        profile.roles.update(_SPACE.sub(" ", role).strip().casefold() for role in record.roles)
        profile.context.update(_context_keys(record.context))
        profile.context.difference_update(profile.by_surname)
        profile.documents.add(record.document)
        profile.records.append(record.id)
        profile.subject = record.is_subject
        return profile

    @classmethod
    def merged(cls, profiles: Iterable[Profile]) -> Profile:
        """One profile holding everything the given profiles hold."""
        result = cls()
        for profile in profiles:
            result.absorb(profile)
        return result

    def absorb(self, other: Profile) -> None:
        """Add everything ``other`` knows to this profile."""
        for surname, forms in other.by_surname.items():
            mine = self.by_surname.get(surname)
            if mine is None:
                self.by_surname[surname] = set(forms)
            else:
                mine.update(forms)
        self.births.update(other.births)
        self.deaths.update(other.deaths)
        self.roles.update(other.roles)
        self.context.update(other.context)
        self.context.difference_update(self.by_surname)
        self.documents.update(other.documents)
        self.records.extend(other.records)
        self.subject = self.subject or other.subject

    @property
    def surnames(self) -> frozenset[str]:
        """The surname keys of every form (family name, birth name, alias)."""
        return frozenset(self.by_surname)

    def forms(self) -> list[NameForm]:
        """Every distinct name form."""
        return [form for forms in self.by_surname.values() for form in forms]

    @property
    def level(self) -> Level:
        """The most the profile says about the given name."""
        best = Level.BARE
        for forms in self.by_surname.values():
            for form in forms:
                if form.has_full_given:
                    return Level.FULL
                if form.has_given:
                    best = Level.INITIAL
        return best

    @property
    def has_patronymic(self) -> bool:
        """True when some form gives a patronymic (in full or as an initial)."""
        return any(
            form.patronymic is not None for forms in self.by_surname.values() for form in forms
        )

    @property
    def has_dates(self) -> bool:
        """True when a birth or death year is known."""
        return bool(self.births or self.deaths)


def _unparsed(text: str, kind: str) -> NameForm | None:
    """A stand-in form for a name with no usable name word (``A. G.``): it can only equal
    the same text, so such records still block, and get ids, by what they say."""
    key = name_key(text)
    return NameForm(surname=f"~{key}", text=text, kind=kind) if key else None


def _context_keys(names: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for name in names:
        form = parse_name(name)
        if form is not None:
            keys.add(form.surname)
    return keys
