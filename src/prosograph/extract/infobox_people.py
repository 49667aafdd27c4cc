"""Reading the people named in an infobox value (predecessors, spouses, children, premiers).

A value may name several people (``A , (as chairman of X), B , (as chairman of Y)``), mix
people with notes that are not people (``Post dissolved, Fyodor Sergeyev (MilRevKom)``),
carry an interlanguage link (``Ivan Bulat|ru|Булат, Иван Лазаревич``) or name a person
only inside a remark (``(post revived, previously Volodymyr Zatonsky)``). This module
splits such a value into person items and non-person items; it knows nothing of facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prosograph.extract.infobox_text import (
    LIST_SEPARATORS,
    clean_value,
    has_letters,
    has_word,
    is_parenthetical,
    split_top_level,
)

_LANGUAGE_LINK = re.compile(r"\|(?P<lang>[a-z]{2,3}(?:-[a-z]+)?)\|")
_TRAILING_NOTE = re.compile(r"^(?P<head>.*?\S)\s*\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
        "y",
        "zu",
    ]
)
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")
_INDIRECT = re.compile(r"\b(?:previously|formerly|earlier)\s+(?P<name>[^\W\d_][^,;()]*)$")
#: Words that never occur in a person's name but do in succession remarks.
_NOT_NAME_WORDS = frozenset(
    [
        "abolished",
        "acting",
        "and",
        "appointed",
        "as",
        "created",
        "disbanded",
        "dissolved",
        "established",
        "incumbent",
        "interim",
        "merged",
        "new",
        "none",
        "office",
        "position",
        "post",
        "posts",
        "previously",
        "renamed",
        "replaced",
        "revived",
        "seat",
        "unknown",
        "vacant",
        "vacancy",
        "himself",
        "herself",
        "itself",
        "constituency",
        "district",
        "title",
    ]
)


@dataclass(frozen=True, slots=True)
class PersonItem:
    """One person of a value: the name, a native-script form, and any bracketed note.

    ``indirect`` marks a person named only inside a remark, read with less confidence.
    """

    name: str
    native: str | None = None
    note: str | None = None
    indirect: bool = False


@dataclass(frozen=True, slots=True)
class OtherItem:
    """A part of a value that names no person (``Constituency established``), as written."""

    text: str


def looks_like_name(text: str, *, allow_single: bool = False) -> bool:
    """True when ``text`` reads as a personal name: capitalised words, particles, initials.

    A single word is a name only where the key says the value is a person (``Children:
    Tatyana``); elsewhere one word is more often a remark (``Vacant``).
    """
    words = text.split()
    if not words or len(words) > 7 or any(ch.isdigit() for ch in text):
        return False
    if len(words) == 1 and not allow_single:
        return False
    if not has_word(text):
        return False
    for word in words:
        bare = word.strip(".,'\"")
        if not bare:
            return False
        if bare.lower() in _NOT_NAME_WORDS:
            return False
        if bare.lower() in _PARTICLES or _INITIAL.match(bare):
            continue
        first = bare[0]
        if not first.isalpha() or (first.lower() != first.upper() and not first.isupper()):
            return False
    return True


def _reorder_surname_first(native: str) -> str:
    """``Булат, Иван Лазаревич`` (a Russian article title) -> ``Иван Лазаревич Булат``."""
    parts = [part.strip() for part in native.split(",")]
    if len(parts) == 2 and all(parts):
        return f"{parts[1]} {parts[0]}"
    return native


def _split_language_link(value: str) -> tuple[str, str | None]:
    """Separate ``Name|lang|Native`` into the value up to the name and the native form."""
    match = _LANGUAGE_LINK.search(value)
    if match is None:
        return value, None
    native = clean_value(value[match.end() :])
    return value[: match.start()], _reorder_surname_first(native) if native else None


def _read_item(text: str, *, allow_single: bool) -> PersonItem | OtherItem:
    """Classify one comma-separated item, taking a trailing ``(note)`` off a name."""
    head, note = text, None
    match = _TRAILING_NOTE.match(text)
    if match and not is_parenthetical(text):
        head, note = match.group("head"), match.group("note").strip()
    head = clean_value(head)
    if looks_like_name(head, allow_single=allow_single):
        return PersonItem(name=head, note=note or None)
    return OtherItem(text=text)


def _indirect_person(text: str) -> PersonItem | None:
    """A person named inside a remark: ``(post revived, previously Volodymyr Zatonsky)``."""
    inner = text.strip()
    if is_parenthetical(inner):
        inner = inner[1:-1]
    match = _INDIRECT.search(inner.strip())
    if match is None:
        return None
    name = clean_value(match.group("name"))
    if not looks_like_name(name):
        return None
    return PersonItem(name=name, note=clean_value(inner[: match.start("name")]), indirect=True)


def read_people(value: str, *, allow_single: bool = False) -> list[PersonItem | OtherItem]:
    """Split a value into the people it names and the remarks that are not people.

    A bracketed item that follows a person (``A , (as chairman of X)``) is that person's
    note. Items with no letters (flag-icon debris) are dropped: they say nothing.
    """
    head, native = _split_language_link(value)
    raw_items = split_top_level(head, LIST_SEPARATORS)
    result: list[PersonItem | OtherItem] = []
    for raw in raw_items:
        if not has_letters(raw):
            continue
        if is_parenthetical(raw) and result and isinstance(result[-1], PersonItem):
            previous = result[-1]
            note = raw[1:-1].strip()
            joined = f"{previous.note}; {note}" if previous.note else note
            result[-1] = PersonItem(previous.name, previous.native, joined, previous.indirect)
            continue
        item = _read_item(raw, allow_single=allow_single)
        result.append(item)
        if isinstance(item, OtherItem):
            person = _indirect_person(raw)
            if person is not None:
                result.append(person)
    if native is not None and result and isinstance(result[-1], PersonItem):
        last = result[-1]
        result[-1] = PersonItem(last.name, native, last.note, last.indirect)
    return result
